// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ApiError.h"
#include "ConnectionSettings.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;

// A service account's bearer token: minted once from the client ID and secret (POST
// {server}/api/oauth/token, Basic auth, grant_type=client_credentials), kept in memory only, reused by
// every request until shortly before it expires (an account may hold at most 100 live tokens: never one
// per request), dropped when the server refuses it, and revoked on sign-out. One mint at a time; a mint
// has its own deadline and its answer is bounded like every other. Facts: models/api/README.md.
class OAuthTokens final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OAuthTokens)
public:
    using Done = std::function<void(const std::optional<ApiError> &)>;

    explicit OAuthTokens(QNetworkAccessManager *manager, QObject *parent = nullptr);
    ~OAuthTokens() override;

    // Drops the token of earlier credentials (without revoking: the caller revokes first if it wants).
    void setSettings(const ConnectionSettings &settings);
    // A token with more than the renewal margin left.
    bool hasFreshToken() const;
    bool minting() const { return m_reply != nullptr; }
    QByteArray token() const { return m_token; }
    // Mints a token; done runs once, with the error when there is none.
    void mint(Done done);
    // The last refusal while it still holds: a rejected secret until the settings change (minting again
    // would only be refused again), a token limit or a rate limit for a minute, a network failure for a
    // few seconds — so that failing requests never turn into a token request each.
    std::optional<ApiError> refusal() const;
    // The server refused this token (a 401 with it): the next request mints a new one.
    void invalidate(const QByteArray &token);
    // Asks the server to revoke the token (bounded, nothing waits for it) and drops it; the request, or
    // nullptr when there was no token. The reply belongs to the network manager and deletes itself.
    QNetworkReply *revoke();
    // Overwrites the secret and drops the token.
    void forget();

    int minted() const { return m_minted; }
    int requests() const { return m_requests; } // token requests sent, answered or not
    int revoked() const { return m_revoked; }
    // Seconds the current token has left (0 when there is none).
    qint64 secondsLeft() const;

    // The token endpoint's answer: the token and its life in seconds (bounded), or the error.
    static std::variant<std::pair<QByteArray, int>, ApiError>
    parseTokenAnswer(int status, const QByteArray &body, const QString &clientId);

private:
    QNetworkReply *post(const QString &endpoint, const QByteArray &body, int deadlineMs);
    void finishMint(QNetworkReply *reply);
    void clearToken();

    QNetworkAccessManager *m_manager;
    ConnectionSettings m_settings;
    QByteArray m_token;
    QElapsedTimer m_since; // since the token was minted
    qint64 m_lifeMs = 0;
    QPointer<QNetworkReply> m_reply; // the mint in flight
    QList<Done> m_waiting;
    QString m_certificateSha256;
    std::optional<ApiError> m_failure;
    QElapsedTimer m_failedAt;
    int m_minted = 0;
    int m_requests = 0;
    int m_revoked = 0;
};
