// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ApiError.h"
#include "ConnectionSettings.h"
#include "ServerInfo.h"

#include <QElapsedTimer>
#include <QNetworkReply>
#include <QObject>
#include <QSet>

#include <deque>
#include <functional>
#include <memory>
#include <unordered_map>

class OAuthTokens;
class QAuthenticator;
class QNetworkAccessManager;
class QTimer;

// The verbs the Public API uses, with their one string table.
enum class HttpMethod { Get, Post, Patch, Delete };
QByteArray httpMethodName(HttpMethod method);

// The transport under ApiClient: a bounded number of requests in flight per server, a queue with two
// priorities, digest credentials given once per reply (a second authenticationRequired means a wrong key)
// or a service account's bearer token (OAuthTokens: minted once, renewed once on a 401),
// HTTP/2 off, transfer timeouts, bounded retries with backoff for idempotent requests, 429 waits, TLS trust
// with pinning, and cancellation by request or by group (the context the person left).
class RequestScheduler final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequestScheduler)
public:
    enum class Priority { Background, Interactive };

    struct Request
    {
        HttpMethod method = HttpMethod::Get;
        QString path; // relative to the API base, percent-encoded, with its query
        QByteArray body;
        Priority priority = Priority::Interactive;
        quint64 group = 0;
    };

    struct Reply
    {
        int status = 0;
        QByteArray body;
        QList<QNetworkReply::RawHeaderPair> headers;
        QByteArray header(const QByteArray &name) const;
    };

    using Handler = std::function<void(const Reply &, const std::optional<ApiError> &)>;

    explicit RequestScheduler(QNetworkAccessManager *manager, QObject *parent = nullptr);
    ~RequestScheduler() override;

signals:
    // Atlas answered with Deprecation or Sunset headers: the resource version this console speaks will go.
    // Once per media type and session; the text says which version, since when and until when.
    void apiVersionDeprecated(const QString &notice);

public:
    void setSettings(const ConnectionSettings &settings);
    const ConnectionSettings &settings() const { return m_settings; }
    const ServerInfo &serverInfo() const { return m_serverInfo; }
    void setServerAppName(const QString &appName) { m_serverInfo.appName = appName; }

    quint64 send(const Request &request, Handler handler);
    void cancel(quint64 id);
    void cancelGroup(quint64 group);
    void cancelAll();
    // Overwrites and drops the private key, and every credential Qt cached; a service account's token is
    // revoked first (sign-out).
    void forgetCredentials();
    // A service account's token: minted once and reused (tokensMinted counts the token requests).
    int tokensMinted() const;
    int tokenRequests() const;
    int tokensRevoked() const;
    bool hasFreshToken() const;
    QByteArray currentToken() const; // for tests: the token requests carry now
    // Revokes a service account's token now (switching connections, quit); the next request mints
    // another. The revoke request, or nullptr when there was no token.
    QNetworkReply *revokeToken();

    // Retry-After as seconds or as an HTTP-date, bounded to [0, maxMs]; nullopt when it is neither (a
    // negative number, text): the caller's default applies. Nothing a server says waits longer than maxMs.
    static std::optional<qint64> retryAfterMs(const QByteArray &value, const QDateTime &now, qint64 maxMs);

    int requestsStarted() const { return m_requestsStarted; }
    int authenticationPrompts() const { return m_authPrompts; }
    int inFlight() const { return m_inFlight; }
    int queued() const { return int(m_interactive.size() + m_background.size()); }

private:
    struct Pending;

    void pump();
    void start(const std::shared_ptr<Pending> &pending);
    bool awaitToken(); // a service account without a fresh token: mint one, start nothing until then
    void failQueued(const ApiError &error);
    void finished(const std::shared_ptr<Pending> &pending);
    void retryLater(const std::shared_ptr<Pending> &pending, int delayMs);
    void noticeDeprecation(const QString &path, const Reply &reply);
    void complete(const std::shared_ptr<Pending> &pending, const Reply &reply,
                  const std::optional<ApiError> &error);
    void cancelPending(const std::shared_ptr<Pending> &pending);
    void cancelMatching(const std::function<bool(const Pending &)> &matches);
    void onAuthenticationRequired(QNetworkReply *reply, QAuthenticator *authenticator);
    void onSslErrors(QNetworkReply *reply, const QList<QSslError> &errors);
    std::optional<ApiError> classify(const Pending &pending, QNetworkReply *reply, const Reply &answer) const;
    int backoffMs(int attempt) const;
    qint64 rateLimitWaitMs(const Reply &answer) const;
    qint64 budgetLeftMs(const Pending &pending) const;

    QNetworkAccessManager *m_manager;
    OAuthTokens *m_tokens;
    ConnectionSettings m_settings;
    ServerInfo m_serverInfo;
    std::unordered_map<quint64, std::shared_ptr<Pending>> m_pending;
    std::unordered_map<QNetworkReply *, quint64> m_byReply;
    std::deque<quint64> m_interactive;
    std::deque<quint64> m_background;
    quint64 m_nextId = 1;
    int m_inFlight = 0;
    int m_requestsStarted = 0;
    // The server's rate limit as its last answer said it (RateLimit-Limit, RateLimit-Remaining): near the
    // end of what is left, requests go out one per (minute ÷ limit) instead of all at once, so that the
    // limit is not reached rather than waited out after a 429.
    struct RateBudget
    {
        int limit = 0; // 0: the server says nothing
        int remaining = 0;
        int startedSince = 0; // requests started since that answer
        QElapsedTimer lastPacedStart;
    };
    RateBudget m_rate;
    QTimer *m_paceTimer = nullptr;
    qint64 paceDelayMs() const;
    void noteRateHeaders(const Reply &answer);
    int m_authPrompts = 0;
    bool m_keyAccepted = false;
    bool m_failingQueued = false;
    QSet<QString> m_deprecationsShown; // media types whose deprecation was announced
};
