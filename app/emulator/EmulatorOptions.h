// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

// What the emulator accepts from one connection before QtHttpServer reads it, and for how long.
struct ConnectionLimits
{
    qint64 maxHeaderBytes = 64 * 1024; // request line and headers (431 above)
    qint64 maxBodyBytes = 1024 * 1024; // a request body (413 above); the largest real one is ~50 kB
    int idleTimeoutMs = 30'000; // a connection must complete a request this often, or it is closed
    int maxConnections = 512; // open at once; more are answered 503 and closed
};

// The switches of the emulator. Where the documentation is silent or contradicts itself
// (models/api/README.md), the documented behaviour is the default and the other one is a switch.
struct EmulatorOptions
{
    // Atlas: the Administration API v2 at /api/atlas/v2 with versioned media types (ApiDispatcherAtlas.cpp),
    // service accounts as Cloud Manager's.
    enum class Flavor { OpsManager, CloudManager, Atlas };

    // Server identity
    Flavor flavor = Flavor::OpsManager;
    QString serviceVersion = QStringLiteral("8.0.4.500.20250211T1559Z");
    // GET/PATCH /orgs/{id}/settings answered. The program's default is off (--org-settings-api), as the
    // servers document no such endpoint; in-process tests start with it on and turn it off where they
    // test the events-derived value.
    bool orgSettingsApi = true;
    bool legacyWhitelistPaths = false; // 5.0+ also answers the old .../whitelist paths
    // Atlas: resource versions dated before these are gone (410 VERSION_GONE) or deprecated (answered with
    // Deprecation and Sunset headers). Invalid: none.
    QDate atlasGoneBefore;
    QDate atlasDeprecatedBefore;
    QDate atlasSunset; // the date the Sunset header names (default: a year after the deprecation date)

    bool hasServiceAccounts() const { return flavor != Flavor::OpsManager; }
    bool isAtlas() const { return flavor == Flavor::Atlas; }
    // The path every API request starts with: /api/public/v1.0, or /api/atlas/v2.
    QByteArray apiPrefix() const
    {
        return isAtlas() ? QByteArrayLiteral("/api/atlas/v2") : QByteArrayLiteral("/api/public/v1.0");
    }

    // Network identity of the caller
    QByteArray remoteIpHeader; // e.g. X-Forwarded-For; empty: the socket peer

    // Digest
    int nonceLifetimeSeconds = 300;
    int nonceMaxUses = 0; // 0: unlimited
    bool sendStale = true;

    // UNCERTAIN behaviours
    int apiKeyListDeniedStatus = 400; // API_KEY_ACCESS_LIST_ACCESS_DENIED: 400 (OM table) or 401 (Atlas)
    bool readdIsConflict = true; // re-adding an entry: 409 (OM table) or silently ignored
    bool keyListWritesRequireList
        = false; // old rule: writing a key's list needs an entry covering the caller
    bool projectCreateRedactsPrivateKey = false;

    // Limits
    int maxKeysPerOrg = 500;
    int tokenLifetimeSeconds = 3600; // a service account's OAuth token (documented: one hour)
    int maxTokensPerAccount = 100; // active tokens per service account (documented: 100)
    // A secret's creation keeps its account busy this long: another secret POST for it meanwhile is refused
    // with 409 DATA_CONCURRENCY_ERROR, as parallel POSTs are (0: off).
    int secretWriteMs = 0;
    // UNCERTAIN (api-accounts-atlas.md 1.6): right after a key is created its access list may not find it
    // yet. For this long after a key's creation its access-list endpoints answer as for an unknown key
    // (400 API_KEY_NOT_FOUND) (0: off, the key is known at once).
    int newKeySettleMs = 0;
    int rateLimitPerMinute = 0; // 0: no limit; requests per window per organization
    int rateLimitWindowSeconds = 60;
    bool sendRetryAfter = true;

    // Fault injection
    // A fault at one request: the nth (and the count - 1 after it) authenticated request whose method is
    // method and whose path after the API prefix matches pathPattern (a regular expression, whole match)
    // is answered 500 UNEXPECTED_ERROR without being carried out (Fail), or carried out and its connection
    // then dropped before the answer (DropAfter: the change is made, the client never learns it).
    struct Fault
    {
        enum class Kind { Fail, DropAfter };
        QByteArray method;
        QString pathPattern;
        int nth = 1;
        int count = 1;
        Kind kind = Kind::Fail;
        // "METHOD PATTERN NTH[xCOUNT] 500|drop" (the emulator's --fault), or nullopt.
        static std::optional<Fault> parse(const QString &text, QString *error);
    };
    QList<Fault> faults;
    int latencyMs = 0;
    int latencyJitterMs = 0;
    double failRate = 0;
    double dropRate = 0;
    bool htmlErrors = false;
    bool slowBody = false;
    quint64 faultSeed = 0; // 0: random
    bool bareHttp = false; // benchmark baseline: every request gets 200 {} with no API behind it

    // Transport
    quint16 port = 0;
    int threads = 8; // at least the clients' connections, so injected latency overlaps
    QString tlsCertificateFile;
    QString tlsKeyFile;
    ConnectionLimits limits; // request sizes, idle timeout, open connections

    // Time: a fixed clock makes usage stamps reproducible (screenshots)
    QDateTime fixedClock;
    // New IDs and keys from this seed instead of the system's randomness (0: random) — screenshots
    quint64 idSeed = 0;

    bool legacyPaths() const; // the server is older than 5.0: whitelist paths and names
    int serviceMajorVersion() const;
};
