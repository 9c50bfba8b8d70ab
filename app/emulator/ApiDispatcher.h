// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AccessRules.h"
#include "ApiTypes.h"
#include "Dataset.h"
#include "DigestAuth.h"
#include "EmulatorOptions.h"
#include "RoleCatalogue.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QMutex>

#include <functional>
#include <QRandomGenerator>
#include <QStringList>

#include <optional>

// The Public API of models/api/README.md, executable: authentication, whitelist enforcement, routing,
// validation, paging and errors. dispatch() is synchronous and thread-safe (one lock), so several HTTP
// worker threads can share one dispatcher while injected latency runs in parallel.
class ApiDispatcher
{
public:
    ApiDispatcher(const EmulatorOptions &options, Dataset dataset);

    ApiResponse dispatch(const ApiRequest &request);

    // A copy of the current state (for --state persistence); clears the dirty flag.
    std::optional<Dataset> takeSnapshotIfDirty();
    Dataset snapshot();
    // Changes the data directly, as a server that records no event for a change would (tests, demos).
    void editDataset(const std::function<void(Dataset &)> &edit);
    int challengesIssued();
    // Every request as it arrived, with the answer's status (tests: what a client sent, byte for byte).
    // Called on the HTTP worker's thread under the dispatcher's lock; keep it short.
    using Observer = std::function<void(const ApiRequest &, int status)>;
    void setObserver(Observer observer);
    // Replaces the --fault rules (their counts start again from zero).
    void setFaults(const QList<EmulatorOptions::Fault> &faults);

private:
    struct Caller
    {
        EmulatedKey *key = nullptr;
        EmulatedUser *user = nullptr;
        EmulatedServiceAccount *account = nullptr; // signed in with a bearer token
        QString name() const;
        QList<AccessListEntry> *accessList() const;
        bool hasOrgRole(const QString &orgId, QStringView role) const;
        bool inOrg(const QString &orgId) const;
        bool hasProjectRole(const QString &groupId, QStringView role) const;
        // One of Ops Manager's global roles (any, or the one named), of a global key or a user.
        bool hasGlobalRole(QStringView role = {}) const;
        bool isGlobalKey() const { return key && key->orgId.isEmpty(); }
    };

    // The routing context of one request.
    struct Call
    {
        const ApiRequest *request = nullptr;
        QByteArray method;
        QStringList segments; // decoded path segments after /api/public/v1.0 (or /api/atlas/v2)
        QUrlQuery query;
        QString path; // encoded path, for messages and links
        QString baseUrl; // scheme://host
        Caller caller;
        QHostAddress address; // the caller's address as the server sees it
        int rateRemaining = -1; // requests left in the caller's window (Atlas: RateLimit-Remaining)
    };

    using Handler = ApiResponse (ApiDispatcher::*)(Call &);
    struct Route
    {
        Handler handler = nullptr;
        bool requiresList = false; // the endpoint refuses keys without a whitelist
        QString orgId; // the organization the request touches, for rate limiting
    };

    // Atlas's versioned media types (ApiDispatcherAtlas.cpp): the resource version a request asked for.
    struct AtlasVersion
    {
        QDate requested; // the date in Accept
        QDate resolved; // the newest version of the resource at or before it
    };
    std::optional<ApiResponse> negotiateAtlasVersion(const Call &call, AtlasVersion *version) const;
    void applyAtlasVersion(const AtlasVersion &version, ApiResponse *response) const;
    static QList<QDate> atlasResourceVersions(const QStringList &segments);
    static QJsonObject atlasSettingsJson(const EmulatedOrg &org);
    std::optional<ApiResponse> patchAtlasSettings(Call &call, EmulatedOrg *org, const QJsonObject &object);
    ApiResponse addProjectKeyAtlas(Call &call);

    // Routing
    std::optional<Route> route(Call &call, QStringList *allowedMethods);
    ApiResponse authenticate(Call &call, bool *ok);
    QHostAddress callerAddress(const ApiRequest &request) const;

