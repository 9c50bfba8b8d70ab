// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Changes.h"

#include "OrgStore.h"
#include "Repository.h"

#include <QScopedValueRollback>
#include <QTimer>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

// The project roles of a key replaced by those of the answer (or removed), its other roles kept.
void replaceProjectRoles(ApiKey &key, const QString &groupId, const QList<RoleAssignment> &answerRoles)
{
    key.roles.removeIf([&](const RoleAssignment &r) { return r.groupId == groupId; });
    for (const RoleAssignment &r : answerRoles) {
        if (r.groupId == groupId)
            key.roles.append(r);
    }
}

} // namespace

void Changes::noteOwn(OrgSnapshot &s, const QString &eventTypeName, const QString &targetPublicKey,
                      const QString &entry, const QString &groupId)
{
    if (m_noting)
        m_noting->prepend(ApiEvent::ofThisConsole(eventTypeName, s.organization.id,
                                                  m_client->connection().publicKey, targetPublicKey, entry,
                                                  groupId));
}

Changes::Changes(Repository *repository, QObject *parent)
    : QObject(parent)
    , m_repository(repository)
    , m_client(repository->client())
{ }

void Changes::begin(const QString &orgId, const std::optional<ObjectId> &object)
{
    ++m_inFlight;
    if (!object)
        return;
    Flight &f = m_flights[orgId + u'|' + object->token()];
    f.overlapped = f.overlapped || f.inFlight > 0;
    ++f.inFlight;
}

void Changes::end(const QString &orgId, const std::optional<ObjectId> &object)
{
    --m_inFlight;
    if (!object)
        return;
    const QString token = orgId + u'|' + object->token();
    Flight &f = m_flights[token];
    if (--f.inFlight > 0)
        return;
    const bool overlapped = f.overlapped;
    m_flights.remove(token);
    if (overlapped)
        reread(orgId, *object);
}

void Changes::reread(const QString &orgId, const ObjectId &object)
{
    // The read is a flight of its own: a change of the object sent meanwhile makes it read again.
    begin(orgId, object);
    if (object.kind == ObjectId::Kind::Setting) {
        m_client->orgSettings(orgId, this, [this, orgId, object](ApiResult<OrgSettings> r) {
            if (r.ok() && r.value().requirement != WhitelistRequirement::Unknown)
                applySettings(orgId, r.value());
            end(orgId, object);
        });
        return;
    }
    if (object.kind == ObjectId::Kind::ServiceAccount)
        return rereadAccount(orgId, object);
    if (Instance::is(orgId))
        return rereadInstance(object);
    const QString keyId = object.keyId;
    const auto apply = [this, orgId, keyId](const std::optional<KeyRecord> &record) {
        m_repository->persist(m_repository->store()->applyChange(orgId,
                                                                 [&](OrgSnapshot &s) {
                                                                     OrgMerge::replaceKey(s, keyId, record);
                                                                     return QList<ObjectId>{
                                                                         ObjectId::key(keyId)};
                                                                 }),
                              SnapshotSource::Change);
        emit applied(orgId);
    };
    m_client->apiKey(orgId, keyId, this, [this, orgId, object, keyId, apply](ApiResult<ApiKey> key) {
        if (!key.ok()) {
            if (key.error().kind == ApiError::Kind::NotFound) // deleted meanwhile
                apply(std::nullopt);
            return end(orgId, object); // anything else: the next sync reads it
        }
        m_client->accessList(orgId, keyId, this,
                             [this, orgId, object, key, apply](ApiResult<QList<AccessListEntry>> list) {
                                 if (list.ok())
                                     apply(KeyRecord{key.value().masked(), list.value(), {}, {}});
                                 else if (list.error().kind == ApiError::Kind::NotFound)
                                     apply(std::nullopt);
                                 end(orgId, object);
                             });
    });
}

