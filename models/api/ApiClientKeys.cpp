// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
// ApiClient: organization API keys, their whitelists, project API keys and the user whitelist.
#include "ApiClient.h"
#include "ApiClientTemplates.h"

#include "JsonReader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace {

QByteArray keyBody(const std::optional<QString> &desc, const std::optional<QStringList> &roles)
{
    QJsonObject o;
    if (desc)
        o.insert("desc"_L1, *desc);
    if (roles)
        o.insert("roles"_L1, QJsonArray::fromStringList(*roles));
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QByteArray entriesBody(const QList<IpBlock> &entries)
{
    QJsonArray array;
    for (const IpBlock &block : entries) {
        if (block.isSingleAddress())
            array.append(QJsonObject{{"ipAddress"_L1, block.toString()}});
        else
            array.append(QJsonObject{{"cidrBlock"_L1, block.toCidr()}});
    }
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

} // namespace

void ApiClient::apiKeys(const QString &orgId, const QObject *context, Callback<QList<ApiKey>> done,
                        CallOptions options)
{
    done = bound(context, std::move(done));
    getAll<ApiKey>(u"/orgs/"_s + segment(orgId) + u"/apiKeys"_s, &Json::apiKeyPage, std::move(done), options);
}

void ApiClient::apiKey(const QString &orgId, const QString &keyId, const QObject *context,
                       Callback<ApiKey> done, CallOptions options)
{
    done = bound(context, std::move(done));
    requestEntity<ApiKey>(u"/orgs/"_s + segment(orgId) + u"/apiKeys/"_s + segment(keyId), &Json::apiKey,
                          std::move(done), options);
}

void ApiClient::createApiKey(const QString &orgId, const QString &desc, const QStringList &roles,
                             const QObject *context, Callback<ApiKey> done, CallOptions options)
{
    done = bound(context, std::move(done));
    requestEntity<ApiKey>(u"/orgs/"_s + segment(orgId) + u"/apiKeys"_s, &Json::apiKey, std::move(done),
                          options, HttpMethod::Post, keyBody(desc, roles));
}

void ApiClient::updateApiKey(const QString &orgId, const QString &keyId, const std::optional<QString> &desc,
                             const std::optional<QStringList> &roles, const QObject *context,
                             Callback<ApiKey> done, CallOptions options)
{
    done = bound(context, std::move(done));
    requestEntity<ApiKey>(u"/orgs/"_s + segment(orgId) + u"/apiKeys/"_s + segment(keyId), &Json::apiKey,
                          std::move(done), options, HttpMethod::Patch, keyBody(desc, roles));
}

void ApiClient::deleteApiKey(const QString &orgId, const QString &keyId, const QObject *context,
                             Callback<Done> done, CallOptions options)
{
    done = bound(context, std::move(done));
    sendNoContent(HttpMethod::Delete, u"/orgs/"_s + segment(orgId) + u"/apiKeys/"_s + segment(keyId),
                  std::move(done), options);
}

void ApiClient::accessList(const QString &orgId, const QString &keyId, const QObject *context,
                           Callback<QList<AccessListEntry>> done, CallOptions options)
{
    done = bound(context, std::move(done));
    getAll<AccessListEntry>(keyListPath(orgId, keyId), &Json::accessListPage, std::move(done), options);
}

void ApiClient::postEntries(const QString &listPath, const QList<IpBlock> &entries,
                            Callback<QList<AccessListEntry>> done, CallOptions options,
                            Json::Parsed<Json::Page<AccessListEntry>> (*parse)(const QJsonValue &))
{
    const QString path = listPath + u"?itemsPerPage=500"_s;
    send(HttpMethod::Post, path, entriesBody(entries), options,
         [this, listPath, path, done, options, parse](const Reply &reply,
                                                      const std::optional<ApiError> &error) {
             if (error)
                 return done(*error);
             const auto page = parse(QJsonDocument::fromJson(reply.body).object());
             if (!page.ok())
                 return done(malformed(reply, path, page.error));
             if (page.value->totalCount <= page.value->results.size())
                 return done(page.value->results);
             // A list longer than one page: read it whole.
             getAll<AccessListEntry>(listPath, parse, done, options);
         });
}

void ApiClient::addAccessListEntries(const QString &orgId, const QString &keyId,
                                     const QList<IpBlock> &entries, const QObject *context,
                                     Callback<QList<AccessListEntry>> done, CallOptions options)
{
    done = bound(context, std::move(done));
    postEntries(keyListPath(orgId, keyId), entries, std::move(done), options);
}

void ApiClient::deleteAccessListEntry(const QString &orgId, const QString &keyId, const IpBlock &entry,
                                      const QObject *context, Callback<Done> done, CallOptions options)
{
    done = bound(context, std::move(done));
    sendNoContent(HttpMethod::Delete, keyListPath(orgId, keyId) + u'/' + segment(entry.toString()),
                  std::move(done), options);
}

void ApiClient::projectApiKeys(const QString &groupId, const QObject *context, Callback<QList<ApiKey>> done,
                               CallOptions options)
{
    done = bound(context, std::move(done));
    getAll<ApiKey>(u"/groups/"_s + segment(groupId) + u"/apiKeys"_s, &Json::apiKeyPage, std::move(done),
                   options);
}

void ApiClient::createProjectApiKey(const QString &groupId, const QString &desc, const QStringList &roles,
                                    const QObject *context, Callback<ApiKey> done, CallOptions options)
{
    done = bound(context, std::move(done));
    requestEntity<ApiKey>(u"/groups/"_s + segment(groupId) + u"/apiKeys"_s, &Json::apiKey, std::move(done),
                          options, HttpMethod::Post, keyBody(desc, roles));
}

void ApiClient::assignProjectApiKey(const QString &groupId, const QString &keyId, const QStringList &roles,
                                    const QObject *context, Callback<ApiKey> done, CallOptions options)
{
    done = bound(context, std::move(done));
    requestEntity<ApiKey>(u"/groups/"_s + segment(groupId) + u"/apiKeys/"_s + segment(keyId), &Json::apiKey,
                          std::move(done), options, HttpMethod::Patch, keyBody(std::nullopt, roles));
}

void ApiClient::addProjectApiKeyAtlas(const QString &orgId, const QString &groupId, const QString &keyId,
                                      const QStringList &roles, const QObject *context, Callback<ApiKey> done,
                                      CallOptions options)
{
    done = bound(context, std::move(done));
    QJsonArray names;
    for (const QString &role : roles)
        names.append(role);
    const QByteArray body
        = QJsonDocument(QJsonArray{QJsonObject{{"roles"_L1, names}}}).toJson(QJsonDocument::Compact);
    send(HttpMethod::Post, u"/groups/"_s + segment(groupId) + u"/apiKeys/"_s + segment(keyId), body, options,
         [this, orgId, keyId, done, options](const Reply &, const std::optional<ApiError> &error) {
             if (error)
                 return done(*error);
             // Added: the key as it now is. A failed read-back says the change was made.
             apiKey(
                 orgId, keyId, this,
                 [done](ApiResult<ApiKey> key) {
                     if (key.ok())
                         return done(key);
                     ApiError e = key.error();
                     e.changeAccepted = true;
                     done(e);
                 },
                 options);
         });
}

void ApiClient::unassignProjectApiKey(const QString &groupId, const QString &keyId, const QObject *context,
                                      Callback<Done> done, CallOptions options)
{
    done = bound(context, std::move(done));
    sendNoContent(HttpMethod::Delete, u"/groups/"_s + segment(groupId) + u"/apiKeys/"_s + segment(keyId),
                  std::move(done), options);
}

namespace {
Json::Parsed<ApiClient::User> parseUser(const QJsonValue &value, const QString &path)
{
    JsonReader r(value, path);
    ApiClient::User user;
    user.id = r.string("id"_L1);
    user.username = r.string("username"_L1);
    const QJsonArray roles = r.array("roles"_L1, JsonReader::Presence::Optional);
    for (qsizetype i = 0; r.ok() && i < roles.size(); ++i) {
        auto role = Json::role(roles.at(i), r.childPath("roles"_L1, i));
        if (!role.ok())
            r.fail(role.error);
        else
            user.roles.append(*role.value);
    }
    if (!r.ok())
        return {std::nullopt, r.error()};
    return {user, {}};
}
} // namespace

void ApiClient::userByName(const QString &username, const QObject *context, Callback<User> done,
                           CallOptions options)
{
    done = bound(context, std::move(done));
    requestEntity<User>(u"/users/byName/"_s + segment(username), &parseUser, std::move(done), options);
}

void ApiClient::userAccessList(const QString &userId, const QObject *context,
                               Callback<QList<AccessListEntry>> done, CallOptions options)
{
    done = bound(context, std::move(done));
    getAll<AccessListEntry>(u"/users/"_s + segment(userId) + u'/' + serverInfo().listSegment(),
                            &Json::accessListPage, std::move(done), options);
}

void ApiClient::addUserAccessListEntries(const QString &userId, const QList<IpBlock> &entries,
                                         const QObject *context, Callback<QList<AccessListEntry>> done,
                                         CallOptions options)
{
    done = bound(context, std::move(done));
    postEntries(u"/users/"_s + segment(userId) + u'/' + serverInfo().listSegment(), entries, std::move(done),
                options);
}

void ApiClient::deleteUserAccessListEntry(const QString &userId, const IpBlock &entry, const QObject *context,
                                          Callback<Done> done, CallOptions options)
{
    done = bound(context, std::move(done));
    sendNoContent(HttpMethod::Delete,
                  u"/users/"_s + segment(userId) + u'/' + serverInfo().listSegment() + u'/'
                      + segment(entry.toString()),
                  std::move(done), options);
}
