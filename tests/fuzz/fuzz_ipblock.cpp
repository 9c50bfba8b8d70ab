// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The IP/CIDR parser: any text either parses to a block whose canonical text parses back to the same
// block, or is refused with a message. Nothing crashes, nothing is accepted half.
#include "IpBlock.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const IpParseResult result = IpBlock::parse(text);
    // The fast path for server text must never accept what it cannot represent.
    if (const std::optional<IpBlock> fast = IpBlock::fromCanonical(text); fast && !fast->isValid())
        std::abort();
    if (!result.ok()) {
        if (result.message.isEmpty() || result.error == IpParseResult::Error::None)
            std::abort(); // every refusal names its problem
        if (result.message.size() > 400)
            std::abort(); // a refusal never echoes a long input whole
        return 0;
    }
    const IpBlock block = *result.block;
    const IpParseResult again = IpBlock::parse(block.toString());
    if (!again.ok() || !(*again.block == block))
        std::abort(); // the canonical text is itself accepted, as the same block
    if (!block.covers(block) || !block.contains(block.network()) || block.sizeText().isEmpty())
        std::abort();
    // The cache's fast path reads what the full parser wrote, as the same block.
    const std::optional<IpBlock> canonical = IpBlock::fromCanonical(block.toCidr());
    if (!canonical || !(*canonical == block))
        std::abort();
    return 0;
}
