// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
// --flavor atlas: the Atlas Administration API v2 at /api/atlas/v2 (app/emulator/README.md, "Atlas";
// models/api/README.md, "Atlas Administration API v2").
//   - Every request names a resource version in Accept: application/vnd.atlas.YYYY-MM-DD+json. The server
//     serves the newest version of the resource at or before that date. No such type in Accept, a date that
//     is not one, or a date before the resource's first version: 406 INVALID_VERSION_DATE ("Invalid accept
//     header or version date.", as Atlas answers a request without the header).
//   - A body is sent as the same versioned type; another Content-Type is refused with 415 (UNCERTAIN: the
//     specification declares bodies only under the dated type and says nothing of others).
//   - A version removed (--atlas-gone-before) answers 410 VERSION_GONE; a deprecated one
//     (--atlas-deprecated-before) is served with Deprecation and Sunset headers.
//   - 2xx answers carry the resolved type; error bodies are application/json.
//   - GET/PATCH /orgs/{id}/settings: OrganizationSettings with every documented field; PATCH changes only
//     the fields sent (Organization Member reads, Organization Owner writes).
#include "ApiDispatcher.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>
#include <QLocale>
#include <QRegularExpression>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace {

constexpr QLatin1StringView UnsupportedMediaType("UNSUPPORTED_MEDIA_TYPE");

// The dates of application/vnd.atlas.DATE+json items in an Accept or Content-Type value ("" for an
// item of that form whose date is not a date).
QList<QByteArray> atlasDates(const QByteArray &header)
{
    static const QRegularExpression type(u"^application/vnd\\.atlas\\.([^+]*)\\+json$"_s,
                                         QRegularExpression::CaseInsensitiveOption);
    QList<QByteArray> dates;
    for (const QByteArray &item : header.split(',')) {
        const QByteArray mediaType = item.split(';').first().trimmed();
        const auto match = type.match(QString::fromLatin1(mediaType));
        if (match.hasMatch())
            dates.append(match.captured(1).toLatin1());
    }
    return dates;
}

QDate parseDate(const QByteArray &text)
{
    static const QRegularExpression shape(u"^\\d{4}-\\d{2}-\\d{2}$"_s);
    const QString s = QString::fromLatin1(text);
    return shape.match(s).hasMatch() ? QDate::fromString(s, Qt::ISODate) : QDate();
}

QByteArray httpDate(const QDate &date)
{
    return QLocale::c()
        .toString(QDateTime(date, QTime(0, 0), Qt::UTC), u"ddd, dd MMM yyyy hh:mm:ss 'GMT'"_s)
        .toLatin1();
}

} // namespace

QList<QDate> ApiDispatcher::atlasResourceVersions(const QStringList &segments)
{
    // The versions this emulator serves, by resource (api-accounts-atlas.md §1.0): service accounts
    // 2024-08-05; settings, keys, access lists, project keys, events and the rest 2023-01-01.
    if (segments.contains(u"serviceAccounts"_s))
        return {QDate(2024, 8, 5)};
    return {QDate(2023, 1, 1)};
}

std::optional<ApiResponse> ApiDispatcher::negotiateAtlasVersion(const Call &call, AtlasVersion *version) const
{
    const auto refused = [] {
        return error(406, ErrorCodes::InvalidVersionDate, u"Invalid accept header or version date."_s);
    };
    const QList<QByteArray> dates = atlasDates(call.request->accept);
    // The newest acceptable date the client listed.
    for (const QByteArray &text : dates) {
        const QDate date = parseDate(text);
        if (date.isValid() && (!version->requested.isValid() || date > version->requested))
            version->requested = date;
    }
    if (!version->requested.isValid())
        return refused();
    for (const QDate &v : atlasResourceVersions(call.segments)) {
        if (v <= version->requested && (!version->resolved.isValid() || v > version->resolved))
            version->resolved = v;
    }
    if (!version->resolved.isValid())
        return refused();
    if (m_options.atlasGoneBefore.isValid() && version->resolved < m_options.atlasGoneBefore)
        return error(410, ErrorCodes::VersionGone,
                     u"The requested API version %1 of this resource is no longer supported; use a newer "
                     u"version."_s.arg(version->resolved.toString(Qt::ISODate)),
                     {version->resolved.toString(Qt::ISODate)});
    if (!call.request->body.isEmpty()) {
        const QList<QByteArray> bodyDates = atlasDates(call.request->contentType);
        if (bodyDates.isEmpty() || !parseDate(bodyDates.first()).isValid())
            return error(415, UnsupportedMediaType,
                         u"Send the body as application/vnd.atlas.YYYY-MM-DD+json, not %1."_s.arg(
                             QString::fromLatin1(call.request->contentType.left(100))));
    }
    return std::nullopt;
}

