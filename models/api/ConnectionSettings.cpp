// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConnectionSettings.h"

#include "TextChecks.h"

#include <QHostAddress>

using namespace Qt::StringLiterals;

QUrl ConnectionSettings::apiBaseFromServerText(const QString &input, QString *error)
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
    if (path.endsWith(u"/api/public/v1.0"_s))
        path.chop(int(qstrlen("/api/public/v1.0")));
    url.setPath(path + u"/api/public/v1.0"_s);
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
