// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLatin1StringView>

// The server's own error codes (models/api/README.md), spelled once for the client, the rules and the
// emulator. Servers before Ops Manager 5.0 use the *_WHITELIST names.
namespace ErrorCodes {

enum class Naming { AccessList, Whitelist };

inline constexpr QLatin1StringView ipNotOnList(Naming n)
{
    return n == Naming::AccessList ? QLatin1StringView("IP_ADDRESS_NOT_ON_ACCESS_LIST")
                                   : QLatin1StringView("IP_ADDRESS_NOT_ON_WHITELIST");
}
inline constexpr QLatin1StringView orgRequiresList(Naming n)
{
    return n == Naming::AccessList ? QLatin1StringView("ORG_REQUIRES_ACCESS_LIST")
                                   : QLatin1StringView("ORG_REQUIRES_WHITELIST");
}
inline constexpr QLatin1StringView resourceRequiresList(Naming n)
{
    return n == Naming::AccessList ? QLatin1StringView("RESOURCE_REQUIRES_ACCESS_LIST")
                                   : QLatin1StringView("RESOURCE_REQUIRES_WHITELIST");
}
inline constexpr QLatin1StringView apiKeyListAccessDenied(Naming n)
{
    return n == Naming::AccessList ? QLatin1StringView("API_KEY_ACCESS_LIST_ACCESS_DENIED")
                                   : QLatin1StringView("API_KEY_WHITELIST_ACCESS_DENIED");
}
inline constexpr QLatin1StringView apiKeyListEntryNotFound(Naming n)
{
    return n == Naming::AccessList ? QLatin1StringView("API_KEY_ACCESS_LIST_NOT_FOUND")
                                   : QLatin1StringView("API_KEY_WHITELIST_NOT_FOUND");
}
inline constexpr QLatin1StringView addressAlreadyInList(Naming n)
{
    return n == Naming::AccessList ? QLatin1StringView("ADDRESS_ALREADY_IN_ACCESS_LIST")
                                   : QLatin1StringView("ADDRESS_ALREADY_IN_WHITELIST");
}
inline constexpr QLatin1StringView badListAddRequest(Naming n)
{
    return n == Naming::AccessList ? QLatin1StringView("BAD_ACCESS_LIST_ADD_REQUEST")
                                   : QLatin1StringView("BAD_WHITELIST_ADD_REQUEST");
}
inline constexpr QLatin1StringView cannotRemoveCaller(Naming n)
{
    return n == Naming::AccessList ? QLatin1StringView("CANNOT_REMOVE_CALLER_FROM_ACCESS_LIST")
                                   : QLatin1StringView("CANNOT_REMOVE_CALLER_FROM_WHITELIST");
}
inline constexpr QLatin1StringView userListAccessDenied(Naming n)
{
    return n == Naming::AccessList ? QLatin1StringView("ACCESS_LIST_ACCESS_DENIED")
                                   : QLatin1StringView("WHITELIST_ACCESS_DENIED");
}
inline constexpr QLatin1StringView userListEntryNotFound(Naming n)
{
    return n == Naming::AccessList ? QLatin1StringView("ACCESS_LIST_NOT_FOUND")
                                   : QLatin1StringView("WHITELIST_NOT_FOUND");
}

inline constexpr QLatin1StringView DuplicateAddressesInInput("DUPLICATE_ADDRESSES_IN_INPUT");
inline constexpr QLatin1StringView InvalidIpAddressOrCidr("INVALID_IP_ADDRESS_OR_CIDR_NOTATION");
inline constexpr QLatin1StringView CannotAddIpToApiKeyList("CANNOT_ADD_IP_ADDRESS_TO_API_KEY_WHITELIST");
inline constexpr QLatin1StringView ApiKeyNotFound("API_KEY_NOT_FOUND");
inline constexpr QLatin1StringView InvalidApiKeyDesc("INVALID_API_KEY_DESC");
inline constexpr QLatin1StringView MissingApiKeyRoles("MISSING_API_KEY_ROLES");
inline constexpr QLatin1StringView InvalidRoleForOrg("INVALID_ROLE_FOR_ORG");
inline constexpr QLatin1StringView InvalidRoleForGroup("INVALID_ROLE_FOR_GROUP");
inline constexpr QLatin1StringView CannotAddOrgRole("CANNOT_ADD_ORG_ROLE");
inline constexpr QLatin1StringView BillingUnsupported("BILLING_UNSUPPORTED");
inline constexpr QLatin1StringView MaxApiKeysReached("MAX_PUBLIC_API_KEY_REACHED");
inline constexpr QLatin1StringView UserUnauthorized("USER_UNAUTHORIZED");
inline constexpr QLatin1StringView UserCannotAccessOrg("USER_CANNOT_ACCESS_ORG");
inline constexpr QLatin1StringView UserCannotAccessGroup("USER_CANNOT_ACCESS_GROUP");
inline constexpr QLatin1StringView OrgNotFound("ORG_NOT_FOUND");
inline constexpr QLatin1StringView GroupNotFound("GROUP_NOT_FOUND");
inline constexpr QLatin1StringView InvalidOrgId("INVALID_ORG_ID");
inline constexpr QLatin1StringView InvalidGroupId("INVALID_GROUP_ID");
inline constexpr QLatin1StringView UserNotFound("USER_NOT_FOUND");
inline constexpr QLatin1StringView InvalidAttribute("INVALID_ATTRIBUTE");
inline constexpr QLatin1StringView InvalidJson("INVALID_JSON");
inline constexpr QLatin1StringView MissingAttribute("MISSING_ATTRIBUTE");
inline constexpr QLatin1StringView InvalidQueryParameter("INVALID_QUERY_PARAMETER");
inline constexpr QLatin1StringView RateLimited("RATE_LIMITED");
// An unknown event ID: the code is not in the published error table (UNCERTAIN), this is the emulator's.
inline constexpr QLatin1StringView EventNotFound("EVENT_NOT_FOUND");
inline constexpr QLatin1StringView UnexpectedError("UNEXPECTED_ERROR");
// A malformed path parameter (Atlas: a public key where a key ID belongs; here: a malformed client ID).
inline constexpr QLatin1StringView PathParamParseError("PATH_PARAM_PARSE_ERROR");
// The generic "not found" of the Atlas specification; used for service accounts, secrets and their entries,
// whose own codes are not published (UNCERTAIN).
inline constexpr QLatin1StringView ResourceNotFound("RESOURCE_NOT_FOUND");
// A third secret for a service account: the server refuses it, the code is not published (UNCERTAIN), this
// is the emulator's; the console checks the limit before sending.
inline constexpr QLatin1StringView ServiceAccountSecretLimit("SERVICE_ACCOUNT_SECRET_LIMIT_REACHED");

// Concurrent writes of one object, e.g. two secrets created for one service account at once (documented by
// the Atlas rotation guide as 409).
inline constexpr QLatin1StringView DataConcurrencyError("DATA_CONCURRENCY_ERROR");

// Atlas's versioned media types: a resource version the server no longer serves (410), and a request
// without a version it serves (406: no Accept of the form application/vnd.atlas.DATE+json, or a date
// before the resource's first version).
inline constexpr QLatin1StringView VersionGone("VERSION_GONE");
inline constexpr QLatin1StringView InvalidVersionDate("INVALID_VERSION_DATE");

} // namespace ErrorCodes
