// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
// ApiClient: the organization's events feed (models/api/README.md, "Events").
#include "ApiClient.h"
#include "ApiClientTemplates.h"
#include "Background.h"

#include <QUrl>

using namespace Qt::StringLiterals;

// One read of the feed: the pages as they arrive, merged once at the end.
struct ApiClient::EventPages
{
    QString path;
    CallOptions options;
    Callback<EventsRead> done;
    std::vector<QList<ApiEvent>> pages; // by page number − 1
    int outstanding = 0;
    int lastRequested = 0;
    bool failed = false;
    bool complete = true;
    bool lastWasFull = false; // the highest page read so far came back full
    std::vector<quint64> requests;
};

void ApiClient::events(const QString &orgId, const QDateTime &minDate, const QObject *context,
                       Callback<EventsRead> done, CallOptions options)
{
    QString path = u"/orgs/"_s + segment(orgId) + u"/events"_s;
    if (minDate.isValid())
        path = ApiClientDetail::withQuery(
            path, u"minDate="_s + QString::fromLatin1(QUrl::toPercentEncoding(Json::formatDate(minDate))));
    auto read = std::make_shared<EventPages>();
    read->path = path;
    read->options = options;
    read->done = bound(context, std::move(done));
    read->lastRequested = 1;
    read->outstanding = 1;
    readEventPage(read, 1);
}

// The first page gives totalCount: the others up to it (at most MaxEventPages) go out in parallel; nothing
// is sized by totalCount beyond that bound. A feed that grows while it is read shifts items into later
// pages, which the deduplication by ID absorbs; when the last page read is still full, the following
// pages are read one after the other until a short page or the bound. A busy feed is cut at
// MaxEventPages: what was read is kept, marked incomplete.
void ApiClient::readEventPage(const std::shared_ptr<EventPages> &read, int page)
{
    const QString pagePath = ApiClientDetail::withQuery(
        read->path, u"itemsPerPage=%1&pageNum=%2"_s.arg(ApiClientDetail::PageSize).arg(page));
    read->requests.push_back(send(
        HttpMethod::Get, pagePath, {}, read->options,
        [this, read, page](const Reply &reply, const std::optional<ApiError> &error) {
            if (read->failed)
                return;
            const auto fail = [this, read](const ApiError &e) {
                read->failed = true;
                for (quint64 id : read->requests)
                    m_scheduler->cancel(id);
                read->done(e);
            };
            if (error)
                return fail(*error);
            parsePage<ApiEvent>(
                reply, &Json::eventPage, [=, this](Json::Parsed<Json::Page<ApiEvent>> parsed) {
                    if (read->failed)
                        return;
                    if (!parsed.ok())
                        return fail(malformed(reply, read->path, parsed.error));
                    QList<ApiEvent> &results = parsed.value->results;
                    if (results.size() > ApiClientDetail::PageSize)
                        return fail(
                            malformed(reply, read->path,
                                      u"a page of %1 items, more than the %2 asked for"_s.arg(results.size())
                                          .arg(ApiClientDetail::PageSize)));
                    if (read->pages.size() < size_t(page))
                        read->pages.resize(size_t(page));
                    const bool full = results.size() == ApiClientDetail::PageSize
                        && parsed.value->totalCount > qint64(page) * ApiClientDetail::PageSize;
                    read->pages[size_t(page - 1)] = std::move(results);
                    if (page == read->lastRequested)
                        read->lastWasFull = full;
                    if (page == 1) {
                        const qint64 total = std::clamp<qint64>(
                            parsed.value->totalCount, 0, qint64(MaxEventPages) * ApiClientDetail::PageSize);
                        const int pages = int(std::clamp<qint64>((total + ApiClientDetail::PageSize - 1)
                                                                     / ApiClientDetail::PageSize,
                                                                 1, MaxEventPages));
                        if (full && pages > 1) {
                            for (int n = 2; n <= pages; ++n) {
                                ++read->outstanding;
                                read->lastRequested = n;
                                readEventPage(read, n);
                            }
                            read->lastWasFull = false; // decided by the last page now
                        }
                    }
                    if (--read->outstanding > 0)
                        return;
                    if (read->lastWasFull) {
                        if (read->lastRequested >= MaxEventPages) {
                            read->complete = false;
                        } else {
                            ++read->outstanding;
                            ++read->lastRequested;
                            return readEventPage(read, read->lastRequested);
                        }
                    }
                    eventPagesRead(read);
                });
        }));
}

// Deduplicated and sorted on a worker thread: thousands of events.
void ApiClient::eventPagesRead(const std::shared_ptr<EventPages> &read)
{
    auto *watcher = new QFutureWatcher<EventsRead>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [watcher, read] {
        watcher->deleteLater();
        read->done(watcher->result());
    });
    watcher->setFuture(Background::run([pages = std::move(read->pages), complete = read->complete] {
        EventsRead result;
        result.complete = complete;
        ApiEvents all;
        for (const QList<ApiEvent> &page : pages)
            all.append(page);
        result.events = ApiEventLog::merged(all, {});
        return result;
    }));
}
