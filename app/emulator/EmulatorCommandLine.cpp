// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "EmulatorCommandLine.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {

bool parseRate(const QString &text, double *rate)
{
    bool ok = false;
    *rate = text.toDouble(&ok);
    return ok && *rate >= 0 && *rate <= 1;
}

} // namespace

EmulatorCommandLine EmulatorCommandLine::parse(const QStringList &arguments)
{
    EmulatorCommandLine result;
    EmulatorOptions &o = result.options;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"A local Ops Manager / Cloud Manager Public API for tests, benchmarks and the demo. On start it "
        u"prints "
        "one JSON line on stdout: {\"url\", \"publicKey\", \"privateKey\", \"orgId\"} of an Organization "
        "Owner "
        "key of the first organization; it logs to stderr and stops on SIGINT or SIGTERM."_s);
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption port(u"port"_s, u"Port on 127.0.0.1 (0: any free port)."_s, u"N"_s, u"0"_s);
    const QCommandLineOption dataset(u"dataset"_s, u"demo (built in) or a JSON file of the same shape."_s,
                                     u"demo|FILE"_s, u"demo"_s);
    const QCommandLineOption generate(
        u"generate"_s,
        u"Generate a deterministic dataset: orgs=N,keys=M,entries=K,projects=P,accounts=A,accountEntries=E,secrets=1|2,globalKeys=G,seed=S."_s,
        u"SPEC"_s);
    const QCommandLineOption state(u"state"_s, u"Load from and save changes to FILE (atomic writes)."_s,
                                   u"FILE"_s);
    const QCommandLineOption version(
        u"service-version"_s,
        u"Version in X-MongoDB-Service-Version; before 5.0 the whitelist paths and "
        "names are used."_s,
        u"V"_s, o.serviceVersion);
    const QCommandLineOption flavor(u"flavor"_s,
                                    u"ops-manager, cloud-manager (billing roles, service accounts) or atlas "
                                    u"(the Administration API v2 at "
                                    "/api/atlas/v2 with versioned media types and its settings endpoint)."_s,
                                    u"F"_s, u"ops-manager"_s);
    const QCommandLineOption atlasGone(
        u"atlas-gone-before"_s, u"Atlas: resource versions dated before DATE answer 410 VERSION_GONE."_s,
        u"YYYY-MM-DD"_s);
    const QCommandLineOption atlasDeprecated(
        u"atlas-deprecated-before"_s,
        u"Atlas: resource versions dated before DATE are served with Deprecation and Sunset headers."_s,
        u"YYYY-MM-DD"_s);
    const QCommandLineOption settingsApi(
        u"org-settings-api"_s,
        u"on: answer GET/PATCH /orgs/{id}/settings; off (default, as Ops "
        "Manager and Cloud Manager document it): 404, the setting is changed "
        "on the web console page /v2#/org/{id}/settings/general and read "
        "from the events."_s,
        u"on|off"_s, u"off"_s);
    const QCommandLineOption legacyPaths(u"legacy-whitelist-paths"_s,
                                         u"A 5.0+ server that still answers the old .../whitelist paths."_s);
    const QCommandLineOption remoteIp(
        u"remote-ip-header"_s, u"Take the caller's address from this header (as behind a load balancer)."_s,
        u"NAME"_s);
    const QCommandLineOption nonceLifetime(u"nonce-lifetime"_s, u"Seconds a digest nonce stays valid."_s,
                                           u"S"_s, QString::number(o.nonceLifetimeSeconds));
    const QCommandLineOption nonceUses(
        u"nonce-uses"_s, u"Requests per nonce before it expires (0: unlimited)."_s, u"N"_s, u"0"_s);
    const QCommandLineOption noStale(u"no-stale"_s, u"Expired nonces are answered without stale=true."_s);
    const QCommandLineOption deniedStatus(
        u"access-list-denied-status"_s,
        u"Status of API_KEY_ACCESS_LIST_ACCESS_DENIED: 400 (OM) or 401 (Atlas)."_s, u"400|401"_s, u"400"_s);
    const QCommandLineOption readd(u"readd-existing"_s,
                                   u"Adding an entry already on a key's list: conflict (409) or ignore."_s,
                                   u"conflict|ignore"_s, u"conflict"_s);
    const QCommandLineOption writesRequireList(
        u"list-writes-require-list"_s,
        u"Old rule: changing a key's list needs a list covering the caller."_s);
    const QCommandLineOption redactProjectCreate(
        u"project-create-redacts-key"_s, u"POST /groups/{id}/apiKeys answers with a redacted private key."_s);
    const QCommandLineOption maxKeys(u"max-keys"_s, u"API keys per organization."_s, u"N"_s, u"500"_s);
    const QCommandLineOption rateLimit(u"rate-limit"_s, u"Requests per minute per organization (0: none)."_s,
                                       u"N"_s, u"0"_s);
    const QCommandLineOption rateWindow(u"rate-limit-window"_s,
                                        u"Length of the rate-limit window in seconds."_s, u"S"_s, u"60"_s);
    const QCommandLineOption noRetryAfter(u"no-retry-after"_s, u"429 answers without Retry-After."_s);
    const QCommandLineOption latency(
        u"latency"_s, u"Delay every answer by MS milliseconds, optionally ±JITTER."_s, u"MS[±JITTER]"_s);
    const QCommandLineOption failRate(u"fail-rate"_s, u"Share of requests answered with a 5xx JSON error."_s,
                                      u"P"_s);
    const QCommandLineOption dropRate(u"drop-rate"_s, u"Share of connections closed mid-response."_s, u"P"_s);
    const QCommandLineOption htmlErrors(
        u"html-errors"_s, u"Failures are a proxy's HTML 502 page (every request, without --fail-rate)."_s);
    const QCommandLineOption slowBody(u"slow-body"_s, u"Bodies trickle out in small pieces."_s);
    const QCommandLineOption bare(
        u"bare-http"_s, u"Benchmark baseline: answer every request with 200 {} (no API, no auth)."_s);
    const QCommandLineOption faultSeed(u"fault-seed"_s, u"Seed of the fault dice (0: random)."_s, u"N"_s,
                                       u"0"_s);
    const QCommandLineOption threads(u"threads"_s, u"HTTP worker threads."_s, u"N"_s,
                                     QString::number(o.threads));
    const QCommandLineOption tlsCert(u"tls-cert"_s, u"Serve HTTPS with this PEM certificate (chain)."_s,
                                     u"FILE"_s);
    const QCommandLineOption tlsKey(u"tls-key"_s, u"The PEM private key of --tls-cert."_s, u"FILE"_s);
    const QCommandLineOption maxBody(
        u"max-body-bytes"_s, u"Largest request body accepted (413 above, checked before reading it)."_s,
        u"N"_s, QString::number(o.limits.maxBodyBytes));
    const QCommandLineOption idleTimeout(
        u"idle-timeout"_s, u"Seconds a connection may go without completing a request before it is closed."_s,
        u"S"_s, QString::number(o.limits.idleTimeoutMs / 1000));
    const QCommandLineOption maxConnections(u"max-connections"_s,
                                            u"Connections open at once; more are answered 503 and closed."_s,
                                            u"N"_s, QString::number(o.limits.maxConnections));
    const QCommandLineOption clock(u"fixed-clock"_s, u"Stamp usage with this ISO-8601 time instead of now."_s,
                                   u"ISO"_s);
    const QCommandLineOption tokenLife(u"token-lifetime"_s,
                                       u"Seconds a service account's OAuth token lives (3600 documented)."_s,
                                       u"S"_s, QString::number(o.tokenLifetimeSeconds));
    const QCommandLineOption maxTokens(u"max-tokens"_s, u"Active OAuth tokens per service account."_s, u"N"_s,
                                       QString::number(o.maxTokensPerAccount));
    const QCommandLineOption secretWrite(
        u"secret-write-ms"_s,
        u"A secret's creation keeps its service account busy for MS milliseconds: another secret POST for it "
        "meanwhile gets 409 DATA_CONCURRENCY_ERROR (0: off)."_s,
        u"MS"_s, QString::number(o.secretWriteMs));
    const QCommandLineOption newKeySettle(
        u"new-key-settle-ms"_s,
        u"For MS milliseconds after a key is created, its access list answers as for an unknown key "
        "(400 API_KEY_NOT_FOUND), as a server not yet consistent does (0: off)."_s,
        u"MS"_s, QString::number(o.newKeySettleMs));
    const QCommandLineOption fault(
        u"fault"_s,
        u"A fault at one request (repeatable): \"METHOD PATTERN NTH[xCOUNT] 500|drop\" — the NTH (and "
        u"COUNT-1 "
        "after it) authenticated METHOD request whose path after the API prefix matches the regular "
        "expression "
        "PATTERN is answered 500 without being carried out, or carried out and its connection dropped before "
        "the answer."_s,
        u"RULE"_s);
    parser.addOptions({tokenLife, maxTokens, secretWrite, newKeySettle, fault, atlasGone, atlasDeprecated});
    parser.addOptions(
        {bare,       rateWindow, port,         dataset,       generate,          state,
         version,    flavor,     settingsApi,  legacyPaths,   remoteIp,          nonceLifetime,
         nonceUses,  noStale,    deniedStatus, readd,         writesRequireList, redactProjectCreate,
         maxKeys,    rateLimit,  noRetryAfter, latency,       failRate,          dropRate,
         htmlErrors, slowBody,   faultSeed,    threads,       tlsCert,           tlsKey,
         clock,      maxBody,    idleTimeout,  maxConnections});

    if (!parser.parse(arguments)) {
        result.error = parser.errorText();
        return result;
    }
    if (parser.isSet(u"help"_s)) {
        fputs(qPrintable(parser.helpText()), stdout);
        result.exitNow = true;
        return result;
    }
    if (parser.isSet(u"version"_s)) {
        fputs(qPrintable(QCoreApplication::applicationName() + u' ' + QCoreApplication::applicationVersion()
                         + u'\n'),
              stdout);
        result.exitNow = true;
        return result;
    }
    const auto number = [&](const QCommandLineOption &option, int min, int max, int *out) {
        bool ok = false;
        const int value = parser.value(option).toInt(&ok);
        if (!ok || value < min || value > max) {
            result.error = u"--%1: expected a whole number from %2 to %3"_s.arg(option.names().first())
                               .arg(min)
                               .arg(max);
            return false;
        }
        *out = value;
        return true;
    };
    int portNumber = 0;
    if (!number(port, 0, 65535, &portNumber) || !number(nonceLifetime, 1, 86400, &o.nonceLifetimeSeconds)
        || !number(nonceUses, 0, 1'000'000, &o.nonceMaxUses)
        || !number(deniedStatus, 400, 401, &o.apiKeyListDeniedStatus)
        || !number(maxKeys, 0, 100'000, &o.maxKeysPerOrg)
        || !number(rateLimit, 0, 1'000'000, &o.rateLimitPerMinute)
        || !number(rateWindow, 1, 3600, &o.rateLimitWindowSeconds) || !number(threads, 1, 64, &o.threads)
        || !number(tokenLife, 1, 86400, &o.tokenLifetimeSeconds)
        || !number(maxTokens, 1, 10'000, &o.maxTokensPerAccount)
        || !number(secretWrite, 0, 600'000, &o.secretWriteMs)
        || !number(newKeySettle, 0, 600'000, &o.newKeySettleMs))
        return result;
    for (const QString &rule : parser.values(fault)) {
        const auto parsed = EmulatorOptions::Fault::parse(rule, &result.error);
        if (!parsed)
            return result;
        o.faults.append(*parsed);
    }
    int maxBodyBytes = 0;
    int idleSeconds = 0;
    if (!number(maxBody, 1024, 256 * 1024 * 1024, &maxBodyBytes)
        || !number(idleTimeout, 1, 3600, &idleSeconds)
        || !number(maxConnections, 1, 100'000, &o.limits.maxConnections))
        return result;
    o.limits.maxBodyBytes = maxBodyBytes;
    o.limits.idleTimeoutMs = idleSeconds * 1000;
    o.port = quint16(portNumber);
    o.serviceVersion = parser.value(version);
    if (!QRegularExpression(u"^\\d+\\.\\d+"_s).match(o.serviceVersion).hasMatch()) {
        result.error = u"--service-version: expected a version such as 7.0.12 or 4.4.0"_s;
        return result;
    }
    if (parser.value(flavor) == "cloud-manager"_L1)
        o.flavor = EmulatorOptions::Flavor::CloudManager;
    else if (parser.value(flavor) == "atlas"_L1)
        o.flavor = EmulatorOptions::Flavor::Atlas;
    else if (parser.value(flavor) != "ops-manager"_L1) {
        result.error = u"--flavor: expected ops-manager, cloud-manager or atlas"_s;
        return result;
    }
    for (const auto &[option, date] :
         {std::pair{&atlasGone, &o.atlasGoneBefore}, std::pair{&atlasDeprecated, &o.atlasDeprecatedBefore}}) {
        if (!parser.isSet(*option))
            continue;
        *date = QDate::fromString(parser.value(*option), Qt::ISODate);
        if (!date->isValid()) {
            result.error = u"--%1: expected a date such as 2024-01-31"_s.arg(option->names().first());
            return result;
        }
    }
    if (parser.value(settingsApi) != "on"_L1 && parser.value(settingsApi) != "off"_L1) {
        result.error = u"--org-settings-api: expected on or off"_s;
        return result;
    }
    // Atlas documents the settings endpoint: always on there. Its API_KEY_ACCESS_LIST_ACCESS_DENIED is 401.
    o.orgSettingsApi = parser.value(settingsApi) == "on"_L1 || o.isAtlas();
    if (o.isAtlas() && !parser.isSet(deniedStatus))
        o.apiKeyListDeniedStatus = 401;
    if (parser.value(readd) != "conflict"_L1 && parser.value(readd) != "ignore"_L1) {
        result.error = u"--readd-existing: expected conflict or ignore"_s;
        return result;
    }
    o.readdIsConflict = parser.value(readd) == "conflict"_L1;
    o.legacyWhitelistPaths = parser.isSet(legacyPaths);
    o.remoteIpHeader = parser.value(remoteIp).toLatin1();
    o.sendStale = !parser.isSet(noStale);
    o.keyListWritesRequireList = parser.isSet(writesRequireList);
    o.projectCreateRedactsPrivateKey = parser.isSet(redactProjectCreate);
    o.sendRetryAfter = !parser.isSet(noRetryAfter);
    o.htmlErrors = parser.isSet(htmlErrors);
    o.slowBody = parser.isSet(slowBody);
    o.bareHttp = parser.isSet(bare);
    o.faultSeed = parser.value(faultSeed).toULongLong();
    if (parser.isSet(latency)) {
        const auto match
            = QRegularExpression(u"^(\\d+)(?:(?:±|\\+-|~)(\\d+))?$"_s).match(parser.value(latency));
        if (!match.hasMatch()) {
            result.error = u"--latency: expected MS or MS±JITTER, e.g. 50 or 50±10"_s;
            return result;
        }
        o.latencyMs = match.captured(1).toInt();
        o.latencyJitterMs = match.captured(2).toInt();
    }
    if ((parser.isSet(failRate) && !parseRate(parser.value(failRate), &o.failRate))
        || (parser.isSet(dropRate) && !parseRate(parser.value(dropRate), &o.dropRate))) {
        result.error = u"--fail-rate / --drop-rate: expected a share from 0 to 1"_s;
        return result;
    }
    o.tlsCertificateFile = parser.value(tlsCert);
    o.tlsKeyFile = parser.value(tlsKey);
    if (o.tlsCertificateFile.isEmpty() != o.tlsKeyFile.isEmpty()) {
        result.error = u"--tls-cert and --tls-key go together"_s;
        return result;
    }
    if (parser.isSet(clock)) {
        o.fixedClock = QDateTime::fromString(parser.value(clock), Qt::ISODate).toUTC();
        if (!o.fixedClock.isValid()) {
            result.error = u"--fixed-clock: expected an ISO-8601 time such as 2026-11-01T09:00:00Z"_s;
            return result;
        }
    }

    result.statePath = parser.value(state);
    QString error;
    if (!result.statePath.isEmpty() && QFileInfo::exists(result.statePath))
        result.dataset = Dataset::load(result.statePath, &error);
    else if (parser.isSet(generate))
        result.dataset = Dataset::generate(parser.value(generate), &error);
    else if (parser.value(dataset) == "demo"_L1)
        result.dataset = Dataset::demo();
    else
        result.dataset = Dataset::load(parser.value(dataset), &error);
    if (error.isEmpty() && !result.dataset.ownerKey())
        error = u"the dataset has no Organization Owner key in its first organization"_s;
    result.error = error;
    return result;
}