template<typename T>
void Changes::run(const QString &orgId, const std::optional<ObjectId> &object, const QObject *context,
                  Callback<T> done, const std::function<void(Callback<T>)> &send,
                  std::function<QList<ObjectId>(const T &, OrgSnapshot &)> apply)
{
    done = ApiClient::bound(context, std::move(done));
    if (auto e = m_repository->offlineError())
        return done(*e);
    begin(orgId, object);
    // The request is bound to this object, not to the caller: the answer reaches the state even when the
    // dialog that asked has closed.
    send([this, orgId, object, done, apply = std::move(apply)](ApiResult<T> r) {
        if (r.ok()) {
            const OrgStatePtr state
                = m_repository->store()->applyChange(orgId, [&](OrgSnapshot &snapshot, ApiEvents &own) {
                      const QScopedValueRollback noting(m_noting, &own);
                      return apply(r.value(), snapshot);
                  });
            m_repository->persist(state, SnapshotSource::Change);
            emit applied(orgId);
        }
        done(std::move(r));
        end(orgId, object);
    });
}

void Changes::createKey(const QString &orgId, const QString &desc, const QStringList &roles,
                        const QObject *context, Callback<ApiKey> done)
{
    run<ApiKey>(
        orgId, std::nullopt, context, std::move(done),
        [=, this](Callback<ApiKey> answer) { m_client->createApiKey(orgId, desc, roles, this, answer); },
        [this](const ApiKey &key, OrgSnapshot &s) {
            noteCreated(key.id);
            OrgMerge::replaceKey(s, key.id,
                                 KeyRecord{key.masked(), {}, {}, {}}); // a new key has no whitelist
            noteOwn(s, u"ORG_API_KEY_ADDED"_s, key.publicKey);
            return QList<ObjectId>{ObjectId::key(key.id)};
        });
}

void Changes::updateKey(const QString &orgId, const QString &keyId, const std::optional<QString> &desc,
                        const std::optional<QStringList> &roles, const QObject *context,
                        Callback<ApiKey> done)
{
    run<ApiKey>(
        orgId, ObjectId::key(keyId), context, std::move(done),
        [=, this](Callback<ApiKey> answer) {
            m_client->updateApiKey(orgId, keyId, desc, roles, this, answer);
        },
        [this, keyId, desc, roles](const ApiKey &key, OrgSnapshot &s) {
            if (desc)
                noteOwn(s, u"API_KEY_DESCRIPTION_CHANGED"_s, key.publicKey);
            if (roles)
                noteOwn(s, u"API_KEY_ROLES_CHANGED"_s, key.publicKey);
            if (KeyRecord *record = s.findKey(keyId))
                record->key = key.masked();
            else
                OrgMerge::replaceKey(s, keyId, KeyRecord{key.masked(), {}, Readability::denied({}), {}});
            return QList<ObjectId>{ObjectId::key(keyId)};
        });
}

void Changes::deleteKey(const QString &orgId, const QString &keyId, const QObject *context,
                        Callback<Done> done)
{
    run<Done>(
        orgId, ObjectId::key(keyId), context, std::move(done),
        [=, this](Callback<Done> answer) { m_client->deleteApiKey(orgId, keyId, this, answer); },
        [this, keyId](const Done &, OrgSnapshot &s) {
            if (const KeyRecord *record = s.findKey(keyId))
                noteOwn(s, u"ORG_API_KEY_DELETED"_s, record->key.publicKey);
            OrgMerge::replaceKey(s, keyId, std::nullopt);
            return QList<ObjectId>{ObjectId::key(keyId)};
        });
}

void Changes::noteCreated(const QString &keyId)
{
    // Only the last few matter: a key is "new" for NewKeySettleMs.
    const auto stale = [](const auto &created) { return created.second.hasExpired(NewKeySettleMs); };
    m_created.removeIf(stale);
    QElapsedTimer since;
    since.start();
    m_created.append({keyId, since});
}

bool Changes::isNew(const QString &keyId) const
{
    return std::any_of(m_created.cbegin(), m_created.cend(), [&](const auto &created) {
        return created.first == keyId && !created.second.hasExpired(NewKeySettleMs);
    });
}

