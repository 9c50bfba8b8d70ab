// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "RequestScheduler.h"

#include "AtlasMediaTypes.h"

#include "ApiLogging.h"
#include "OAuthTokens.h"

#include <QAuthenticator>
#include <QCryptographicHash>
#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>
#include <QRandomGenerator>
#include <QSslConfiguration>
#include <QTimer>

using namespace Qt::StringLiterals;

struct RequestScheduler::Pending
{
    quint64 id = 0;
    Request request;
    Handler handler;
    int attempt = 0;
    bool authProvided = false; // credentials given for the current reply
    bool authRetried = false; // the one retry after a nonce expired without stale=true
    bool cancelled = false;
    QNetworkReply *reply = nullptr;
    QTimer *timer = nullptr;
    QString certificateSha256;
    QString sslErrorText;
    bool overDeadline = false; // this attempt ran past requestDeadlineMs
    bool overBudget = false; // the request as a whole ran past requestBudgetMs
    QElapsedTimer sinceFirstAttempt;
    bool tooLarge = false; // this attempt's answer grew past maxResponseBytes
    QByteArray token; // the bearer token this attempt carried
    bool tokenRenewed = false; // the one retry with a new token after a 401
};

namespace {

class SystemProxyFactory final : public QNetworkProxyFactory
{
public:
    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery &query) override
    {
        return systemProxyForQuery(query);
    }
};

bool isIdempotent(HttpMethod method)
{
    return method == HttpMethod::Get || method == HttpMethod::Delete;
}

ApiError::Kind kindForCode(const QString &code, int status, bool challenged)
{
    using K = ApiError::Kind;
    if (code.startsWith("IP_ADDRESS_NOT_ON_"_L1))
        return K::AddressNotOnList;
    if (code.startsWith("ORG_REQUIRES_"_L1))
        return K::OrgRequiresList;
    if (code.startsWith("RESOURCE_REQUIRES_"_L1))
        return K::ResourceRequiresList;
    if (code.startsWith("RATE_LIMITED"_L1))
        return K::RateLimited;
    if (code.endsWith("_ACCESS_DENIED"_L1) || code == "USER_UNAUTHORIZED"_L1 || code.startsWith("NOT_"_L1)
        || code.startsWith("USER_CANNOT_ACCESS_"_L1) || code.startsWith("API_KEY_CANNOT_"_L1))
        return K::Permission;
    if (code.startsWith("ADDRESS_ALREADY_IN_"_L1))
        return K::Conflict;
    if (code.endsWith("_NOT_FOUND"_L1) || code.startsWith("INVALID_ORG_ID"_L1)
        || code.startsWith("INVALID_GROUP_ID"_L1))
        return K::NotFound;
    if (!code.isEmpty() && status >= 400 && status < 500 && status != 401 && status != 403)
        return K::Validation;
    if (code == "BILLING_UNSUPPORTED"_L1 || code == "MAX_PUBLIC_API_KEY_REACHED"_L1)
        return K::Validation;
    switch (status) {
    case 401:
        return challenged || code.isEmpty() ? K::Authentication : K::Permission;
    case 403:
        return K::Permission;
    case 404:
    case 405:
        return K::NotFound;
    case 409:
        return K::Conflict;
    case 429:
        return K::RateLimited;
    default:
        return status >= 500 ? K::Server : K::Validation;
    }
}

} // namespace

QByteArray RequestScheduler::Reply::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

RequestScheduler::RequestScheduler(QNetworkAccessManager *manager, QObject *parent)
    : QObject(parent)
    , m_manager(manager)
    , m_tokens(new OAuthTokens(manager, this))
{
    connect(m_manager, &QNetworkAccessManager::authenticationRequired, this,
            &RequestScheduler::onAuthenticationRequired, Qt::DirectConnection);
    connect(m_manager, &QNetworkAccessManager::sslErrors, this, &RequestScheduler::onSslErrors);
}

RequestScheduler::~RequestScheduler()
{
    for (auto &[id, pending] : m_pending) {
        if (pending->reply) {
            pending->reply->disconnect(this);
            pending->reply->abort();
            pending->reply->deleteLater();
        }
    }
}

