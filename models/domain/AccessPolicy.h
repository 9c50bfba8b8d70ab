// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ApiKey.h"

#include <optional>

// "May the key this console uses do X here?" — one answer for the repository and the pages, from the
// key's roles as the server reported them. Unknown (no key yet) answers no.
class AccessPolicy
{
public:
    AccessPolicy() = default;
    explicit AccessPolicy(std::optional<ApiKey> caller)
        : m_caller(std::move(caller))
    { }

    bool knowsCaller() const { return m_caller.has_value(); }
    QString callerKeyId() const { return m_caller ? m_caller->id : QString(); }
    bool isCaller(const QString &keyId) const
    {
        return m_caller && !keyId.isEmpty() && m_caller->id == keyId;
    }

    // Any of Ops Manager's global roles (GLOBAL_*), or the one named: a global role reads the instance's
    // global API keys and global access list; Global Owner changes them.
    bool hasGlobalRole(const QString &roleName = {}) const;
    bool mayReadInstance() const { return hasGlobalRole(); }
    bool mayChangeInstance() const;
    // Organization Owner of this organization (or Global Owner): the setting, keys, roles, every key's
    // whitelist.
    bool mayChangeOrganization(const QString &orgId) const;
    // Organization Owner, Project Owner or Project User Admin of the project: its keys and their roles.
    bool mayManageProjectKeys(const QString &orgId, const QString &projectId) const;
    // A key may change its own whitelist; an Organization Owner may change every key's.
    bool mayChangeWhitelistOf(const QString &orgId, const QString &keyId) const;

private:
    std::optional<ApiKey> m_caller;
};