// Right after a key is created the server may not find it yet from its access list (reported for Atlas and
// its Terraform provider; the code it answers is not documented, so any "not found" counts): the entries are
// sent again after a pause, a few times, only while the key is new here. Nothing was written by an answer
// that did not find the key, so sending again cannot add an entry twice.
void Changes::sendEntries(const QString &orgId, const QString &keyId, const QList<IpBlock> &entries,
                          int attempt, const Callback<QList<AccessListEntry>> &answer)
{
    m_client->addAccessListEntries(
        orgId, keyId, entries, this, [=, this](ApiResult<QList<AccessListEntry>> r) {
            if (!r.ok() && r.error().kind == ApiError::Kind::NotFound && isNew(keyId)
                && attempt < NewKeyAttempts)
                return QTimer::singleShot(NewKeyRetryMs * attempt, this, [=, this] {
                    sendEntries(orgId, keyId, entries, attempt + 1, answer);
                });
            answer(std::move(r));
        });
}

void Changes::addEntries(const QString &orgId, const QString &keyId, const QList<IpBlock> &entries,
                         const QObject *context, Callback<QList<AccessListEntry>> done)
{
    run<QList<AccessListEntry>>(
        orgId, ObjectId::key(keyId), context, std::move(done),
        [=, this](Callback<QList<AccessListEntry>> answer) { sendEntries(orgId, keyId, entries, 1, answer); },
        [this, keyId, entries](const QList<AccessListEntry> &list, OrgSnapshot &s) {
            // The answer is the key's whole list. A key this state does not hold yet is not marked: the
            // mark would make a running sync's merge drop the key that sync read.
            KeyRecord *record = s.findKey(keyId);
            if (!record)
                return QList<ObjectId>{};
            const QString publicKey = record->key.publicKey;
            for (const IpBlock &b : entries)
                noteOwn(s, u"API_KEY_ACCESS_LIST_ENTRY_ADDED"_s, publicKey, b.toString());
            record->accessList = list;
            record->accessListState = {};
            return QList<ObjectId>{ObjectId::key(keyId)};
        });
}

void Changes::deleteEntry(const QString &orgId, const QString &keyId, const IpBlock &entry,
                          const QObject *context, Callback<Done> done)
{
    run<Done>(
        orgId, ObjectId::key(keyId), context, std::move(done),
        [=, this](Callback<Done> answer) {
            m_client->deleteAccessListEntry(orgId, keyId, entry, this, answer);
        },
        [this, keyId, entry](const Done &, OrgSnapshot &s) {
            KeyRecord *record = s.findKey(keyId);
            if (!record)
                return QList<ObjectId>{};
            noteOwn(s, u"API_KEY_ACCESS_LIST_ENTRY_DELETED"_s, record->key.publicKey, entry.toString());
            record->accessList.removeIf([&](const AccessListEntry &e) { return e.block() == entry; });
            return QList<ObjectId>{ObjectId::key(keyId)};
        });
}

void Changes::createProjectKey(const QString &orgId, const QString &groupId, const QString &desc,
                               const QStringList &roles, const QObject *context, Callback<ApiKey> done)
{
    run<ApiKey>(
        orgId, std::nullopt, context, std::move(done),
        [=, this](Callback<ApiKey> answer) {
            m_client->createProjectApiKey(groupId, desc, roles, this, answer);
        },
        [this, groupId](const ApiKey &key, OrgSnapshot &s) {
            noteCreated(key.id);
            noteOwn(s, u"ORG_API_KEY_ADDED"_s, key.publicKey);
            noteOwn(s, u"API_KEY_ADDED_TO_GROUP"_s, key.publicKey, {}, groupId);
            OrgMerge::replaceKey(s, key.id, KeyRecord{key.masked(), {}, {}, {}});
            return QList<ObjectId>{ObjectId::key(key.id)};
        });
}

void Changes::assignProjectKey(const QString &orgId, const QString &groupId, const QString &keyId,
                               const QStringList &roles, const QObject *context, Callback<ApiKey> done)
{
    run<ApiKey>(
        orgId, ObjectId::key(keyId), context, std::move(done),
        [=, this](Callback<ApiKey> answer) {
            // Atlas adds a key to a project with a POST of role arrays; its PATCH only replaces the roles of
            // a key already there.
            const OrgStatePtr state = m_repository->state(orgId);
            const KeyRecord *record = state ? state->snapshot.findKey(keyId) : nullptr;
            const bool assigned = record && !record->key.projectRoleNames(groupId).isEmpty();
            if (m_client->connection().api == ConnectionSettings::Api::AtlasV2 && !assigned)
                return m_client->addProjectApiKeyAtlas(orgId, groupId, keyId, roles, this, answer);
            m_client->assignProjectApiKey(groupId, keyId, roles, this, answer);
        },
        [this, keyId, groupId](const ApiKey &key, OrgSnapshot &s) {
            KeyRecord *record = s.findKey(keyId);
            if (!record)
                return QList<ObjectId>{};
            const bool wasAssigned
                = std::any_of(record->key.roles.cbegin(), record->key.roles.cend(),
                              [&](const RoleAssignment &r) { return r.groupId == groupId; });
            noteOwn(s, wasAssigned ? u"API_KEY_ROLES_CHANGED"_s : u"API_KEY_ADDED_TO_GROUP"_s,
                    record->key.publicKey, {}, groupId);
            replaceProjectRoles(record->key, groupId, key.roles);
            return QList<ObjectId>{ObjectId::key(keyId)};
        });
}

