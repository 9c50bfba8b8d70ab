// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ApiEvent.h"

#include "Clock.h"

#include <QLocale>
#include <QSet>
#include <QUuid>

#include <algorithm>
#include <array>
#include <limits>

using namespace Qt::StringLiterals;

ApiEvent::Kind ApiEvent::kindOf(const QString &name)
{
    struct Name
    {
        QLatin1StringView text;
        Kind kind;
    };
    static const Name names[] = {
        {"ORG_API_KEY_ADDED"_L1, Kind::KeyCreated},
        {"API_KEY_CREATED"_L1, Kind::KeyCreated},
        {"ORG_API_KEY_DELETED"_L1, Kind::KeyDeleted},
        {"API_KEY_DELETED"_L1, Kind::KeyDeleted},
        {"API_KEY_ACCESS_LIST_ENTRY_ADDED"_L1, Kind::EntryAdded},
        {"API_KEY_WHITELIST_ENTRY_ADDED"_L1, Kind::EntryAdded},
        {"API_KEY_ACCESS_LIST_ENTRY_DELETED"_L1, Kind::EntryDeleted},
        {"API_KEY_WHITELIST_ENTRY_DELETED"_L1, Kind::EntryDeleted},
        {"API_KEY_ROLES_CHANGED"_L1, Kind::RolesChanged},
        {"API_KEY_DESCRIPTION_CHANGED"_L1, Kind::DescriptionChanged},
        {"API_KEY_ADDED_TO_GROUP"_L1, Kind::KeyAddedToProject},
        {"API_KEY_REMOVED_FROM_GROUP"_L1, Kind::KeyRemovedFromProject},
        {"ORG_PUBLIC_API_ACCESS_LIST_REQUIRED"_L1, Kind::RequirementOn},
        {"ORG_PUBLIC_API_WHITELIST_REQUIRED"_L1, Kind::RequirementOn},
        {"ORG_PUBLIC_API_ACCESS_LIST_NOT_REQUIRED"_L1, Kind::RequirementOff},
        {"ORG_PUBLIC_API_WHITELIST_NOT_REQUIRED"_L1, Kind::RequirementOff},
    };
    for (const Name &n : names) {
        if (name == n.text)
            return n.kind;
    }
    return Kind::Other;
}

bool ApiEvent::concernsApiAccess(const QString &name)
{
    // Service accounts' events have no documented names (models/api/README.md, "Events"): the candidates
    // seen in public code are kept, shown by their names, so that none is dropped whichever it is. The
    // same for Ops Manager's global access list.
    static const QLatin1StringView prefixes[] = {"API_KEY_"_L1,
                                                 "ORG_API_KEY_"_L1,
                                                 "ORG_PUBLIC_API_"_L1,
                                                 "TEMP_GLOBAL_API_KEY_"_L1,
                                                 "SERVICE_ACCOUNT_"_L1,
                                                 "INTERNAL_CLIENT_"_L1,
                                                 "GLOBAL_ACCESS_LIST_ENTRY_"_L1,
                                                 "GLOBAL_WHITELIST_ENTRY_"_L1};
    return std::any_of(std::begin(prefixes), std::end(prefixes),
                       [&](QLatin1StringView prefix) { return name.startsWith(prefix); });
}

QString ApiEvent::actor() const
{
    if (!username.isEmpty())
        return username;
    if (!publicKey.isEmpty())
        return tr("key %1").arg(publicKey);
    if (!userId.isEmpty())
        return tr("user %1").arg(userId);
    if (!apiKeyId.isEmpty())
        return tr("key %1").arg(apiKeyId);
    return tr("unknown");
}

QString ApiEvent::summary(const QString &keyDescription) const
{
    const QString by = fromThisConsole()
        ? tr("by this console (key %1); the server's own event is read with the next sync").arg(publicKey)
        : remoteAddress.isEmpty() ? tr("by %1").arg(actor())
                                  : tr("by %1 from %2").arg(actor(), remoteAddress);
    const QString key = !keyDescription.isEmpty() ? tr("API key “%1”").arg(keyDescription)
        : targetPublicKey.isEmpty()               ? tr("API key")
                                                  : tr("API key %1").arg(targetPublicKey);
    switch (kind()) {
    case Kind::KeyCreated:
        return tr("%1 created %2").arg(key, by);
    case Kind::KeyDeleted:
        return tr("%1 deleted %2").arg(key, by);
    case Kind::EntryAdded:
        return tr("%1: entry %2 added %3").arg(key, entry, by);
    case Kind::EntryDeleted:
        return tr("%1: entry %2 removed %3").arg(key, entry, by);
    case Kind::RolesChanged:
        return tr("%1: roles changed %2").arg(key, by);
    case Kind::DescriptionChanged:
        return tr("%1: description changed %2").arg(key, by);
    case Kind::KeyAddedToProject:
        return tr("%1 assigned to project %2 %3").arg(key, groupId, by);
    case Kind::KeyRemovedFromProject:
        return tr("%1 removed from project %2 %3").arg(key, groupId, by);
    case Kind::RequirementOn:
        return tr("Require IP Whitelist for Public API turned on %1").arg(by);
    case Kind::RequirementOff:
        return tr("Require IP Whitelist for Public API turned off %1").arg(by);
    case Kind::Other:
        break;
    }
    return tr("%1 %2").arg(eventTypeName, by);
}

