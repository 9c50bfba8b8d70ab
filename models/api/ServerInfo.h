// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ErrorCodes.h"
#include "RoleCatalogue.h"

#include <QString>

// What the client learned about the server: its version (X-MongoDB-Service-Version) and product
// (the root document's appName), and what follows from them.
struct ServerInfo
{
    QString versionString; // e.g. 7.0.12.500.20240806T1744Z, empty while unknown
    QString gitHash;
    QString appName; // "MongoDB Ops Manager", "MongoDB Cloud Manager"
    int major = 0;
    int minor = 0;

    // Parses "gitHash=…; versionString=…"; false when the header is absent or unreadable.
    bool parseServiceVersionHeader(const QByteArray &header);
    bool versionKnown() const { return !versionString.isEmpty(); }
    // Ops Manager before 5.0 uses the whitelist paths and names.
    bool usesLegacyWhitelist() const { return versionKnown() && major < 5; }
    QString listSegment() const
    {
        return usesLegacyWhitelist() ? QStringLiteral("whitelist") : QStringLiteral("accessList");
    }
    ErrorCodes::Naming naming() const
    {
        return usesLegacyWhitelist() ? ErrorCodes::Naming::Whitelist : ErrorCodes::Naming::AccessList;
    }
    // Atlas ("MongoDB Atlas") has Cloud Manager's roles and service accounts: it counts as Cloud Manager
    // wherever the kind decides (role choices, service accounts).
    ServerKind kind() const
    {
        return appName.contains(QStringLiteral("Cloud Manager")) || isAtlas() ? ServerKind::CloudManager
                                                                              : ServerKind::OpsManager;
    }
    bool isAtlas() const { return appName.contains(QStringLiteral("Atlas")); }
};
