// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ApiClient.h"
#include "OrgState.h"

#include <QElapsedTimer>
#include <QObject>

class Repository;

// Server-first changes. Each sends one request; the server's answer goes into the in-memory state at once
// (marking what it touched, so that a sync that read earlier cannot undo it) and into the cache in the
// background. The caller's callback runs while its context exists; the state is updated either way.
class Changes final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Changes)
public:
    template<typename T> using Callback = ApiClient::Callback<T>;

    explicit Changes(Repository *repository, QObject *parent = nullptr);

    // The answer holds the full private key: handed to done once, kept nowhere (the state masks it).
    void createKey(const QString &orgId, const QString &desc, const QStringList &roles,
                   const QObject *context, Callback<ApiKey> done);
    void updateKey(const QString &orgId, const QString &keyId, const std::optional<QString> &desc,
                   const std::optional<QStringList> &roles, const QObject *context, Callback<ApiKey> done);
    void deleteKey(const QString &orgId, const QString &keyId, const QObject *context, Callback<Done> done);
    void addEntries(const QString &orgId, const QString &keyId, const QList<IpBlock> &entries,
                    const QObject *context, Callback<QList<AccessListEntry>> done);
    void deleteEntry(const QString &orgId, const QString &keyId, const IpBlock &entry, const QObject *context,
                     Callback<Done> done);
    void createProjectKey(const QString &orgId, const QString &groupId, const QString &desc,
                          const QStringList &roles, const QObject *context, Callback<ApiKey> done);
    void assignProjectKey(const QString &orgId, const QString &groupId, const QString &keyId,
                          const QStringList &roles, const QObject *context, Callback<ApiKey> done);
    void unassignProjectKey(const QString &orgId, const QString &groupId, const QString &keyId,
                            const QObject *context, Callback<Done> done);
    // When the answer does not say the new value, it is read back; if that read fails, the error says
    // that the server accepted the change (ApiError::changeAccepted).
    void setWhitelistRequired(const QString &orgId, bool required, const QObject *context,
                              Callback<OrgSettings> done);

    // Service accounts. A created account's (or secret's) full value is handed to done once and kept
    // nowhere; adding a secret cuts the other's remaining life to at most 7 days, deleting one stops its
    // tokens at once (the server's rules; the callers say so before sending).
    void createServiceAccount(const QString &orgId, const QString &name, const QString &description,
                              const QStringList &roles, int secretHours, const QObject *context,
                              Callback<ServiceAccount> done);
    // Only what is given is sent (the server replaces the roles as a whole).
    void updateServiceAccount(const QString &orgId, const QString &clientId,
                              const std::optional<QString> &name, const std::optional<QString> &description,
                              const std::optional<QStringList> &roles, const QObject *context,
                              Callback<ServiceAccount> done);
    void deleteServiceAccount(const QString &orgId, const QString &clientId, const QObject *context,
                              Callback<Done> done);
    void createServiceAccountSecret(const QString &orgId, const QString &clientId, int secretHours,
                                    const QObject *context, Callback<ServiceAccountSecret> done);
    void deleteServiceAccountSecret(const QString &orgId, const QString &clientId, const QString &secretId,
                                    const QObject *context, Callback<Done> done);
    void addServiceAccountEntries(const QString &orgId, const QString &clientId,
                                  const QList<IpBlock> &entries, const QObject *context,
                                  Callback<QList<AccessListEntry>> done);
    void deleteServiceAccountEntry(const QString &orgId, const QString &clientId, const IpBlock &entry,
                                   const QObject *context, Callback<Done> done);

    // Changes sent and not yet answered, with the reads that follow overlapping ones.
    int inFlight() const { return m_inFlight; }

    // Ops Manager's global keys and global access list (Instance::Id); the entry's description is the only
    // part changed (its block is sent as it is).
    void createGlobalKey(const QString &desc, const QStringList &roles, const QObject *context,
                         Callback<ApiKey> done);
    void updateGlobalKey(const QString &keyId, const std::optional<QString> &desc,
                         const std::optional<QStringList> &roles, const QObject *context,
                         Callback<ApiKey> done);
    void deleteGlobalKey(const QString &keyId, const QObject *context, Callback<Done> done);
    void addGlobalEntry(const IpBlock &block, const QString &description, const QObject *context,
                        Callback<GlobalAccessEntry> done);
    void updateGlobalEntry(const GlobalAccessEntry &entry, const QString &description, const QObject *context,
                           Callback<GlobalAccessEntry> done);
    void deleteGlobalEntry(const QString &entryId, const QObject *context, Callback<Done> done);
signals:
    // A change was accepted by the server and is now in the state.
    void applied(const QString &orgId);

private:
    // The one shape of every change: refuse offline; send; on success apply the answer to the state
    // (apply returns what it touched) and keep it; then answer the caller, while its context exists.
    // object is what the change touches when known before sending (not for a key still to be created).
    template<typename T>
    void run(const QString &orgId, const std::optional<ObjectId> &object, const QObject *context,
             Callback<T> done, const std::function<void(Callback<T>)> &send,
             std::function<QList<ObjectId>(const T &answer, OrgSnapshot &snapshot)> apply);
    void applySettings(const QString &orgId, const OrgSettings &settings, bool changedHere = false);
    // Puts this console's own event for a change into the snapshot (ApiEvent::ofThisConsole).
    void noteOwn(OrgSnapshot &s, const QString &eventTypeName, const QString &targetPublicKey,
                 const QString &entry = {}, const QString &groupId = {});

    // Two changes of one object in flight at once may be answered in another order than the server
    // applied them: when the last of them is answered, the object is read again.
    void begin(const QString &orgId, const std::optional<ObjectId> &object);
    void end(const QString &orgId, const std::optional<ObjectId> &object);
    void reread(const QString &orgId, const ObjectId &object);
    void rereadAccount(const QString &orgId, const ObjectId &object);
    void rereadInstance(const ObjectId &object);
    static KeyRecord globalKeyRecord(const ApiKey &key);
    // A key created here a moment ago, whose access list the server may not find yet (sendEntries).
    void noteCreated(const QString &keyId);
    bool isNew(const QString &keyId) const;
    void sendEntries(const QString &orgId, const QString &keyId, const QList<IpBlock> &entries, int attempt,
                     const Callback<QList<AccessListEntry>> &answer);
    static constexpr int NewKeySettleMs = 60'000;
    static constexpr int NewKeyAttempts = 5; // pauses of 1, 2, 3 and 4 s: 10 s in all
    static constexpr int NewKeyRetryMs = 1000;

    struct Flight
    {
        int inFlight = 0;
        bool overlapped = false;
    };
    Repository *m_repository;
    ApiClient *m_client;
    QHash<QString, Flight> m_flights; // "<orgId>|<object token>"
    int m_inFlight = 0;
    QList<std::pair<QString, QElapsedTimer>> m_created; // keys created here, since when
    ApiEvents *m_noting = nullptr; // where noteOwn writes, while a change is applied
};
