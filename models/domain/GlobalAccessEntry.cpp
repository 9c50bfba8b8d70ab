// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "GlobalAccessEntry.h"

#include "ApiKey.h"

#include <QCoreApplication>

IpBlock GlobalAccessEntry::block() const
{
    if (auto fast = IpBlock::fromCanonical(cidrBlock))
        return *fast;
    return IpBlock::parse(cidrBlock).block.value_or(IpBlock());
}

QString GlobalAccessEntry::displayValue() const
{
    const IpBlock b = block();
    return b.isValid() ? b.toString() : cidrBlock;
}

QString globalEntryDescriptionProblem(const QString &description)
{
    if (description.trimmed().isEmpty())
        return QCoreApplication::translate("GlobalAccessEntry",
                                           "Enter a description: the server requires one (say whose address "
                                           "it is and why it may call).");
    return keyDescriptionProblem(description); // the same 1–250 characters without control characters
}

qsizetype globalEntryCovering(const QList<GlobalAccessEntry> &entries, const QHostAddress &address)
{
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const IpBlock b = entries.at(i).block();
        if (b.isValid() && b.contains(address))
            return i;
    }
    return -1;
}