void Changes::unassignProjectKey(const QString &orgId, const QString &groupId, const QString &keyId,
                                 const QObject *context, Callback<Done> done)
{
    run<Done>(
        orgId, ObjectId::key(keyId), context, std::move(done),
        [=, this](Callback<Done> answer) { m_client->unassignProjectApiKey(groupId, keyId, this, answer); },
        [this, keyId, groupId](const Done &, OrgSnapshot &s) {
            KeyRecord *record = s.findKey(keyId);
            if (!record)
                return QList<ObjectId>{};
            noteOwn(s, u"API_KEY_REMOVED_FROM_GROUP"_s, record->key.publicKey, {}, groupId);
            replaceProjectRoles(record->key, groupId, {});
            return QList<ObjectId>{ObjectId::key(keyId)};
        });
}

void Changes::applySettings(const QString &orgId, const OrgSettings &settings, bool changedHere)
{
    const OrgStatePtr state = m_repository->store()->applyChange(orgId, [&](OrgSnapshot &s, ApiEvents &own) {
        const QScopedValueRollback noting(m_noting, &own);
        if (changedHere && settings.requirement != WhitelistRequirement::Unknown)
            noteOwn(s,
                    settings.requirement == WhitelistRequirement::Required
                        ? u"ORG_PUBLIC_API_ACCESS_LIST_REQUIRED"_s
                        : u"ORG_PUBLIC_API_ACCESS_LIST_NOT_REQUIRED"_s,
                    {});
        s.settings = settings;
        return QList<ObjectId>{ObjectId::setting()};
    });
    m_repository->persist(state, SnapshotSource::Change);
    emit applied(orgId);
}

void Changes::setWhitelistRequired(const QString &orgId, bool required, const QObject *context,
                                   Callback<OrgSettings> done)
{
    done = ApiClient::bound(context, std::move(done));
    if (auto e = m_repository->offlineError())
        return done(*e);
    const ObjectId setting = ObjectId::setting();
    begin(orgId, setting);
    m_client->setWhitelistRequired(
        orgId, required, this, [this, orgId, setting, done](ApiResult<OrgSettings> r) {
            if (!r.ok()) {
                done(r);
                return end(orgId, setting);
            }
            if (r.value().requirement != WhitelistRequirement::Unknown) {
                applySettings(orgId, r.value(), true);
                done(r);
                return end(orgId, setting);
            }
            // The answer did not say the new value: read it back. The server has accepted the change either
            // way.
            m_client->orgSettings(orgId, this, [this, orgId, setting, done](ApiResult<OrgSettings> now) {
                if (now.ok() && now.value().requirement != WhitelistRequirement::Unknown) {
                    applySettings(orgId, now.value(), true);
                    done(now);
                } else {
                    ApiError e = now.ok() ? ApiError::ofKind(ApiError::Kind::MalformedResponse) : now.error();
                    e.changeAccepted = true;
                    done(e);
                }
                end(orgId, setting);
            });
        });
}

// Service accounts (Cloud Manager, Atlas): the same shape as keys. A secret's full value is in the answer
// that created it, handed to done once; the state keeps the account masked.

namespace {
ServiceAccountRecord *findAccount(OrgSnapshot &s, const QString &clientId)
{
    for (ServiceAccountRecord &r : s.serviceAccounts) {
        if (r.account.clientId == clientId)
            return &r;
    }
    return nullptr;
}
} // namespace

