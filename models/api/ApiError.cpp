// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ApiError.h"

#include "ErrorCodes.h"

#include "IpBlock.h"

using namespace Qt::StringLiterals;

QString ApiError::callerAddress() const
{
    for (const QJsonValue &p : parameters) {
        const auto parsed = IpBlock::parse(p.toString());
        if (p.isString() && parsed.ok() && parsed.block->isSingleAddress())
            return p.toString();
    }
    return {};
}

QString ApiError::title() const
{
    if (isApiVersionRefusal())
        return tr("API version not served");
    switch (kind) {
    case Kind::Network:
        return tr("Server unreachable");
    case Kind::Tls:
        return tr("Certificate not trusted");
    case Kind::Timeout:
        return tr("No answer in time");
    case Kind::Authentication:
        return tr("API key not accepted");
    case Kind::AddressNotOnList:
        return tr("Address not on the whitelist");
    case Kind::OrgRequiresList:
        return tr("The organization requires a whitelist");
    case Kind::ResourceRequiresList:
        return tr("This operation requires a whitelist");
    case Kind::Permission:
        return tr("Not allowed for this key");
    case Kind::NotFound:
        return tr("Not found");
    case Kind::Conflict:
        return tr("Already there");
    case Kind::Validation:
        return tr("Refused by the server");
    case Kind::RateLimited:
        return tr("Too many requests");
    case Kind::Server:
        return tr("Server error");
    case Kind::MalformedResponse:
        return tr("Unexpected answer");
    case Kind::Cancelled:
        return tr("Cancelled");
    }
    return {};
}

// Where a service account's request reads differently from a key's: its token, its access list.
QString ApiError::accountExplanation(const QString &address, const QString &said) const
{
    const QString account = publicKey.isEmpty() ? tr("in use") : publicKey;
    switch (kind) {
    case Kind::Authentication:
        if (errorCode == "invalid_client"_L1)
            return tr("The server did not accept service account %1 (invalid_client): the client ID or the "
                      "secret is wrong, or the secret expired or was deleted.%2 Add a new secret to the "
                      "account (Organization Owner) and put it in the connection profile.")
                .arg(account, said);
        if (errorCode == "access_denied"_L1)
            return tr("Service account %1 may hold at most 100 active tokens and has reached that limit "
                      "(access_denied).%2 Tokens expire after an hour; wait, or revoke the ones other tools "
                      "hold.")
                .arg(account, said);
        if (!errorCode.isEmpty())
            return tr("The server refused to give service account %1 a token (%2).%3")
                .arg(account, errorCode, said);
        return tr("The server did not accept the token of service account %1, not even a fresh one: the "
                  "account or its secret may have been deleted.%2 Check the connection profile.")
            .arg(account, said);
    case Kind::AddressNotOnList:
        return tr("The server sees this computer calling from %1, and that address is not on the access list "
                  "of service account %2 (the list applies when a token is used, not when it is issued). Add "
                  "%1 (or a block that covers it) to the account's access list, or connect from an address "
                  "that is on it.")
            .arg(address, account);
    case Kind::OrgRequiresList:
        return tr("The organization requires an access list, and service account %2 has none, so its tokens "
                  "work from nowhere. Add %1 to its access list (with an Organization Owner key or in the "
                  "web console).")
            .arg(address, account);
    case Kind::ResourceRequiresList:
        return tr("This operation is only allowed with an access list, and service account %2 has none. Add "
                  "%1 to its access list, then try again.")
            .arg(address, account);
    case Kind::Permission:
        return tr("Service account %1 is not allowed to do this.%2 Use an account or a key with the needed "
                  "role (for most changes: Organization Owner).")
            .arg(account, said);
    default:
        return {};
    }
}

