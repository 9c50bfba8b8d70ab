// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConnectionTester.h"

#include "RoleCatalogue.h"

namespace {

ConnectionTestResult fromError(const ApiError &e)
{
    using O = ConnectionTestResult::Outcome;
    ConnectionTestResult r;
    r.message = e.explanation();
    r.address = e.callerAddress();
    switch (e.kind) {
    case ApiError::Kind::Authentication:
        r.outcome = O::WrongKey;
        break;
    case ApiError::Kind::AddressNotOnList:
        r.outcome = O::AddressNotOnWhitelist;
        break;
    case ApiError::Kind::OrgRequiresList:
        r.outcome = O::OrgRequiresWhitelist;
        break;
    case ApiError::Kind::Tls:
        r.outcome = O::CertificateProblem;
        r.certificateSha256 = e.certificateSha256;
        break;
    case ApiError::Kind::Network:
    case ApiError::Kind::Timeout:
        r.outcome = O::Unreachable;
        break;
    case ApiError::Kind::MalformedResponse:
    case ApiError::Kind::NotFound:
        r.outcome = O::NotOpsManager;
        r.message
            = ConnectionTestResult::tr("Something answered, but it is not the Ops Manager or Cloud Manager "
                                       "Public API (HTTP %1). Check the server address: it is the one you "
                                       "open in a browser.")
                  .arg(e.httpStatus);
        break;
    default:
        r.outcome = O::Other;
        break;
    }
    return r;
}

} // namespace

void testConnection(ApiClient *client, const QObject *context,
                    std::function<void(const ConnectionTestResult &)> done)
{
    client->root(context, [client, context, done](ApiResult<ServerInfo> root) {
        if (!root.ok()) {
            const ConnectionTestResult failed = fromError(root.error());
            if (failed.outcome != ConnectionTestResult::Outcome::NotOpsManager)
                return done(failed);
            // Detect: the same server in the other API. The client is the test's own.
            const ConnectionSettings::Api other = client->connection().api == ConnectionSettings::Api::AtlasV2
                ? ConnectionSettings::Api::PublicV1
                : ConnectionSettings::Api::AtlasV2;
            client->setConnection(client->connection().withApi(other));
            return client->root(context, [done, failed, other](ApiResult<ServerInfo> again) {
                if (!again.ok())
                    return done(failed);
                ConnectionTestResult r;
                r.outcome = ConnectionTestResult::Outcome::OtherApi;
                r.suggestedApi = other;
                r.serverDescription = again.value().appName;
                r.message = other == ConnectionSettings::Api::AtlasV2
                    ? ConnectionTestResult::tr("This server answers the Atlas Administration API v2, not the "
                                               "Public API v1.0: the API is now set to Atlas; test again.")
                    : ConnectionTestResult::tr(
                        "This server answers the Public API v1.0 (Ops Manager or Cloud "
                        "Manager), not the Atlas Administration API v2: the API is now "
                        "set to it; test again.");
                done(r);
            });
        }
        const ServerInfo info = root.value();
        const bool account = client->connection().usesServiceAccount();
        client->whoAmI(context, [info, done, account](ApiResult<ApiClient::Identity> me) {
            if (!me.ok())
                return done(fromError(me.error()));
            ConnectionTestResult r;
            r.outcome = ConnectionTestResult::Outcome::Ok;
            r.serverDescription
                = info.appName + (info.versionString.isEmpty() ? QString() : u' ' + info.versionString);
            QStringList roles;
            if (me.value().key) {
                for (const QString &role : me.value().key->orgRoleNames())
                    roles.append(RoleCatalogue::displayName(role));
                r.keyDescription = ConnectionTestResult::tr("%1 (%2)").arg(me.value().key->desc,
                                                                           roles.join(QStringLiteral(", ")));
            }
            r.message
                = (account ? ConnectionTestResult::tr("Connected to %1 with a token of the service "
                                                      "account; it sees %n organization(s).",
                                                      nullptr, int(me.value().organizations.size()))
                           : ConnectionTestResult::tr("Connected to %1; the key sees %n organization(s).",
                                                      nullptr, int(me.value().organizations.size())))
                      .arg(r.serverDescription);
            done(r);
        });
    });
}