void RequestScheduler::setSettings(const ConnectionSettings &settings)
{
    cancelAll();
    m_tokens->setSettings(settings);
    m_settings = settings;
    m_keyAccepted = false;
    m_serverInfo = {};
    m_rate = {}; // another server, another limit
    m_deprecationsShown.clear();
    switch (settings.proxyMode) {
    case ConnectionSettings::ProxyMode::System:
        m_manager->setProxyFactory(new SystemProxyFactory);
        break;
    case ConnectionSettings::ProxyMode::None:
        m_manager->setProxyFactory(nullptr);
        m_manager->setProxy(QNetworkProxy::NoProxy);
        break;
    case ConnectionSettings::ProxyMode::Manual:
        m_manager->setProxyFactory(nullptr);
        m_manager->setProxy(settings.manualProxy);
        break;
    }
    // Credentials and TLS decisions of the previous connection must not carry over.
    m_manager->clearAccessCache();
    m_manager->clearConnectionCache();
}

int RequestScheduler::tokensMinted() const
{
    return m_tokens->minted();
}

int RequestScheduler::tokenRequests() const
{
    return m_tokens->requests();
}

bool RequestScheduler::hasFreshToken() const
{
    return m_tokens->hasFreshToken();
}

QByteArray RequestScheduler::currentToken() const
{
    return m_tokens->token();
}

int RequestScheduler::tokensRevoked() const
{
    return m_tokens->revoked();
}

QNetworkReply *RequestScheduler::revokeToken()
{
    return m_tokens->revoke();
}

void RequestScheduler::forgetCredentials()
{
    cancelAll();
    m_tokens->revoke();
    m_tokens->forget();
    m_settings.privateKey.fill(QChar(u'\0'));
    m_settings.privateKey.clear();
    m_settings.privateKey.squeeze();
    m_keyAccepted = false;
    m_manager->clearAccessCache();
}

quint64 RequestScheduler::send(const Request &request, Handler handler)
{
    auto pending = std::make_shared<Pending>();
    pending->id = m_nextId++;
    pending->request = request;
    pending->handler = std::move(handler);
    m_pending.emplace(pending->id, pending);
    (request.priority == Priority::Interactive ? m_interactive : m_background).push_back(pending->id);
    pump();
    return pending->id;
}

bool RequestScheduler::awaitToken()
{
    if (!m_settings.usesServiceAccount() || m_tokens->hasFreshToken())
        return false;
    if (m_tokens->minting() || (m_interactive.empty() && m_background.empty()))
        return true;
    if (const std::optional<ApiError> refused = m_tokens->refusal()) {
        // Refused a moment ago: the waiting requests fail with that answer (later, never inside send()).
        if (!m_failingQueued) {
            m_failingQueued = true;
            QTimer::singleShot(0, this, [this, e = *refused] {
                m_failingQueued = false;
                failQueued(e);
            });
        }
        return true;
    }
    m_tokens->mint([this](const std::optional<ApiError> &error) {
        if (error && error->kind != ApiError::Kind::Cancelled)
            failQueued(*error);
        else if (!error)
            pump();
    });
    return true;
}

void RequestScheduler::failQueued(const ApiError &error)
{
    std::vector<std::shared_ptr<Pending>> waiting;
    for (const auto &queue : {m_interactive, m_background}) {
        for (const quint64 id : queue) {
            if (const auto it = m_pending.find(id); it != m_pending.end())
                waiting.push_back(it->second);
        }
    }
    m_interactive.clear();
    m_background.clear();
    for (const auto &p : waiting) {
        ApiError e = error;
        e.method = QString::fromLatin1(httpMethodName(p->request.method));
        e.path = p->request.path;
        complete(p, {}, e);
    }
}