void Changes::rereadAccount(const QString &orgId, const ObjectId &object)
{
    const QString clientId = object.keyId;
    const auto apply = [this, orgId, clientId](const std::optional<ServiceAccountRecord> &record) {
        m_repository->persist(
            m_repository->store()->applyChange(orgId,
                                               [&](OrgSnapshot &s) {
                                                   OrgMerge::replaceAccount(s, clientId, record);
                                                   return QList<ObjectId>{ObjectId::account(clientId)};
                                               }),
            SnapshotSource::Change);
        emit applied(orgId);
    };
    m_client->serviceAccount(
        orgId, clientId, this, [this, orgId, object, clientId, apply](ApiResult<ServiceAccount> a) {
            if (!a.ok()) {
                if (a.error().kind == ApiError::Kind::NotFound)
                    apply(std::nullopt);
                return end(orgId, object);
            }
            m_client->serviceAccountAccessList(
                orgId, clientId, this,
                [this, orgId, object, a, apply](ApiResult<QList<AccessListEntry>> list) {
                    if (list.ok())
                        apply(ServiceAccountRecord{a.value().masked(), list.value(), {}});
                    end(orgId, object);
                });
        });
}

void Changes::createServiceAccount(const QString &orgId, const QString &name, const QString &description,
                                   const QStringList &roles, int secretHours, const QObject *context,
                                   Callback<ServiceAccount> done)
{
    run<ServiceAccount>(
        orgId, std::nullopt, context, std::move(done),
        [=, this](Callback<ServiceAccount> answer) {
            m_client->createServiceAccount(orgId, name, description, roles, secretHours, this, answer);
        },
        [](const ServiceAccount &account, OrgSnapshot &s) {
            OrgMerge::replaceAccount(s, account.clientId, ServiceAccountRecord{account.masked(), {}, {}});
            return QList<ObjectId>{ObjectId::account(account.clientId)};
        });
}

void Changes::updateServiceAccount(const QString &orgId, const QString &clientId,
                                   const std::optional<QString> &name,
                                   const std::optional<QString> &description,
                                   const std::optional<QStringList> &roles, const QObject *context,
                                   Callback<ServiceAccount> done)
{
    run<ServiceAccount>(
        orgId, ObjectId::account(clientId), context, std::move(done),
        [=, this](Callback<ServiceAccount> answer) {
            m_client->updateServiceAccount(orgId, clientId, name, description, roles, this, answer);
        },
        [clientId](const ServiceAccount &account, OrgSnapshot &s) {
            ServiceAccountRecord *r = findAccount(s, clientId);
            if (!r)
                return QList<ObjectId>{};
            r->account = account.masked(); // the answer is the whole account; its list stays
            return QList<ObjectId>{ObjectId::account(clientId)};
        });
}

void Changes::deleteServiceAccount(const QString &orgId, const QString &clientId, const QObject *context,
                                   Callback<Done> done)
{
    run<Done>(
        orgId, ObjectId::account(clientId), context, std::move(done),
        [=, this](Callback<Done> answer) { m_client->deleteServiceAccount(orgId, clientId, this, answer); },
        [clientId](const Done &, OrgSnapshot &s) {
            OrgMerge::replaceAccount(s, clientId, std::nullopt);
            return QList<ObjectId>{ObjectId::account(clientId)};
        });
}

void Changes::createServiceAccountSecret(const QString &orgId, const QString &clientId, int secretHours,
                                         const QObject *context, Callback<ServiceAccountSecret> done)
{
    run<ServiceAccountSecret>(
        orgId, ObjectId::account(clientId), context, std::move(done),
        [=, this](Callback<ServiceAccountSecret> answer) {
            m_client->createServiceAccountSecret(orgId, clientId, secretHours, this, answer);
        },
        [clientId](const ServiceAccountSecret &secret, OrgSnapshot &s) {
            ServiceAccountRecord *r = findAccount(s, clientId);
            if (!r)
                return QList<ObjectId>{};
            ServiceAccountSecret kept = secret;
            kept.secret.clear();
            if (kept.maskedSecretValue.isEmpty() && secret.secret.size() > 4)
                kept.maskedSecretValue = u"mdb_sa_sk_…"_s + secret.secret.right(4);
            // The other secret's remaining life is cut to at most 7 days (documented); the next read
            // shows the server's own date.
            const QDateTime cut
                = (secret.createdAt.isValid() ? secret.createdAt : QDateTime::currentDateTimeUtc())
                      .addDays(ServiceAccount::OtherSecretCutDays);
            for (ServiceAccountSecret &other : r->account.secrets) {
                if (other.expiresAt.isValid() && other.expiresAt > cut)
                    other.expiresAt = cut;
            }
            r->account.secrets.append(kept);
            return QList<ObjectId>{ObjectId::account(clientId)};
        });
}

