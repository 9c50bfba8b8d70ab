// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AccessListEntry.h"
#include "ApiError.h"
#include "ApiKey.h"
#include "JsonMapping.h"
#include "Organization.h"
#include "OrgSettings.h"
#include "RequestScheduler.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>
#include <optional>

class QNetworkAccessManager;

struct ApiCallOptions
{
    RequestScheduler::Priority priority = RequestScheduler::Priority::Interactive;
    quint64 group = 0; // cancel everything of one context with ApiClient::cancelGroup()
};

// Typed, asynchronous operations of the Public API for API access (models/api/README.md), over an
// injected QNetworkAccessManager. Every callback runs on the thread of the client, at most once, with a
// value or an ApiError (Kind::Cancelled when its group was cancelled) — and never after its context
// object was destroyed.
class ApiClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiClient)
public:
    template<typename T> using Callback = std::function<void(ApiResult<T>)>;

    // Every operation takes a context object, as QObject::connect does: its callback runs only while the
    // context exists, and is dropped (never called) once the context has been destroyed.
    template<typename T> static Callback<T> bound(const QObject *context, Callback<T> done)
    {
        Q_ASSERT(context);
        return [guard = QPointer<const QObject>(context), done = std::move(done)](ApiResult<T> result) {
            if (guard)
                done(std::move(result));
        };
    }
    using Priority = RequestScheduler::Priority;

    using CallOptions = ApiCallOptions;

    struct Identity
    {
        QList<Organization> organizations;
        std::optional<ApiKey> key; // the key in use, when the organization's keys could be read
        std::optional<ApiError> keyError;
    };

    // What an events read brought: the events, newest first, and whether they reach back to the date
    // asked for (false when the bound on pages stopped the read first).
    struct EventsRead
    {
        ApiEvents events;
        bool complete = true;
    };
    static constexpr int MaxEventPages = 20; // of 500 events each

    struct User
    {
        QString id;
        QString username;
        QList<RoleAssignment> roles; // in every organization and project the user belongs to
    };

    explicit ApiClient(QNetworkAccessManager *manager, QObject *parent = nullptr);
    ~ApiClient() override;

    void setConnection(const ConnectionSettings &settings);
    const ConnectionSettings &connection() const { return m_scheduler->settings(); }
    const ServerInfo &serverInfo() const { return m_scheduler->serverInfo(); }
    RequestScheduler &scheduler() { return *m_scheduler; }
    void cancelGroup(quint64 group) { m_scheduler->cancelGroup(group); }
    void forgetCredentials() { m_scheduler->forgetCredentials(); }

    // Root and identity
    void root(const QObject *context, Callback<ServerInfo> done, CallOptions options = {});
    // Who the connection is: its organizations and, for a key, the key among the first organization's
    // keys; for a service account, the account (as an ApiKey: its client ID as id and public key, its
    // name as description, its organization roles) in whichever organization holds it.
    void whoAmI(const QObject *context, Callback<Identity> done, CallOptions options = {});

    // Organizations and projects
    void organizations(const QObject *context, Callback<QList<Organization>> done, CallOptions options = {});
    void organization(const QString &orgId, const QObject *context, Callback<Organization> done,
                      CallOptions options = {});
    void projects(const QString &orgId, const QObject *context, Callback<QList<Project>> done,
                  CallOptions options = {});
    // The organization's users (Organization Member may read them).
    void orgUsers(const QString &orgId, const QObject *context, Callback<QList<OrgUser>> done,
                  CallOptions options = {});
    // Known, or unknown with the reason (not exposed, not readable); an ORG_REQUIRES_ACCESS_LIST
    // refusal proves the requirement is on.
    void orgSettings(const QString &orgId, const QObject *context, Callback<OrgSettings> done,
                     CallOptions options = {});
    void setWhitelistRequired(const QString &orgId, bool required, const QObject *context,
                              Callback<OrgSettings> done, CallOptions options = {});

    // The organization's events feed, newest first, at or after minDate (all when invalid), page after
    // page until the feed ends, reaches minDate, or MaxEventPages were read.
    void events(const QString &orgId, const QDateTime &minDate, const QObject *context,
                Callback<EventsRead> done, CallOptions options = {});

    // Organization API keys
    void apiKeys(const QString &orgId, const QObject *context, Callback<QList<ApiKey>> done,
                 CallOptions options = {});
    void apiKey(const QString &orgId, const QString &keyId, const QObject *context, Callback<ApiKey> done,
                CallOptions options = {});
    // The answer holds the full private key: the only time the server shows it.
    void createApiKey(const QString &orgId, const QString &desc, const QStringList &roles,
                      const QObject *context, Callback<ApiKey> done, CallOptions options = {});
    // roles, when given, replace the key's organization roles as a whole.
    void updateApiKey(const QString &orgId, const QString &keyId, const std::optional<QString> &desc,
                      const std::optional<QStringList> &roles, const QObject *context, Callback<ApiKey> done,
                      CallOptions options = {});
    void deleteApiKey(const QString &orgId, const QString &keyId, const QObject *context, Callback<Done> done,
                      CallOptions options = {});

    // A key's whitelist (accessList, or whitelist before Ops Manager 5.0)
    void accessList(const QString &orgId, const QString &keyId, const QObject *context,
                    Callback<QList<AccessListEntry>> done, CallOptions options = {});
    // All entries in one request; the answer is the whole list.
    void addAccessListEntries(const QString &orgId, const QString &keyId, const QList<IpBlock> &entries,
                              const QObject *context, Callback<QList<AccessListEntry>> done,
                              CallOptions options = {});
    void deleteAccessListEntry(const QString &orgId, const QString &keyId, const IpBlock &entry,
                               const QObject *context, Callback<Done> done, CallOptions options = {});

    // Service accounts (Cloud Manager, Atlas; ApiClientServiceAccounts.cpp). An account as read holds its
    // secrets masked; the answers of createServiceAccount and createServiceAccountSecret hold the full value,
    // which the caller shows once and keeps nowhere.
    void serviceAccounts(const QString &orgId, const QObject *context, Callback<QList<ServiceAccount>> done,
                         CallOptions options = {});
    void serviceAccount(const QString &orgId, const QString &clientId, const QObject *context,
                        Callback<ServiceAccount> done, CallOptions options = {});
    void createServiceAccount(const QString &orgId, const QString &name, const QString &description,
                              const QStringList &roles, int secretHours, const QObject *context,
                              Callback<ServiceAccount> done, CallOptions options = {});
    // Only what is given is sent (PATCH).
    void updateServiceAccount(const QString &orgId, const QString &clientId,
                              const std::optional<QString> &name, const std::optional<QString> &description,
                              const std::optional<QStringList> &roles, const QObject *context,
                              Callback<ServiceAccount> done, CallOptions options = {});
    void deleteServiceAccount(const QString &orgId, const QString &clientId, const QObject *context,
                              Callback<Done> done, CallOptions options = {});
    void createServiceAccountSecret(const QString &orgId, const QString &clientId, int secretHours,
                                    const QObject *context, Callback<ServiceAccountSecret> done,
                                    CallOptions options = {});
    void deleteServiceAccountSecret(const QString &orgId, const QString &clientId, const QString &secretId,
                                    const QObject *context, Callback<Done> done, CallOptions options = {});
    void serviceAccountAccessList(const QString &orgId, const QString &clientId, const QObject *context,
                                  Callback<QList<AccessListEntry>> done, CallOptions options = {});
    void addServiceAccountEntries(const QString &orgId, const QString &clientId,
                                  const QList<IpBlock> &entries, const QObject *context,
                                  Callback<QList<AccessListEntry>> done, CallOptions options = {});
    void deleteServiceAccountEntry(const QString &orgId, const QString &clientId, const IpBlock &entry,
                                   const QObject *context, Callback<Done> done, CallOptions options = {});
    // The projects an account is invited to, with its roles in each; inviting it to a project (roles there
    // replaced) and unassigning it (its secrets stay valid).
    void serviceAccountProjects(const QString &orgId, const QString &clientId, const QObject *context,
                                Callback<QList<ServiceAccountProject>> done, CallOptions options = {});
    void inviteServiceAccount(const QString &groupId, const QString &clientId, const QStringList &roles,
                              const QObject *context, Callback<ServiceAccount> done,
                              CallOptions options = {});
    void unassignServiceAccount(const QString &groupId, const QString &clientId, const QObject *context,
                                Callback<Done> done, CallOptions options = {});

    // Ops Manager's global API keys and global access list (ApiClientGlobal.cpp): readable with any global
    // role, changed by a Global Owner. The access list is keyed by entry ID; one entry per POST.
    void globalApiKeys(const QObject *context, Callback<QList<ApiKey>> done, CallOptions options = {});
    // The answer holds the full private key: the only time the server shows it.
    void createGlobalApiKey(const QString &desc, const QStringList &roles, const QObject *context,
                            Callback<ApiKey> done, CallOptions options = {});
    void updateGlobalApiKey(const QString &keyId, const std::optional<QString> &desc,
                            const std::optional<QStringList> &roles, const QObject *context,
                            Callback<ApiKey> done, CallOptions options = {});
    void deleteGlobalApiKey(const QString &keyId, const QObject *context, Callback<Done> done,
                            CallOptions options = {});
    void globalAccessList(const QObject *context, Callback<QList<GlobalAccessEntry>> done,
                          CallOptions options = {});
    void addGlobalAccessEntry(const IpBlock &block, const QString &description, const QObject *context,
                              Callback<GlobalAccessEntry> done, CallOptions options = {});
    void updateGlobalAccessEntry(const QString &entryId, const QString &cidrBlock, const QString &description,
                                 const QObject *context, Callback<GlobalAccessEntry> done,
                                 CallOptions options = {});
    void deleteGlobalAccessEntry(const QString &entryId, const QObject *context, Callback<Done> done,
                                 CallOptions options = {});
    QString globalAccessListPath() const;
    // Project API keys
    void projectApiKeys(const QString &groupId, const QObject *context, Callback<QList<ApiKey>> done,
                        CallOptions options = {});
    void createProjectApiKey(const QString &groupId, const QString &desc, const QStringList &roles,
                             const QObject *context, Callback<ApiKey> done, CallOptions options = {});
    // Assigns an organization key to the project, or replaces its project roles.
    void assignProjectApiKey(const QString &groupId, const QString &keyId, const QStringList &roles,
                             const QObject *context, Callback<ApiKey> done, CallOptions options = {});
    void unassignProjectApiKey(const QString &groupId, const QString &keyId, const QObject *context,
                               Callback<Done> done, CallOptions options = {});
    // Atlas: an organization key not yet in the project is added with POST /groups/{id}/apiKeys/{keyId} and
    // an array of {roles} (204), then read back from the organization; PATCH only replaces the roles of a key
    // already assigned (models/api/README.md, "Atlas Administration API v2").
    void addProjectApiKeyAtlas(const QString &orgId, const QString &groupId, const QString &keyId,
                               const QStringList &roles, const QObject *context, Callback<ApiKey> done,
                               CallOptions options = {});

    // The user (personal API key) whitelist
    void userByName(const QString &username, const QObject *context, Callback<User> done,
                    CallOptions options = {});
    void userAccessList(const QString &userId, const QObject *context, Callback<QList<AccessListEntry>> done,
                        CallOptions options = {});
    void addUserAccessListEntries(const QString &userId, const QList<IpBlock> &entries,
                                  const QObject *context, Callback<QList<AccessListEntry>> done,
                                  CallOptions options = {});
    void deleteUserAccessListEntry(const QString &userId, const IpBlock &entry, const QObject *context,
                                   Callback<Done> done, CallOptions options = {});

    // Path helpers (public for tests): segments are percent-encoded, a CIDR's "/" becomes %2F.
    static QString segment(const QString &value);
    QString keyListPath(const QString &orgId, const QString &keyId) const;