    // OAuth 2.0 client credentials (ApiDispatcherOAuth.cpp): /api/oauth/token and /api/oauth/revoke, and
    // the bearer tokens they issue.
    struct Token
    {
        QString clientId;
        QString secretId;
        qint64 expiresAtMs = 0; // m_uptime
    };
    ApiResponse oauth(Call &call, QByteArrayView endpoint);
    // The account and secret of a Basic Authorization header, or the OAuth error answer.
    std::optional<ApiResponse> oauthClient(const Call &call, EmulatedServiceAccount **account,
                                           ServiceAccountSecret **secret);
    static ApiResponse oauthError(int status, QLatin1StringView error, const QString &description);
    ApiResponse bearerRefused(const QString &description) const;
    bool authenticateBearer(Call &call, ApiResponse *refused);
    void dropTokens(const std::function<bool(const Token &)> &matches);
    std::optional<ApiResponse> enforceAccessList(Call &call, const Route &route);
    std::optional<ApiResponse> rateLimit(Call &call, const QString &orgId);
    // Atlas limits with a token bucket per scope (api-accounts-atlas.md §1.0): --rate-limit tokens, refilled
    // evenly over --rate-window seconds; an empty bucket answers 429 with the wait for the next token.
    std::optional<ApiResponse> atlasTokenBucket(Call &call, const QString &orgId, qint64 nowMs,
                                                qint64 windowMs);

    // Handlers (ApiDispatcher*.cpp)
    ApiResponse root(Call &);
    ApiResponse listOrgs(Call &);
    ApiResponse getOrg(Call &);
    ApiResponse listProjects(Call &);
    ApiResponse getProject(Call &);
    ApiResponse getOrgSettings(Call &);
    ApiResponse patchOrgSettings(Call &);
    ApiResponse listOrgKeys(Call &);
    ApiResponse createOrgKey(Call &);
    ApiResponse getOrgKey(Call &);
    ApiResponse patchOrgKey(Call &);
    ApiResponse deleteOrgKey(Call &);
    ApiResponse listKeyEntries(Call &);
    ApiResponse addKeyEntries(Call &);
    ApiResponse getKeyEntry(Call &);
    ApiResponse deleteKeyEntry(Call &);
    ApiResponse listProjectKeys(Call &);
    ApiResponse createProjectKey(Call &);
    ApiResponse assignProjectKey(Call &);
    ApiResponse unassignProjectKey(Call &);
    ApiResponse listOrgUsers(Call &call);
    ApiResponse getUser(Call &);
    ApiResponse getUserByName(Call &);
    ApiResponse listUserEntries(Call &);
    ApiResponse addUserEntries(Call &);
    ApiResponse getUserEntry(Call &);
    ApiResponse deleteUserEntry(Call &);
    ApiResponse orgEvents(Call &);
    // Service accounts (ApiDispatcherServiceAccounts.cpp)
    ApiResponse listServiceAccounts(Call &);
    ApiResponse createServiceAccount(Call &);
    ApiResponse getServiceAccount(Call &);
    ApiResponse patchServiceAccount(Call &);
    ApiResponse deleteServiceAccount(Call &);
    ApiResponse listServiceAccountProjects(Call &);
    ApiResponse createServiceAccountSecret(Call &);
    ApiResponse deleteServiceAccountSecret(Call &);
    ApiResponse listServiceAccountEntries(Call &);
    ApiResponse addServiceAccountEntries(Call &);
    ApiResponse deleteServiceAccountEntry(Call &);
    ApiResponse inviteServiceAccount(Call &);
    ApiResponse unassignServiceAccount(Call &);
    // The organization's account of a client ID from a path, or the error (malformed ID, none such).
    std::optional<ApiResponse> findAccount(const EmulatedOrg &org, const QString &clientId,
                                           EmulatedServiceAccount **account);
    std::optional<ApiResponse> requireProjectAccount(Call &call, EmulatedOrg **org, Project **project,
                                                     EmulatedServiceAccount **account);
    QJsonObject serviceAccountJson(const EmulatedServiceAccount &account) const;
    std::optional<ApiResponse> requireServiceAccount(Call &call, EmulatedOrg **org,
                                                     EmulatedServiceAccount **account);
    // The account of the path, which the caller, an Organization Owner, may change.
    std::optional<ApiResponse> requireOwnedServiceAccount(Call &call, EmulatedOrg **org,
                                                          EmulatedServiceAccount **account);
    std::optional<ApiResponse> validateSecretHours(const QJsonValue &hours);
    std::optional<ApiResponse> validateServiceAccountText(const QJsonObject &object, bool required);
    ServiceAccountSecret newSecret(int hours);
    ApiResponse projectEvents(Call &);
    // Ops Manager's global API keys and global access list (ApiDispatcherGlobal.cpp)
    ApiResponse listGlobalKeys(Call &);
    ApiResponse listGlobalRoles(Call &);
    ApiResponse getGlobalKey(Call &);
    ApiResponse createGlobalKey(Call &);
    ApiResponse patchGlobalKey(Call &);
    ApiResponse deleteGlobalKey(Call &);
    ApiResponse listGlobalEntries(Call &);
    ApiResponse getGlobalEntry(Call &);
    ApiResponse addGlobalEntry(Call &);
    ApiResponse patchGlobalEntry(Call &);
    ApiResponse deleteGlobalEntry(Call &);
    // Any global role reads; Global Owner (owner) changes.
    std::optional<ApiResponse> requireGlobalRole(const Call &call, bool owner);
    EmulatedKey *globalKeyOfPath(Call &call, std::optional<ApiResponse> *failed);
    qsizetype globalEntryOfPath(const Call &call, std::optional<ApiResponse> *failed); // -1: *failed set
    std::optional<ApiResponse> parseGlobalEntry(const Call &call, bool patch, IpBlock *block,
                                                QString *description);
    QJsonObject globalEntryJson(const GlobalAccessEntry &entry, const Call &call) const;
    // "accessList", or "whitelist" where the emulated server predates 5.0.
    QString listName() const;

