// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "JsonReader.h"

#include <cmath>

JsonReader::JsonReader(const QJsonValue &value, const QString &path)
    : m_object(value.toObject())
    , m_path(path)
{
    if (!value.isObject())
        fail(tr("%1: expected an object, found %2").arg(path, typeName(value)));
}

QString JsonReader::typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return tr("null");
    case QJsonValue::Bool:
        return tr("a boolean");
    case QJsonValue::Double:
        return tr("a number");
    case QJsonValue::String:
        return tr("a string");
    case QJsonValue::Array:
        return tr("an array");
    case QJsonValue::Object:
        return tr("an object");
    case QJsonValue::Undefined:
        break;
    }
    return tr("nothing");
}

QString JsonReader::childPath(QLatin1StringView key, qsizetype index) const
{
    QString path = m_path.isEmpty() ? QString(key) : m_path + u'.' + key;
    if (index >= 0)
        path += u'[' + QString::number(index) + u']';
    return path;
}

void JsonReader::fail(const QString &error)
{
    if (m_error.isEmpty())
        m_error = error;
}

QJsonValue JsonReader::field(QLatin1StringView key, Presence presence)
{
    if (!ok())
        return QJsonValue(QJsonValue::Undefined);
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined() || value.isNull()) {
        if (presence == Presence::Required)
            fail(tr("%1: required field is missing").arg(childPath(key)));
        return QJsonValue(QJsonValue::Undefined);
    }
    return value;
}

void JsonReader::wrongType(QLatin1StringView key, const char *expected, const QJsonValue &found)
{
    fail(tr("%1: expected %2, found %3").arg(childPath(key), tr(expected), typeName(found)));
}

QString JsonReader::string(QLatin1StringView key, Presence presence)
{
    const QJsonValue value = field(key, presence);
    if (value.isUndefined())
        return {};
    if (!value.isString()) {
        wrongType(key, QT_TR_NOOP("a string"), value);
        return {};
    }
    return value.toString();
}

qint64 JsonReader::integer(QLatin1StringView key, Presence presence, qint64 fallback)
{
    const QJsonValue value = field(key, presence);
    if (value.isUndefined())
        return fallback;
    const double d = value.toDouble(std::nan(""));
    // ±2^63 cannot be converted (undefined behaviour; found by fuzz_json_mapping with 1e308): a number
    // that large is as wrong as a fraction.
    constexpr double Limit = 9.2e18;
    if (!value.isDouble() || std::trunc(d) != d || d < -Limit || d > Limit) {
        wrongType(key, QT_TR_NOOP("a whole number"), value);
        return fallback;
    }
    return static_cast<qint64>(d);
}

bool JsonReader::boolean(QLatin1StringView key, Presence presence, bool fallback)
{
    const QJsonValue value = field(key, presence);
    if (value.isUndefined())
        return fallback;
    if (!value.isBool()) {
        wrongType(key, QT_TR_NOOP("true or false"), value);
        return fallback;
    }
    return value.toBool();
}

QDateTime JsonReader::dateTime(QLatin1StringView key, Presence presence)
{
    const QJsonValue value = field(key, presence);
    if (value.isUndefined())
        return {};
    if (!value.isString()) {
        wrongType(key, QT_TR_NOOP("a date"), value);
        return {};
    }
    QDateTime result = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    if (!result.isValid()) {
        fail(tr("%1: “%2” is not an ISO-8601 date").arg(childPath(key), value.toString()));
        return {};
    }
    return result.toUTC();
}

QJsonArray JsonReader::array(QLatin1StringView key, Presence presence)
{
    const QJsonValue value = field(key, presence);
    if (value.isUndefined())
        return {};
    if (!value.isArray()) {
        wrongType(key, QT_TR_NOOP("an array"), value);
        return {};
    }
    return value.toArray();
}
