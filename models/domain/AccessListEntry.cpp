// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AccessListEntry.h"

IpBlock AccessListEntry::block() const
{
    const QString &text = cidrBlock.isEmpty() ? ipAddress : cidrBlock;
    if (auto fast = IpBlock::fromCanonical(text))
        return *fast;
    // Not in canonical form (an old server, or a hand-written dataset): the strict parser decides.
    return IpBlock::parse(text).block.value_or(IpBlock());
}

QString AccessListEntry::displayValue() const
{
    const IpBlock b = block();
    if (b.isValid())
        return b.toString();
    return cidrBlock.isEmpty() ? ipAddress : cidrBlock;
}

AccessListEntry AccessListEntry::fromBlock(const IpBlock &block, const QDateTime &created)
{
    AccessListEntry entry;
    entry.cidrBlock = block.toCidr();
    if (block.isSingleAddress())
        entry.ipAddress = block.toString();
    entry.created = created;
    return entry;
}
