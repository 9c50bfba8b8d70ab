// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
// OAuth 2.0 client credentials for service accounts (Cloud Manager): POST /api/oauth/token and
// /api/oauth/revoke with Basic auth, and the bearer tokens they issue. The rules (README "The emulator"):
// a token lives --token-lifetime seconds (3600 documented); an account holds at most --max-tokens live
// tokens (100 documented; beyond: 403 access_denied); an expired or unknown secret is invalid_client;
// the access list applies when a token is used, not when it is issued; deleting a secret or the account
// revokes its tokens at once.
#include "ApiDispatcher.h"

#include <QJsonDocument>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

ApiResponse ApiDispatcher::oauthError(int status, QLatin1StringView error, const QString &description)
{
    ApiResponse response;
    response.status = status;
    response.body = QJsonDocument(QJsonObject{{"error"_L1, error}, {"error_description"_L1, description}})
                        .toJson(QJsonDocument::Compact);
    if (status == 401)
        response.headers.append({QByteArray("WWW-Authenticate"), QByteArray("Basic realm=\"oauth\"")});
    return response;
}

std::optional<ApiResponse> ApiDispatcher::oauthClient(const Call &call, EmulatedServiceAccount **account,
                                                      ServiceAccountSecret **secret)
{
    const QByteArray header = call.request->authorization;
    if (!header.startsWith("Basic "))
        return oauthError(401, "invalid_client"_L1, u"Client authentication is required (HTTP Basic)."_s);
    const QByteArray decoded = QByteArray::fromBase64(header.mid(6).trimmed());
    const qsizetype colon = decoded.indexOf(':');
    const QString clientId = QString::fromUtf8(decoded.left(colon));
    const QString value = colon < 0 ? QString() : QString::fromUtf8(decoded.mid(colon + 1));
    for (EmulatedServiceAccount &a : m_data.serviceAccounts) {
        if (a.account.clientId != clientId)
            continue;
        for (ServiceAccountSecret &s : a.account.secrets) {
            if (s.secret.isEmpty() || s.secret != value)
                continue;
            if (s.expiredAt(now()))
                return oauthError(401, "invalid_client"_L1, u"The client secret has expired."_s);
            *account = &a;
            *secret = &s;
            return std::nullopt;
        }
    }
    return oauthError(401, "invalid_client"_L1, u"Invalid client credentials."_s);
}

void ApiDispatcher::dropTokens(const std::function<bool(const Token &)> &matches)
{
    m_tokens.removeIf([&](const QHash<QByteArray, Token>::iterator it) { return matches(it.value()); });
}

ApiResponse ApiDispatcher::oauth(Call &call, QByteArrayView endpoint)
{
    if (call.method != "POST") {
        ApiResponse r = oauthError(405, "invalid_request"_L1, u"Use POST."_s);
        r.headers.append({QByteArray("Allow"), QByteArray("POST")});
        return r;
    }
    const qint64 nowMs = m_uptime.elapsed();
    dropTokens([&](const Token &t) { return t.expiresAtMs <= nowMs; });
    EmulatedServiceAccount *account = nullptr;
    ServiceAccountSecret *secret = nullptr;
    if (auto refused = oauthClient(call, &account, &secret))
        return *refused;
    const QUrlQuery form(QString::fromUtf8(call.request->body));
    if (endpoint == "revoke") {
        // RFC 7009: 200 whether or not the token was known; only the account's own tokens go.
        const QByteArray token = form.queryItemValue(u"token"_s, QUrl::FullyDecoded).toLatin1();
        if (const auto it = m_tokens.constFind(token);
            it != m_tokens.cend() && it->clientId == account->account.clientId)
            m_tokens.erase(it);
        ApiResponse ok;
        ok.body = "{}";
        return ok;
    }
    if (!form.hasQueryItem(u"grant_type"_s))
        return oauthError(400, "invalid_request"_L1, u"grant_type is required."_s);
    if (form.queryItemValue(u"grant_type"_s) != "client_credentials"_L1)
        return oauthError(400, "unsupported_grant_type"_L1, u"Only client_credentials is supported."_s);
    const QString clientId = account->account.clientId;
    const auto live = std::count_if(m_tokens.cbegin(), m_tokens.cend(),
                                    [&](const Token &t) { return t.clientId == clientId; });
    if (live >= m_options.maxTokensPerAccount)
        return oauthError(
            403, "access_denied"_L1,
            u"Access Token limit reached. Please use the existing Access Tokens or create a new "
            "Service Account."_s);
    QByteArray token;
    do {
        token = QByteArray::number(random64(), 36) + QByteArray::number(random64(), 36)
            + QByteArray::number(random64(), 36);
    } while (m_tokens.contains(token));
    m_tokens.insert(token, {clientId, secret->id, nowMs + qint64(m_options.tokenLifetimeSeconds) * 1000});
    secret->lastUsedAt = now();
    m_dirty = true;
    ApiResponse response;
    response.body = QJsonDocument(QJsonObject{{"access_token"_L1, QString::fromLatin1(token)},
                                              {"token_type"_L1, u"Bearer"_s},
                                              {"expires_in"_L1, m_options.tokenLifetimeSeconds}})
                        .toJson(QJsonDocument::Compact);
    return response;
}

ApiResponse ApiDispatcher::bearerRefused(const QString &description) const
{
    ApiResponse response;
    response.status = 401;
    response.body
        = QJsonDocument(
              QJsonObject{{"detail"_L1, description}, {"error"_L1, 401}, {"reason"_L1, u"Unauthorized"_s}})
              .toJson(QJsonDocument::Compact);
    response.headers.append({QByteArray("WWW-Authenticate"), QByteArray("Bearer error=\"invalid_token\"")});
    return response;
}

bool ApiDispatcher::authenticateBearer(Call &call, ApiResponse *refused)
{
    if (!m_options.hasServiceAccounts()) {
        *refused = bearerRefused(u"This server signs requests with HTTP Digest only."_s);
        return false;
    }
    const QByteArray token = call.request->authorization.mid(7).trimmed();
    const auto it = m_tokens.constFind(token);
    if (it == m_tokens.cend() || it->expiresAtMs <= m_uptime.elapsed()) {
        *refused = bearerRefused(u"The access token is invalid or has expired."_s);
        return false;
    }
    EmulatedServiceAccount *account = nullptr;
    for (EmulatedServiceAccount &a : m_data.serviceAccounts) {
        if (a.account.clientId == it->clientId)
            account = &a;
    }
    if (!account) {
        *refused = bearerRefused(u"The access token is invalid or has expired."_s);
        return false;
    }
    call.caller.account = account;
    call.address = callerAddress(*call.request);
    return true;
}