qint64 RequestScheduler::paceDelayMs() const
{
    if (m_rate.limit <= 0)
        return 0;
    // Left, as far as this console knows: what the server said, less what was sent since.
    const int left = m_rate.remaining - m_rate.startedSince;
    const int reserve
        = std::min(m_rate.limit / 2, std::max(2 * std::max(1, m_settings.maxInFlight), m_rate.limit / 10));
    if (left > reserve)
        return 0;
    // One request per share of the window (a minute); with nothing left, twice as long. Never longer than a
    // minute, whatever the server said.
    const qint64 window = std::clamp(m_settings.rateLimitWindowMs, 1'000, 600'000);
    const qint64 interval = std::min<qint64>(60'000, (left > 0 ? window : 2 * window) / m_rate.limit);
    if (!m_rate.lastPacedStart.isValid())
        return 0;
    return std::max<qint64>(0, interval - m_rate.lastPacedStart.elapsed());
}

void RequestScheduler::noteRateHeaders(const Reply &answer)
{
    bool limitOk = false;
    bool remainingOk = false;
    const int limit = answer.header("RateLimit-Limit").trimmed().toInt(&limitOk);
    const int remaining = answer.header("RateLimit-Remaining").trimmed().toInt(&remainingOk);
    // Bounded: nothing the server says sizes a wait beyond paceDelayMs()'s minute.
    if (!limitOk || !remainingOk || limit < 1 || limit > 1'000'000 || remaining < 0)
        return;
    m_rate.limit = limit;
    m_rate.remaining = std::min(remaining, limit);
    m_rate.startedSince = 0;
}

void RequestScheduler::pump()
{
    if (awaitToken())
        return;
    while (m_inFlight < std::max(1, m_settings.maxInFlight)
           && (!m_interactive.empty() || !m_background.empty())) {
        if (const qint64 wait = paceDelayMs(); wait > 0) {
            if (!m_paceTimer) {
                m_paceTimer = new QTimer(this);
                m_paceTimer->setSingleShot(true);
                connect(m_paceTimer, &QTimer::timeout, this, &RequestScheduler::pump);
            }
            if (!m_paceTimer->isActive())
                m_paceTimer->start(int(wait));
            return;
        }
        if (m_rate.limit > 0) {
            ++m_rate.startedSince;
            m_rate.lastPacedStart.start();
        }
        auto &queue = m_interactive.empty() ? m_background : m_interactive;
        const quint64 id = queue.front();
        queue.pop_front();
        const auto it = m_pending.find(id);
        if (it != m_pending.end())
            start(it->second);
    }
}

qint64 RequestScheduler::budgetLeftMs(const Pending &p) const
{
    if (!p.sinceFirstAttempt.isValid())
        return m_settings.requestBudgetMs;
    return m_settings.requestBudgetMs - p.sinceFirstAttempt.elapsed();
}

void RequestScheduler::start(const std::shared_ptr<Pending> &p)
{
    if (!p->sinceFirstAttempt.isValid())
        p->sinceFirstAttempt.start();
    ++p->attempt;
    p->authProvided = false;
    QUrl url = QUrl::fromEncoded(m_settings.apiBase.toEncoded() + p->request.path.toUtf8(), QUrl::StrictMode);
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    // Redirects are never followed: a 3xx to another host would carry the digest answer there.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(m_settings.transferTimeoutMs);
    // Atlas: the resource version this console speaks, in Accept and for a body in Content-Type (the server
    // answers a request without it 406 INVALID_VERSION_DATE).
    const QByteArray mediaType = m_settings.api == ConnectionSettings::Api::AtlasV2
        ? AtlasMediaTypes::mediaTypeFor(p->request.path)
        : QByteArrayLiteral("application/json");
    request.setRawHeader("Accept", mediaType);
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("apiaccess/" APIACCESS_VERSION));
    if (!p->request.body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, mediaType);
    if (m_settings.usesServiceAccount()) {
        p->token = m_tokens->token();
        request.setRawHeader("Authorization", "Bearer " + p->token);
    }
    if (url.scheme() == "https"_L1 && !m_settings.extraCaCertificates.isEmpty()) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.addCaCertificates(m_settings.extraCaCertificates);
        request.setSslConfiguration(tls);
    }
    QNetworkReply *reply
        = m_manager->sendCustomRequest(request, httpMethodName(p->request.method), p->request.body);
    p->reply = reply;
    m_byReply[reply] = p->id;
    ++m_inFlight;
    ++m_requestsStarted;
    qCDebug(lcApi) << "start" << httpMethodName(p->request.method) << p->request.path << "attempt"
                   << p->attempt;
    std::weak_ptr<Pending> weak = p;
    p->overDeadline = false;
    p->overBudget = false;
    p->tooLarge = false;
    // Bounds no server sets: an overall deadline (the transfer timeout restarts with every byte), and a
    // cap on the answer's size checked as it arrives (Qt would buffer all of it).
    // The attempt ends at its own deadline or at the request's, whichever comes first.
    const qint64 budgetLeft = std::max<qint64>(0, budgetLeftMs(*p));
    const bool budgetFirst = budgetLeft < m_settings.requestDeadlineMs;
    auto *deadline = new QTimer(reply);
    deadline->setSingleShot(true);
    connect(deadline, &QTimer::timeout, reply, [weak, reply, budgetFirst] {
        if (auto pending = weak.lock())
            (budgetFirst ? pending->overBudget : pending->overDeadline) = true;
        reply->abort();
    });
    deadline->start(int(budgetFirst ? budgetLeft : m_settings.requestDeadlineMs));
    const qint64 cap = m_settings.maxResponseBytes;
    connect(reply, &QNetworkReply::downloadProgress, reply,
            [weak, reply, cap](qint64 received, qint64 total) {
                if (received <= cap && total <= cap)
                    return;
                if (auto pending = weak.lock())
                    pending->tooLarge = true;
                reply->abort();
            });
    connect(reply, &QNetworkReply::finished, this, [this, weak] {
        if (auto pending = weak.lock())
            finished(pending);
    });
}

