// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The dispatcher's core: authentication, routing, whitelist enforcement and rate limiting; the shapes of
// answers are in ApiDispatcherAnswers.cpp.
#include "ApiDispatcher.h"

#include "JsonMapping.h"

#include <QJsonDocument>
#include <QMutexLocker>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QUrl>
#include <QUuid>

using namespace Qt::StringLiterals;

QString ApiDispatcher::Caller::name() const
{
    return key ? key->key.publicKey : user ? user->username : account ? account->account.clientId : QString();
}

QList<AccessListEntry> *ApiDispatcher::Caller::accessList() const
{
    return key ? &key->accessList : user ? &user->accessList : account ? &account->accessList : nullptr;
}

bool ApiDispatcher::Caller::hasGlobalRole(QStringView role) const
{
    if (account || (!key && !user))
        return false;
    const QList<RoleAssignment> &roles = key ? key->key.roles : user->roles;
    if (key && !key->orgId.isEmpty())
        return false;
    return std::any_of(roles.cbegin(), roles.cend(), [&](const RoleAssignment &r) {
        return r.isGlobalRole() && r.roleName.startsWith(u"GLOBAL_")
            && (role.isEmpty() || r.roleName == role);
    });
}

bool ApiDispatcher::Caller::hasOrgRole(const QString &orgId, QStringView role) const
{
    // Global Owner owns every organization of the instance.
    if (role == u"ORG_OWNER" && hasGlobalRole(u"GLOBAL_OWNER"))
        return true;
    if (account)
        return account->orgId == orgId && account->account.roles.contains(role);
    const QList<RoleAssignment> &roles = key ? key->key.roles : user->roles;
    if (key && key->orgId != orgId)
        return false;
    return std::any_of(roles.cbegin(), roles.cend(),
                       [&](const RoleAssignment &r) { return r.orgId == orgId && r.roleName == role; });
}

bool ApiDispatcher::Caller::inOrg(const QString &orgId) const
{
    if (hasGlobalRole()) // every global role reads every organization
        return true;
    if (key)
        return key->orgId == orgId;
    if (account)
        return account->orgId == orgId;
    return std::any_of(user->roles.cbegin(), user->roles.cend(),
                       [&](const RoleAssignment &r) { return r.orgId == orgId; });
}

bool ApiDispatcher::Caller::hasProjectRole(const QString &groupId, QStringView role) const
{
    if (hasGlobalRole(u"GLOBAL_OWNER") || (role == u"GROUP_READ_ONLY" && hasGlobalRole()))
        return true;
    const QList<RoleAssignment> &roles = key ? key->key.roles : account ? account->projectRoles : user->roles;
    return std::any_of(roles.cbegin(), roles.cend(),
                       [&](const RoleAssignment &r) { return r.groupId == groupId && r.roleName == role; });
}

ApiDispatcher::ApiDispatcher(const EmulatorOptions &options, Dataset dataset)
    : m_options(options)
    , m_data(std::move(dataset))
    , m_digest(
          DigestAuth::Settings{options.nonceLifetimeSeconds * 1000, options.nonceMaxUses, options.sendStale})
{
    m_uptime.start();
}

std::optional<Dataset> ApiDispatcher::takeSnapshotIfDirty()
{
    QMutexLocker lock(&m_mutex);
    if (!m_dirty)
        return std::nullopt;
    m_dirty = false;
    return m_data;
}

Dataset ApiDispatcher::snapshot()
{
    QMutexLocker lock(&m_mutex);
    return m_data;
}

void ApiDispatcher::editDataset(const std::function<void(Dataset &)> &edit)
{
    QMutexLocker lock(&m_mutex);
    edit(m_data);
    m_dirty = true;
}

void ApiDispatcher::setFaults(const QList<EmulatorOptions::Fault> &faults)
{
    QMutexLocker lock(&m_mutex);
    m_options.faults = faults;
    m_faultSeen.clear();
}

