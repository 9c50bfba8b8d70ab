// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "OAuthTokens.h"

#include "ApiLogging.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslConfiguration>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {
// Far above any real token answer (a few hundred bytes); nothing larger is read.
constexpr qint64 MaxAnswerBytes = 64 * 1024;
constexpr qsizetype MaxTokenLength = 8192;
// A life the server states is kept within these: two seconds at least (renewed at half its life, a
// token is then minted at most once a second however many requests run), a day at most (documented:
// one hour).
constexpr int MinLifeSeconds = 2;
constexpr int MaxLifeSeconds = 86400;
constexpr int DefaultLifeSeconds = 3600;
// Revoking on sign-out or quit waits for nothing and is given this long.
constexpr int RevokeDeadlineMs = 5000;

bool isTokenText(const QByteArray &token)
{
    // RFC 6750 b64token: letters, digits and -._~+/ with trailing '='.
    return !token.isEmpty() && token.size() <= MaxTokenLength
        && std::all_of(token.begin(), token.end(), [](char c) {
               return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                   || QByteArrayView("-._~+/=").contains(c);
           });
}
} // namespace

OAuthTokens::OAuthTokens(QNetworkAccessManager *manager, QObject *parent)
    : QObject(parent)
    , m_manager(manager)
{ }

OAuthTokens::~OAuthTokens()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
    forget();
}

void OAuthTokens::setSettings(const ConnectionSettings &settings)
{
    if (m_reply) {
        QNetworkReply *reply = m_reply;
        m_reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
    const QList<Done> waiting = std::exchange(m_waiting, {});
    for (const Done &done : waiting)
        done(ApiError::ofKind(ApiError::Kind::Cancelled));
    clearToken();
    m_failure.reset();
    m_settings = settings;
}

std::optional<ApiError> OAuthTokens::refusal() const
{
    if (!m_failure)
        return std::nullopt;
    if (m_failure->kind == ApiError::Kind::Authentication && m_failure->errorCode != "access_denied"_L1)
        return m_failure;
    const qint64 holdMs
        = m_failure->kind == ApiError::Kind::Authentication || m_failure->kind == ApiError::Kind::RateLimited
        ? 60'000
        : 5'000;
    return m_failedAt.isValid() && m_failedAt.elapsed() < holdMs ? m_failure : std::nullopt;
}

void OAuthTokens::clearToken()
{
    m_token.fill('\0');
    m_token.clear();
    m_lifeMs = 0;
    m_since.invalidate();
}

qint64 OAuthTokens::secondsLeft() const
{
    if (m_token.isEmpty() || !m_since.isValid())
        return 0;
    return std::max<qint64>(0, (m_lifeMs - m_since.elapsed()) / 1000);
}

bool OAuthTokens::hasFreshToken() const
{
    if (m_token.isEmpty() || !m_since.isValid())
        return false;
    const qint64 margin = std::min<qint64>(qint64(m_settings.tokenRenewMarginSeconds) * 1000, m_lifeMs / 2);
    return m_since.elapsed() < m_lifeMs - margin;
}

QNetworkReply *OAuthTokens::post(const QString &endpoint, const QByteArray &body, int deadlineMs)
{
    const QUrl url = m_settings.oauthUrl(endpoint);
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    // Never followed: a redirect would carry the client secret to another address.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(m_settings.transferTimeoutMs);
    request.setRawHeader("Accept", "application/json");
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArrayLiteral("application/x-www-form-urlencoded"));
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("apiaccess/" APIACCESS_VERSION));
    const QByteArray credentials = (m_settings.publicKey + u':' + m_settings.privateKey).toUtf8().toBase64();
    request.setRawHeader("Authorization", "Basic " + credentials);
    if (url.scheme() == "https"_L1 && !m_settings.extraCaCertificates.isEmpty()) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.addCaCertificates(m_settings.extraCaCertificates);
        request.setSslConfiguration(tls);
    }
    QNetworkReply *reply = m_manager->post(request, body);
    const ConnectionSettings settings = m_settings;
    connect(reply, &QNetworkReply::sslErrors, this, [this, reply, settings](const QList<QSslError> &errors) {
        if (settings.acceptsPinned(errors, reply->sslConfiguration().peerCertificate(), &m_certificateSha256))
            reply->ignoreSslErrors(errors);
    });
    auto *deadline = new QTimer(reply);
    deadline->setSingleShot(true);
    connect(deadline, &QTimer::timeout, reply, &QNetworkReply::abort);
    deadline->start(deadlineMs);
    connect(reply, &QNetworkReply::downloadProgress, reply, [reply](qint64 received, qint64 total) {
        if (received > MaxAnswerBytes || total > MaxAnswerBytes)
            reply->abort();
    });
    return reply;
}

void OAuthTokens::mint(Done done)
{
    m_waiting.append(std::move(done));
    if (m_reply)
        return;
    m_certificateSha256.clear();
    qCDebug(lcApi) << "token request for" << m_settings.publicKey;
    ++m_requests;
    m_reply = post(u"token"_s, "grant_type=client_credentials",
                   std::min(m_settings.requestDeadlineMs, m_settings.requestBudgetMs));
    QNetworkReply *reply = m_reply;
    connect(reply, &QNetworkReply::finished, this, [this, reply] { finishMint(reply); });
}

