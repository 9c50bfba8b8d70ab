// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "IpBlock.h"

#include <QCoreApplication>
#include <QList>

// Whitelist entries pasted at once (one per line, or separated by commas), each validated on its own:
// its normal form or the exact problem, and warnings for broad blocks and entries another one covers.
// The dialog shows it live, and the same result decides what is sent.
struct EntryBatch
{
    Q_DECLARE_TR_FUNCTIONS(EntryBatch)
public:
    struct Item
    {
        QString text; // as typed, trimmed
        std::optional<IpBlock> block;
        QString error; // set when the item cannot be sent
        // Set when the entry is valid but not sent: already on the whitelist, or typed twice (a note, not
        // a blocker).
        QString skipped;
        QString suggestion; // a corrected value, when there is one
        QStringList warnings; // sendable, but worth a second look
        bool ok() const { return block.has_value() && error.isEmpty(); }
        bool sent() const { return ok() && skipped.isEmpty(); }
    };

    QList<Item> items;

    static EntryBatch parse(const QString &input, const QList<IpBlock> &existing = {});
    bool canSend() const; // at least one entry to send, and no errors
    QList<IpBlock> blocks() const; // the entries to send
    int skippedCount() const;
    int errorCount() const;
};