void RequestScheduler::onAuthenticationRequired(QNetworkReply *reply, QAuthenticator *authenticator)
{
    const auto it = m_byReply.find(reply);
    if (it == m_byReply.end())
        return;
    const auto pending = m_pending.find(it->second);
    if (pending == m_pending.end())
        return;
    ++m_authPrompts;
    if (m_settings.usesServiceAccount())
        return; // a bearer token, never a digest: a challenge means the token was refused
    // Once per reply: a second request for the same reply means the key was refused. Never loop.
    if (pending->second->authProvided)
        return;
    pending->second->authProvided = true;
    authenticator->setUser(m_settings.publicKey);
    authenticator->setPassword(m_settings.privateKey);
}

void RequestScheduler::onSslErrors(QNetworkReply *reply, const QList<QSslError> &errors)
{
    const auto it = m_byReply.find(reply);
    if (it == m_byReply.end())
        return;
    const auto pending = m_pending.find(it->second);
    if (pending == m_pending.end())
        return;
    QStringList texts;
    for (const QSslError &e : errors)
        texts.append(e.errorString());
    pending->second->sslErrorText = texts.join(u"; "_s);
    // A certificate the person accepted for this connection, and only that one; never a wrong host name.
    if (m_settings.acceptsPinned(errors, reply->sslConfiguration().peerCertificate(),
                                 &pending->second->certificateSha256))
        reply->ignoreSslErrors(errors);
}

std::optional<qint64> RequestScheduler::retryAfterMs(const QByteArray &value, const QDateTime &now,
                                                     qint64 maxMs)
{
    const QByteArray text = value.trimmed();
    if (text.isEmpty() || text.size() > 64)
        return std::nullopt;
    if (std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; })) {
        // Seconds; more digits than any sensible wait cannot overflow anything here.
        if (text.size() > 9)
            return maxMs;
        return std::min<qint64>(text.toLongLong() * 1000, maxMs);
    }
    // An HTTP-date (RFC 9110): "Wed, 21 Oct 2026 07:28:00 GMT".
    // Qt 6.4 reads RFC 2822 dates with a numeric zone only; an HTTP-date is always in GMT.
    QString date = QString::fromLatin1(text);
    if (date.endsWith(" GMT"_L1) || date.endsWith(" UTC"_L1))
        date = date.chopped(4) + u" +0000"_s;
    const QDateTime when = QDateTime::fromString(date, Qt::RFC2822Date);
    if (!when.isValid())
        return std::nullopt;
    return std::clamp<qint64>(now.msecsTo(when), 0, maxMs);
}