QString ApiError::explanation() const
{
    if (changeAccepted) {
        ApiError readBack = *this;
        readBack.changeAccepted = false;
        return tr("The server accepted the change, but reading back the new value failed: %1 The next sync "
                  "(F5) shows the value the server now holds.")
            .arg(readBack.explanation());
    }
    const QString address = callerAddress().isEmpty() ? tr("your address") : callerAddress();
    const QString key = publicKey.isEmpty() ? tr("in use") : publicKey;
    const QString said = detail.isEmpty() ? QString() : tr(" The server said: “%1”").arg(detail);
    if (serviceAccount) {
        if (const QString text = accountExplanation(address, said); !text.isEmpty())
            return text;
    }
    // Two writes of the same object at once (parallel secret creation, documented for service accounts).
    if (errorCode == ErrorCodes::DataConcurrencyError)
        return tr("Another change to the same object reached the server at the same moment, so this one was "
                  "not made.%1 Try again.")
            .arg(said);
    // A read-only key asked for another key's list (Atlas answers 401, Ops Manager's table 400).
    if (errorCode == ErrorCodes::apiKeyListAccessDenied(ErrorCodes::Naming::AccessList)
        || errorCode == ErrorCodes::apiKeyListAccessDenied(ErrorCodes::Naming::Whitelist))
        return tr("Only the key itself or a user administrator may read another key's access list, and API "
                  "key "
                  "%1 is neither: this list is unknown here, not empty. Sync with an Organization Owner key "
                  "to "
                  "see it.")
            .arg(key);
    // The entry the request came through, on the calling key's own list (both namings).
    if (errorCode == ErrorCodes::cannotRemoveCaller(ErrorCodes::Naming::AccessList)
        || errorCode == ErrorCodes::cannotRemoveCaller(ErrorCodes::Naming::Whitelist))
        return tr("The server refuses to remove the entry that covers %1, the address this console calls "
                  "from with API key %2: without it the key could no longer call from here. Nothing was "
                  "changed. To remove it, connect from another address or with another key.")
            .arg(address, key);
    if (isApiVersionRefusal())
        return tr("This version of API Access Console speaks a version of this resource (%1) that the server "
                  "no longer serves.%2 Update API Access Console; nothing was changed.")
            .arg(mediaType.isEmpty() ? tr("unknown") : mediaType, said);
    switch (kind) {
    case Kind::Network:
        return tr("Could not reach the server (%1). Check the server address, your network and the proxy "
                  "settings of the connection.")
            .arg(networkError);
    case Kind::Tls:
        return tr("The server's certificate is not trusted (%1). Its SHA-256 fingerprint is %2. If you "
                  "recognise it, add your organization's CA bundle to the connection, or trust this "
                  "certificate "
                  "for this connection only.")
            .arg(networkError, certificateSha256.isEmpty() ? tr("unknown") : certificateSha256);
    case Kind::Timeout:
        return networkError.isEmpty()
            ? tr("The server did not answer in time. It may be overloaded or a proxy may be holding the "
                 "request; try again.")
            : tr("The server stopped answering (%1). It may be overloaded or a proxy may be holding the "
                 "request; try again later.")
                  .arg(networkError);
    case Kind::Authentication:
        return tr("The server did not accept API key %1: the public key or the private key is wrong, or the "
                  "key was deleted. Check both in the connection profile.")
            .arg(key);
    case Kind::AddressNotOnList:
        return tr("The server sees this computer calling from %1, and that address is not on the whitelist "
                  "of "
                  "API key %2. Add %1 (or a block that covers it) to that key's whitelist, or connect from "
                  "an "
                  "address that is on it.")
            .arg(address, key);
    case Kind::OrgRequiresList:
        return tr("The organization requires every API key to have a whitelist, and API key %2 has none, so "
                  "it cannot be used from anywhere. Add %1 to its whitelist (with an Organization Owner key "
                  "or "
                  "in the web console).")
            .arg(address, key);
    case Kind::ResourceRequiresList:
        return tr("This operation is only allowed for API keys with a whitelist, and API key %2 has none. "
                  "Add %1 to its whitelist, then try again.")
            .arg(address, key);
    case Kind::Permission:
        return tr("API key %1 is not allowed to do this.%2 Use a key with the needed role (for most changes: "
                  "Organization Owner).")
            .arg(key, said);
    case Kind::NotFound:
        return tr("It no longer exists on the server.%1 Refresh to see the current state.").arg(said);
    case Kind::Conflict:
        return tr("Nothing was changed because it is already there.%1").arg(said);
    case Kind::Validation:
        return tr("The server refused the request.%1").arg(said);
    case Kind::RateLimited:
        return tr("The server is limiting how often it may be called.%1 The console waits %n second(s) "
                  "before trying again.",
                  nullptr, retryAfterSeconds)
            .arg(said);
    case Kind::Server:
        return tr("The server had a problem (HTTP %1).%2 Try again later; if it persists, the server's logs "
                  "say more.")
            .arg(httpStatus)
            .arg(said);
    case Kind::MalformedResponse:
        if (!redirectedTo.isEmpty())
            return tr("The server redirected to %1 — not followed: the key's credentials go to the "
                      "connection's "
                      "own server only. If that address is the right one, change the connection's server to "
                      "it.")
                .arg(redirectedTo);
        if (httpStatus >= 200 && httpStatus < 300 && !detail.isEmpty())
            return tr("The server's answer could not be used (HTTP %1: %2). A proxy or a wrong server "
                      "address may "
                      "be in the way.")
                .arg(httpStatus)
                .arg(detail.left(200));
        return tr("The server answered with something that is not the API's JSON (HTTP %1). A proxy or a "
                  "wrong "
                  "server address may be in the way.")
            .arg(httpStatus);
    case Kind::Cancelled:
        return tr("The request was cancelled.");
    }
    return {};
}
