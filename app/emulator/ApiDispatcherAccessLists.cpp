// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
// API key whitelists and user whitelists (models/api/README.md).
#include "ApiDispatcher.h"

using namespace Qt::StringLiterals;

namespace {

int findEntry(const QList<AccessListEntry> &entries, const IpBlock &block)
{
    for (int i = 0; i < entries.size(); ++i) {
        if (entries[i].block() == block)
            return i;
    }
    return -1;
}

} // namespace

std::optional<ApiResponse> ApiDispatcher::requireKeyList(Call &call, EmulatedOrg **org, EmulatedKey **key)
{
    if (auto failed = requireOrg(call, call.segments[1], org))
        return failed;
    if (auto failed = requireKey(call, (*org)->org.id, call.segments[3], key))
        return failed;
    if ((*key)->settledAtMs > m_uptime.elapsed()) // created a moment ago: not known here yet
        return error(400, ErrorCodes::ApiKeyNotFound,
                     u"No API Key with ID %1 exists."_s.arg(call.segments[3]), {call.segments[3]});
    return requireKeyListAccess(call, **key);
}

std::optional<ApiResponse> ApiDispatcher::requireKeyEntry(Call &call, EmulatedOrg **org, EmulatedKey **key,
                                                          int *index)
{
    if (auto failed = requireKeyList(call, org, key))
        return failed;
    const QString &value = call.segments[5];
    const IpParseResult parsed = IpBlock::parse(value);
    *index = parsed.ok() ? findEntry((*key)->accessList, *parsed.block) : -1;
    if (*index < 0)
        return error(404, ErrorCodes::apiKeyListEntryNotFound(naming()),
                     u"The specified IP address does not exist in the corresponding API key access list."_s,
                     {value});
    return std::nullopt;
}

std::optional<ApiResponse> ApiDispatcher::requireKeyListAccess(Call &call, const EmulatedKey &key)
{
    if (call.caller.key == &key || call.caller.hasOrgRole(key.orgId, u"ORG_OWNER"))
        return std::nullopt;
    const QString what = naming() == ErrorCodes::Naming::Whitelist ? u"whitelists"_s : u"access lists"_s;
    return error(m_options.apiKeyListDeniedStatus, ErrorCodes::apiKeyListAccessDenied(naming()),
                 u"API Key %1 are only accessible by the API Key or by a user administrator."_s.arg(what));
}

std::optional<ApiResponse> ApiDispatcher::parseNewEntries(const Call &call, const QJsonValue &body,
                                                          const QList<AccessListEntry> &existing,
                                                          bool userList, QList<AccessListEntry> *added)
{
    if (!body.isArray())
        return error(400, ErrorCodes::InvalidJson,
                     u"Received JSON is malformed: expected an array of entries."_s);
    const QJsonArray array = body.toArray();
    if (array.isEmpty())
        return error(400, ErrorCodes::MissingAttribute, u"At least one entry must be specified."_s,
                     {u"ipAddress"_s, u"cidrBlock"_s});
    QList<IpBlock> seen;
    for (const QJsonValue &item : array) {
        if (!item.isObject())
            return error(400, ErrorCodes::InvalidJson,
                         u"Received JSON is malformed: an entry is not an object."_s);
        const QJsonObject object = item.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            const bool known = it.key() == "ipAddress"_L1 || it.key() == "cidrBlock"_L1
                || (userList && it.key() == "comment"_L1);
            if (!known)
                return error(400, ErrorCodes::InvalidAttribute,
                             u"Invalid attribute %1 specified."_s.arg(it.key()), {it.key()});
        }
        const bool hasIp = object.contains("ipAddress"_L1) && !object.value("ipAddress"_L1).isNull();
        const bool hasCidr = object.contains("cidrBlock"_L1) && !object.value("cidrBlock"_L1).isNull();
        if (hasIp && hasCidr)
            return error(400, ErrorCodes::badListAddRequest(naming()),
                         u"Should not specify both the IP address and the CIDR block."_s);
        if (!hasIp && !hasCidr)
            return error(400, ErrorCodes::MissingAttribute,
                         u"Each entry needs an ipAddress or a cidrBlock."_s,
                         {u"ipAddress"_s, u"cidrBlock"_s});
        const QJsonValue value = object.value(hasIp ? "ipAddress"_L1 : "cidrBlock"_L1);
        const QString text = value.toString();
        const IpParseResult parsed = IpBlock::parse(text);
        if (!value.isString() || !parsed.ok()
            || (hasIp && (text.contains(u'/') || !parsed.block->isSingleAddress())))
            return error(
                400, ErrorCodes::InvalidIpAddressOrCidr,
                u"IP address or CIDR notation %1 is invalid."_s.arg(value.isString() ? text : u"?"_s),
                {text});
        const IpBlock block = *parsed.block;
        if (!userList && block.isSingleAddress() && block.family() == IpBlock::Family::IPv4
            && block.network() == QHostAddress(QHostAddress::AnyIPv4))
            return error(400, ErrorCodes::CannotAddIpToApiKeyList,
                         u"Cannot add IP address %1 to the API key access list."_s.arg(block.toString()),
                         {block.toString()});
        if (seen.contains(block))
            return error(400, ErrorCodes::DuplicateAddressesInInput,
                         u"Duplicate address %1 in the input."_s.arg(block.toString()), {block.toString()});
        seen.append(block);
        if (findEntry(existing, block) >= 0) {
            if (!userList && m_options.readdIsConflict)
                return error(409, ErrorCodes::addressAlreadyInList(naming()),
                             u"The address %1 is already on the access list."_s.arg(block.toString()),
                             {block.toString()});
            continue;
        }
        added->append(AccessListEntry::fromBlock(block, now()));
    }
    Q_UNUSED(call);
    return std::nullopt;
}

