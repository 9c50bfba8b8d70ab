// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QNetworkProxy>
#include <QSslCertificate>
#include <QSslError>
#include <QUrl>

#include <optional>

// Where and how to reach one server: the URL as typed in a browser, the key pair (the private key only
// in memory), TLS trust and proxy. No secret is ever part of the URL.
struct ConnectionSettings
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionSettings)
public:
    enum class ProxyMode { System, None, Manual };
    // How requests are signed: an API key's digest, or a service account's OAuth bearer token (client
    // credentials exchanged at {server}/api/oauth/token; models/api/README.md, "Signing in with a service
    // account").
    enum class AuthMethod { ApiKey, ServiceAccount };

    // Which API the server is spoken to in: Ops Manager's and Cloud Manager's Public API v1.0, or Atlas's
    // Administration API v2 (versioned media types; models/api/README.md, "Atlas").
    enum class Api { PublicV1, AtlasV2 };
    static QString apiName(Api api); // "public-v1", "atlas" (command line, settings)
    static std::optional<Api> apiFromName(const QString &name);
    static QString apiPath(Api api); // /api/public/v1.0, /api/atlas/v2

    QUrl apiBase; // https://host:port/api/public/v1.0 (or /api/atlas/v2)
    Api api = Api::PublicV1;
    AuthMethod authMethod = AuthMethod::ApiKey;
    QString publicKey; // the API key's public key, or the service account's client ID
    QString privateKey; // its private key, or the service account's secret: only in memory
    QList<QSslCertificate> extraCaCertificates;
    QByteArray pinnedCertificateSha256; // hex; a self-signed certificate the person accepted
    ProxyMode proxyMode = ProxyMode::System;
    QNetworkProxy manualProxy;
    int maxInFlight = 6;
    int transferTimeoutMs = 30'000; // no byte for this long: the attempt fails
    int requestDeadlineMs = 120'000; // one attempt, from its start to its last byte, however it trickles
    qint64 maxResponseBytes = 64LL * 1024 * 1024; // far above any real answer (a 500-key page is ~1 MB)
    // One request from its first attempt to its answer, retries and waits (Retry-After) included: a server
    // that accepts and never answers, or trickles, ends a request within this (and a sync with it).
    int requestBudgetMs = 50'000;
    int maxTries = 4;
    int retryBaseDelayMs = 200; // then 400, 800 (×0.5–1.5 jitter); a sync adds passes of its own
    int rateLimitDefaultWaitMs = 20'000; // a 429 without a usable Retry-After
    int maxRetryAfterMs = 60'000; // a Retry-After above this is read as this
    // What RateLimit-Limit counts over (Atlas documents requests per minute): near the limit, requests are
    // paced at one per rateLimitWindowMs ÷ limit.
    int rateLimitWindowMs = 60'000;

    // "opsmanager.example.com:8443", "https://host/", "https://host/api/public/v1.0/" → the API base.
    // Returns an empty URL and sets *error when the text is not a usable server address.
    // The web console's organization settings page: a pattern with {server} (scheme, host and port, as
    // typed in a browser) and {orgId}. Not documented by MongoDB; the default is the page Ops Manager and
    // Cloud Manager show. Empty: the default.
    static constexpr const char *DefaultWebConsoleSettingsPage = "{server}/v2#/org/{orgId}/settings/general";
    QString webConsoleSettingsPage;
    // The page for an organization, or an invalid URL when the pattern is not usable.
    QUrl webConsoleSettingsUrl(const QString &orgId) const;
    // What is wrong with a pattern as typed (empty when it can be used; empty text is the default).
    static QString webConsoleSettingsPageProblem(const QString &pattern);
    // The API's path is appended (a path the text ends with, either API's, is replaced).
    static QUrl apiBaseFromServerText(const QString &text, QString *error, Api api = Api::PublicV1);
    // The API a server address as typed names by its path (…/api/atlas/v2), if any.
    static std::optional<Api> apiOfServerText(const QString &text);
    // The same server spoken to in another API (apiBase's API path replaced).
    ConnectionSettings withApi(Api other) const;
    // Whether TLS errors may be ignored: only for the certificate the person accepted for this connection
    // (pinnedCertificateSha256), and never for a wrong host name. *fingerprint: the certificate's SHA-256.
    bool acceptsPinned(const QList<QSslError> &errors, const QSslCertificate &peer,
                       QString *fingerprint) const;
    // A token is renewed when less than this is left of its life (or half of it, for short lives).
    int tokenRenewMarginSeconds = 120;
    bool usesServiceAccount() const { return authMethod == AuthMethod::ServiceAccount; }
    // {scheme}://{host}[:{port}]/api/oauth/{endpoint}: the token and revoke endpoints, on the API's origin.
    QUrl oauthUrl(const QString &endpoint) const;
    // http:// to anything but a loopback address sends the key's digest and the data unencrypted.
    bool isInsecure() const;
    QString insecureWarning() const;
};
