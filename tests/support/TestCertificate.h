// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProcess>
#include <QString>

// A self-signed certificate for 127.0.0.1 made by the openssl command, in dir (cert.pem, key.pem).
inline bool makeSelfSignedCertificate(const QString &dir, QString *certificate, QString *key)
{
    *certificate = dir + QStringLiteral("/cert.pem");
    *key = dir + QStringLiteral("/key.pem");
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                   QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"), *key,
                   QStringLiteral("-out"), *certificate, QStringLiteral("-days"), QStringLiteral("2"),
                   QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-addext"),
                   QStringLiteral("subjectAltName=IP:127.0.0.1")});
    return openssl.waitForFinished(60'000) && openssl.exitStatus() == QProcess::NormalExit
        && openssl.exitCode() == 0;
}