void Changes::deleteServiceAccountSecret(const QString &orgId, const QString &clientId,
                                         const QString &secretId, const QObject *context, Callback<Done> done)
{
    run<Done>(
        orgId, ObjectId::account(clientId), context, std::move(done),
        [=, this](Callback<Done> answer) {
            m_client->deleteServiceAccountSecret(orgId, clientId, secretId, this, answer);
        },
        [clientId, secretId](const Done &, OrgSnapshot &s) {
            if (ServiceAccountRecord *r = findAccount(s, clientId))
                r->account.secrets.removeIf([&](const ServiceAccountSecret &x) { return x.id == secretId; });
            return QList<ObjectId>{ObjectId::account(clientId)};
        });
}

void Changes::addServiceAccountEntries(const QString &orgId, const QString &clientId,
                                       const QList<IpBlock> &entries, const QObject *context,
                                       Callback<QList<AccessListEntry>> done)
{
    run<QList<AccessListEntry>>(
        orgId, ObjectId::account(clientId), context, std::move(done),
        [=, this](Callback<QList<AccessListEntry>> answer) {
            m_client->addServiceAccountEntries(orgId, clientId, entries, this, answer);
        },
        [clientId](const QList<AccessListEntry> &list, OrgSnapshot &s) {
            ServiceAccountRecord *r = findAccount(s, clientId);
            if (!r)
                return QList<ObjectId>{};
            r->accessList = list; // the answer is the whole list
            r->accessListState = {};
            return QList<ObjectId>{ObjectId::account(clientId)};
        });
}

void Changes::deleteServiceAccountEntry(const QString &orgId, const QString &clientId, const IpBlock &entry,
                                        const QObject *context, Callback<Done> done)
{
    run<Done>(
        orgId, ObjectId::account(clientId), context, std::move(done),
        [=, this](Callback<Done> answer) {
            m_client->deleteServiceAccountEntry(orgId, clientId, entry, this, answer);
        },
        [clientId, entry](const Done &, OrgSnapshot &s) {
            if (ServiceAccountRecord *r = findAccount(s, clientId))
                r->accessList.removeIf([&](const AccessListEntry &e) { return e.block() == entry; });
            return QList<ObjectId>{ObjectId::account(clientId)};
        });
}

// Ops Manager's global keys and global access list (the instance, Instance::Id)

void Changes::rereadInstance(const ObjectId &object)
{
    const QString orgId = Instance::Id;
    if (object.kind == ObjectId::Kind::GlobalAccessList) {
        m_client->globalAccessList(this, [this, orgId, object](ApiResult<QList<GlobalAccessEntry>> r) {
            if (r.ok()) {
                m_repository->persist(m_repository->store()->applyChange(orgId,
                                                                         [&](OrgSnapshot &s) {
                                                                             s.globalAccessList = r.value();
                                                                             s.globalAccessListState = {};
                                                                             return QList<ObjectId>{object};
                                                                         }),
                                      SnapshotSource::Change);
                emit applied(orgId);
            }
            end(orgId, object);
        });
        return;
    }
    const QString keyId = object.keyId;
    m_client->globalApiKeys(this, [this, orgId, object, keyId](ApiResult<QList<ApiKey>> r) {
        if (r.ok()) {
            std::optional<KeyRecord> record;
            for (const ApiKey &key : r.value()) {
                if (key.id == keyId)
                    record = globalKeyRecord(key);
            }
            m_repository->persist(m_repository->store()->applyChange(orgId,
                                                                     [&](OrgSnapshot &s) {
                                                                         OrgMerge::replaceKey(s, keyId,
                                                                                              record);
                                                                         return QList<ObjectId>{object};
                                                                     }),
                                  SnapshotSource::Change);
            emit applied(orgId);
        }
        end(orgId, object);
    });
}

