// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SyncHttp.h"

#include <QAuthenticator>
#include <QBuffer>
#include <QEventLoop>
#include <QTimer>

QByteArray SyncHttp::Reply::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

SyncHttp::SyncHttp(const QString &apiUrl, const QString &user, const QString &password)
    : m_apiUrl(apiUrl)
    , m_user(user)
    , m_password(password)
{ }

void SyncHttp::setCredentials(const QString &user, const QString &password)
{
    m_user = user;
    m_password = password;
    m_manager.clearAccessCache();
}

SyncHttp::Reply SyncHttp::send(const QByteArray &method, const QString &path, const QByteArray &body,
                               const QList<QPair<QByteArray, QByteArray>> &headers)
{
    QNetworkRequest request(QUrl::fromEncoded((m_apiUrl + path).toUtf8(), QUrl::StrictMode));
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    request.setTransferTimeout(20'000);
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    if (!m_caCertificates.isEmpty()) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.addCaCertificates(m_caCertificates);
        request.setSslConfiguration(tls);
    }
    QNetworkReply *reply = m_manager.sendCustomRequest(request, method, body);
    Reply result;
    QObject::connect(&m_manager, &QNetworkAccessManager::authenticationRequired, reply,
                     [&](QNetworkReply *r, QAuthenticator *auth) {
                         if (r != reply)
                             return;
                         // Once per reply: a second request means the credentials are wrong.
                         if (result.authenticationRequests++ == 0) {
                             auth->setUser(m_user);
                             auth->setPassword(m_password);
                         }
                     });
    if (m_ignoreSsl)
        QObject::connect(reply, &QNetworkReply::sslErrors, reply, [reply] { reply->ignoreSslErrors(); });
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.error = reply->error();
    result.errorString = reply->errorString();
    result.body = reply->readAll();
    result.headers = reply->rawHeaderPairs();
    reply->deleteLater();
    return result;
}
