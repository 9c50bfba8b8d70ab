// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

// Reads fields of one JSON object and remembers the first problem, named by its path
// ("results[3].roles[0].roleName: expected a string, found a number"). Unknown fields are ignored.
class JsonReader
{
    Q_DECLARE_TR_FUNCTIONS(JsonReader)
public:
    enum class Presence { Required, Optional };

    JsonReader(const QJsonValue &value, const QString &path);

    QString string(QLatin1StringView key, Presence presence = Presence::Required);
    qint64 integer(QLatin1StringView key, Presence presence = Presence::Required, qint64 fallback = 0);
    bool boolean(QLatin1StringView key, Presence presence = Presence::Required, bool fallback = false);
    QDateTime dateTime(QLatin1StringView key, Presence presence = Presence::Required);
    QJsonArray array(QLatin1StringView key, Presence presence = Presence::Required);

    QString childPath(QLatin1StringView key, qsizetype index = -1) const;
    bool ok() const { return m_error.isEmpty(); }
    const QString &error() const { return m_error; }
    void fail(const QString &error);

    static QString typeName(const QJsonValue &value);

private:
    // The value of key, or an undefined value (after recording an error when it is required).
    QJsonValue field(QLatin1StringView key, Presence presence);
    void wrongType(QLatin1StringView key, const char *expected, const QJsonValue &found);

    QJsonObject m_object;
    QString m_path;
    QString m_error;
};
