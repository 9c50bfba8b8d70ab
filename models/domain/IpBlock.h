// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QHostAddress>
#include <QString>

#include <optional>

struct IpParseResult;

// An IPv4 or IPv6 address or CIDR block, always stored in its normal form: the network address
// (host bits clear) and a prefix length. A single address has the full prefix (/32 or /128).
class IpBlock
{
    Q_DECLARE_TR_FUNCTIONS(IpBlock)
public:
    enum class Family { IPv4, IPv6 };

    IpBlock() = default;

    // Strict parsing of what a person typed (see IpParseResult for the errors).
    static IpParseResult parse(QStringView text);
    // Text the server or the cache wrote ("10.0.0.0/8", "192.0.2.1/32"): a fast path without the
    // messages of parse(), still refusing anything that is not a network address with its prefix.
    static std::optional<IpBlock> fromCanonical(QStringView text);
    // A block holding exactly one address; IPv4-mapped IPv6 addresses become IPv4.
    static std::optional<IpBlock> fromAddress(const QHostAddress &address);
    // The IPv4 form of an IPv4-mapped IPv6 address, or the address unchanged.
    static QHostAddress unmapped(const QHostAddress &address);

    bool isValid() const { return !m_network.isNull(); }
    Family family() const { return m_family; }
    QHostAddress network() const { return m_network; }
    int prefixLength() const { return m_prefix; }
    int maxPrefixLength() const { return m_family == Family::IPv4 ? 32 : 128; }
    bool isSingleAddress() const { return m_prefix == maxPrefixLength(); }

    // "10.0.0.1" for a single address, "10.0.0.0/24" for a block.
    QString toString() const;
    // Always with the prefix: "10.0.0.1/32".
    QString toCidr() const;

    bool contains(const QHostAddress &address) const;
    bool covers(const IpBlock &other) const;
    // How much of the Internet a block opens: IPv4 /9–/15 and IPv6 /33–/47 are broad (more than a site
    // needs); IPv4 /0–/8 (16 million addresses or more, half the Internet for /1) and IPv6 /0–/32 (a
    // whole provider's allocation) are very broad.
    enum class Breadth { Narrow, Broad, VeryBroad };
    Breadth breadth() const;
    bool isBroad() const { return breadth() != Breadth::Narrow; }
    // The number of addresses in words a person reads: "16,777,216" (grouped as the locale does), or
    // "2^96" where the number has more digits than help.
    QString sizeText() const;
    // How many addresses the block holds, as a power of two (32 for 0.0.0.0/0).
    int sizeExponent() const { return maxPrefixLength() - m_prefix; }

    friend bool operator==(const IpBlock &a, const IpBlock &b)
    {
        return a.m_family == b.m_family && a.m_prefix == b.m_prefix && a.m_network == b.m_network;
    }

private:
    IpBlock(Family family, const QHostAddress &network, int prefix);

    Family m_family = Family::IPv4;
    QHostAddress m_network;
    int m_prefix = 0;
};

struct IpParseResult
{
    enum class Error {
        None,
        Empty,
        Whitespace,
        NonAsciiDigit,
        InvalidCharacter,
        TooManySlashes,
        MissingAddress,
        MissingPrefix,
        Sign,
        ZoneId,
        HexNumber,
        SingleNumber,
        PartialAddress,
        EmptyPart,
        LeadingZero,
        OctetTooLarge,
        InvalidIPv6,
        PrefixNotNumber,
        PrefixLeadingZero,
        PrefixTooLong,
        HostBitsSet,
        TooLong,
    };

    std::optional<IpBlock> block; // set when accepted
    Error error = Error::None;
    QString message; // translated, names the exact problem
    QString suggestion; // a corrected value the person probably meant (host bits set)

    bool ok() const { return block.has_value(); }
};
