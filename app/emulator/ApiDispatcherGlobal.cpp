// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Ops Manager's global API keys (/admin/apiKeys) and global access list (/admin/accessList, /admin/whitelist
// before 5.0): any global role reads them, Global Owner changes them (app/emulator/README.md).
#include "ApiDispatcher.h"

#include "JsonMapping.h"
#include "RoleCatalogue.h"

#include <QJsonArray>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace {
// The entry's scope as the server names it; the documentation names the field but not its values
// (UNCERTAIN): this is the emulator's.
const QString EntryType = u"GLOBAL_ROLE"_s;
} // namespace

std::optional<ApiResponse> ApiDispatcher::requireGlobalRole(const Call &call, bool owner)
{
    if (owner ? call.caller.hasGlobalRole(Role::GlobalOwner) : call.caller.hasGlobalRole())
        return std::nullopt;
    return error(401, ErrorCodes::UserUnauthorized,
                 u"Current user is not authorized to perform this action."_s);
}

QJsonObject ApiDispatcher::globalEntryJson(const GlobalAccessEntry &entry, const Call &call) const
{
    QJsonObject o = Json::toJson(entry);
    o.insert("links"_L1,
             selfLinks(call.baseUrl + QString::fromLatin1(m_options.apiPrefix()) + u"/admin/"_s + listName()
                       + u'/' + entry.id));
    return o;
}

EmulatedKey *ApiDispatcher::globalKeyOfPath(Call &call, std::optional<ApiResponse> *failed)
{
    const QString id = call.segments.value(2);
    EmulatedKey *key = m_data.findGlobalKey(id);
    if (!key)
        *failed = error(400, ErrorCodes::ApiKeyNotFound, u"No API Key with ID %1 exists."_s.arg(id), {id});
    return key;
}

ApiResponse ApiDispatcher::listGlobalKeys(Call &call)
{
    if (auto failed = requireGlobalRole(call, false))
        return *failed;
    QJsonArray items;
    for (const EmulatedKey &key : std::as_const(m_data.globalKeys))
        items.append(keyJson(key, call));
    return page(items, call);
}

ApiResponse ApiDispatcher::listGlobalRoles(Call &call)
{
    if (auto failed = requireGlobalRole(call, false))
        return *failed;
    QJsonArray items;
    for (const RoleInfo &role : RoleCatalogue::forScope(RoleScope::Global, ServerKind::OpsManager))
        items.append(QJsonObject{{"roleName"_L1, role.apiName()}});
    return page(items, call);
}

ApiResponse ApiDispatcher::getGlobalKey(Call &call)
{
    if (auto failed = requireGlobalRole(call, false))
        return *failed;
    std::optional<ApiResponse> failed;
    EmulatedKey *key = globalKeyOfPath(call, &failed);
    return key ? entity(keyJson(*key, call), call) : *failed;
}

ApiResponse ApiDispatcher::createGlobalKey(Call &call)
{
    if (auto failed = requireGlobalRole(call, true))
        return *failed;
    QJsonObject object;
    if (auto failed = parseJsonObject(call, &object))
        return *failed;
    if (auto failed = validateDescription(object.value("desc"_L1)))
        return *failed;
    QStringList roles;
    if (auto failed = validateRoles(object.value("roles"_L1), RoleScope::Global, &roles))
        return *failed;
    EmulatedKey key;
    key.key.id = newObjectId();
    key.key.publicKey = newPublicKey();
    key.key.privateKey = newPrivateKey();
    key.key.desc = object.value("desc"_L1).toString();
    for (const QString &role : std::as_const(roles))
        key.key.roles.append({role, {}, {}});
    m_data.globalKeys.append(key);
    m_dirty = true;
    return entity(keyJson(key, call, true), call, 201);
}

ApiResponse ApiDispatcher::patchGlobalKey(Call &call)
{
    if (auto failed = requireGlobalRole(call, true))
        return *failed;
    std::optional<ApiResponse> missing;
    EmulatedKey *key = globalKeyOfPath(call, &missing);
    if (!key)
        return *missing;
    QJsonObject object;
    if (auto failed = parseJsonObject(call, &object))
        return *failed;
    if (object.contains("desc"_L1)) {
        if (auto failed = validateDescription(object.value("desc"_L1)))
            return *failed;
    }
    QStringList roles;
    if (object.contains("roles"_L1)) {
        if (auto failed = validateRoles(object.value("roles"_L1), RoleScope::Global, &roles))
            return *failed;
    }
    if (object.contains("desc"_L1))
        key->key.desc = object.value("desc"_L1).toString();
    if (object.contains("roles"_L1)) {
        key->key.roles.clear();
        for (const QString &role : std::as_const(roles))
            key->key.roles.append({role, {}, {}});
    }
    m_dirty = true;
    return entity(keyJson(*key, call), call);
}

ApiResponse ApiDispatcher::deleteGlobalKey(Call &call)
{
    if (auto failed = requireGlobalRole(call, true))
        return *failed;
    std::optional<ApiResponse> missing;
    EmulatedKey *key = globalKeyOfPath(call, &missing);
    if (!key)
        return *missing;
    const QString id = key->key.id;
    if (call.caller.key == key)
        call.caller.key = nullptr;
    m_data.globalKeys.removeIf([&](const EmulatedKey &k) { return k.key.id == id; });
    m_dirty = true;
    return noContent(204);
}

