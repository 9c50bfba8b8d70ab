// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppSettings.h"

#include <QCoreApplication>
#include <QHash>
#include <QMutex>
#include <QSettings>
#include <QThreadPool>

#include <optional>
#include <utility>

using namespace Qt::StringLiterals;

namespace {

// The keys as released: changing one forgets what people chose.
const QString Theme = u"ui/theme"_s;
const QString Language = u"ui/language"_s;
const QString Geometry = u"window/geometry"_s;
const QString LastConnection = u"session/last"_s;
const QString Welcomed = u"session/welcomed"_s;
const QString ViewState = u"views/"_s;
const QString FullSyncHours = u"sync/fullSyncHours"_s;

QString contextKey(const QString &scope, const QString &key)
{
    // The demo keeps the keys it always had.
    if (scope.isEmpty())
        return u"context/"_s + key;
    return u"connections/"_s + scope + u"/context/"_s + key;
}

// QSettings saves the whole file, synced to disk, each time a QSettings object with changes goes: 1–7 ms
// measured on the GUI thread for one value, more on a busy disk. So values are saved by one writer thread,
// in the order they were set, and kept in memory until saved: a value reads back at once, from any thread.
// What is still unsaved when the application object goes is saved then (a post routine).
class Writer
{
public:
    Writer()
    {
        m_pool.setMaxThreadCount(1); // one thread: the writes land in the order they were made
        m_pool.setObjectName(u"AppSettings writer"_s);
        qAddPostRoutine([] { writer().flush(); });
    }
    static Writer &writer()
    {
        static Writer instance;
        return instance;
    }

    // One QSettings for all the keys: each one made after the file changed reads the file again.
    QVariantList values(const QStringList &keys, const QVariant &fallback)
    {
        QVariantList result;
        std::optional<QSettings> settings;
        for (const QString &key : keys) {
            {
                QMutexLocker lock(&m_mutex);
                if (const auto it = m_unsaved.constFind(key); it != m_unsaved.cend()) {
                    result.append(it->second);
                    continue;
                }
            }
            if (!settings)
                settings.emplace();
            result.append(settings->value(key, fallback));
        }
        return result;
    }

    void set(const QList<std::pair<QString, QVariant>> &values)
    {
        QList<std::pair<QString, quint64>> written;
        {
            QMutexLocker lock(&m_mutex);
            for (const auto &[key, v] : values) {
                m_unsaved.insert(key, {++m_sequence, v});
                written.append({key, m_sequence});
            }
        }
        m_pool.start([this, values, written] {
            {
                QSettings settings;
                for (const auto &[key, v] : values)
                    settings.setValue(key, v);
                settings.sync();
            }
            // Forget what is saved now, unless it was set again meanwhile (that write is still to come).
            QMutexLocker lock(&m_mutex);
            for (const auto &[key, sequence] : written) {
                if (const auto it = m_unsaved.constFind(key); it != m_unsaved.cend() && it->first == sequence)
                    m_unsaved.erase(it);
            }
        });
    }

    void flush() { m_pool.waitForDone(); }

private:
    QMutex m_mutex;
    QHash<QString, std::pair<quint64, QVariant>> m_unsaved;
    quint64 m_sequence = 0;
    QThreadPool m_pool;
};

QVariant read(const QString &key, const QVariant &fallback = {})
{
    return Writer::writer().values({key}, fallback).constFirst();
}

// Nothing is written when nothing changes (a context picked again, the same connection reopened).
void write(const QList<std::pair<QString, QVariant>> &values)
{
    QStringList keys;
    for (const auto &[key, v] : values)
        keys.append(key);
    const QVariantList now = Writer::writer().values(keys, {});
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (now.at(i) != values.at(i).second)
            return Writer::writer().set(values);
    }
}

} // namespace

namespace AppSettings {

void flush()
{
    Writer::writer().flush();
}

QString theme()
{
    return read(Theme).toString();
}

void setTheme(const QString &name)
{
    write({{Theme, name}});
}

QString language()
{
    return read(Language).toString();
}

void setLanguage(const QString &code)
{
    write({{Language, code}});
}

QByteArray windowGeometry()
{
    return read(Geometry).toByteArray();
}

void setWindowGeometry(const QByteArray &geometry)
{
    write({{Geometry, geometry}});
}

Context lastContext(const QString &scope)
{
    const QVariantList values
        = Writer::writer().values({contextKey(scope, u"org"_s), contextKey(scope, u"project"_s)}, {});
    return {values.at(0).toString(), values.at(1).toString()};
}

void setLastContext(const QString &scope, const Context &context)
{
    write(
        {{contextKey(scope, u"org"_s), context.orgId}, {contextKey(scope, u"project"_s), context.projectId}});
}

QString lastConnection()
{
    return read(LastConnection).toString();
}

void setLastConnection(const QString &profile)
{
    write({{LastConnection, profile}});
}

QString userName(const QString &scope)
{
    return read(contextKey(scope, u"user"_s)).toString();
}

void setUserName(const QString &scope, const QString &name)
{
    write({{contextKey(scope, u"user"_s), name}});
}

QByteArray viewState(const QString &name)
{
    return read(ViewState + name).toByteArray();
}

void setViewState(const QString &name, const QByteArray &state)
{
    write({{ViewState + name, state}});
}

int fullSyncHours()
{
    bool ok = false;
    const int hours = read(FullSyncHours, DefaultFullSyncHours).toInt(&ok);
    return ok && hours >= 0 && hours <= 24 * 365 ? hours : DefaultFullSyncHours;
}

void setFullSyncHours(int hours)
{
    write({{FullSyncHours, hours}});
}

bool welcomed()
{
    return read(Welcomed).toBool();
}

void setWelcomed()
{
    write({{Welcomed, true}});
}

} // namespace AppSettings
