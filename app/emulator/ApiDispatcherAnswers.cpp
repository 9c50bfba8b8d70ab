// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The shapes of the emulator's answers: errors (with the documented fields), entities, pages with
// totalCount and links, and the JSON of keys, entries, organizations and projects.
#include "ApiDispatcher.h"

#include "JsonMapping.h"

#include <QJsonDocument>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 204:
        return "No Content";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 406:
        return "Not Acceptable";
    case 409:
        return "Conflict";
    case 410:
        return "Gone";
    case 415:
        return "Unsupported Media Type";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    default:
        return {};
    }
}

} // namespace

ApiResponse ApiDispatcher::error(int status, QLatin1StringView code, const QString &detail,
                                 const QJsonArray &parameters)
{
    QJsonObject body{{"detail"_L1, detail},
                     {"error"_L1, status},
                     {"errorCode"_L1, QString(code)},
                     {"parameters"_L1, parameters},
                     {"reason"_L1, QString::fromLatin1(reasonPhrase(status))}};
    ApiResponse response;
    response.status = status;
    response.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return response;
}

ApiResponse ApiDispatcher::notFoundPath(const Call &call) const
{
    return error(404, "RESOURCE_NOT_FOUND"_L1, u"Cannot find resource %1."_s.arg(call.path), {call.path});
}

ApiResponse ApiDispatcher::json(int status, const QJsonObject &object, const Call &call) const
{
    ApiResponse response;
    response.status = status;
    const bool pretty = call.query.queryItemValue(u"pretty"_s) == "true"_L1;
    response.body = QJsonDocument(object).toJson(pretty ? QJsonDocument::Indented : QJsonDocument::Compact);
    return response;
}

ApiResponse ApiDispatcher::entity(const QJsonObject &object, const Call &call, int status) const
{
    if (call.query.queryItemValue(u"envelope"_s) == "true"_L1)
        return json(status, QJsonObject{{"status"_L1, status}, {"content"_L1, object}}, call);
    return json(status, object, call);
}

ApiResponse ApiDispatcher::noContent(int status) const
{
    ApiResponse response;
    response.status = status;
    return response;
}

QJsonArray ApiDispatcher::selfLinks(const QString &href) const
{
    return QJsonArray{QJsonObject{{"href"_L1, href}, {"rel"_L1, u"self"_s}}};
}

ApiResponse ApiDispatcher::page(const QJsonArray &items, Call &call, int status) const
{
    return page(
        items.size(), [&items](qint64 i) { return items.at(i); }, call, status);
}

ApiResponse ApiDispatcher::page(qint64 total, const std::function<QJsonValue(qint64)> &itemAt, Call &call,
                                int status) const
{
    const auto number = [&](const QString &name, int fallback, int max, bool *ok) {
        *ok = true;
        if (!call.query.hasQueryItem(name))
            return fallback;
        const int value = call.query.queryItemValue(name).toInt(ok);
        if (!*ok || value < 1 || value > max)
            *ok = false;
        return value;
    };
    bool ok = false;
    const int pageNum = number(u"pageNum"_s, 1, std::numeric_limits<int>::max(), &ok);
    if (!ok)
        return error(400, ErrorCodes::InvalidQueryParameter,
                     u"Invalid query parameter pageNum: must be a whole number of at least 1."_s,
                     {u"pageNum"_s});
    const int perPage = number(u"itemsPerPage"_s, 100, 500, &ok);
    if (!ok)
        return error(400, ErrorCodes::InvalidQueryParameter,
                     u"Invalid query parameter itemsPerPage: must be a whole number from 1 to 500."_s,
                     {u"itemsPerPage"_s});

    const qint64 first = qint64(pageNum - 1) * perPage;
    QJsonArray results;
    for (qint64 i = first; i < total && i < first + perPage; ++i)
        results.append(itemAt(i));

    QUrlQuery kept = call.query;
    kept.removeAllQueryItems(u"pageNum"_s);
    kept.removeAllQueryItems(u"itemsPerPage"_s);
    const auto href = [&](int n) -> QString {
        QUrlQuery q = kept;
        q.addQueryItem(u"pageNum"_s, QString::number(n));
        q.addQueryItem(u"itemsPerPage"_s, QString::number(perPage));
        return call.baseUrl + call.path + u'?' + q.query(QUrl::FullyEncoded);
    };
    QJsonArray links;
    links.append(QJsonObject{{"href"_L1, QString(href(pageNum))}, {"rel"_L1, u"self"_s}});
    if (first + perPage < total)
        links.append(QJsonObject{{"href"_L1, QString(href(pageNum + 1))}, {"rel"_L1, u"next"_s}});
    if (pageNum > 1)
        links.append(QJsonObject{{"href"_L1, QString(href(pageNum - 1))}, {"rel"_L1, u"previous"_s}});

    QJsonObject body{{"links"_L1, links}, {"results"_L1, results}, {"totalCount"_L1, total}};
    if (call.query.queryItemValue(u"envelope"_s) == "true"_L1)
        body.insert("status"_L1, status);
    return json(status, body, call);
}

QJsonObject ApiDispatcher::keyJson(const EmulatedKey &key, const Call &call, bool revealPrivateKey) const
{
    QJsonObject o = Json::toJson(key.key);
    o.insert("privateKey"_L1, revealPrivateKey ? key.key.privateKey : maskPrivateKey(key.key.privateKey));
    o.insert("links"_L1,
             selfLinks(call.baseUrl + QString::fromLatin1(m_options.apiPrefix()) + u"/orgs/"_s
                       + (key.orgId.isEmpty() ? u"null"_s : key.orgId) // a global key's, as documented
                       + u"/apiKeys/"_s + key.key.id));
    return o;
}

QJsonObject ApiDispatcher::entryJson(const AccessListEntry &entry, const QString &listPath,
                                     const Call &call) const
{
    QJsonObject o = Json::toJson(entry);
    const QString encoded = QString::fromLatin1(QUrl::toPercentEncoding(entry.displayValue(), ":"));
    o.insert(
        "links"_L1,
        selfLinks(call.baseUrl + QString::fromLatin1(m_options.apiPrefix()) + listPath + u'/' + encoded));
    return o;
}

QJsonObject ApiDispatcher::orgJson(const EmulatedOrg &org, const Call &call) const
{
    QJsonObject o = Json::toJson(org.org);
    o.insert("links"_L1,
             selfLinks(call.baseUrl + QString::fromLatin1(m_options.apiPrefix()) + u"/orgs/"_s + org.org.id));
    return o;
}

QJsonObject ApiDispatcher::projectJson(const Project &project, const Call &call) const
{
    QJsonObject o = Json::toJson(project);
    o.insert("hostCounts"_L1,
             QJsonObject{{"arbiter"_L1, 0},
                         {"config"_L1, 0},
                         {"mongos"_L1, 0},
                         {"primary"_L1, project.replicaSetCount},
                         {"secondary"_L1, project.replicaSetCount * 2}});
    o.insert(
        "links"_L1,
        selfLinks(call.baseUrl + QString::fromLatin1(m_options.apiPrefix()) + u"/groups/"_s + project.id));
    return o;
}

QString ApiDispatcher::listName() const
{
    return m_options.legacyPaths() ? u"whitelist"_s : u"accessList"_s;
}