void ApiDispatcher::applyAtlasVersion(const AtlasVersion &version, ApiResponse *response) const
{
    if (!version.resolved.isValid())
        return;
    if (response->status >= 200 && response->status < 300)
        response->contentType
            = "application/vnd.atlas." + version.resolved.toString(Qt::ISODate).toLatin1() + "+json";
    if (m_options.atlasDeprecatedBefore.isValid() && version.resolved < m_options.atlasDeprecatedBefore) {
        const QDate sunset = m_options.atlasSunset.isValid() ? m_options.atlasSunset
                                                             : m_options.atlasDeprecatedBefore.addYears(1);
        response->headers.append({"Deprecation", httpDate(m_options.atlasDeprecatedBefore)});
        response->headers.append({"Sunset", httpDate(sunset)});
    }
}

QJsonObject ApiDispatcher::atlasSettingsJson(const EmulatedOrg &org)
{
    // The documented defaults (OrganizationSettings), then what the organization holds.
    QJsonObject o{{"apiAccessListRequired"_L1, org.apiAccessListRequired},
                  {"multiFactorAuthRequired"_L1, false},
                  {"restrictEmployeeAccess"_L1, false},
                  {"genAIFeaturesEnabled"_L1, true},
                  {"maxServiceAccountSecretValidityInHours"_L1, 8760},
                  {"securityContact"_L1, QString()},
                  {"streamsCrossGroupEnabled"_L1, false}};
    for (auto it = org.atlasSettings.begin(); it != org.atlasSettings.end(); ++it)
        o.insert(it.key(), it.value());
    o.insert("apiAccessListRequired"_L1, org.apiAccessListRequired);
    return o;
}

std::optional<ApiResponse> ApiDispatcher::patchAtlasSettings(Call &call, EmulatedOrg *org,
                                                             const QJsonObject &object)
{
    static const QStringList booleans{u"apiAccessListRequired"_s, u"multiFactorAuthRequired"_s,
                                      u"restrictEmployeeAccess"_s, u"genAIFeaturesEnabled"_s,
                                      u"streamsCrossGroupEnabled"_s};
    // Every field checked before any is changed: a refused PATCH changes nothing.
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString &key = it.key();
        const QJsonValue value = it.value();
        bool valid = false;
        if (booleans.contains(key))
            valid = value.isBool();
        else if (key == "maxServiceAccountSecretValidityInHours"_L1)
            valid = value.isDouble() && value.toDouble() == double(value.toInt()) && value.toInt() >= 8
                && value.toInt() <= 8760;
        else if (key == "securityContact"_L1)
            valid = value.isString();
        else if (key == "operationsContact"_L1)
            valid = value.isString() || value.isNull();
        else if (key == "customSessionTimeouts"_L1)
            valid = value.isObject() || value.isNull();
        else
            return error(400, ErrorCodes::InvalidAttribute, u"Invalid attribute %1 specified."_s.arg(key),
                         {key});
        if (!valid)
            return error(400, ErrorCodes::InvalidAttribute,
                         u"Invalid attribute %1 specified: wrong type or out of range."_s.arg(key), {key});
    }
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.key() == "apiAccessListRequired"_L1) {
            const bool required = it.value().toBool();
            if (org->apiAccessListRequired != required)
                recordEvent(call,
                            eventName(required ? "ORG_PUBLIC_API_ACCESS_LIST_REQUIRED"_L1
                                               : "ORG_PUBLIC_API_ACCESS_LIST_NOT_REQUIRED"_L1),
                            org->org.id);
            org->apiAccessListRequired = required;
        } else {
            org->atlasSettings.insert(it.key(), it.value());
        }
    }
    m_dirty = true;
    return std::nullopt;
}

