// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

// One entry of an organization's or project's events feed (GET /orgs/{id}/events,
// /groups/{id}/events): who did what to which key or setting, from where, and when. Keys carry no
// creation date or creator of their own: only these events tell.
struct ApiEvent
{
    Q_DECLARE_TR_FUNCTIONS(ApiEvent)
public:
    // What the event is about, from its eventTypeName; both name families (Ops Manager's ORG_…,
    // Atlas-style API_KEY_…, the older …_WHITELIST_… spellings) map to one kind.
    enum class Kind {
        Other, // an event type this console does not interpret (kept, shown by its name)
        KeyCreated,
        KeyDeleted,
        EntryAdded,
        EntryDeleted,
        RolesChanged,
        DescriptionChanged,
        KeyAddedToProject,
        KeyRemovedFromProject,
        RequirementOn,
        RequirementOff,
    };

    QString id;
    QDateTime created;
    QString eventTypeName;
    QString orgId;
    QString groupId;
    // The actor: a user (userId, username) or an API key (apiKeyId, publicKey).
    QString userId;
    QString username;
    QString apiKeyId;
    QString publicKey;
    QString remoteAddress;
    bool isGlobalAdmin = false;
    // The target.
    QString targetPublicKey;
    QString targetUsername;
    QString entry; // accessListEntry or whitelistEntry

    Kind kind() const { return kindOf(eventTypeName); }
    static Kind kindOf(const QString &eventTypeName);
    // The prefixes of the event types that concern API access (others are filtered out on our side).
    static bool concernsApiAccess(const QString &eventTypeName);
    // "alice@example.com", "key qzmrvtka", or "unknown".
    QString actor() const;
    // One line a person reads at a glance: "API key qzmrvtka: entry 10.0.0.0/24 added by key ab12cd34
    // from 203.0.113.9"; with the key's description when known: "API key “CI runners”: …".
    QString summary(const QString &keyDescription = {}) const;

    // The event this console writes for a change it made, at once, so History's timeline shows the change
    // before the server's own event is read (with the next sync, which then replaces it). Its ID starts
    // with "console:"; the actor is the key in use; the address is not known here.
    static ApiEvent ofThisConsole(const QString &eventTypeName, const QString &orgId,
                                  const QString &actorPublicKey, const QString &targetPublicKey,
                                  const QString &entry = {}, const QString &groupId = {});
    bool fromThisConsole() const { return id.startsWith(QLatin1StringView("console:")); }

    friend bool operator==(const ApiEvent &a, const ApiEvent &b) = default;
};

using ApiEvents = QList<ApiEvent>;

// What the console does with a feed: keeps the events that concern API access, newest first, once each.
namespace ApiEventLog {
// At most this many events are kept per organization (the newest; the newest change of the requirement
// and the creation of every key still listed are kept beyond it).
constexpr qsizetype MaxKept = 10'000;
// newer and older together, deduplicated by ID, API-access events only, newest first, bounded by MaxKept.
ApiEvents merged(const ApiEvents &newer, const ApiEvents &older, const QStringList &keepPublicKeys = {});
// The newest event that turned the requirement on or off, or nullptr.
const ApiEvent *newestRequirementChange(const ApiEvents &events);
// The event that created the key with this public key, or nullptr.
const ApiEvent *creationOf(const ApiEvents &events, const QString &publicKey);
// The public keys that events at or after `since` name as their target.
QSet<QString> keysNamedSince(const ApiEvents &events, const QDateTime &since);
// This console's own events that a feed read at `since` cannot hold yet: those made at or after it (all of
// them when `since` is invalid: the feed was not read).
ApiEvents ownSince(const ApiEvents &own, const QDateTime &since);
} // namespace ApiEventLog
