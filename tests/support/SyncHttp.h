// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslCertificate>
#include <QSslError>

// A blocking HTTP client for tests, on QNetworkAccessManager with Qt's own digest support: the
// credentials are given once per reply, as Qt 6.4 needs (a second prompt means a wrong key).
class SyncHttp
{
public:
    struct Reply
    {
        int status = 0;
        QNetworkReply::NetworkError error = QNetworkReply::NoError;
        QString errorString;
        QByteArray body;
        QList<QNetworkReply::RawHeaderPair> headers;
        int authenticationRequests = 0;

        QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
        QJsonArray jsonArray() const { return QJsonDocument::fromJson(body).array(); }
        QByteArray header(const QByteArray &name) const;
        QString errorCode() const { return json().value(QLatin1StringView("errorCode")).toString(); }
    };

    SyncHttp(const QString &apiUrl, const QString &user, const QString &password);

    Reply get(const QString &path) { return send("GET", path); }
    Reply post(const QString &path, const QByteArray &body) { return send("POST", path, body); }
    Reply patch(const QString &path, const QByteArray &body) { return send("PATCH", path, body); }
    Reply del(const QString &path) { return send("DELETE", path); }
    // path is appended to the API URL as given (already percent-encoded where needed).
    Reply send(const QByteArray &method, const QString &path, const QByteArray &body = {},
               const QList<QPair<QByteArray, QByteArray>> &headers = {});

    void setCredentials(const QString &user, const QString &password);
    void setIgnoreSslErrors(bool ignore) { m_ignoreSsl = ignore; }
    void setCaCertificates(const QList<QSslCertificate> &certificates) { m_caCertificates = certificates; }
    QNetworkAccessManager &manager() { return m_manager; }

private:
    QString m_apiUrl;
    QString m_user;
    QString m_password;
    bool m_ignoreSsl = false;
    QList<QSslCertificate> m_caCertificates;
    QNetworkAccessManager m_manager;
};
