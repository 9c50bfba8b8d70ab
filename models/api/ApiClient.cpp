// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
// ApiClient: the shared request helpers (entities, all pages, no content), root, identity, organizations,
// projects and the organization setting.
#include "ApiClient.h"
#include "ApiClientTemplates.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

ApiClient::ApiClient(QNetworkAccessManager *manager, QObject *parent)
    : QObject(parent)
    , m_scheduler(new RequestScheduler(manager, this))
{ }

ApiClient::~ApiClient() = default;

void ApiClient::setConnection(const ConnectionSettings &settings)
{
    m_scheduler->setSettings(settings);
}

QString ApiClient::segment(const QString &value)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(value, ":"));
}

QString ApiClient::keyListPath(const QString &orgId, const QString &keyId) const
{
    return u"/orgs/"_s + segment(orgId) + u"/apiKeys/"_s + segment(keyId) + u'/' + serverInfo().listSegment();
}

ApiError ApiClient::malformed(const Reply &reply, const QString &path, const QString &detail) const
{
    ApiError e;
    e.kind = ApiError::Kind::MalformedResponse;
    e.httpStatus = reply.status;
    e.path = path;
    e.publicKey = connection().publicKey;
    e.detail = detail;
    return e;
}

quint64 ApiClient::send(HttpMethod method, const QString &path, const QByteArray &body, CallOptions options,
                        std::function<void(const Reply &, const std::optional<ApiError> &)> handler)
{
    RequestScheduler::Request request;
    request.method = method;
    request.path = path;
    request.body = body;
    request.priority = options.priority;
    request.group = options.group;
    return m_scheduler->send(request, std::move(handler));
}

void ApiClient::sendNoContent(HttpMethod method, const QString &path, Callback<Done> done,
                              CallOptions options)
{
    send(method, path, {}, options, [done](const Reply &, const std::optional<ApiError> &error) {
        if (error)
            return done(*error);
        done(Done{});
    });
}

void ApiClient::root(const QObject *context, Callback<ServerInfo> done, CallOptions options)
{
    done = bound(context, std::move(done));
    send(HttpMethod::Get, QString(), {}, options,
         [this, done](const Reply &reply, const std::optional<ApiError> &error) {
             if (error)
                 return done(*error);
             const QJsonObject root = QJsonDocument::fromJson(reply.body).object();
             const QString appName = root.value("appName"_L1).toString();
             if (appName.isEmpty())
                 return done(malformed(reply, QString(),
                                       tr("The root document has no appName: this is not an Ops Manager "
                                          "or Cloud Manager API.")));
             m_scheduler->setServerAppName(appName);
             ServerInfo info = serverInfo();
             if (info.gitHash.isEmpty())
                 info.gitHash = root.value("build"_L1).toString();
             done(info);
         });
}

void ApiClient::whoAmI(const QObject *context, Callback<Identity> done, CallOptions options)
{
    done = bound(context, std::move(done));
    organizations(
        this,
        [this, done, options](ApiResult<QList<Organization>> orgs) {
            if (!orgs.ok())
                return done(orgs.error());
            Identity identity;
            identity.organizations = orgs.value();
            if (identity.organizations.isEmpty())
                return done(identity);
            if (connection().usesServiceAccount())
                return findAccount(identity, 0, done, options);
            findKey(identity, 0, done, options);
        },
        options);
}

void ApiClient::findKey(Identity identity, int index, const Callback<Identity> &done, CallOptions options)
{
    // An organization key belongs to one organization, and sees mostly that one: the first organization
    // answers for almost every key. One in none of them is a user's personal key (its public key is the
    // username): the user's roles stand in for it. A key that sees several organizations (a global key) is
    // looked for in each in turn, at most MaxIdentityOrgs.
    const auto next
        = [this, done, options](Identity id, int at) { findKey(std::move(id), at, done, options); };
    // Steps: 0 the first organization, 1 Ops Manager's global keys, 2 the user lookup, 3… the other
    // organizations.
    if (index == 1) {
        if (serverInfo().kind() != ServerKind::OpsManager)
            return next(identity, 2);
        // A global key belongs to no organization; a key without a global role may not list them (and
        // that refusal is no error of the identity).
        return globalApiKeys(
            this,
            [this, identity, done, next](ApiResult<QList<ApiKey>> keys) mutable {
                if (keys.ok()) {
                    for (const ApiKey &key : keys.value()) {
                        if (key.publicKey == connection().publicKey) {
                            identity.key = key;
                            identity.keyError.reset();
                            return done(identity);
                        }
                    }
                }
                next(identity, 2);
            },
            options);
    }
    if (index == 2) {
        return userByName(
            connection().publicKey, this,
            [identity, done, next](ApiResult<User> user) mutable {
                if (!user.ok())
                    return next(identity, 3);
                ApiKey key;
                key.id = user.value().id;
                key.publicKey = user.value().username;
                key.desc = user.value().username;
                key.roles = user.value().roles;
                identity.key = key;
                identity.keyError.reset();
                done(identity);
            },
            options);
    }
    const int org = index == 0 ? 0 : index - 2; // indexes 1 and 2 are the global keys and the user
    if (org >= std::min<qsizetype>(identity.organizations.size(), MaxIdentityOrgs))
        return done(identity);
    apiKeys(
        identity.organizations.at(org).id, this,
        [this, done, identity, index, next](ApiResult<QList<ApiKey>> keys) mutable {
            if (!keys.ok()) {
                if (!identity.keyError)
                    identity.keyError = keys.error();
            } else {
                for (const ApiKey &key : keys.value()) {
                    if (key.publicKey == connection().publicKey) {
                        identity.key = key;
                        identity.keyError.reset();
                        return done(identity);
                    }
                }
            }
            next(identity, index + 1);
        },
        options);
}