ApiResponse ApiDispatcher::listKeyEntries(Call &call)
{
    EmulatedOrg *org = nullptr;
    EmulatedKey *key = nullptr;
    if (auto failed = requireKeyList(call, &org, &key))
        return *failed;
    const QString listPath = u"/orgs/%1/apiKeys/%2/%3"_s.arg(org->org.id, key->key.id, listSegment());
    QJsonArray items;
    for (const auto &e : std::as_const(key->accessList))
        items.append(entryJson(e, listPath, call));
    return page(items, call);
}

ApiResponse ApiDispatcher::addKeyEntries(Call &call)
{
    EmulatedOrg *org = nullptr;
    EmulatedKey *key = nullptr;
    if (auto failed = requireKeyList(call, &org, &key))
        return *failed;
    QJsonValue body;
    if (auto failed = parseJsonBody(call, &body))
        return *failed;
    QList<AccessListEntry> added;
    if (auto failed = parseNewEntries(call, body, key->accessList, false, &added))
        return *failed;
    key->accessList += added;
    for (const AccessListEntry &e : std::as_const(added))
        recordEvent(call, eventName("API_KEY_ACCESS_LIST_ENTRY_ADDED"_L1), org->org.id, {},
                    key->key.publicKey, e.cidrBlock);
    m_dirty = true;
    return listKeyEntries(call);
}

ApiResponse ApiDispatcher::getKeyEntry(Call &call)
{
    EmulatedOrg *org = nullptr;
    EmulatedKey *key = nullptr;
    int index = -1;
    if (auto failed = requireKeyEntry(call, &org, &key, &index))
        return *failed;
    const QString listPath = u"/orgs/%1/apiKeys/%2/%3"_s.arg(org->org.id, key->key.id, listSegment());
    return entity(entryJson(key->accessList.at(index), listPath, call), call);
}

ApiResponse ApiDispatcher::deleteKeyEntry(Call &call)
{
    EmulatedOrg *org = nullptr;
    EmulatedKey *key = nullptr;
    int index = -1;
    if (auto failed = requireKeyEntry(call, &org, &key, &index))
        return *failed;
    if (call.caller.key == key && key->accessList.at(index).block().contains(call.address))
        return error(400, ErrorCodes::cannotRemoveCaller(naming()),
                     u"Cannot remove caller's IP address %1 from access list."_s.arg(call.address.toString()),
                     {call.address.toString()});
    recordEvent(call, eventName("API_KEY_ACCESS_LIST_ENTRY_DELETED"_L1), org->org.id, {}, key->key.publicKey,
                key->accessList.at(index).cidrBlock);
    key->accessList.removeAt(index);
    m_dirty = true;
    return noContent(204);
}

ApiResponse ApiDispatcher::listUserEntries(Call &call)
{
    EmulatedUser *user = nullptr;
    if (auto failed = requireUserSelf(call, call.segments[1], &user))
        return *failed;
    const QString listPath = u"/users/%1/%2"_s.arg(user->id, listSegment());
    QJsonArray items;
    for (const auto &e : std::as_const(user->accessList))
        items.append(entryJson(e, listPath, call));
    return page(items, call);
}

ApiResponse ApiDispatcher::addUserEntries(Call &call)
{
    EmulatedUser *user = nullptr;
    if (auto failed = requireUserSelf(call, call.segments[1], &user))
        return *failed;
    QJsonValue body;
    if (auto failed = parseJsonBody(call, &body))
        return *failed;
    QList<AccessListEntry> added;
    if (auto failed = parseNewEntries(call, body, user->accessList, true, &added))
        return *failed;
    user->accessList += added;
    m_dirty = true;
    ApiResponse response = listUserEntries(call);
    response.status = 201;
    return response;
}

std::optional<ApiResponse> ApiDispatcher::requireUserEntry(Call &call, EmulatedUser **user, int *index)
{
    if (auto failed = requireUserSelf(call, call.segments[1], user))
        return failed;
    const QString &value = call.segments[3];
    const IpParseResult parsed = IpBlock::parse(value);
    *index = parsed.ok() ? findEntry((*user)->accessList, *parsed.block) : -1;
    if (*index < 0)
        return error(404, ErrorCodes::userListEntryNotFound(naming()),
                     u"IP address %1 not on access list for user %2."_s.arg(value, (*user)->username),
                     {value, (*user)->username});
    return std::nullopt;
}

ApiResponse ApiDispatcher::getUserEntry(Call &call)
{
    EmulatedUser *user = nullptr;
    int index = -1;
    if (auto failed = requireUserEntry(call, &user, &index))
        return *failed;
    const IpBlock block = user->accessList.at(index).block();
    return entity(entryJson(user->accessList.at(index), u"/users/%1/%2"_s.arg(user->id, listSegment()), call),
                  call);
}

ApiResponse ApiDispatcher::deleteUserEntry(Call &call)
{
    EmulatedUser *user = nullptr;
    int index = -1;
    if (auto failed = requireUserEntry(call, &user, &index))
        return *failed;
    const IpBlock block = user->accessList.at(index).block();
    if (block.contains(call.address))
        return error(400, ErrorCodes::cannotRemoveCaller(naming()),
                     u"Cannot remove caller's IP address %1 from access list."_s.arg(call.address.toString()),
                     {call.address.toString()});
    user->accessList.removeAt(index);
    m_dirty = true;
    return noContent(204);
}
