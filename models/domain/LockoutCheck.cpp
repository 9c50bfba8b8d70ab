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

LockoutCheck LockoutCheck::evaluate(const QList<KeyInput> &keys, const QString &callerKeyId,
                                    const QHostAddress &callerAddress)
{
    LockoutCheck check;
    for (const KeyInput &k : keys) {
        if (!k.entriesReadable) {
            check.notReadable.append(k.key);
        } else if (k.entries.isEmpty()) {
            check.emptyWhitelist.append(k.key);
        } else if (std::all_of(k.entries.cbegin(), k.entries.cend(),
                               [](const AccessListEntry &e) { return e.neverUsed(); })) {
            check.neverUsed.append(k.key);
        }
        if (k.key.id != callerKeyId)
            continue;
        check.selfAddress
            = callerAddress.isNull() ? lastSeenAddress(k.entries) : IpBlock::unmapped(callerAddress);
        if (k.entriesReadable && k.entries.isEmpty()) {
            check.self = SelfState::NoWhitelist;
        } else if (check.selfAddress.isNull()) {
            check.self = SelfState::AddressUnknown;
        } else {
            QList<IpBlock> blocks;
            for (const auto &e : k.entries)
                blocks.append(e.block());
            check.self
                = matchingEntry(blocks, check.selfAddress) >= 0 ? SelfState::Covered : SelfState::NotCovered;
        }
    }
    return check;
}

void LockoutCheck::addAccounts(const QList<AccountInput> &accounts, const QString &callerId,
                               const QHostAddress &callerAddress)
{
    for (const AccountInput &a : accounts) {
        if (!callerId.isEmpty() && a.account.clientId == callerId) {
            selfIsAccount = true;
            selfAddress
                = callerAddress.isNull() ? lastSeenAddress(a.entries) : IpBlock::unmapped(callerAddress);
            if (a.entriesReadable && a.entries.isEmpty()) {
                self = SelfState::NoWhitelist;
            } else if (selfAddress.isNull()) {
                self = SelfState::AddressUnknown;
            } else {
                QList<IpBlock> blocks;
                for (const auto &e : a.entries)
                    blocks.append(e.block());
                self = matchingEntry(blocks, selfAddress) >= 0 ? SelfState::Covered : SelfState::NotCovered;
            }
        }
        if (!a.entriesReadable)
            accountsNotReadable.append(a.account);
        else if (a.entries.isEmpty())
            accountsEmpty.append(a.account);
        else if (std::all_of(a.entries.cbegin(), a.entries.cend(),
                             [](const AccessListEntry &e) { return e.neverUsed(); }))
            accountsNeverUsed.append(a.account);
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
