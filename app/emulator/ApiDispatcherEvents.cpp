// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The events feeds (GET /orgs/{id}/events[/{id}], GET /groups/{id}/events[/{id}]) and the events every
// change of the emulator records: who (the calling key's apiKeyId and publicKey, or the user), from
// where (remoteAddress) and when.
#include "ApiDispatcher.h"
#include "ErrorCodes.h"
#include "JsonMapping.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

void ApiDispatcher::recordEvent(const Call &call, const QString &type, const QString &orgId,
                                const QString &groupId, const QString &targetPublicKey, const QString &entry)
{
    ApiEvent e;
    e.id = newObjectId();
    e.created = now();
    e.eventTypeName = type;
    e.orgId = orgId;
    e.groupId = groupId;
    if (call.caller.key) {
        e.apiKeyId = call.caller.key->key.id;
        e.publicKey = call.caller.key->key.publicKey;
    } else if (call.caller.user) {
        e.userId = call.caller.user->id;
        e.username = call.caller.user->username;
    }
    e.remoteAddress = call.address.toString();
    e.targetPublicKey = targetPublicKey;
    e.entry = entry;
    m_data.events.append(e);
    // A bound on the emulator's memory however many changes it is sent: the oldest tenth goes.
    constexpr qsizetype MaxEvents = 100'000;
    if (m_data.events.size() > MaxEvents)
        m_data.events.remove(0, MaxEvents / 10);
    m_dirty = true;
}

QString ApiDispatcher::eventName(QLatin1StringView accessListName) const
{
    // Before 5.0 the whitelist names; the events were renamed with the paths.
    if (!m_options.legacyPaths())
        return accessListName;
    QString name = accessListName;
    return name.replace(u"ACCESS_LIST"_s, u"WHITELIST"_s);
}

QJsonObject ApiDispatcher::eventJson(const ApiEvent &event, const QString &feedPath, const Call &call) const
{
    QJsonObject o = Json::toJson(event);
    if (m_options.legacyPaths() && o.contains("accessListEntry"_L1))
        o.insert("whitelistEntry"_L1, o.take("accessListEntry"_L1));
    o.insert("isGlobalAdmin"_L1, event.isGlobalAdmin);
    o.insert(
        "links"_L1,
        selfLinks(call.baseUrl + QString::fromLatin1(m_options.apiPrefix()) + feedPath + u'/' + event.id));
    return o;
}

ApiResponse ApiDispatcher::events(Call &call, const QString &orgId, const QString &groupId,
                                  const QString &feedPath)
{
    const auto date = [&](const QString &name, QDateTime *out) -> std::optional<ApiResponse> {
        const QString text = call.query.queryItemValue(name, QUrl::FullyDecoded);
        if (text.isEmpty())
            return std::nullopt;
        *out = QDateTime::fromString(text, Qt::ISODateWithMs);
        if (!out->isValid())
            *out = QDateTime::fromString(text + u"T00:00:00Z"_s, Qt::ISODate);
        if (!out->isValid())
            return error(400, ErrorCodes::InvalidQueryParameter,
                         u"Invalid query parameter %1: expected an ISO-8601 date."_s.arg(name), {name});
        return std::nullopt;
    };
    QDateTime minDate, maxDate;
    if (auto failed = date(u"minDate"_s, &minDate))
        return *failed;
    if (auto failed = date(u"maxDate"_s, &maxDate))
        return *failed;
    const QStringList types = call.query.allQueryItemValues(u"eventType"_s, QUrl::FullyDecoded);
    if (call.segments.size() == 4) {
        for (const ApiEvent &e : std::as_const(m_data.events)) {
            if (e.id == call.segments[3] && e.orgId == orgId && (groupId.isEmpty() || e.groupId == groupId))
                return entity(eventJson(e, feedPath, call), call);
        }
        return error(404, ErrorCodes::EventNotFound, u"No event with ID %1 exists."_s.arg(call.segments[3]),
                     {call.segments[3]});
    }
    QList<const ApiEvent *> items;
    for (auto it = m_data.events.crbegin(); it != m_data.events.crend(); ++it) { // newest first
        const ApiEvent &e = *it;
        if (e.orgId != orgId || (!groupId.isEmpty() && e.groupId != groupId))
            continue;
        if ((minDate.isValid() && e.created < minDate) || (maxDate.isValid() && e.created > maxDate))
            continue;
        if (!types.isEmpty() && !types.contains(e.eventTypeName))
            continue;
        items.append(&e);
    }
    return page(
        items.size(), [&](qint64 i) { return QJsonValue(eventJson(*items.at(i), feedPath, call)); }, call);
}

ApiResponse ApiDispatcher::orgEvents(Call &call)
{
    EmulatedOrg *org = nullptr;
    if (auto failed = requireOrg(call, call.segments[1], &org))
        return *failed;
    return events(call, org->org.id, {}, u"/orgs/"_s + org->org.id + u"/events"_s);
}

ApiResponse ApiDispatcher::projectEvents(Call &call)
{
    EmulatedOrg *org = nullptr;
    Project *project = nullptr;
    if (auto failed = requireProject(call, call.segments[1], &org, &project))
        return *failed;
    return events(call, org->org.id, project->id, u"/groups/"_s + project->id + u"/events"_s);
}
