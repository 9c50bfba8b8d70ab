// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DigestAuth.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QUrl>

namespace {

const QByteArray Realm = QByteArrayLiteral("MMS Public API");

QByteArray md5Hex(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Md5).toHex();
}

// The request target as a path with a decoded-for-comparison form, so that clients which encode
// differently (Qt, curl) still match.
QByteArray normalisedUri(const QByteArray &uri)
{
    const QUrl url = QUrl::fromEncoded(uri);
    return url.path(QUrl::FullyEncoded).toLatin1() + '?' + url.query(QUrl::FullyEncoded).toLatin1();
}

} // namespace

DigestAuth::DigestAuth(const Settings &settings)
    : m_settings(settings)
{
    m_clock.start();
}

QHash<QByteArray, QByteArray> DigestAuth::parseParameters(const QByteArray &header)
{
    QHash<QByteArray, QByteArray> params;
    qsizetype i = 0;
    const qsizetype n = header.size();
    while (i < n) {
        while (i < n && (header[i] == ' ' || header[i] == ','))
            ++i;
        const qsizetype nameStart = i;
        while (i < n && header[i] != '=' && header[i] != ',')
            ++i;
        const QByteArray name = header.mid(nameStart, i - nameStart).trimmed().toLower();
        if (i >= n || header[i] != '=') {
            if (!name.isEmpty())
                params.insert(name, {});
            continue;
        }
        ++i; // '='
        QByteArray value;
        if (i < n && header[i] == '"') {
            ++i;
            while (i < n && header[i] != '"') {
                if (header[i] == '\\' && i + 1 < n)
                    ++i;
                value += header[i++];
            }
            ++i; // closing quote
        } else {
            const qsizetype valueStart = i;
            while (i < n && header[i] != ',')
                ++i;
            value = header.mid(valueStart, i - valueStart).trimmed();
        }
        if (!name.isEmpty()) // "=value" names nothing (found by fuzz_digest)
            params.insert(name, value);
    }
    return params;
}

QByteArray DigestAuth::newNonce()
{
    prune();
    quint32 random[4];
    QRandomGenerator::global()->fillRange(random);
    const QByteArray nonce = QByteArray(reinterpret_cast<const char *>(random), sizeof random).toBase64();
    m_nonces.insert(nonce, Nonce{m_clock.elapsed(), 0, {}});
    return nonce;
}

void DigestAuth::prune()
{
    if (m_nonces.size() < 10'000)
        return;
    const qint64 now = m_clock.elapsed();
    for (auto it = m_nonces.begin(); it != m_nonces.end();) {
        if (now - it->createdMs > 2 * qint64(m_settings.nonceLifetimeMs))
            it = m_nonces.erase(it);
        else
            ++it;
    }
}

QByteArray DigestAuth::challenge(bool stale)
{
    ++m_challenges;
    QByteArray value = "Digest realm=\"" + Realm + "\", domain=\"\", nonce=\"" + newNonce()
        + "\", algorithm=MD5, qop=\"auth\"";
    if (m_settings.sendStale)
        value += stale ? ", stale=true" : ", stale=false";
    return value;
}

DigestAuth::Result DigestAuth::verify(const QByteArray &authorizationHeader, const QByteArray &method,
                                      const QByteArray &requestUri, const PasswordLookup &lookup)
{
    Result result;
    const QByteArray header = authorizationHeader.trimmed();
    if (header.isEmpty())
        return result;
    if (!header.toLower().startsWith("digest ")) {
        result.outcome = Outcome::Malformed;
        return result;
    }
    const auto p = parseParameters(header.mid(7));
    result.username = p.value("username");
    const QByteArray nonce = p.value("nonce");
    const QByteArray uri = p.value("uri");
    const QByteArray response = p.value("response").toLower();
    const QByteArray qop = p.value("qop");
    const QByteArray nc = p.value("nc");
    const QByteArray cnonce = p.value("cnonce");
    const QByteArray algorithm = p.value("algorithm", "MD5");
    if (result.username.isEmpty() || nonce.isEmpty() || uri.isEmpty() || response.isEmpty()
        || p.value("realm") != Realm || algorithm.compare("MD5", Qt::CaseInsensitive) != 0) {
        result.outcome = Outcome::Malformed;
        return result;
    }
    if (qop != "auth" || nc.size() != 8 || cnonce.isEmpty()) {
        result.outcome = Outcome::UnsupportedQop;
        return result;
    }
    if (normalisedUri(uri) != normalisedUri(requestUri)) {
        result.outcome = Outcome::WrongUri;
        return result;
    }
    const auto password = lookup(result.username);
    if (!password) {
        result.outcome = Outcome::UnknownUser;
        return result;
    }
    const QByteArray ha1 = md5Hex(result.username + ':' + Realm + ':' + *password);
    const QByteArray ha2 = md5Hex(method + ':' + uri);
    const QByteArray expected = md5Hex(ha1 + ':' + nonce + ':' + nc + ':' + cnonce + ':' + qop + ':' + ha2);
    if (expected != response) {
        result.outcome = Outcome::WrongPassword;
        return result;
    }
    auto it = m_nonces.find(nonce);
    if (it == m_nonces.end()) {
        // A correct response to a nonce we no longer know: as good as expired.
        result.outcome = Outcome::StaleNonce;
        return result;
    }
    const bool expired = m_clock.elapsed() - it->createdMs > m_settings.nonceLifetimeMs
        || (m_settings.nonceMaxUses > 0 && it->uses >= m_settings.nonceMaxUses);
    if (expired) {
        m_nonces.erase(it);
        result.outcome = Outcome::StaleNonce;
        return result;
    }
    if (it->usedCounts.contains(nc)) {
        result.outcome = Outcome::ReplayedNonceCount;
        return result;
    }
    it->usedCounts.insert(nc);
    ++it->uses;
    result.outcome = Outcome::Ok;
    return result;
}