std::variant<std::pair<QByteArray, int>, ApiError>
OAuthTokens::parseTokenAnswer(int status, const QByteArray &body, const QString &clientId)
{
    ApiError e;
    e.httpStatus = status;
    e.publicKey = clientId;
    e.serviceAccount = true;
    e.method = u"POST"_s;
    e.path = u"/api/oauth/token"_s;
    const QJsonDocument doc = QJsonDocument::fromJson(body.left(MaxAnswerBytes));
    const QJsonObject object = doc.object();
    if (status >= 200 && status < 300) {
        const QByteArray token = object.value("access_token"_L1).toString().toLatin1();
        const QString type = object.value("token_type"_L1).toString(u"Bearer"_s);
        if (!isTokenText(token) || type.compare("Bearer"_L1, Qt::CaseInsensitive) != 0) {
            e.kind = ApiError::Kind::MalformedResponse;
            e.detail = ApiError::tr("the token endpoint's answer holds no usable bearer token");
            return e;
        }
        const QJsonValue life = object.value("expires_in"_L1);
        const int seconds = life.isDouble()
            ? int(std::clamp<double>(life.toDouble(), MinLifeSeconds, MaxLifeSeconds))
            : DefaultLifeSeconds;
        return std::pair{token, seconds};
    }
    // RFC 6749 section 5.2: {"error": "invalid_client", "error_description": "…"}.
    e.errorCode = object.value("error"_L1).toString().left(64);
    e.detail = object.value("error_description"_L1).toString().left(300);
    if (status == 429)
        e.kind = ApiError::Kind::RateLimited;
    else if (status >= 500)
        e.kind = ApiError::Kind::Server;
    else if (status == 400 || status == 401 || status == 403)
        e.kind = ApiError::Kind::Authentication;
    else
        e.kind = ApiError::Kind::MalformedResponse;
    if (e.errorCode.isEmpty() && e.kind == ApiError::Kind::Authentication && status == 401)
        e.errorCode = u"invalid_client"_s;
    return e;
}

void OAuthTokens::finishMint(QNetworkReply *reply)
{
    if (reply != m_reply)
        return;
    m_reply = nullptr;
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    std::optional<ApiError> error;
    if (status == 0 || (reply->error() != QNetworkReply::NoError && status < 400)) {
        ApiError e;
        e.serviceAccount = true;
        e.publicKey = m_settings.publicKey;
        e.method = u"POST"_s;
        e.path = u"/api/oauth/token"_s;
        e.networkError = reply->errorString();
        e.kind = reply->error() == QNetworkReply::SslHandshakeFailedError ? ApiError::Kind::Tls
            : reply->error() == QNetworkReply::OperationCanceledError     ? ApiError::Kind::Timeout
                                                                          : ApiError::Kind::Network;
        e.certificateSha256 = m_certificateSha256;
        error = e;
    } else if (status >= 300 && status < 400) {
        ApiError e;
        e.serviceAccount = true;
        e.kind = ApiError::Kind::MalformedResponse;
        e.httpStatus = status;
        e.redirectedTo = QString::fromLatin1(reply->rawHeader("Location").left(200));
        if (e.redirectedTo.isEmpty())
            e.redirectedTo = ApiError::tr("an address it did not give");
        error = e;
    } else {
        auto parsed = parseTokenAnswer(status, reply->readAll(), m_settings.publicKey);
        if (auto *e = std::get_if<ApiError>(&parsed)) {
            error = *e;
        } else {
            auto &[token, seconds] = std::get<std::pair<QByteArray, int>>(parsed);
            clearToken();
            m_token = token;
            m_lifeMs = qint64(seconds) * 1000;
            m_since.start();
            ++m_minted;
            qCDebug(lcApi) << "token minted for" << m_settings.publicKey << "life" << seconds << "s";
        }
    }
    if (error) {
        qCInfo(lcApi) << "token refused" << error->httpStatus << error->errorCode;
        m_failure = error;
        m_failedAt.start();
    } else {
        m_failure.reset();
    }
    const QList<Done> waiting = std::exchange(m_waiting, {});
    for (const Done &done : waiting)
        done(error);
}

void OAuthTokens::invalidate(const QByteArray &token)
{
    if (!token.isEmpty() && token == m_token)
        clearToken();
}

QNetworkReply *OAuthTokens::revoke()
{
    if (m_token.isEmpty() || m_settings.privateKey.isEmpty()) {
        clearToken();
        return nullptr;
    }
    // RFC 7009: the token and a hint; the server answers 200 whether it knew the token or not.
    QNetworkReply *reply
        = post(u"revoke"_s, "token=" + m_token.toPercentEncoding() + "&token_type_hint=access_token",
               RevokeDeadlineMs);
    ++m_revoked;
    connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
    clearToken();
    return reply;
}

void OAuthTokens::forget()
{
    clearToken();
    m_settings.privateKey.fill(QChar(u'\0'));
    m_settings.privateKey.clear();
}
