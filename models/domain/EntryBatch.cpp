// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "EntryBatch.h"

#include <QLocale>
#include <QRegularExpression>

#include <algorithm>

EntryBatch EntryBatch::parse(const QString &input, const QList<IpBlock> &existing)
{
    EntryBatch batch;
    static const QRegularExpression separators(QStringLiteral("[\\n,;]"));
    for (const QString &part : input.split(separators)) {
        const QString text = part.trimmed();
        if (text.isEmpty())
            continue;
        Item item;
        item.text = text;
        const IpParseResult parsed = IpBlock::parse(text);
        if (!parsed.ok()) {
            item.error = parsed.message;
            item.suggestion = parsed.suggestion;
            batch.items.append(item);
            continue;
        }
        const IpBlock block = *parsed.block;
        item.block = block;
        for (const Item &earlier : std::as_const(batch.items)) {
            if (earlier.block && *earlier.block == block) {
                item.skipped = tr("%1 is listed twice: added once.").arg(block.toString());
                break;
            }
        }
        if (item.skipped.isEmpty() && existing.contains(block))
            item.skipped = tr("%1 is already on the whitelist: skipped.").arg(block.toString());
        if (item.skipped.isEmpty()) {
            if (block.prefixLength() == 0)
                item.warnings.append(tr("%1 allows every address of its family.").arg(block.toString()));
            else if (block.isBroad())
                item.warnings.append(
                    (block.breadth() == IpBlock::Breadth::VeryBroad
                         ? tr("%1 is a very broad block (%2 addresses): hardly narrower than no whitelist.")
                         : tr("%1 is a broad block (%2 addresses)."))
                        .arg(block.toString(), block.sizeText()));
            for (const IpBlock &other : existing) {
                if (other.covers(block) && !(other == block)) {
                    item.warnings.append(tr("Already covered by %1 on the whitelist.").arg(other.toString()));
                    break;
                }
            }
            for (const Item &earlier : std::as_const(batch.items)) {
                if (earlier.block && earlier.block->covers(block) && !(*earlier.block == block)) {
                    item.warnings.append(tr("Already covered by %1 above.").arg(earlier.block->toString()));
                    break;
                }
            }
        }
        batch.items.append(item);
    }
    return batch;
}

bool EntryBatch::canSend() const
{
    return errorCount() == 0
        && std::any_of(items.cbegin(), items.cend(), [](const Item &i) { return i.sent(); });
}

int EntryBatch::skippedCount() const
{
    return int(
        std::count_if(items.cbegin(), items.cend(), [](const Item &i) { return i.ok() && !i.sent(); }));
}

int EntryBatch::errorCount() const
{
    return int(std::count_if(items.cbegin(), items.cend(), [](const Item &i) { return !i.ok(); }));
}

QList<IpBlock> EntryBatch::blocks() const
{
    QList<IpBlock> result;
    for (const Item &i : items) {
        if (i.sent())
            result.append(*i.block);
    }
    return result;
}