qint64 RequestScheduler::rateLimitWaitMs(const Reply &answer) const
{
    const qint64 bound = std::max(0, m_settings.maxRetryAfterMs);
    return retryAfterMs(answer.header("Retry-After"), QDateTime::currentDateTimeUtc(), bound)
        .value_or(std::min<qint64>(std::max(0, m_settings.rateLimitDefaultWaitMs), bound));
}

int RequestScheduler::backoffMs(int attempt) const
{
    const int base = m_settings.retryBaseDelayMs * (1 << std::min(attempt - 1, 10));
    const double jitter = 0.5 + QRandomGenerator::global()->generateDouble(); // 0.5 .. 1.5
    return int(base * jitter);
}

void RequestScheduler::finished(const std::shared_ptr<Pending> &p)
{
    QNetworkReply *reply = p->reply;
    p->reply = nullptr;
    m_byReply.erase(reply);
    --m_inFlight;
    reply->deleteLater();

    Reply answer;
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.body = reply->readAll();
    answer.headers = reply->rawHeaderPairs();
    noteRateHeaders(answer);
    if (ServerInfo info = m_serverInfo;
        info.parseServiceVersionHeader(answer.header("X-MongoDB-Service-Version"))
        && info.versionString != m_serverInfo.versionString)
        m_serverInfo = info;
    qCDebug(lcApi) << "done" << httpMethodName(p->request.method) << p->request.path << answer.status
                   << reply->error();

    std::optional<ApiError> error = p->cancelled
        ? std::optional<ApiError>(ApiError::ofKind(ApiError::Kind::Cancelled))
        : classify(*p, reply, answer);
    if (!error) {
        m_keyAccepted = true;
    } else if (!p->cancelled) {
        const bool idempotent = isIdempotent(p->request.method);
        const bool canTryAgain = p->attempt < std::max(1, m_settings.maxTries);
        if (m_settings.usesServiceAccount() && answer.status == 401 && !p->tokenRenewed) {
            // The token expired early or was revoked (a secret deleted): one try with a new one.
            p->tokenRenewed = true;
            m_tokens->invalidate(p->token);
            --p->attempt;
            retryLater(p, 0);
            return;
        }
        if (error->kind == ApiError::Kind::Authentication && p->authProvided && m_keyAccepted
            && !p->authRetried) {
            // A nonce that expired without stale=true looks like a wrong key: one fresh try.
            p->authRetried = true;
            --p->attempt;
            retryLater(p, 0);
            return;
        }
        if (error->kind == ApiError::Kind::RateLimited && canTryAgain) {
            // A little past Retry-After, so that the retry lands in the server's next window; a wait
            // that would outlast the request's budget is not started: the error says how long to wait.
            const qint64 wait = rateLimitWaitMs(answer) + 100;
            if (wait < budgetLeftMs(*p)) {
                retryLater(p, int(wait));
                return;
            }
        }
        const bool transient = error->kind == ApiError::Kind::Network
            || error->kind == ApiError::Kind::Timeout || error->kind == ApiError::Kind::Server
            || (error->kind == ApiError::Kind::MalformedResponse && answer.status >= 500);
        const int backoff = backoffMs(p->attempt);
        if (transient && idempotent && canTryAgain && !p->overBudget && backoff < budgetLeftMs(*p)) {
            retryLater(p, backoff);
            return;
        }
    }
    complete(p, answer, error);
    pump();
}

