// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Private to ApiClient*.cpp: the request helpers shared by the operations.
#pragma once

#include "ApiClient.h"

#include <QFutureWatcher>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QtConcurrent/QtConcurrentRun>

namespace ApiClientDetail {
constexpr int PageSize = 500;
// No listing of the API holds more (an organization has at most 500 API keys and 250 projects; see
// models/api/README.md): a totalCount above it is not believed, and nothing is sized by it.
constexpr qint64 MaxListItems = 20'000;

inline QString withQuery(const QString &path, const QString &query)
{
    return path + (path.contains(u'?') ? u'&' : u'?') + query;
}

// What makes two items of a list the same item.
template<typename T> QString identity(const T &item)
{
    return item.id;
}
inline QString identity(const AccessListEntry &entry)
{
    return entry.cidrBlock;
}
inline QString identity(const ServiceAccount &account)
{
    return account.clientId;
}
inline QString identity(const ServiceAccountProject &project)
{
    return project.groupId;
}
} // namespace ApiClientDetail

template<typename T>
void ApiClient::parsePage(const Reply &reply, Json::Parsed<Json::Page<T>> (*parse)(const QJsonValue &),
                          std::function<void(Json::Parsed<Json::Page<T>>)> then)
{
    using Result = Json::Parsed<Json::Page<T>>;
    const auto work = [body = reply.body, parse]() -> Result {
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
        if (!doc.isObject())
            return Result{std::nullopt, parseError.errorString()};
        return parse(QJsonValue(doc.object()));
    };
    if (reply.body.size() < ParseInlineBytes)
        return then(work());
    auto *watcher = new QFutureWatcher<Result>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [watcher, then = std::move(then)] {
        watcher->deleteLater();
        then(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run(work));
}

template<typename T>
void ApiClient::requestEntity(const QString &path,
                              Json::Parsed<T> (*parse)(const QJsonValue &, const QString &), Callback<T> done,
                              CallOptions options, HttpMethod method, const QByteArray &body)
{
    send(method, path, body, options,
         [this, path, parse, done](const Reply &reply, const std::optional<ApiError> &error) {
             if (error)
                 return done(*error);
             QJsonParseError parseError;
             const QJsonDocument doc = QJsonDocument::fromJson(reply.body, &parseError);
             if (!doc.isObject())
                 return done(malformed(reply, path, parseError.errorString()));
             auto parsed = parse(doc.object(), QStringLiteral("response"));
             if (!parsed.ok())
                 return done(malformed(reply, path, parsed.error));
             done(std::move(*parsed.value));
         });
}

template<typename T>
void ApiClient::getAll(const QString &path, Json::Parsed<Json::Page<T>> (*parse)(const QJsonValue &),
                       Callback<QList<T>> done, CallOptions options)
{
    struct State
    {
        std::vector<QList<T>> pages;
        int remaining = 0;
        bool failed = false;
        std::vector<quint64> requests;
    };
    auto state = std::make_shared<State>();
    const auto pagePath = [path](int n) {
        return ApiClientDetail::withQuery(
            path, QStringLiteral("itemsPerPage=%1&pageNum=%2").arg(ApiClientDetail::PageSize).arg(n));
    };
    // Items that appear twice (the list moved while its pages were read) are collapsed; a page that
    // holds nothing but items of earlier pages means the server ignores pageNum: an unexpected answer.
    const auto finish = [state, done, path] {
        QList<T> all;
        QSet<QString> seen;
        for (size_t n = 0; n < state->pages.size(); ++n) {
            qsizetype fresh = 0;
            for (T &item : state->pages[n]) {
                const QString id = ApiClientDetail::identity(item);
                if (seen.contains(id))
                    continue;
                seen.insert(id);
                all.append(std::move(item));
                ++fresh;
            }
            if (n > 0 && fresh == 0 && !state->pages[n].isEmpty()) {
                ApiError e = ApiError::ofKind(ApiError::Kind::MalformedResponse);
                e.method = QStringLiteral("GET");
                e.path = path;
                e.detail = QStringLiteral("page %1 repeats the items of earlier pages: the server ignores "
                                          "pageNum")
                               .arg(n + 1);
                return done(e);
            }
        }
        done(std::move(all));
    };
    using Parsed = Json::Parsed<Json::Page<T>>;
    send(HttpMethod::Get, pagePath(1), {}, options,
         [=, this](const Reply &reply, const std::optional<ApiError> &error) {
             if (error)
                 return done(*error);
             parsePage<T>(reply, parse, [=, this](Parsed first) {
                 if (!first.ok())
                     return done(malformed(reply, path, first.error));
                 const qint64 total = first.value->totalCount;
                 if (total < 0 || total > ApiClientDetail::MaxListItems
                     || first.value->results.size() > ApiClientDetail::PageSize)
                     return done(
                         malformed(reply, path,
                                   QStringLiteral("totalCount %1 (or a page of %2 items): more than any "
                                                  "real server holds; at most %3 items are read")
                                       .arg(total)
                                       .arg(first.value->results.size())
                                       .arg(ApiClientDetail::MaxListItems)));
                 const int pageCount = int(std::max<qint64>(
                     1, (total + ApiClientDetail::PageSize - 1) / ApiClientDetail::PageSize));
                 state->pages.resize(size_t(pageCount));
                 state->pages[0] = std::move(first.value->results);
                 if (pageCount == 1 || state->pages[0].size() < ApiClientDetail::PageSize)
                     return finish();
                 // totalCount is known: the remaining pages go out in parallel.
                 state->remaining = pageCount - 1;
                 for (int n = 2; n <= pageCount; ++n) {
                     state->requests.push_back(
                         send(HttpMethod::Get, pagePath(n), {}, options,
                              [=, this](const Reply &pageReply, const std::optional<ApiError> &pageError) {
                                  if (state->failed)
                                      return;
                                  if (pageError) {
                                      state->failed = true;
                                      for (quint64 id : state->requests)
                                          m_scheduler->cancel(id);
                                      return done(*pageError);
                                  }
                                  parsePage<T>(pageReply, parse, [=, this](Parsed parsed) {
                                      if (state->failed)
                                          return;
                                      std::optional<ApiError> failure;
                                      std::optional<Json::Page<T>> page;
                                      if (!parsed.ok())
                                          failure = malformed(pageReply, path, parsed.error);
                                      else
                                          page = std::move(*parsed.value);
                                      if (!failure && page->results.size() > ApiClientDetail::PageSize)
                                          failure = malformed(
                                              pageReply, path,
                                              QStringLiteral("a page of %1 items, more than the %2 asked for")
                                                  .arg(page->results.size())
                                                  .arg(ApiClientDetail::PageSize));
                                      if (failure) {
                                          state->failed = true;
                                          for (quint64 id : state->requests)
                                              m_scheduler->cancel(id);
                                          return done(*failure);
                                      }
                                      state->pages[size_t(n - 1)] = std::move(page->results);
                                      if (--state->remaining == 0)
                                          finish();
                                  });
                              }));
                 }
             });
         });
}