namespace {
qsizetype globalEntryIndex(const QList<GlobalAccessEntry> &entries, const QString &id)
{
    for (qsizetype i = 0; i < entries.size(); ++i) {
        if (entries.at(i).id == id)
            return i;
    }
    return -1;
}
} // namespace

qsizetype ApiDispatcher::globalEntryOfPath(const Call &call, std::optional<ApiResponse> *failed)
{
    const QString id = call.segments.value(2);
    const qsizetype at = globalEntryIndex(m_data.globalAccessList, id);
    if (at < 0)
        *failed = error(404, ErrorCodes::ResourceNotFound,
                        u"No global access list entry with ID %1 exists."_s.arg(id), {id});
    return at;
}

std::optional<ApiResponse> ApiDispatcher::parseGlobalEntry(const Call &call, bool patch, IpBlock *block,
                                                           QString *description)
{
    QJsonObject object;
    if (auto failed = parseJsonObject(call, &object))
        return failed;
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.key() != "cidrBlock"_L1 && it.key() != "description"_L1)
            return error(400, ErrorCodes::InvalidAttribute,
                         u"Invalid attribute %1 specified."_s.arg(it.key()), {it.key()});
    }
    const QJsonValue cidr = object.value("cidrBlock"_L1);
    const QJsonValue desc = object.value("description"_L1);
    if (!patch || object.contains("cidrBlock"_L1)) {
        if (!cidr.isString())
            return error(400, ErrorCodes::MissingAttribute,
                         u"The required attribute cidrBlock was not specified."_s, {u"cidrBlock"_s});
        const IpParseResult parsed = IpBlock::parse(cidr.toString());
        if (!parsed.block || parsed.block->toCidr() != cidr.toString())
            return error(
                400, ErrorCodes::InvalidIpAddressOrCidr,
                u"The address %1 must be in valid IP address or CIDR notation."_s.arg(cidr.toString()),
                {cidr.toString()});
        *block = *parsed.block;
    }
    if (!patch || object.contains("description"_L1)) {
        if (!desc.isString() || desc.toString().isEmpty() || desc.toString().size() > 250)
            return error(400, ErrorCodes::InvalidAttribute,
                         u"Invalid attribute description specified: 1 to 250 characters are required."_s,
                         {u"description"_s});
        *description = desc.toString();
    }
    return std::nullopt;
}

ApiResponse ApiDispatcher::listGlobalEntries(Call &call)
{
    if (auto failed = requireGlobalRole(call, false))
        return *failed;
    QJsonArray items;
    for (const GlobalAccessEntry &entry : std::as_const(m_data.globalAccessList))
        items.append(globalEntryJson(entry, call));
    return page(items, call);
}

ApiResponse ApiDispatcher::getGlobalEntry(Call &call)
{
    if (auto failed = requireGlobalRole(call, false))
        return *failed;
    std::optional<ApiResponse> missing;
    const qsizetype at = globalEntryOfPath(call, &missing);
    if (at < 0)
        return *missing;
    return entity(globalEntryJson(m_data.globalAccessList.at(at), call), call);
}

ApiResponse ApiDispatcher::addGlobalEntry(Call &call)
{
    if (auto failed = requireGlobalRole(call, true))
        return *failed;
    IpBlock block;
    QString description;
    if (auto failed = parseGlobalEntry(call, false, &block, &description))
        return *failed;
    for (const GlobalAccessEntry &e : std::as_const(m_data.globalAccessList)) {
        if (e.block() == block)
            return error(409, ErrorCodes::addressAlreadyInList(naming()),
                         u"The address %1 is already on the global access list."_s.arg(block.toCidr()),
                         {block.toCidr()});
    }
    GlobalAccessEntry entry;
    entry.id = newObjectId();
    entry.cidrBlock = block.toCidr();
    entry.description = description;
    entry.created = now();
    entry.updated = entry.created;
    entry.type = EntryType;
    m_data.globalAccessList.append(entry);
    m_dirty = true;
    return entity(globalEntryJson(entry, call), call, 201);
}

ApiResponse ApiDispatcher::patchGlobalEntry(Call &call)
{
    if (auto failed = requireGlobalRole(call, true))
        return *failed;
    std::optional<ApiResponse> missing;
    const qsizetype at = globalEntryOfPath(call, &missing);
    if (at < 0)
        return *missing;
    GlobalAccessEntry &entry = m_data.globalAccessList[at];
    IpBlock block = entry.block();
    QString description = entry.description;
    if (auto failed = parseGlobalEntry(call, true, &block, &description))
        return *failed;
    entry.cidrBlock = block.toCidr();
    entry.description = description;
    entry.updated = now();
    m_dirty = true;
    return entity(globalEntryJson(entry, call), call);
}

ApiResponse ApiDispatcher::deleteGlobalEntry(Call &call)
{
    if (auto failed = requireGlobalRole(call, true))
        return *failed;
    std::optional<ApiResponse> missing;
    const qsizetype at = globalEntryOfPath(call, &missing);
    if (at < 0)
        return *missing;
    m_data.globalAccessList.removeAt(at);
    m_dirty = true;
    return noContent(204);
}
