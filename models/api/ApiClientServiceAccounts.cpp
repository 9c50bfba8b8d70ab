// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
// ApiClient: an organization's service accounts, their secrets and access lists (models/api/README.md,
// "Service accounts").
#include "ApiClient.h"
#include "ApiClientTemplates.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace {

QString accountsPath(const QString &orgId)
{
    return u"/orgs/"_s + ApiClient::segment(orgId) + u"/serviceAccounts"_s;
}

QString accountPath(const QString &orgId, const QString &clientId)
{
    return accountsPath(orgId) + u'/' + ApiClient::segment(clientId);
}

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace

void ApiClient::serviceAccounts(const QString &orgId, const QObject *context,
                                Callback<QList<ServiceAccount>> done, CallOptions options)
{
    done = bound(context, std::move(done));
    getAll<ServiceAccount>(accountsPath(orgId), &Json::serviceAccountPage, std::move(done), options);
}

void ApiClient::serviceAccount(const QString &orgId, const QString &clientId, const QObject *context,
                               Callback<ServiceAccount> done, CallOptions options)
{
    done = bound(context, std::move(done));
    requestEntity<ServiceAccount>(accountPath(orgId, clientId), &Json::serviceAccount, std::move(done),
                                  options);
}

void ApiClient::createServiceAccount(const QString &orgId, const QString &name, const QString &description,
                                     const QStringList &roles, int secretHours, const QObject *context,
                                     Callback<ServiceAccount> done, CallOptions options)
{
    done = bound(context, std::move(done));
    const QJsonObject body{{"name"_L1, name},
                           {"description"_L1, description},
                           {"roles"_L1, QJsonArray::fromStringList(roles)},
                           {"secretExpiresAfterHours"_L1, secretHours}};
    requestEntity<ServiceAccount>(accountsPath(orgId), &Json::serviceAccount, std::move(done), options,
                                  HttpMethod::Post, compact(body));
}

void ApiClient::updateServiceAccount(const QString &orgId, const QString &clientId,
                                     const std::optional<QString> &name,
                                     const std::optional<QString> &description,
                                     const std::optional<QStringList> &roles, const QObject *context,
                                     Callback<ServiceAccount> done, CallOptions options)
{
    done = bound(context, std::move(done));
    QJsonObject body;
    if (name)
        body.insert("name"_L1, *name);
    if (description)
        body.insert("description"_L1, *description);
    if (roles)
        body.insert("roles"_L1, QJsonArray::fromStringList(*roles));
    requestEntity<ServiceAccount>(accountPath(orgId, clientId), &Json::serviceAccount, std::move(done),
                                  options, HttpMethod::Patch, compact(body));
}

void ApiClient::deleteServiceAccount(const QString &orgId, const QString &clientId, const QObject *context,
                                     Callback<Done> done, CallOptions options)
{
    done = bound(context, std::move(done));
    sendNoContent(HttpMethod::Delete, accountPath(orgId, clientId), std::move(done), options);
}

void ApiClient::createServiceAccountSecret(const QString &orgId, const QString &clientId, int secretHours,
                                           const QObject *context, Callback<ServiceAccountSecret> done,
                                           CallOptions options)
{
    done = bound(context, std::move(done));
    requestEntity<ServiceAccountSecret>(
        accountPath(orgId, clientId) + u"/secrets"_s, &Json::serviceAccountSecret, std::move(done), options,
        HttpMethod::Post, compact({{"secretExpiresAfterHours"_L1, secretHours}}));
}

void ApiClient::deleteServiceAccountSecret(const QString &orgId, const QString &clientId,
                                           const QString &secretId, const QObject *context,
                                           Callback<Done> done, CallOptions options)
{
    done = bound(context, std::move(done));
    sendNoContent(HttpMethod::Delete, accountPath(orgId, clientId) + u"/secrets/"_s + segment(secretId),
                  std::move(done), options);
}

void ApiClient::serviceAccountAccessList(const QString &orgId, const QString &clientId,
                                         const QObject *context, Callback<QList<AccessListEntry>> done,
                                         CallOptions options)
{
    done = bound(context, std::move(done));
    getAll<AccessListEntry>(accountPath(orgId, clientId) + u"/accessList"_s, &Json::serviceAccountEntryPage,
                            std::move(done), options);
}

void ApiClient::addServiceAccountEntries(const QString &orgId, const QString &clientId,
                                         const QList<IpBlock> &entries, const QObject *context,
                                         Callback<QList<AccessListEntry>> done, CallOptions options)
{
    done = bound(context, std::move(done));
    postEntries(accountPath(orgId, clientId) + u"/accessList"_s, entries, std::move(done), options,
                &Json::serviceAccountEntryPage);
}

void ApiClient::deleteServiceAccountEntry(const QString &orgId, const QString &clientId, const IpBlock &entry,
                                          const QObject *context, Callback<Done> done, CallOptions options)
{
    done = bound(context, std::move(done));
    sendNoContent(HttpMethod::Delete,
                  accountPath(orgId, clientId) + u"/accessList/"_s + segment(entry.toString()),
                  std::move(done), options);
}

void ApiClient::serviceAccountProjects(const QString &orgId, const QString &clientId, const QObject *context,
                                       Callback<QList<ServiceAccountProject>> done, CallOptions options)
{
    done = bound(context, std::move(done));
    getAll<ServiceAccountProject>(accountPath(orgId, clientId) + u"/groups"_s,
                                  &Json::serviceAccountProjectPage, std::move(done), options);
}

void ApiClient::inviteServiceAccount(const QString &groupId, const QString &clientId,
                                     const QStringList &roles, const QObject *context,
                                     Callback<ServiceAccount> done, CallOptions options)
{
    done = bound(context, std::move(done));
    const QJsonObject body{{"roles"_L1, QJsonArray::fromStringList(roles)}};
    requestEntity<ServiceAccount>(
        u"/groups/"_s + segment(groupId) + u"/serviceAccounts/"_s + segment(clientId) + u":invite"_s,
        &Json::serviceAccount, std::move(done), options, HttpMethod::Post, compact(body));
}

void ApiClient::unassignServiceAccount(const QString &groupId, const QString &clientId,
                                       const QObject *context, Callback<Done> done, CallOptions options)
{
    done = bound(context, std::move(done));
    sendNoContent(HttpMethod::Delete,
                  u"/groups/"_s + segment(groupId) + u"/serviceAccounts/"_s + segment(clientId),
                  std::move(done), options);
}
