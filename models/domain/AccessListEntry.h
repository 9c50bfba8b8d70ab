// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "IpBlock.h"

#include <QDateTime>
#include <QString>

// One entry of a key's (or a user's) IP whitelist, with its usage (models/api/README.md).
struct AccessListEntry
{
    QString ipAddress; // empty for entries added as a CIDR block
    QString cidrBlock; // always set; single addresses appear as x.x.x.x/32
    QDateTime created;
    qint64 count = 0;
    QDateTime lastUsed; // invalid until the first request
    QString lastUsedAddress;

    // The entry as a block; invalid when the server sent something unparsable.
    IpBlock block() const;
    // What a person reads: the plain address for single addresses, else the CIDR block.
    QString displayValue() const;
    bool neverUsed() const { return !lastUsed.isValid() && count == 0; }

    static AccessListEntry fromBlock(const IpBlock &block, const QDateTime &created);

    friend bool operator==(const AccessListEntry &, const AccessListEntry &) = default;
};