KeyRecord Changes::globalKeyRecord(const ApiKey &key)
{
    return KeyRecord{key.masked(),
                     {},
                     Readability::denied(tr("A global key has no list of its own: the global access list "
                                            "covers it.")),
                     {}};
}

void Changes::createGlobalKey(const QString &desc, const QStringList &roles, const QObject *context,
                              Callback<ApiKey> done)
{
    run<ApiKey>(
        Instance::Id, std::nullopt, context, std::move(done),
        [=, this](Callback<ApiKey> answer) { m_client->createGlobalApiKey(desc, roles, this, answer); },
        [](const ApiKey &key, OrgSnapshot &s) {
            OrgMerge::replaceKey(s, key.id, globalKeyRecord(key));
            return QList<ObjectId>{ObjectId::key(key.id)};
        });
}

void Changes::updateGlobalKey(const QString &keyId, const std::optional<QString> &desc,
                              const std::optional<QStringList> &roles, const QObject *context,
                              Callback<ApiKey> done)
{
    run<ApiKey>(
        Instance::Id, ObjectId::key(keyId), context, std::move(done),
        [=, this](Callback<ApiKey> answer) {
            m_client->updateGlobalApiKey(keyId, desc, roles, this, answer);
        },
        [keyId](const ApiKey &key, OrgSnapshot &s) {
            OrgMerge::replaceKey(s, keyId, globalKeyRecord(key));
            return QList<ObjectId>{ObjectId::key(keyId)};
        });
}

void Changes::deleteGlobalKey(const QString &keyId, const QObject *context, Callback<Done> done)
{
    run<Done>(
        Instance::Id, ObjectId::key(keyId), context, std::move(done),
        [=, this](Callback<Done> answer) { m_client->deleteGlobalApiKey(keyId, this, answer); },
        [keyId](const Done &, OrgSnapshot &s) {
            OrgMerge::replaceKey(s, keyId, std::nullopt);
            return QList<ObjectId>{ObjectId::key(keyId)};
        });
}

void Changes::addGlobalEntry(const IpBlock &block, const QString &description, const QObject *context,
                             Callback<GlobalAccessEntry> done)
{
    run<GlobalAccessEntry>(
        Instance::Id, ObjectId::globalAccessList(), context, std::move(done),
        [=, this](Callback<GlobalAccessEntry> answer) {
            m_client->addGlobalAccessEntry(block, description, this, answer);
        },
        [](const GlobalAccessEntry &entry, OrgSnapshot &s) {
            s.globalAccessList.removeIf([&](const GlobalAccessEntry &e) { return e.id == entry.id; });
            s.globalAccessList.append(entry);
            s.globalAccessListState = {};
            return QList<ObjectId>{ObjectId::globalAccessList()};
        });
}

void Changes::updateGlobalEntry(const GlobalAccessEntry &entry, const QString &description,
                                const QObject *context, Callback<GlobalAccessEntry> done)
{
    run<GlobalAccessEntry>(
        Instance::Id, ObjectId::globalAccessList(), context, std::move(done),
        [=, this](Callback<GlobalAccessEntry> answer) {
            m_client->updateGlobalAccessEntry(entry.id, entry.cidrBlock, description, this, answer);
        },
        [](const GlobalAccessEntry &updated, OrgSnapshot &s) {
            for (GlobalAccessEntry &e : s.globalAccessList) {
                if (e.id == updated.id)
                    e = updated;
            }
            return QList<ObjectId>{ObjectId::globalAccessList()};
        });
}

void Changes::deleteGlobalEntry(const QString &entryId, const QObject *context, Callback<Done> done)
{
    run<Done>(
        Instance::Id, ObjectId::globalAccessList(), context, std::move(done),
        [=, this](Callback<Done> answer) { m_client->deleteGlobalAccessEntry(entryId, this, answer); },
        [entryId](const Done &, OrgSnapshot &s) {
            s.globalAccessList.removeIf([&](const GlobalAccessEntry &e) { return e.id == entryId; });
            return QList<ObjectId>{ObjectId::globalAccessList()};
        });
}
