// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ApiClient.h"

#include <QCoreApplication>

// "Test connection": one root request and a who-am-I, and the outcome in plain words with what the
// person needs next (the address to add, the certificate's fingerprint to trust).
struct ConnectionTestResult
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionTestResult)
public:
    enum class Outcome {
        Ok,
        WrongKey,
        AddressNotOnWhitelist,
        OrgRequiresWhitelist,
        CertificateProblem,
        Unreachable,
        NotOpsManager,
        OtherApi, // the server answers the other API (suggestedApi): Atlas's v2, or the Public API v1.0
        Other,
    };

    Outcome outcome = Outcome::Other;
    QString message; // plain words, with the next step
    QString address; // the address the server saw (whitelist refusals)
    QString certificateSha256; // TLS problems
    QString serverDescription; // "MongoDB Ops Manager 7.0.12" on success
    QString keyDescription; // the key's description and roles on success
    ConnectionSettings::Api suggestedApi = ConnectionSettings::Api::PublicV1; // OtherApi
    bool ok() const { return outcome == Outcome::Ok; }
};

// Tells whether the connection works, and if not why in plain words. done runs while context exists.
void testConnection(ApiClient *client, const QObject *context,
                    std::function<void(const ConnectionTestResult &)> done);