void RequestScheduler::retryLater(const std::shared_ptr<Pending> &p, int delayMs)
{
    qCInfo(lcApi) << "retry" << httpMethodName(p->request.method) << p->request.path << "in" << delayMs
                  << "ms";
    p->timer = new QTimer(this);
    p->timer->setSingleShot(true);
    p->timer->setTimerType(Qt::PreciseTimer);
    std::weak_ptr<Pending> weak = p;
    connect(p->timer, &QTimer::timeout, this, [this, weak] {
        auto pending = weak.lock();
        if (!pending)
            return;
        pending->timer->deleteLater();
        pending->timer = nullptr;
        // Retries go first in their queue: they were sent before everything waiting there.
        (pending->request.priority == Priority::Interactive ? m_interactive : m_background)
            .push_front(pending->id);
        pump();
    });
    p->timer->start(delayMs);
    pump();
}

void RequestScheduler::complete(const std::shared_ptr<Pending> &p, const Reply &reply,
                                const std::optional<ApiError> &error)
{
    m_pending.erase(p->id);
    noticeDeprecation(p->request.path, reply);
    if (p->handler)
        p->handler(reply, error);
}

void RequestScheduler::noticeDeprecation(const QString &path, const Reply &reply)
{
    if (m_settings.api != ConnectionSettings::Api::AtlasV2)
        return;
    const QByteArray deprecation = reply.header("Deprecation");
    const QByteArray sunset = reply.header("Sunset");
    const QString mediaType = QString::fromLatin1(AtlasMediaTypes::mediaTypeFor(path));
    if ((deprecation.isEmpty() && sunset.isEmpty()) || m_deprecationsShown.contains(mediaType))
        return;
    m_deprecationsShown.insert(mediaType);
    // Header values are shown as sent, cut short: nothing the server says sizes what is shown.
    const QString notice
        = tr("The server deprecated the resource version this console speaks (%1)%2%3: update API Access "
             "Console before then.")
              .arg(mediaType,
                   deprecation.isEmpty() ? QString()
                                         : tr(", since %1").arg(QString::fromLatin1(deprecation.left(64))),
                   sunset.isEmpty()
                       ? QString()
                       : tr("; it stops answering on %1").arg(QString::fromLatin1(sunset.left(64))));
    qCWarning(lcApi).noquote() << notice;
    emit apiVersionDeprecated(notice);
}

