// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "LockoutCheck.h"

#include "AccessRules.h"

QHostAddress LockoutCheck::lastSeenAddress(const QList<AccessListEntry> &entries)
{
    const AccessListEntry *latest = nullptr;
    for (const auto &e : entries) {
        if (e.lastUsed.isValid() && !e.lastUsedAddress.isEmpty()
            && (!latest || e.lastUsed > latest->lastUsed))
            latest = &e;
    }
    if (!latest)
        return {};
    const auto parsed = IpBlock::parse(latest->lastUsedAddress);
    return parsed.ok() && parsed.block->isSingleAddress() ? parsed.block->network() : QHostAddress();
}

namespace {
enum class ListShape { NotReadable, Empty, NeverUsed, Used };

ListShape shapeOf(const QList<AccessListEntry> &entries, bool readable)
{
    if (!readable)
        return ListShape::NotReadable;
    if (entries.isEmpty())
        return ListShape::Empty;
    return std::all_of(entries.cbegin(), entries.cend(),
                       [](const AccessListEntry &e) { return e.neverUsed(); })
        ? ListShape::NeverUsed
        : ListShape::Used;
}
} // namespace

void LockoutCheck::checkSelf(const QList<AccessListEntry> &entries, bool readable,
                             const QHostAddress &callerAddress)
{
    selfAddress = callerAddress.isNull() ? lastSeenAddress(entries) : IpBlock::unmapped(callerAddress);
    if (readable && entries.isEmpty()) {
        self = SelfState::NoWhitelist;
    } else if (selfAddress.isNull()) {
        self = SelfState::AddressUnknown;
    } else {
        QList<IpBlock> blocks;
        for (const auto &e : entries)
            blocks.append(e.block());
        self = matchingEntry(blocks, selfAddress) >= 0 ? SelfState::Covered : SelfState::NotCovered;
    }
}

LockoutCheck LockoutCheck::evaluate(const QList<KeyInput> &keys, const QString &callerKeyId,
                                    const QHostAddress &callerAddress)
{
    LockoutCheck check;
    for (const KeyInput &k : keys) {
        switch (shapeOf(k.entries, k.entriesReadable)) {
        case ListShape::NotReadable:
            check.notReadable.append(k.key);
            break;
        case ListShape::Empty:
            check.emptyWhitelist.append(k.key);
            break;
        case ListShape::NeverUsed:
            check.neverUsed.append(k.key);
            break;
        case ListShape::Used:
            break;
        }
        if (k.key.id == callerKeyId)
            check.checkSelf(k.entries, k.entriesReadable, callerAddress);
    }
    return check;
}

void LockoutCheck::addAccounts(const QList<AccountInput> &accounts, const QString &callerId,
                               const QHostAddress &callerAddress)
{
    for (const AccountInput &a : accounts) {
        if (!callerId.isEmpty() && a.account.clientId == callerId) {
            selfIsAccount = true;
            checkSelf(a.entries, a.entriesReadable, callerAddress);
        }
        switch (shapeOf(a.entries, a.entriesReadable)) {
        case ListShape::NotReadable:
            accountsNotReadable.append(a.account);
            break;
        case ListShape::Empty:
            accountsEmpty.append(a.account);
            break;
        case ListShape::NeverUsed:
            accountsNeverUsed.append(a.account);
            break;
        case ListShape::Used:
            break;
        }
    }
}

bool LockoutCheck::isClear() const
{
    return emptyWhitelist.isEmpty() && neverUsed.isEmpty() && notReadable.isEmpty() && accountsEmpty.isEmpty()
        && accountsNeverUsed.isEmpty() && accountsNotReadable.isEmpty() && self == SelfState::Covered;
}

QString LockoutCheck::selfExplanation() const
{
    if (selfIsAccount) {
        switch (self) {
        case SelfState::Covered:
            return tr("The service account this console signs in as has an access-list entry covering %1, "
                      "the address the server last saw it call from.")
                .arg(selfAddress.toString());
        case SelfState::NotCovered:
            return tr("The service account this console signs in as has no access-list entry covering %1, "
                      "the address the server last saw it call from: after the change its tokens would be "
                      "refused here. Add %1 to its access list first.")
                .arg(selfAddress.toString());
        case SelfState::NoWhitelist:
            return tr("The service account this console signs in as has no access list: after the change "
                      "this console could not call the API any more, not even to undo it. Add your address "
                      "to its access list first.");
        case SelfState::AddressUnknown:
            return tr("The server has not yet said which address it sees this console calling from, so it is "
                      "not known whether the service account's tokens stay usable.");
        case SelfState::KeyUnknown:
            break;
        }
    }
    switch (self) {
    case SelfState::Covered:
        return tr("The key this console uses has an entry covering %1, the address the server last saw it "
                  "call from.")
            .arg(selfAddress.toString());
    case SelfState::NotCovered:
        return tr("The key this console uses has no entry covering %1, the address the server last saw it "
                  "call "
                  "from: after the change this console would be refused. Add %1 to its whitelist first.")
            .arg(selfAddress.toString());
    case SelfState::NoWhitelist:
        return tr(
            "The key this console uses has no whitelist: after the change this console could not call the "
            "API any more, not even to undo it. Add your address to its whitelist first.");
    case SelfState::AddressUnknown:
        return tr("The server has not yet said which address it sees this console calling from, so it is not "
                  "known whether the console's key stays usable.");
    case SelfState::KeyUnknown:
        return tr("The key this console uses is not one of this organization's API keys; check its whitelist "
                  "separately.");
    }
    return {};
}
