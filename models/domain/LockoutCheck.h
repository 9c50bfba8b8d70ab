// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AccessListEntry.h"
#include "ApiKey.h"
#include "ServiceAccount.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QList>

// Before "Require IP Whitelist for Public API" is turned on: who would be locked out. Keys with an empty
// whitelist lose all API access; keys none of whose entries was ever used may be calling from elsewhere;
// and the key this console uses must have an entry covering the address the server last saw it from.
struct LockoutCheck
{
    Q_DECLARE_TR_FUNCTIONS(LockoutCheck)
public:
    struct KeyInput
    {
        ApiKey key;
        QList<AccessListEntry> entries;
        bool entriesReadable = true;
    };

    enum class SelfState {
        Covered, // the console's key has an entry covering the address the server saw
        NotCovered, // it has entries, none covers that address: turning the setting on keeps it out
        NoWhitelist, // the console's key has no entry: it would lock itself out
        AddressUnknown, // the server has not told which address it sees
        KeyUnknown, // the key in use is not among the organization's keys (a user key, say)
    };

    // A service account, whose tokens the requirement covers as it covers keys.
    struct AccountInput
    {
        ServiceAccount account;
        QList<AccessListEntry> entries;
        bool entriesReadable = true;
    };

    QList<ApiKey> emptyWhitelist; // will lose all API access
    QList<ApiKey> neverUsed; // entries exist, none ever used
    QList<ApiKey> notReadable; // could not check
    // The same three for service accounts.
    QList<ServiceAccount> accountsEmpty;
    QList<ServiceAccount> accountsNeverUsed;
    QList<ServiceAccount> accountsNotReadable;
    SelfState self = SelfState::KeyUnknown;
    QHostAddress selfAddress; // the address the server last saw the console's key call from

    // A blocking finding: the person must read it before confirming.
    bool locksOutThisConsole() const
    {
        return self == SelfState::NoWhitelist || self == SelfState::NotCovered;
    }
    bool isClear() const;
    QString selfExplanation() const;

    // callerAddress: the address the server reported last (an error's parameters, or the usage of the
    // console key's entries); empty when unknown.
    static LockoutCheck evaluate(const QList<KeyInput> &keys, const QString &callerKeyId,
                                 const QHostAddress &callerAddress = {});
    // Adds the organization's service accounts to the check; when the console signs in as one of them
    // (callerId: its client ID), that account is "this console" and is checked as the key would be.
    void addAccounts(const QList<AccountInput> &accounts, const QString &callerId = {},
                     const QHostAddress &callerAddress = {});
    bool selfIsAccount = false; // "this console" is a service account
    // The address the server last saw a key call from: its most recently used entry's lastUsedAddress.
    static QHostAddress lastSeenAddress(const QList<AccessListEntry> &entries);

private:
    // self and selfAddress from the list of whatever this console signs in as.
    void checkSelf(const QList<AccessListEntry> &entries, bool readable, const QHostAddress &callerAddress);
};