std::optional<EmulatorOptions::Fault::Kind> ApiDispatcher::takeFault(const Call &call)
{
    if (m_options.faults.isEmpty())
        return std::nullopt;
    m_faultSeen.resize(m_options.faults.size());
    const QString path = call.path.mid(m_options.apiPrefix().size());
    std::optional<EmulatorOptions::Fault::Kind> kind;
    for (qsizetype i = 0; i < m_options.faults.size(); ++i) {
        const EmulatorOptions::Fault &f = m_options.faults.at(i);
        if (f.method != call.method
            || !QRegularExpression(QRegularExpression::anchoredPattern(f.pathPattern)).match(path).hasMatch())
            continue;
        const int seen = ++m_faultSeen[i];
        if (!kind && seen >= f.nth && seen < f.nth + f.count)
            kind = f.kind;
    }
    return kind;
}

void ApiDispatcher::setObserver(Observer observer)
{
    QMutexLocker lock(&m_mutex);
    m_observer = std::move(observer);
}

int ApiDispatcher::challengesIssued()
{
    QMutexLocker lock(&m_mutex);
    return m_digest.challengesIssued();
}

ErrorCodes::Naming ApiDispatcher::naming() const
{
    return m_options.legacyPaths() ? ErrorCodes::Naming::Whitelist : ErrorCodes::Naming::AccessList;
}

QString ApiDispatcher::listSegment() const
{
    return m_options.legacyPaths() ? u"whitelist"_s : u"accessList"_s;
}

QDateTime ApiDispatcher::now() const
{
    if (m_options.fixedClock.isValid())
        return m_options.fixedClock;
    return QDateTime::currentDateTimeUtc();
}

QString ApiDispatcher::maskPrivateKey(const QString &privateKey)
{
    return u"********-****-****-"_s + privateKey.right(12);
}

quint64 ApiDispatcher::random64()
{
    if (m_options.idSeed && !m_seeded)
        m_seeded.emplace(m_options.idSeed);
    return m_seeded ? m_seeded->generate64() : QRandomGenerator::global()->generate64();
}

quint32 ApiDispatcher::randomBounded(quint32 bound)
{
    return quint32(random64() % bound);
}

QString ApiDispatcher::newObjectId()
{
    // As MongoDB's ObjectId: seconds, a random value chosen once per process, a counter; so IDs made in
    // one second sort in the order they were made (the console breaks ties of `created` with them).
    const quint32 seconds = quint32(now().toSecsSinceEpoch());
    if (m_idProcessPart == 0)
        m_idProcessPart = (random64() & 0xffffffffffull) | 1;
    const quint64 random = m_idProcessPart;
    return QString::asprintf("%08x%010llx%06llx", seconds, static_cast<unsigned long long>(random),
                             static_cast<unsigned long long>(++m_idCounter & 0xffffff));
}

QString ApiDispatcher::newPrivateKey()
{
    if (!m_options.idSeed)
        return QUuid::createUuid().toString(QUuid::WithoutBraces);
    const quint64 a = random64();
    const quint64 b = random64();
    return QString::asprintf(
        "%08llx-%04llx-4%03llx-8%03llx-%012llx", static_cast<unsigned long long>(a >> 32),
        static_cast<unsigned long long>((a >> 16) & 0xffff), static_cast<unsigned long long>(a & 0xfff),
        static_cast<unsigned long long>(b >> 52), static_cast<unsigned long long>(b & 0xffffffffffffull));
}

QString ApiDispatcher::newPublicKey()
{
    QString key;
    do {
        key.clear();
        for (int i = 0; i < 8; ++i)
            key += QChar(u'a' + randomBounded(26));
    } while (m_data.findKeyByPublicKey(key));
    return key;
}

