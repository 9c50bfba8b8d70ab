// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AccessListEntry.h"
#include "ApiEvent.h"
#include "ApiKey.h"
#include "GlobalAccessEntry.h"
#include "Organization.h"
#include "ServiceAccount.h"

#include <functional>

#include <QJsonObject>
#include <QList>

// The emulator's whole world: organizations with their projects and programmatic keys (with their
// full private keys and whitelists), and users with personal API keys. Stored as JSON of our own shape
// (resources/demo-dataset.json), which is also the format of --state files.
struct EmulatedKey
{
    ApiKey key; // key.privateKey holds the full secret
    QString orgId;
    QList<AccessListEntry> accessList;
    qint64 settledAtMs = 0; // the emulator's uptime from which its access list finds it (--new-key-settle-ms)
};

struct EmulatedUser
{
    QString id;
    QString username;
    QString apiKey; // the personal API key: the digest password
    QList<RoleAssignment> roles;
    QList<AccessListEntry> accessList;
};

// A service account (Cloud Manager): its secrets hold their full values, as the server keeps them to
// check a sign-in; the API answers show them masked except in the answer that creates one.
struct EmulatedServiceAccount
{
    ServiceAccount account;
    QString orgId;
    QList<AccessListEntry> accessList;
    QList<RoleAssignment> projectRoles; // its projects: groupId and roleName

    // "mdb_sa_sk_…" and the last four characters of the secret.
    static QString maskSecret(const QString &secret);
    // The states a demo or generated account's secrets are in, by index % 4: 0 fresh and used, 1 one
    // expiring within 7 days (used) beside a fresh unused one, 2 expired only, 3 never used. Times are
    // relative to now; the values come from valueOf(i).
    static QList<ServiceAccountSecret> secretsInState(int index, const QDateTime &now,
                                                      const std::function<QString(int)> &valueOf,
                                                      int secrets = 0);
};

struct EmulatedOrg
{
    Organization org;
    bool apiAccessListRequired = false;
    QList<Project> projects;
    // Atlas's other organization settings (GET /orgs/{id}/settings on --flavor atlas), by their API field
    // names; missing fields have the documented defaults (ApiDispatcherAtlas.cpp).
    QJsonObject atlasSettings;
};

struct Dataset
{
    QList<EmulatedOrg> orgs;
    QList<EmulatedKey> keys;
    QList<EmulatedUser> users;
    QList<EmulatedServiceAccount> serviceAccounts;
    // Ops Manager's global API keys (orgId empty, GLOBAL_* roles) and the global access list that covers
    // them; served by --flavor ops-manager only.
    QList<EmulatedKey> globalKeys;
    QList<GlobalAccessEntry> globalAccessList;
    // The organizations' and projects' events feeds, oldest first (served newest first).
    QList<ApiEvent> events;

    EmulatedOrg *findOrg(const QString &id);
    EmulatedKey *findKey(const QString &id);
    // Organization keys and global keys.
    EmulatedKey *findKeyByPublicKey(const QString &publicKey);
    EmulatedKey *findGlobalKey(const QString &id);
    EmulatedUser *findUser(const QString &id);
    EmulatedServiceAccount *findServiceAccount(const QString &orgId, const QString &clientId);
    EmulatedUser *findUserByName(const QString &username);
    // The org and project of a project id.
    std::pair<EmulatedOrg *, Project *> findProject(const QString &groupId);
    int keyCount(const QString &orgId) const;
    // A dataset without events gets a history consistent with its state: each key's creation (and its
    // project assignments and whitelist entries) and each organization's last change of the whitelist
    // requirement, by the organization's first user, before any entry's first use.
    void addHistory(bool legacyNames = false);

    // The first Organization Owner key of the first organization: what the emulator prints on start.
    const EmulatedKey *ownerKey() const;
    // The first Global Owner key: the start line's globalPublicKey/globalPrivateKey (Ops Manager).
    const EmulatedKey *globalOwnerKey() const;
    // Global keys and a global access list of the demo's shape (127.0.0.1 and ::1 on the list, so the
    // owner key works from this machine), created `keys` days apart back from now.
    void addGlobalAccess(int keys, const QDateTime &now);

    QJsonObject toJson() const;
    // Empty error on success.
    static Dataset fromJson(const QJsonObject &json, QString *error);
    static Dataset load(const QString &path, QString *error);
    static Dataset demo();
    // The demo as an Atlas server serves it: its organizations' other security settings set (multi-factor
    // authentication required in one, a shorter secret life in another).
    static Dataset demoForAtlas();
    // --generate orgs=N,keys=M,entries=K,projects=P,seed=S (deterministic for a seed).
    static Dataset generate(const QString &spec, QString *error);
};