    // Events (ApiDispatcherEvents.cpp)
    void recordEvent(const Call &call, const QString &type, const QString &orgId, const QString &groupId = {},
                     const QString &targetPublicKey = {}, const QString &entry = {});
    QString eventName(QLatin1StringView accessListName) const;
    QJsonObject eventJson(const ApiEvent &event, const QString &feedPath, const Call &call) const;
    ApiResponse events(Call &call, const QString &orgId, const QString &groupId, const QString &feedPath);

    // Shared checks; each returns the error response, or nullopt when the check passes.
    std::optional<ApiResponse> requireOrg(Call &call, const QString &orgId, EmulatedOrg **org);
    std::optional<ApiResponse> requireOrgOwner(Call &call, const QString &orgId);
    std::optional<ApiResponse> requireKey(Call &call, const QString &orgId, const QString &keyId,
                                          EmulatedKey **key);
    std::optional<ApiResponse> requireKeyListAccess(Call &call, const EmulatedKey &key);
    // The organization, the key and the right to its whitelist, from /orgs/{id}/apiKeys/{id}/accessList...
    std::optional<ApiResponse> requireKeyList(Call &call, EmulatedOrg **org, EmulatedKey **key);
    std::optional<ApiResponse> requireKeyEntry(Call &call, EmulatedOrg **org, EmulatedKey **key, int *index);
    // An organization key that the caller, an Organization Owner, may change.
    std::optional<ApiResponse> requireOwnedKey(Call &call, EmulatedOrg **org, EmulatedKey **key);
    // The body as a JSON object, or INVALID_JSON.
    std::optional<ApiResponse> parseJsonObject(const Call &call, QJsonObject *object);
    // The body of a new key (desc, roles of the scope) and room for it in the organization.
    std::optional<ApiResponse> parseNewKey(const Call &call, const QString &orgId, RoleScope scope,
                                           QString *desc, QStringList *roles);
    EmulatedKey &addKey(const QString &orgId, const QString &desc);
    std::optional<ApiResponse> requireProjectKeyChange(Call &call, EmulatedOrg **org, Project **project,
                                                       EmulatedKey **key);
    std::optional<ApiResponse> requireUserEntry(Call &call, EmulatedUser **user, int *index);
    std::optional<ApiResponse> requireProject(Call &call, const QString &groupId, EmulatedOrg **org,
                                              Project **project);
    std::optional<ApiResponse> requireUserSelf(Call &call, const QString &userId, EmulatedUser **user);
    std::optional<ApiResponse> parseJsonBody(const Call &call, QJsonValue *value);
    std::optional<ApiResponse> validateDescription(const QJsonValue &desc);
    std::optional<ApiResponse> validateRoles(const QJsonValue &roles, RoleScope scope, QStringList *names);
    std::optional<ApiResponse> parseNewEntries(const Call &call, const QJsonValue &body,
                                               const QList<AccessListEntry> &existing, bool userList,
                                               QList<AccessListEntry> *added);