ApiResponse ApiDispatcher::dispatch(const ApiRequest &request)
{
    QMutexLocker lock(&m_mutex);
    Call call;
    call.request = &request;
    call.method = request.method;
    const qsizetype questionMark = request.target.indexOf('?');
    const QByteArray encodedPath = questionMark < 0 ? request.target : request.target.left(questionMark);
    call.path = QString::fromLatin1(encodedPath);
    call.query = QUrlQuery(
        QString::fromLatin1(questionMark < 0 ? QByteArray() : request.target.mid(questionMark + 1)));
    call.baseUrl = (request.tls ? u"https://"_s : u"http://"_s) + QString::fromLatin1(request.host);

    ApiResponse response;
    if (encodedPath == "/v2" || encodedPath.startsWith("/v2/")) {
        response = webConsole(call);
    } else if (encodedPath == "/api/oauth/token" || encodedPath == "/api/oauth/revoke") {
        response = m_options.hasServiceAccounts()
            ? oauth(call, QByteArrayView(encodedPath).sliced(11))
            : notFoundPath(call); // Ops Manager documents no service accounts
    } else if (const QByteArray prefix = m_options.apiPrefix();
               encodedPath != prefix && !encodedPath.startsWith(QByteArray(prefix + '/'))) {
        response = notFoundPath(call);
    } else {
        for (const QByteArray &segment : encodedPath.mid(prefix.size()).split('/')) {
            if (!segment.isEmpty())
                call.segments.append(QUrl::fromPercentEncoding(segment));
        }
        bool authenticated = false;
        response = authenticate(call, &authenticated);
        AtlasVersion version;
        if (authenticated && m_options.isAtlas()) {
            if (auto refused = negotiateAtlasVersion(call, &version)) {
                response = *refused;
                authenticated = false; // answered
            }
        }
        if (authenticated) {
            QStringList allowed;
            const std::optional<Route> matched = route(call, &allowed);
            if (auto denied = enforceAccessList(call, matched.value_or(Route{})))
                response = *denied;
            else if (auto limited = rateLimit(call, matched ? matched->orgId : QString()))
                response = *limited;
            else if (matched) {
                const auto fault = takeFault(call);
                if (fault == EmulatorOptions::Fault::Kind::Fail)
                    response = error(500, "UNEXPECTED_ERROR"_L1, u"Unexpected error."_s);
                else
                    response = (this->*(matched->handler))(call);
                response.dropAfter = fault == EmulatorOptions::Fault::Kind::DropAfter;
            } else if (!allowed.isEmpty()) {
                response = error(
                    405, "METHOD_NOT_ALLOWED"_L1,
                    u"Method %1 is not allowed on %2."_s.arg(QString::fromLatin1(call.method), call.path));
                response.headers.append({"Allow", allowed.join(u", "_s).toLatin1()});
            } else {
                response = notFoundPath(call);
            }
        }
        if (m_options.isAtlas())
            applyAtlasVersion(version, &response);
        // Atlas tells how many requests the window allows and how many are left, on every answer.
        if (m_options.isAtlas() && call.rateRemaining >= 0) {
            response.headers.append({"RateLimit-Limit", QByteArray::number(m_options.rateLimitPerMinute)});
            response.headers.append({"RateLimit-Remaining", QByteArray::number(call.rateRemaining)});
        }
    }
    if (m_observer)
        m_observer(request, response.status);
    const QString version = m_options.serviceVersion;
    response.headers.append(
        {"X-MongoDB-Service-Version",
         "gitHash=3a1c7e5f0b9d2468ace13579bdf02468ace13579; versionString=" + version.toLatin1()});
    return response;
}

QHostAddress ApiDispatcher::callerAddress(const ApiRequest &request) const
{
    QHostAddress address = request.peer;
    if (!m_options.remoteIpHeader.isEmpty() && !request.forwardedFor.isEmpty()) {
        const QHostAddress forwarded(QString::fromLatin1(request.forwardedFor.split(',').first().trimmed()));
        if (!forwarded.isNull())
            address = forwarded;
    }
    return IpBlock::unmapped(address);
}

ApiResponse ApiDispatcher::authenticate(Call &call, bool *ok)
{
    *ok = false;
    if (call.request->authorization.startsWith("Bearer ")) {
        ApiResponse refused;
        *ok = authenticateBearer(call, &refused);
        return refused;
    }
    const auto lookup = [this](const QByteArray &username) -> std::optional<QByteArray> {
        const QString name = QString::fromUtf8(username);
        if (const EmulatedKey *key = m_data.findKeyByPublicKey(name))
            return key->key.privateKey.toUtf8();
        if (const EmulatedUser *user = m_data.findUserByName(name))
            return user->apiKey.toUtf8();
        return std::nullopt;
    };
    const auto result
        = m_digest.verify(call.request->authorization, call.method, call.request->target, lookup);
    if (result.ok()) {
        const QString name = QString::fromUtf8(result.username);
        call.caller.key = m_data.findKeyByPublicKey(name);
        call.caller.user = call.caller.key ? nullptr : m_data.findUserByName(name);
        call.address = callerAddress(*call.request);
        *ok = true;
        return {};
    }
    const bool stale = result.outcome == DigestAuth::Outcome::StaleNonce;
    // The body of a failed digest carries no errorCode: clients tell it apart by WWW-Authenticate.
    QJsonObject body{{"detail"_L1, u"You are not authorized for this resource."_s},
                     {"error"_L1, 401},
                     {"reason"_L1, u"Unauthorized"_s}};
    ApiResponse response;
    response.status = 401;
    response.contentType = "application/json;charset=ISO-8859-1";
    response.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    response.headers.append({"WWW-Authenticate", m_digest.challenge(stale)});
    return response;
}

