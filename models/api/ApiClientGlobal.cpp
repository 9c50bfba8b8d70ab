// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
// ApiClient: Ops Manager's global API keys and global access list (models/api/README.md, "Global API keys
// and the global access list").
#include "ApiClient.h"
#include "ApiClientTemplates.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace {

const QString GlobalKeysPath = u"/admin/apiKeys"_s;

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace

QString ApiClient::globalAccessListPath() const
{
    // /admin/accessList from Ops Manager 5.0; /admin/whitelist before.
    return u"/admin/"_s + serverInfo().listSegment();
}

void ApiClient::globalApiKeys(const QObject *context, Callback<QList<ApiKey>> done, CallOptions options)
{
    done = bound(context, std::move(done));
    getAll<ApiKey>(GlobalKeysPath, &Json::apiKeyPage, std::move(done), options);
}

void ApiClient::createGlobalApiKey(const QString &desc, const QStringList &roles, const QObject *context,
                                   Callback<ApiKey> done, CallOptions options)
{
    done = bound(context, std::move(done));
    const QJsonObject body{{"desc"_L1, desc}, {"roles"_L1, QJsonArray::fromStringList(roles)}};
    requestEntity<ApiKey>(GlobalKeysPath, &Json::apiKey, std::move(done), options, HttpMethod::Post,
                          compact(body));
}

void ApiClient::updateGlobalApiKey(const QString &keyId, const std::optional<QString> &desc,
                                   const std::optional<QStringList> &roles, const QObject *context,
                                   Callback<ApiKey> done, CallOptions options)
{
    done = bound(context, std::move(done));
    QJsonObject body;
    if (desc)
        body.insert("desc"_L1, *desc);
    if (roles)
        body.insert("roles"_L1, QJsonArray::fromStringList(*roles));
    requestEntity<ApiKey>(GlobalKeysPath + u'/' + segment(keyId), &Json::apiKey, std::move(done), options,
                          HttpMethod::Patch, compact(body));
}

void ApiClient::deleteGlobalApiKey(const QString &keyId, const QObject *context, Callback<Done> done,
                                   CallOptions options)
{
    done = bound(context, std::move(done));
    sendNoContent(HttpMethod::Delete, GlobalKeysPath + u'/' + segment(keyId), std::move(done), options);
}

void ApiClient::globalAccessList(const QObject *context, Callback<QList<GlobalAccessEntry>> done,
                                 CallOptions options)
{
    done = bound(context, std::move(done));
    getAll<GlobalAccessEntry>(globalAccessListPath(), &Json::globalAccessEntryPage, std::move(done), options);
}

void ApiClient::addGlobalAccessEntry(const IpBlock &block, const QString &description, const QObject *context,
                                     Callback<GlobalAccessEntry> done, CallOptions options)
{
    done = bound(context, std::move(done));
    const QJsonObject body{{"cidrBlock"_L1, block.toCidr()}, {"description"_L1, description}};
    requestEntity<GlobalAccessEntry>(globalAccessListPath(), &Json::globalAccessEntry, std::move(done),
                                     options, HttpMethod::Post, compact(body));
}

void ApiClient::updateGlobalAccessEntry(const QString &entryId, const QString &cidrBlock,
                                        const QString &description, const QObject *context,
                                        Callback<GlobalAccessEntry> done, CallOptions options)
{
    done = bound(context, std::move(done));
    // The documented body names both fields; the block is sent unchanged.
    const QJsonObject body{{"cidrBlock"_L1, cidrBlock}, {"description"_L1, description}};
    requestEntity<GlobalAccessEntry>(globalAccessListPath() + u'/' + segment(entryId),
                                     &Json::globalAccessEntry, std::move(done), options, HttpMethod::Patch,
                                     compact(body));
}

void ApiClient::deleteGlobalAccessEntry(const QString &entryId, const QObject *context, Callback<Done> done,
                                        CallOptions options)
{
    done = bound(context, std::move(done));
    sendNoContent(HttpMethod::Delete, globalAccessListPath() + u'/' + segment(entryId), std::move(done),
                  options);
}
