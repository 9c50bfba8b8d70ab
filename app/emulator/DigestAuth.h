// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QHash>
#include <QSet>

#include <functional>

// Server side of HTTP Digest (RFC 2617, MD5, qop=auth) as Ops Manager speaks it:
// WWW-Authenticate: Digest realm="MMS Public API", domain="", nonce="…", algorithm=MD5, qop="auth",
// stale=false A nonce may be reused with any unused nc (parallel connections arrive out of order); a replayed
// nc is refused; an expired nonce gets stale=true (or no stale at all, to test clients' retry paths). Not
// thread-safe: the dispatcher serialises calls.
class DigestAuth
{
public:
    struct Settings
    {
        int nonceLifetimeMs = 300'000;
        int nonceMaxUses = 0; // 0: unlimited
        bool sendStale = true;
    };

    enum class Outcome {
        Ok,
        Missing,
        Malformed,
        UnknownUser,
        WrongPassword,
        StaleNonce,
        ReplayedNonceCount,
        WrongUri,
        UnsupportedQop
    };

    struct Result
    {
        Outcome outcome = Outcome::Missing;
        QByteArray username;
        bool ok() const { return outcome == Outcome::Ok; }
    };

    // Returns the password for a user name, or nullopt when there is no such user.
    using PasswordLookup = std::function<std::optional<QByteArray>(const QByteArray &username)>;

    explicit DigestAuth(const Settings &settings);

    Result verify(const QByteArray &authorizationHeader, const QByteArray &method,
                  const QByteArray &requestUri, const PasswordLookup &lookup);
    // A fresh challenge; stale marks the answer to a valid request with an expired nonce.
    QByteArray challenge(bool stale);

    int challengesIssued() const { return m_challenges; }

    static QHash<QByteArray, QByteArray> parseParameters(const QByteArray &header);

private:
    struct Nonce
    {
        qint64 createdMs = 0;
        int uses = 0;
        QSet<QByteArray> usedCounts;
    };

    QByteArray newNonce();
    void prune();

    Settings m_settings;
    QElapsedTimer m_clock;
    QHash<QByteArray, Nonce> m_nonces;
    int m_challenges = 0;
};
