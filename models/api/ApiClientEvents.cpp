// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
// ApiClient: the organization's events feed (models/api/README.md, "Events").
#include "ApiClient.h"
#include "ApiClientTemplates.h"

#include <QJsonDocument>
#include <QUrl>

using namespace Qt::StringLiterals;

void ApiClient::events(const QString &orgId, const QDateTime &minDate, const QObject *context,
                       Callback<EventsRead> done, CallOptions options)
{
    done = bound(context, std::move(done));
    QString path = u"/orgs/"_s + segment(orgId) + u"/events"_s;
    if (minDate.isValid())
        path = ApiClientDetail::withQuery(
            path, u"minDate="_s + QString::fromLatin1(QUrl::toPercentEncoding(Json::formatDate(minDate))));
    eventPages(path, 1, std::make_shared<EventsRead>(), std::move(done), options);
}

// The feed is read one page after the other, newest first: a feed that grows while it is read shifts
// items into later pages, which the deduplication by ID absorbs; a busy feed is cut at MaxEventPages
// (what was read is kept, marked incomplete) rather than trusted for its totalCount.
void ApiClient::eventPages(const QString &path, int page, std::shared_ptr<EventsRead> read,
                           Callback<EventsRead> done, CallOptions options)
{
    const QString pagePath = ApiClientDetail::withQuery(
        path, u"itemsPerPage=%1&pageNum=%2"_s.arg(ApiClientDetail::PageSize).arg(page));
    send(HttpMethod::Get, pagePath, {}, options,
         [this, path, page, read, done, options](const Reply &reply, const std::optional<ApiError> &error) {
             if (error)
                 return done(*error);
             QJsonParseError parseError;
             const QJsonDocument doc = QJsonDocument::fromJson(reply.body, &parseError);
             if (!doc.isObject())
                 return done(malformed(reply, path, parseError.errorString()));
             auto parsed = Json::eventPage(doc.object());
             if (!parsed.ok())
                 return done(malformed(reply, path, parsed.error));
             const QList<ApiEvent> &results = parsed.value->results;
             if (results.size() > ApiClientDetail::PageSize)
                 return done(malformed(reply, path,
                                       u"a page of %1 items, more than the %2 asked for"_s.arg(results.size())
                                           .arg(ApiClientDetail::PageSize)));
             read->events = ApiEventLog::merged(results, read->events);
             const qint64 seen = qint64(page) * ApiClientDetail::PageSize;
             const bool last = results.size() < ApiClientDetail::PageSize || parsed.value->totalCount <= seen;
             if (last)
                 return done(std::move(*read));
             if (page >= MaxEventPages) {
                 read->complete = false;
                 return done(std::move(*read));
             }
             eventPages(path, page + 1, read, done, options);
         });
}