// A service account belongs to one organization: asked of each organization in turn (at most
// MaxIdentityOrgs) until one knows it. Its organization roles stand in for a key's.
void ApiClient::findAccount(Identity identity, int index, const Callback<Identity> &done, CallOptions options)
{
    if (index >= std::min<qsizetype>(identity.organizations.size(), MaxIdentityOrgs))
        return done(identity);
    const QString orgId = identity.organizations.at(index).id;
    serviceAccount(
        orgId, connection().publicKey, this,
        [this, identity, index, done, options, orgId](ApiResult<ServiceAccount> account) mutable {
            if (!account.ok()) {
                if (account.error().kind != ApiError::Kind::NotFound) {
                    identity.keyError = account.error();
                    return done(identity);
                }
                return findAccount(identity, index + 1, done, options);
            }
            ApiKey key;
            key.id = account.value().clientId;
            key.publicKey = account.value().clientId;
            key.desc = account.value().name;
            for (const QString &role : account.value().roles)
                key.roles.append({role, orgId, {}});
            identity.key = key;
            done(identity);
        },
        options);
}

void ApiClient::organizations(const QObject *context, Callback<QList<Organization>> done, CallOptions options)
{
    done = bound(context, std::move(done));
    getAll<Organization>(u"/orgs"_s, &Json::organizationPage, std::move(done), options);
}

void ApiClient::organization(const QString &orgId, const QObject *context, Callback<Organization> done,
                             CallOptions options)
{
    done = bound(context, std::move(done));
    requestEntity<Organization>(u"/orgs/"_s + segment(orgId), &Json::organization, std::move(done), options);
}

void ApiClient::projects(const QString &orgId, const QObject *context, Callback<QList<Project>> done,
                         CallOptions options)
{
    done = bound(context, std::move(done));
    getAll<Project>(u"/orgs/"_s + segment(orgId) + u"/groups"_s, &Json::projectPage, std::move(done),
                    options);
}

void ApiClient::orgUsers(const QString &orgId, const QObject *context, Callback<QList<OrgUser>> done,
                         CallOptions options)
{
    done = bound(context, std::move(done));
    getAll<OrgUser>(u"/orgs/"_s + segment(orgId) + u"/users"_s, &Json::orgUserPage, std::move(done), options);
}

void ApiClient::orgSettings(const QString &orgId, const QObject *context, Callback<OrgSettings> done,
                            CallOptions options)
{
    done = bound(context, std::move(done));
    requestEntity<OrgSettings>(
        u"/orgs/"_s + segment(orgId) + u"/settings"_s, &Json::orgSettings,
        [done](ApiResult<OrgSettings> result) {
            if (result.ok())
                return done(result);
            const ApiError &e = result.error();
            if (e.kind == ApiError::Kind::OrgRequiresList)
                return done(OrgSettings::fromRefusal()); // the refusal itself proves it is on
            if (e.httpStatus == 404 || e.httpStatus == 405)
                return done(OrgSettings::unknown(OrgSettings::UnknownReason::NotExposedByServer, e.detail));
            if (e.kind == ApiError::Kind::Permission)
                return done(OrgSettings::unknown(OrgSettings::UnknownReason::NotReadable, e.detail));
            done(e);
        },
        options);
}

void ApiClient::setWhitelistRequired(const QString &orgId, bool required, const QObject *context,
                                     Callback<OrgSettings> done, CallOptions options)
{
    done = bound(context, std::move(done));
    const QByteArray body
        = QJsonDocument(QJsonObject{{"apiAccessListRequired"_L1, required}}).toJson(QJsonDocument::Compact);
    // A 2xx answer without the new value (204, or another body) means the server accepted the change:
    // the value is then unknown, not the change refused.
    requestEntity<OrgSettings>(
        u"/orgs/"_s + segment(orgId) + u"/settings"_s, &Json::orgSettings,
        [done](ApiResult<OrgSettings> r) {
            if (!r.ok() && r.error().kind == ApiError::Kind::MalformedResponse && r.error().httpStatus >= 200
                && r.error().httpStatus < 300)
                return done(OrgSettings::unknown(OrgSettings::UnknownReason::NotInAnswer, r.error().detail));
            done(r);
        },
        options, HttpMethod::Patch, body);
}
