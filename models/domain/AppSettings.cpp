// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppSettings.h"

#include <QSettings>

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

} // namespace

namespace AppSettings {

QString theme()
{
    return QSettings().value(Theme).toString();
}

void setTheme(const QString &name)
{
    QSettings().setValue(Theme, name);
}

QString language()
{
    return QSettings().value(Language).toString();
}

void setLanguage(const QString &code)
{
    QSettings().setValue(Language, code);
}

QByteArray windowGeometry()
{
    return QSettings().value(Geometry).toByteArray();
}

void setWindowGeometry(const QByteArray &geometry)
{
    QSettings().setValue(Geometry, geometry);
}

Context lastContext(const QString &scope)
{
    QSettings settings;
    return {settings.value(contextKey(scope, u"org"_s)).toString(),
            settings.value(contextKey(scope, u"project"_s)).toString()};
}

void setLastContext(const QString &scope, const Context &context)
{
    QSettings settings;
    settings.setValue(contextKey(scope, u"org"_s), context.orgId);
    settings.setValue(contextKey(scope, u"project"_s), context.projectId);
}

QString lastConnection()
{
    return QSettings().value(LastConnection).toString();
}

void setLastConnection(const QString &profile)
{
    QSettings().setValue(LastConnection, profile);
}

QString userName(const QString &scope)
{
    return QSettings().value(contextKey(scope, u"user"_s)).toString();
}

void setUserName(const QString &scope, const QString &name)
{
    QSettings().setValue(contextKey(scope, u"user"_s), name);
}

QByteArray viewState(const QString &name)
{
    return QSettings().value(ViewState + name).toByteArray();
}

void setViewState(const QString &name, const QByteArray &state)
{
    QSettings().setValue(ViewState + name, state);
}

int fullSyncHours()
{
    bool ok = false;
    const int hours = QSettings().value(FullSyncHours, DefaultFullSyncHours).toInt(&ok);
    return ok && hours >= 0 && hours <= 24 * 365 ? hours : DefaultFullSyncHours;
}

void setFullSyncHours(int hours)
{
    QSettings().setValue(FullSyncHours, hours);
}

bool welcomed()
{
    return QSettings().value(Welcomed).toBool();
}

void setWelcomed()
{
    QSettings().setValue(Welcomed, true);
}

} // namespace AppSettings