ApiEvent ApiEvent::ofThisConsole(const QString &eventTypeName, const QString &orgId,
                                 const QString &actorPublicKey, const QString &targetPublicKey,
                                 const QString &entry, const QString &groupId)
{
    ApiEvent e;
    e.id = "console:"_L1 + QUuid::createUuid().toString(QUuid::WithoutBraces);
    e.created = Clock::nowUtc();
    e.eventTypeName = eventTypeName;
    e.orgId = orgId;
    e.groupId = groupId;
    e.publicKey = actorPublicKey;
    e.targetPublicKey = targetPublicKey;
    e.entry = entry;
    return e;
}

namespace ApiEventLog {

ApiEvents merged(const ApiEvents &newer, const ApiEvents &older, const QStringList &keepPublicKeys)
{
    // Sorted by a small key (time in milliseconds, then the ID) rather than by moving whole events: a
    // maximal feed is 10,000 events of a dozen strings each.
    struct Order
    {
        qint64 ms;
        const ApiEvent *event;
    };
    std::vector<Order> order;
    order.reserve(size_t(newer.size() + older.size()));
    QSet<QString> seen;
    seen.reserve(newer.size() + older.size());
    for (const ApiEvents *list : {&newer, &older}) {
        for (const ApiEvent &e : *list) {
            if (e.id.isEmpty() || !ApiEvent::concernsApiAccess(e.eventTypeName))
                continue;
            const qsizetype before = seen.size();
            seen.insert(e.id); // one lookup: seen before when the set did not grow
            if (seen.size() == before)
                continue;
            order.push_back(
                {e.created.isValid() ? e.created.toMSecsSinceEpoch() : std::numeric_limits<qint64>::min(),
                 &e});
        }
    }
    std::stable_sort(order.begin(), order.end(), [](const Order &a, const Order &b) {
        return a.ms != b.ms ? a.ms > b.ms : a.event->id > b.event->id;
    });
    // Most of an event's strings repeat from event to event (its type, the organization, the project, the
    // actor, the address it came from, the key it is about): the kept events share one copy of each,
    // which is most of their memory (bench_memory: a feed of 10,000 events took about 7 MB, 4.4 MB now).
    // Not the entry, which seldom repeats. Each field is first compared with the same field of the
    // event before (one organization, a run of one actor's events): cheaper than a lookup, which
    // start-up waits for.
    QSet<QString> strings;
    strings.reserve(1024);
    constexpr size_t Fields = 10;
    std::array<QString, Fields> previous;
    const auto share = [&strings](QString &s, QString &before) {
        if (s.isEmpty())
            return;
        if (s == before) {
            s = before;
            return;
        }
        if (const auto it = strings.constFind(s); it != strings.cend())
            s = *it;
        else
            strings.insert(s);
        before = s;
    };
    ApiEvents all;
    all.reserve(qsizetype(order.size()));
    for (const Order &o : order) {
        ApiEvent &e = all.emplace_back(*o.event);
        const std::array<QString *, Fields> fields{
            &e.eventTypeName, &e.orgId,     &e.groupId,       &e.userId,          &e.username,
            &e.apiKeyId,      &e.publicKey, &e.remoteAddress, &e.targetPublicKey, &e.targetUsername};
        for (size_t i = 0; i < Fields; ++i)
            share(*fields[i], previous[i]);
    }
    if (all.size() <= MaxKept)
        return all;
    // Beyond the bound, only what still explains the present is kept: the requirement's newest change
    // and the creation of keys that still exist.
    const QSet<QString> keep(keepPublicKeys.begin(), keepPublicKeys.end());
    ApiEvents bounded = all.mid(0, MaxKept);
    bool requirementSeen = newestRequirementChange(bounded) != nullptr;
    for (qsizetype i = MaxKept; i < all.size(); ++i) {
        const ApiEvent &e = all.at(i);
        const ApiEvent::Kind kind = e.kind();
        if (!requirementSeen
            && (kind == ApiEvent::Kind::RequirementOn || kind == ApiEvent::Kind::RequirementOff)) {
            requirementSeen = true;
            bounded.append(e);
        } else if (kind == ApiEvent::Kind::KeyCreated && keep.contains(e.targetPublicKey)) {
            bounded.append(e);
        }
    }
    return bounded;
}

const ApiEvent *newestRequirementChange(const ApiEvents &events)
{
    for (const ApiEvent &e : events) {
        const ApiEvent::Kind kind = e.kind();
        if (kind == ApiEvent::Kind::RequirementOn || kind == ApiEvent::Kind::RequirementOff)
            return &e;
    }
    return nullptr;
}

const ApiEvent *creationOf(const ApiEvents &events, const QString &publicKey)
{
    if (publicKey.isEmpty())
        return nullptr;
    for (const ApiEvent &e : events) {
        // The key first: two short strings compared, where kind() compares the type's name with up to
        // sixteen names (this runs over every event each time a key's details are shown).
        if (e.targetPublicKey == publicKey && e.kind() == ApiEvent::Kind::KeyCreated)
            return &e;
    }
    return nullptr;
}

QSet<QString> keysNamedSince(const ApiEvents &events, const QDateTime &since)
{
    QSet<QString> keys;
    for (const ApiEvent &e : events) {
        if (e.created >= since && !e.targetPublicKey.isEmpty())
            keys.insert(e.targetPublicKey);
    }
    return keys;
}

ApiEvents ownSince(const ApiEvents &own, const QDateTime &since)
{
    if (!since.isValid())
        return own;
    ApiEvents kept = own;
    kept.removeIf([&](const ApiEvent &e) { return e.created < since; });
    return kept;
}

} // namespace ApiEventLog