std::optional<ApiResponse> ApiDispatcher::enforceAccessList(Call &call, const Route &route)
{
    // A global key is checked against the global access list alone: the instance accepts it only from an
    // address an entry covers (an empty list accepts none — UNCERTAIN, app/emulator/README.md).
    if (call.caller.isGlobalKey()) {
        if (globalEntryCovering(m_data.globalAccessList, call.address) >= 0)
            return std::nullopt;
        const QString address = call.address.toString();
        return error(403, ErrorCodes::ipNotOnList(naming()),
                     u"IP address %1 is not allowed to access this resource."_s.arg(address), {address});
    }
    QList<AccessListEntry> *entries = call.caller.accessList();
    AccessQuery query;
    for (const auto &e : *entries)
        query.entries.append(e.block());
    query.requirement = WhitelistRequirement::NotRequired;
    // The organization's requirement covers its keys and its service accounts alike.
    const QString callerOrg = call.caller.key ? call.caller.key->orgId
        : call.caller.account                 ? call.caller.account->orgId
                                              : QString();
    if (const EmulatedOrg *org = callerOrg.isEmpty() ? nullptr : m_data.findOrg(callerOrg);
        org && org->apiAccessListRequired)
        query.requirement = WhitelistRequirement::Required;
    query.caller = call.address;
    query.resourceRequiresList = route.requiresList;
    query.naming = naming();
    const AccessDecision decision = decideAccess(query);
    if (decision.allowed()) {
        if (decision.matchedEntry >= 0) {
            AccessListEntry &entry = (*entries)[decision.matchedEntry];
            ++entry.count;
            entry.lastUsed = now();
            entry.lastUsedAddress = call.address.toString();
            m_dirty = true;
        }
        return std::nullopt;
    }
    const QString address = call.address.toString();
    const bool legacy = naming() == ErrorCodes::Naming::Whitelist;
    const QString list = legacy ? u"a whitelist"_s : u"an access list"_s;
    QString detail;
    switch (decision.reason) {
    case AccessDecision::Reason::OrgRequiresList:
        detail = u"This organization requires access through %1 of ip ranges."_s.arg(list);
        break;
    case AccessDecision::Reason::ResourceRequiresList:
        detail = u"This resource requires access through %1 of ip ranges."_s.arg(list);
        break;
    default:
        detail = u"IP address %1 is not allowed to access this resource."_s.arg(address);
        break;
    }
    return error(403, QLatin1StringView(decision.errorCode.toLatin1()), detail, {address});
}

std::optional<ApiResponse> ApiDispatcher::rateLimit(Call &call, const QString &routeOrgId)
{
    if (m_options.rateLimitPerMinute <= 0)
        return std::nullopt;
    const QString orgId = !routeOrgId.isEmpty() ? routeOrgId
        : call.caller.key                       ? call.caller.key->orgId
        : call.caller.account                   ? call.caller.account->orgId
                                                : QString();
    if (orgId.isEmpty())
        return std::nullopt;
    const qint64 nowMs = m_uptime.elapsed();
    const qint64 windowMs = qint64(m_options.rateLimitWindowSeconds) * 1000;
    if (m_options.isAtlas())
        return atlasTokenBucket(call, orgId, nowMs, windowMs);
    auto &window = m_rateWindows[orgId];
    if (window.second == 0 || nowMs - window.first >= windowMs)
        window = {nowMs, 0};
    call.rateRemaining = std::max(0, m_options.rateLimitPerMinute - window.second - 1);
    if (++window.second <= m_options.rateLimitPerMinute)
        return std::nullopt;
    const int minutes = std::max(1, m_options.rateLimitWindowSeconds / 60);
    ApiResponse response = error(429, ErrorCodes::RateLimited,
                                 u"Resource %1 is limited to %2 requests every %3 minutes."_s.arg(call.path)
                                     .arg(m_options.rateLimitPerMinute)
                                     .arg(minutes),
                                 {call.path, m_options.rateLimitPerMinute, minutes});
    if (m_options.sendRetryAfter) {
        const qint64 seconds = std::max<qint64>(1, (windowMs - (nowMs - window.first) + 999) / 1000);
        response.headers.append({"Retry-After", QByteArray::number(seconds)});
    }
    return response;
}