    // Building answers
    ApiResponse json(int status, const QJsonObject &object, const Call &call) const;
    ApiResponse entity(const QJsonObject &object, const Call &call, int status = 200) const;
    ApiResponse page(const QJsonArray &items, Call &call, int status = 200) const;
    // A page of `total` items of which only those on the page are made (itemAt(i), 0-based): a feed of
    // 10,000 events is not turned into JSON for each page of 500.
    ApiResponse page(qint64 total, const std::function<QJsonValue(qint64)> &itemAt, Call &call,
                     int status = 200) const;
    ApiResponse noContent(int status = 204) const;
    QJsonObject keyJson(const EmulatedKey &key, const Call &call, bool revealPrivateKey = false) const;
    QJsonObject entryJson(const AccessListEntry &entry, const QString &listPath, const Call &call) const;
    QJsonObject orgJson(const EmulatedOrg &org, const Call &call) const;
    QJsonObject projectJson(const Project &project, const Call &call) const;
    QJsonArray selfLinks(const QString &href) const;

    static ApiResponse error(int status, QLatin1StringView code, const QString &detail,
                             const QJsonArray &parameters = {});
    ApiResponse notFoundPath(const Call &call) const;
    // The web console's organization settings page (ApiDispatcherWebConsole.cpp).
    ApiResponse webConsole(Call &call);

    ErrorCodes::Naming naming() const;
    QString listSegment() const; // accessList or whitelist
    QDateTime now() const;
    static QString maskPrivateKey(const QString &privateKey);
    QString newObjectId();
    QString newPublicKey();
    QString newPrivateKey();
    quint64 random64();
    quint32 randomBounded(quint32 bound);

    EmulatorOptions m_options;
    QMutex m_mutex;
    Observer m_observer;
    Dataset m_data;
    DigestAuth m_digest;
    bool m_dirty = false;
    quint64 m_idProcessPart = 0; // the ObjectId's per-process random part
    QHash<QString, QPair<qint64, int>> m_rateWindows; // orgId -> (window start ms, count)
    QHash<QString, QPair<qint64, double>> m_rateBuckets; // Atlas: orgId -> (last refill ms, tokens)
    QList<int> m_faultSeen; // per m_options.faults: matching requests so far
    // The fault the rules give this request (counted), if any.
    std::optional<EmulatorOptions::Fault::Kind> takeFault(const Call &call);
    QHash<QString, qint64> m_secretWrites; // client ID -> m_uptime ms until which a secret is being written
    QHash<QByteArray, Token> m_tokens; // bearer token -> its account, secret and end
    QElapsedTimer m_uptime;
    quint64 m_idCounter = 0;
    std::optional<QRandomGenerator64> m_seeded; // with EmulatorOptions::idSeed
};