std::optional<ApiResponse> ApiDispatcher::atlasTokenBucket(Call &call, const QString &orgId, qint64 nowMs,
                                                           qint64 windowMs)
{
    const double capacity = m_options.rateLimitPerMinute;
    const double perMs = capacity / double(windowMs);
    auto it = m_rateBuckets.find(orgId);
    if (it == m_rateBuckets.end())
        it = m_rateBuckets.insert(orgId, {nowMs, capacity});
    it->second = std::min(capacity, it->second + double(nowMs - it->first) * perMs);
    it->first = nowMs;
    if (it->second >= 1) {
        it->second -= 1;
        call.rateRemaining = int(it->second);
        return std::nullopt;
    }
    call.rateRemaining = 0;
    ApiResponse response = error(429, ErrorCodes::RateLimited,
                                 u"Resource %1 is limited to %2 requests every %3 seconds."_s.arg(call.path)
                                     .arg(m_options.rateLimitPerMinute)
                                     .arg(m_options.rateLimitWindowSeconds),
                                 {call.path, m_options.rateLimitPerMinute, m_options.rateLimitWindowSeconds});
    if (m_options.sendRetryAfter) {
        const qint64 waitMs = qint64(std::ceil((1 - it->second) / perMs));
        response.headers.append(
            {"Retry-After", QByteArray::number(std::max<qint64>(1, (waitMs + 999) / 1000))});
    }
    return response;
}

// POST /groups/{id}/apiKeys/{keyId}: an array of {roles} (UserAccessRoleAssignment; userId is read-only and
// ignored), the roles of all its elements given to the key in the project; 204. PATCH (the other flavours'
// assignment) stays: on Atlas it replaces the roles of a key already in the project.
ApiResponse ApiDispatcher::addProjectKeyAtlas(Call &call)
{
    EmulatedOrg *org = nullptr;
    Project *project = nullptr;
    EmulatedKey *key = nullptr;
    if (auto failed = requireProjectKeyChange(call, &org, &project, &key))
        return *failed;
    QJsonValue body;
    if (auto failed = parseJsonBody(call, &body))
        return *failed;
    if (!body.isArray() || body.toArray().isEmpty())
        return error(400, ErrorCodes::InvalidJson,
                     u"Expected an array of role assignments, each with its roles."_s);
    QJsonArray all;
    for (const QJsonValue &element : body.toArray()) {
        if (!element.isObject() || !element.toObject().value("roles"_L1).isArray())
            return error(400, ErrorCodes::InvalidAttribute, u"Invalid attribute roles specified."_s,
                         {u"roles"_s});
        for (const QJsonValue &role : element.toObject().value("roles"_L1).toArray())
            all.append(role);
    }
    QStringList roles;
    if (auto failed = validateRoles(all, RoleScope::Project, &roles))
        return *failed;
    roles.removeDuplicates();
    const bool wasAssigned = !key->key.projectRoleNames(project->id).isEmpty();
    recordEvent(call, wasAssigned ? u"API_KEY_ROLES_CHANGED"_s : u"API_KEY_ADDED_TO_GROUP"_s, org->org.id,
                project->id, key->key.publicKey);
    key->key.roles.removeIf([&](const RoleAssignment &r) { return r.groupId == project->id; });
    for (const QString &role : std::as_const(roles))
        key->key.roles.append({role, {}, project->id});
    m_dirty = true;
    return noContent();
}