std::optional<ApiDispatcher::Route> ApiDispatcher::route(Call &call, QStringList *allowedMethods)
{
    const QStringList &s = call.segments;
    const qsizetype n = s.size();
    const auto is = [&](qsizetype i, QLatin1StringView text) { return i < n && s[i] == text; };
    const auto isList = [&](qsizetype i) {
        if (i >= n)
            return false;
        if (m_options.legacyPaths())
            return s[i] == "whitelist"_L1;
        return s[i] == "accessList"_L1 || (m_options.legacyWhitelistPaths && s[i] == "whitelist"_L1);
    };
    struct Option
    {
        const char *method;
        Handler handler;
        bool requiresList = false;
    };
    QString orgId;
    const auto pick = [&](std::initializer_list<Option> options) -> std::optional<Route> {
        for (const Option &o : options) {
            if (call.method == o.method)
                return Route{o.handler, o.requiresList, orgId};
        }
        for (const Option &o : options)
            allowedMethods->append(QString::fromLatin1(o.method));
        return std::nullopt;
    };
    const bool keyListWrites = m_options.keyListWritesRequireList;

    if (n == 0)
        return pick({{"GET", &ApiDispatcher::root}});
    if (is(0, "orgs"_L1)) {
        if (n >= 2)
            orgId = s[1];
        if (n == 1)
            return pick({{"GET", &ApiDispatcher::listOrgs}});
        if (n == 2)
            return pick({{"GET", &ApiDispatcher::getOrg}});
        if (n == 3 && is(2, "groups"_L1))
            return pick({{"GET", &ApiDispatcher::listProjects}});
        if (n == 3 && is(2, "users"_L1))
            return pick({{"GET", &ApiDispatcher::listOrgUsers}});
        if (n == 3 && is(2, "settings"_L1) && m_options.orgSettingsApi)
            return pick(
                {{"GET", &ApiDispatcher::getOrgSettings}, {"PATCH", &ApiDispatcher::patchOrgSettings}});
        if (n == 3 && is(2, "apiKeys"_L1))
            return pick({{"GET", &ApiDispatcher::listOrgKeys}, {"POST", &ApiDispatcher::createOrgKey}});
        if ((n == 3 || n == 4) && is(2, "events"_L1))
            return pick({{"GET", &ApiDispatcher::orgEvents}});
        if (n == 4 && is(2, "apiKeys"_L1))
            return pick({{"GET", &ApiDispatcher::getOrgKey},
                         {"PATCH", &ApiDispatcher::patchOrgKey},
                         {"DELETE", &ApiDispatcher::deleteOrgKey}});
        if (n == 5 && is(2, "apiKeys"_L1) && isList(4))
            return pick({{"GET", &ApiDispatcher::listKeyEntries},
                         {"POST", &ApiDispatcher::addKeyEntries, keyListWrites}});
        if (n == 6 && is(2, "apiKeys"_L1) && isList(4))
            return pick({{"GET", &ApiDispatcher::getKeyEntry},
                         {"DELETE", &ApiDispatcher::deleteKeyEntry, keyListWrites}});
        // Service accounts: Cloud Manager's (Ops Manager documents none).
        const bool accounts = m_options.hasServiceAccounts() && is(2, "serviceAccounts"_L1);
        if (accounts && n == 3)
            return pick({{"GET", &ApiDispatcher::listServiceAccounts},
                         {"POST", &ApiDispatcher::createServiceAccount}});
        if (accounts && n == 4)
            return pick({{"GET", &ApiDispatcher::getServiceAccount},
                         {"PATCH", &ApiDispatcher::patchServiceAccount},
                         {"DELETE", &ApiDispatcher::deleteServiceAccount}});
        if (accounts && n == 5 && is(4, "groups"_L1))
            return pick({{"GET", &ApiDispatcher::listServiceAccountProjects}});
        if (accounts && n == 5 && is(4, "secrets"_L1))
            return pick({{"POST", &ApiDispatcher::createServiceAccountSecret}});
        if (accounts && n == 6 && is(4, "secrets"_L1))
            return pick({{"DELETE", &ApiDispatcher::deleteServiceAccountSecret}});
        if (accounts && n == 5 && is(4, "accessList"_L1))
            return pick({{"GET", &ApiDispatcher::listServiceAccountEntries},
                         {"POST", &ApiDispatcher::addServiceAccountEntries}});
        if (accounts && n == 6 && is(4, "accessList"_L1))
            return pick({{"DELETE", &ApiDispatcher::deleteServiceAccountEntry}});
        return std::nullopt;
    }
    if (is(0, "groups"_L1)) {
        if (n >= 2) {
            if (auto [org, project] = m_data.findProject(s[1]); org)
                orgId = org->org.id;
        }
        if (n == 2)
            return pick({{"GET", &ApiDispatcher::getProject}});
        if (n == 3 && is(2, "apiKeys"_L1))
            return pick(
                {{"GET", &ApiDispatcher::listProjectKeys}, {"POST", &ApiDispatcher::createProjectKey}});
        if ((n == 3 || n == 4) && is(2, "events"_L1))
            return pick({{"GET", &ApiDispatcher::projectEvents}});
        if (n == 4 && is(2, "apiKeys"_L1) && m_options.isAtlas()) // Atlas adds a key with a POST
            return pick({{"POST", &ApiDispatcher::addProjectKeyAtlas},
                         {"PATCH", &ApiDispatcher::assignProjectKey},
                         {"DELETE", &ApiDispatcher::unassignProjectKey}});
        if (n == 4 && is(2, "apiKeys"_L1))
            return pick({{"PATCH", &ApiDispatcher::assignProjectKey},
                         {"DELETE", &ApiDispatcher::unassignProjectKey}});
        // Cloud Manager: an organization's service account invited to the project, or unassigned.
        if (n == 4 && is(2, "serviceAccounts"_L1) && m_options.hasServiceAccounts()) {
            if (s[3].endsWith(u":invite"_s))
                return pick({{"POST", &ApiDispatcher::inviteServiceAccount}});
            return pick({{"DELETE", &ApiDispatcher::unassignServiceAccount}});
        }
        return std::nullopt;
    }
    // Ops Manager's global API keys and global access list (Cloud Manager has neither).
    if (is(0, "admin"_L1) && m_options.flavor == EmulatorOptions::Flavor::OpsManager) {
        if (n == 2 && is(1, "apiKeys"_L1))
            return pick({{"GET", &ApiDispatcher::listGlobalKeys}, {"POST", &ApiDispatcher::createGlobalKey}});
        if (n == 3 && is(1, "apiKeys"_L1) && is(2, "roles"_L1))
            return pick({{"GET", &ApiDispatcher::listGlobalRoles}});
        if (n == 3 && is(1, "apiKeys"_L1))
            return pick({{"GET", &ApiDispatcher::getGlobalKey},
                         {"PATCH", &ApiDispatcher::patchGlobalKey},
                         {"DELETE", &ApiDispatcher::deleteGlobalKey}});
        if (n == 2 && isList(1))
            return pick(
                {{"GET", &ApiDispatcher::listGlobalEntries}, {"POST", &ApiDispatcher::addGlobalEntry}});
        if (n == 3 && isList(1))
            return pick({{"GET", &ApiDispatcher::getGlobalEntry},
                         {"PATCH", &ApiDispatcher::patchGlobalEntry},
                         {"DELETE", &ApiDispatcher::deleteGlobalEntry}});
        return std::nullopt;
    }
    if (is(0, "users"_L1)) {
        if (n == 3 && is(1, "byName"_L1))
            return pick({{"GET", &ApiDispatcher::getUserByName}});
        if (n == 2)
            return pick({{"GET", &ApiDispatcher::getUser}});
        if (n == 3 && isList(2))
            return pick(
                {{"GET", &ApiDispatcher::listUserEntries}, {"POST", &ApiDispatcher::addUserEntries, true}});
        if (n == 4 && isList(2))
            return pick(
                {{"GET", &ApiDispatcher::getUserEntry}, {"DELETE", &ApiDispatcher::deleteUserEntry, true}});
    }
    return std::nullopt;
}
