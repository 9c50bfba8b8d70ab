// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConnectionSettings.h"

#include "TextChecks.h"

#include <QCryptographicHash>
#include <QHostAddress>

#include <algorithm>

using namespace Qt::StringLiterals;

QString ConnectionSettings::apiName(Api api)
{
    return api == Api::AtlasV2 ? u"atlas"_s : u"public-v1"_s;
}

std::optional<ConnectionSettings::Api> ConnectionSettings::apiFromName(const QString &name)
{
    if (name == "atlas"_L1)
        return Api::AtlasV2;
    if (name == "public-v1"_L1)
        return Api::PublicV1;
    return std::nullopt;
}

QString ConnectionSettings::apiPath(Api api)
{
    return api == Api::AtlasV2 ? u"/api/atlas/v2"_s : u"/api/public/v1.0"_s;
}

std::optional<ConnectionSettings::Api> ConnectionSettings::apiOfServerText(const QString &text)
{
    QString path
        = QUrl(text.trimmed().contains(u"://"_s) ? text.trimmed() : u"https://"_s + text.trimmed()).path();
    while (path.endsWith(u'/'))
        path.chop(1);
    for (const Api api : {Api::PublicV1, Api::AtlasV2}) {
        if (path.endsWith(apiPath(api)))
            return api;
    }
    return std::nullopt;
}

ConnectionSettings ConnectionSettings::withApi(Api other) const
{
    ConnectionSettings s = *this;
    QString path = apiBase.path();
    if (path.endsWith(apiPath(api)))
        path.chop(apiPath(api).size());
    s.apiBase.setPath(path + apiPath(other));
    s.api = other;
    return s;
}

QUrl ConnectionSettings::apiBaseFromServerText(const QString &input, QString *error, Api api)
{
    QString text = input.trimmed();
    error->clear();
    if (text.isEmpty()) {
        *error = tr("Enter the server address, as you type it in a browser.");
        return {};
    }
    // Browsers stop at about 2,000 characters; a server address is far shorter.
    if (text.size() > 2048) {
        *error = tr("The server address is %1 characters long; check what was pasted (an address has at "
                    "most 2,048).")
                     .arg(text.size());
        return {};
    }
    for (const QChar c : std::as_const(text)) {
        if (TextChecks::isInvisible(c)) {
            *error = tr("The server address contains an invisible character (U+%1); type it again instead "
                        "of pasting it.")
                         .arg(TextChecks::codePoint(c));
            return {};
        }
    }
    if (!text.contains(u"://"_s))
        text.prepend(u"https://"_s);
    QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty()) {
        *error = tr("“%1” is not a server address; type it as in a browser, e.g. "
                    "https://opsmanager.example.com:8443.")
                     .arg(input.trimmed().size() > 60 ? input.trimmed().left(59) + u'…' : input.trimmed());
        return {};
    }
    if (url.scheme() != "https"_L1 && url.scheme() != "http"_L1) {
        *error = tr("Use an http:// or https:// address, not %1://.").arg(url.scheme());
        return {};
    }
    if (!url.userInfo().isEmpty()) {
        *error
            = tr("Remove the user name and password from the address; the API key goes in its own fields.");
        return {};
    }
    QString path = url.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    for (const Api any : {Api::PublicV1, Api::AtlasV2}) {
        if (path.endsWith(apiPath(any)))
            path.chop(apiPath(any).size());
    }
    url.setPath(path + apiPath(api));
    url.setQuery(QString());
    url.setFragment(QString());
    return url;
}

bool ConnectionSettings::isInsecure() const
{
    if (apiBase.scheme() != "http"_L1)
        return false;
    const QString host = apiBase.host();
    if (host == "localhost"_L1)
        return false;
    const QHostAddress address(host);
    return address.isNull() || !address.isLoopback();
}

QString ConnectionSettings::insecureWarning() const
{
    if (!isInsecure())
        return {};
    return tr("This connection uses http:// to %1: requests, answers and the key's digest travel "
              "unencrypted. "
              "Use https:// unless the network path is trusted.")
        .arg(apiBase.host());
}

QString ConnectionSettings::webConsoleSettingsPageProblem(const QString &pattern)
{
    const QString p = pattern.trimmed();
    if (p.isEmpty())
        return {};
    if (p.size() > 2048)
        return tr("The web console page is %1 characters long; at most 2048.").arg(p.size());
    if (!p.contains(u"{orgId}"_s))
        return tr("The web console page needs {orgId} where the organization's ID goes, as in %1.")
            .arg(QString::fromLatin1(DefaultWebConsoleSettingsPage));
    if (!p.startsWith(u"{server}"_s) && !p.startsWith(u"https://"_s) && !p.startsWith(u"http://"_s))
        return tr("The web console page starts with {server}, https:// or http://.");
    const QUrl url(QString(p)
                       .replace(u"{server}"_s, u"https://server.example"_s)
                       .replace(u"{orgId}"_s, u"0123456789abcdef01234567"_s),
                   QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        return tr("The web console page is not an address: %1").arg(url.errorString());
    return {};
}

QUrl ConnectionSettings::webConsoleSettingsUrl(const QString &orgId) const
{
    const QString pattern = webConsoleSettingsPage.trimmed().isEmpty()
        ? QString::fromLatin1(DefaultWebConsoleSettingsPage)
        : webConsoleSettingsPage.trimmed();
    if (!webConsoleSettingsPageProblem(pattern).isEmpty())
        return {};
    // {server}: the address as typed in a browser, which is the API base without /api/public/v1.0.
    QUrl server = apiBase;
    QString path = server.path();
    if (path.endsWith(u"/api/public/v1.0"_s))
        path.chop(int(qstrlen("/api/public/v1.0")));
    server.setPath(path);
    server.setQuery(QString());
    server.setFragment(QString());
    const QString serverText = server.toString(QUrl::StripTrailingSlash);
    // The organization ID is a hex ObjectId; anything else is percent-encoded so it cannot change the
    // address around it.
    return QUrl(QString(pattern)
                    .replace(u"{server}"_s, serverText)
                    .replace(u"{orgId}"_s, QString::fromLatin1(QUrl::toPercentEncoding(orgId))),
                QUrl::TolerantMode);
}

QUrl ConnectionSettings::oauthUrl(const QString &endpoint) const
{
    // The server's own prefix (a reverse proxy's /mms, say) stays: only the API's path is replaced.
    QUrl url = apiBase.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo
                                | QUrl::StripTrailingSlash);
    QString path = url.path();
    const qsizetype api = path.lastIndexOf(u"/api/"_s);
    if (api >= 0)
        path.truncate(api);
    url.setPath(path + u"/api/oauth/"_s + endpoint);
    return url;
}

bool ConnectionSettings::acceptsPinned(const QList<QSslError> &errors, const QSslCertificate &peer,
                                       QString *fingerprint) const
{
    const QSslCertificate certificate
        = errors.isEmpty() || errors.first().certificate().isNull() ? peer : errors.first().certificate();
    const QByteArray sha256 = certificate.digest(QCryptographicHash::Sha256).toHex();
    if (fingerprint)
        *fingerprint = QString::fromLatin1(sha256);
    const bool hostMismatch = std::any_of(errors.cbegin(), errors.cend(), [](const QSslError &e) {
        return e.error() == QSslError::HostNameMismatch;
    });
    return !hostMismatch && !pinnedCertificateSha256.isEmpty()
        && sha256.compare(pinnedCertificateSha256, Qt::CaseInsensitive) == 0;
}