private:
    using Reply = RequestScheduler::Reply;
    using Parse = std::function<std::optional<QString>(const QJsonValue &)>; // error text, or nullopt
    static constexpr int MaxIdentityOrgs = 20;

    void findAccount(Identity identity, int index, const Callback<Identity> &done, CallOptions options);
    // A key is looked for in each organization in turn (at most MaxIdentityOrgs); one in none of them is a
    // user's personal key: the user's roles, from /users/byName, stand in for it.
    void findKey(Identity identity, int index, const Callback<Identity> &done, CallOptions options);

    quint64 send(HttpMethod method, const QString &path, const QByteArray &body, CallOptions options,
                 std::function<void(const Reply &, const std::optional<ApiError> &)> handler);
    // Sends a request (GET, or the PATCH/POST/DELETE of a change) whose answer is one entity.
    template<typename T>
    void requestEntity(const QString &path, Json::Parsed<T> (*parse)(const QJsonValue &, const QString &),
                       Callback<T> done, CallOptions options, HttpMethod method = HttpMethod::Get,
                       const QByteArray &body = {});
    template<typename T>
    void getAll(const QString &path, Json::Parsed<Json::Page<T>> (*parse)(const QJsonValue &),
                Callback<QList<T>> done, CallOptions options);
    void sendNoContent(HttpMethod method, const QString &path, Callback<Done> done, CallOptions options);
    void postEntries(const QString &listPath, const QList<IpBlock> &entries,
                     Callback<QList<AccessListEntry>> done, CallOptions options,
                     Json::Parsed<Json::Page<AccessListEntry>> (*parse)(const QJsonValue &)
                     = &Json::accessListPage);
    struct EventPages;
    void readEventPage(const std::shared_ptr<EventPages> &read, int page);
    void eventPagesRead(const std::shared_ptr<EventPages> &read);
    // Parses a page of a list: JSON text and mapping, on a worker thread unless the body is tiny (a page
    // of 500 keys or events is up to a megabyte: tens of milliseconds the GUI thread must not wait), and
    // inline otherwise. then runs on this object's thread, only while this object exists.
    template<typename T>
    void parsePage(const Reply &reply, Json::Parsed<Json::Page<T>> (*parse)(const QJsonValue &),
                   std::function<void(Json::Parsed<Json::Page<T>>)> then);
    static constexpr qsizetype ParseInlineBytes = 2 * 1024;
    ApiError malformed(const Reply &reply, const QString &path, const QString &detail) const;

    RequestScheduler *m_scheduler;
};
