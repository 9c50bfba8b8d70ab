// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "IpBlock.h"

#include <QDateTime>
#include <QList>
#include <QString>

// One entry of Ops Manager's global access list (/admin/accessList, /admin/whitelist before 5.0): an
// address or CIDR block from which the instance accepts calls made with a global API key. Unlike an
// organization key's entries, these are keyed by an id and carry a description, and the server keeps no
// usage for them (models/api/README.md, "Global API keys").
struct GlobalAccessEntry
{
    QString id;
    QString cidrBlock; // single addresses as x.x.x.x/32
    QString description;
    QDateTime created;
    QDateTime updated; // invalid when absent
    QString type; // the entry's scope as the server names it (GLOBAL_ROLE, …; undocumented values)

    // Invalid when the server sent something unparsable.
    IpBlock block() const;
    // The plain address for a single address, else the block.
    QString displayValue() const;
    friend bool operator==(const GlobalAccessEntry &, const GlobalAccessEntry &) = default;
};

// The server's rule for an entry's description (1–250 characters), as a message for the field, or empty.
QString globalEntryDescriptionProblem(const QString &description);
// The entry covering the address, or -1.
qsizetype globalEntryCovering(const QList<GlobalAccessEntry> &entries, const QHostAddress &address);