std::optional<ApiError> RequestScheduler::classify(const Pending &p, QNetworkReply *reply,
                                                   const Reply &answer) const
{
    ApiError e;
    e.httpStatus = answer.status;
    e.publicKey = m_settings.publicKey;
    e.serviceAccount = m_settings.usesServiceAccount();
    e.method = QString::fromLatin1(httpMethodName(p.request.method));
    e.path = p.request.path;
    if (m_settings.api == ConnectionSettings::Api::AtlasV2)
        e.mediaType = QString::fromLatin1(AtlasMediaTypes::mediaTypeFor(p.request.path));
    const QNetworkReply::NetworkError netError = reply->error();
    if (p.overBudget) {
        e.kind = ApiError::Kind::Timeout;
        e.networkError = tr("no complete answer within %n second(s), retries included", nullptr,
                            m_settings.requestBudgetMs / 1000);
        return e;
    }
    if (p.overDeadline) {
        e.kind = ApiError::Kind::Timeout;
        e.networkError
            = tr("no complete answer within %n second(s)", nullptr, m_settings.requestDeadlineMs / 1000);
        return e;
    }
    if (p.tooLarge) {
        e.kind = ApiError::Kind::MalformedResponse;
        e.detail = tr("the answer grew past %1 MB, far more than any real answer; it was not read")
                       .arg(m_settings.maxResponseBytes / (1024 * 1024));
        return e;
    }
    if (answer.status == 0) {
        if (netError == QNetworkReply::NoError)
            return std::nullopt;
        e.networkError = reply->errorString();
        switch (netError) {
        case QNetworkReply::OperationCanceledError: // a transfer timeout aborts the reply
        case QNetworkReply::TimeoutError:
            e.kind = ApiError::Kind::Timeout;
            e.networkError
                = tr("nothing received for %n second(s)", nullptr, m_settings.transferTimeoutMs / 1000);
            break;
        case QNetworkReply::SslHandshakeFailedError:
            e.kind = ApiError::Kind::Tls;
            e.certificateSha256 = p.certificateSha256;
            if (!p.sslErrorText.isEmpty())
                e.networkError = p.sslErrorText;
            break;
        default:
            e.kind = ApiError::Kind::Network;
            break;
        }
        return e;
    }
    if (answer.status >= 200 && answer.status < 300) {
        if (netError != QNetworkReply::NoError) { // a body cut short
            e.kind = ApiError::Kind::Network;
            e.networkError = reply->errorString();
            return e;
        }
        return std::nullopt;
    }
    if (answer.status >= 300 && answer.status < 400) {
        e.kind = ApiError::Kind::MalformedResponse;
        const QUrl target = reply->url().resolved(QUrl::fromEncoded(answer.header("Location")));
        // Where it points, without any credentials the Location might carry, and shortened.
        e.redirectedTo = target.adjusted(QUrl::RemoveUserInfo).toString().left(200);
        if (e.redirectedTo.isEmpty())
            e.redirectedTo = tr("an address it did not give");
        return e;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(answer.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        // A proxy's HTML page, or nothing at all: say what came, never guess.
        const bool challenged = answer.status == 401 && !answer.header("WWW-Authenticate").isEmpty();
        e.kind = challenged ? ApiError::Kind::Authentication : ApiError::Kind::MalformedResponse;
        e.detail = QString::fromUtf8(answer.body.left(200)).simplified();
        return e;
    }
    const QJsonObject body = doc.object();
    e.errorCode = body.value("errorCode"_L1).toString();
    e.detail = body.value("detail"_L1).toString();
    e.parameters = body.value("parameters"_L1).toArray();
    const bool challenged = !answer.header("WWW-Authenticate").isEmpty();
    e.kind = kindForCode(e.errorCode, answer.status, challenged);
    if (e.kind == ApiError::Kind::RateLimited)
        e.retryAfterSeconds = int((rateLimitWaitMs(answer) + 500) / 1000);
    return e;
}

void RequestScheduler::cancelPending(const std::shared_ptr<Pending> &p)
{
    if (p->cancelled)
        return;
    p->cancelled = true;
    if (p->reply) {
        p->reply->abort(); // finished() follows and completes it as Cancelled
        return;
    }
    if (p->timer) {
        p->timer->stop();
        p->timer->deleteLater();
        p->timer = nullptr;
    }
    std::erase(m_interactive, p->id);
    std::erase(m_background, p->id);
    m_pending.erase(p->id);
    // Delivered later, never from inside the caller's cancel().
    QTimer::singleShot(0, this, [p] {
        if (p->handler)
            p->handler({}, ApiError::ofKind(ApiError::Kind::Cancelled));
    });
}

void RequestScheduler::cancel(quint64 id)
{
    const auto it = m_pending.find(id);
    if (it != m_pending.end())
        cancelPending(it->second);
}

void RequestScheduler::cancelMatching(const std::function<bool(const Pending &)> &matches)
{
    std::vector<std::shared_ptr<Pending>> queued;
    std::vector<std::shared_ptr<Pending>> running;
    for (const auto &[id, pending] : m_pending) {
        if (matches(*pending))
            (pending->reply ? running : queued).push_back(pending);
    }
    // The queued ones first: aborting a reply finishes it at once, and its completion starts the next
    // queued request — which must not be one of those being cancelled.
    for (const auto &p : queued)
        cancelPending(p);
    for (const auto &p : running)
        cancelPending(p);
}

void RequestScheduler::cancelGroup(quint64 group)
{
    cancelMatching([group](const Pending &p) { return p.request.group == group; });
}

void RequestScheduler::cancelAll()
{
    cancelMatching([](const Pending &) { return true; });
}

QByteArray httpMethodName(HttpMethod method)
{
    switch (method) {
    case HttpMethod::Get:
        return QByteArrayLiteral("GET");
    case HttpMethod::Post:
        return QByteArrayLiteral("POST");
    case HttpMethod::Patch:
        return QByteArrayLiteral("PATCH");
    case HttpMethod::Delete:
        return QByteArrayLiteral("DELETE");
    }
    return QByteArrayLiteral("GET");
}
