// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AccessListEntry.h"
#include "ApiEvent.h"
#include "ApiKey.h"
#include "GlobalAccessEntry.h"
#include "Organization.h"
#include "OrgSettings.h"
#include "ServiceAccount.h"

#include <QDateTime>
#include <QHash>
#include <QList>

// Whether a list could be read: a list the key may not read is "not readable, because …", never empty.
struct Readability
{
    bool readable = true;
    QString reason; // the server's explanation when not readable

    static Readability denied(const QString &why) { return {false, why}; }
    friend bool operator==(const Readability &, const Readability &) = default;
};

struct KeyRecord
{
    ApiKey key; // privateKey is only ever the masked form here
    QList<AccessListEntry> accessList;
    Readability accessListState;
    // When the whitelist (with its usage counters) was read, when an incremental sync kept it from an
    // earlier one; invalid: read by the sync that took the snapshot.
    QDateTime accessListReadAt;

    // When the key was last used: the latest last use of its entries (invalid: never, as far as they say).
    QDateTime lastUsed() const;

    friend bool operator==(const KeyRecord &, const KeyRecord &) = default;
};

// A service account as a sync read it: the account (its secrets masked) and its own access list.
struct ServiceAccountRecord
{
    ServiceAccount account;
    QList<AccessListEntry> accessList;
    Readability accessListState;

    friend bool operator==(const ServiceAccountRecord &, const ServiceAccountRecord &) = default;
};

// Everything known about one organization at one moment: what a sync reads and the cache stores.
struct OrgSnapshot
{
    qint64 id = 0; // snapshot id in the cache, 0 before it is stored
    QDateTime takenAt; // when the sync finished
    Organization organization;
    OrgSettings settings;
    QList<Project> projects;
    Readability projectsState;
    QList<KeyRecord> keys;
    Readability keysState;
    // The organization's users, for "created by someone who has left"; not readable without Organization
    // Member (or on servers that do not list them).
    QList<OrgUser> users;
    Readability usersState = Readability::denied({});
    // The organization's events that concern API access, newest first (ApiEventLog::merged), and until
    // when they were read: invalid when the feed has never been read.
    ApiEvents events;
    Readability eventsState;
    QDateTime eventsReadAt;
    // The organization's service accounts (Cloud Manager, Atlas), by client ID; not readable where the
    // server has none (Ops Manager) or the key may not list them.
    QList<ServiceAccountRecord> serviceAccounts;
    Readability serviceAccountsState = Readability::denied({});

    // Ops Manager's instance (organization.id == Instance::Id): keys are its global API keys (with their
    // GLOBAL_* roles and no list of their own) and this is the global access list that covers them all.
    QList<GlobalAccessEntry> globalAccessList;
    Readability globalAccessListState = Readability::denied({});
    bool isInstance() const { return Instance::is(organization.id); }
    const KeyRecord *findKey(const QString &keyId) const;
    KeyRecord *findKey(const QString &keyId);
    // The keys a person means by text: a key ID, a public key, or words of the description (people mix
    // them up; the web console asks for the public key where the API wants the ID). Exact IDs and public
    // keys win over description matches.
    QList<const KeyRecord *> keysMatching(const QString &text) const;
    // The event's line, naming its key by the description this snapshot holds for it. For many events,
    // look the names up once (descriptionsByPublicKey) and use the static form: a scan of the keys per
    // event is 5 million comparisons for a maximal organization's feed.
    QString eventSummary(const ApiEvent &event) const;
    QHash<QString, QString> descriptionsByPublicKey() const;
    static QString eventSummary(const ApiEvent &event, const QHash<QString, QString> &descriptions);
    // The keys assigned to a project, from their roles.
    QList<const KeyRecord *> projectKeys(const QString &projectId) const;
};
