// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "IpBlock.h"

#include "TextChecks.h"

#include <QLocale>

#include <QtEndian>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

using Error = IpParseResult::Error;

IpParseResult failure(Error error, const QString &message, const QString &suggestion = {})
{
    IpParseResult result;
    result.error = error;
    result.message = message;
    result.suggestion = suggestion;
    return result;
}

// Text from the person, quoted in a message: at most 40 characters.
QString quoted(QStringView text)
{
    return text.size() <= 40 ? text.toString() : text.left(39).toString() + u'…';
}

// ::ffff:a.b.c.d only; QHostAddress::toIPv4Address() also accepts "::" and other IPv4-compatible forms.
std::optional<quint32> mappedIPv4(const QHostAddress &address)
{
    if (address.protocol() != QAbstractSocket::IPv6Protocol)
        return std::nullopt;
    const Q_IPV6ADDR b = address.toIPv6Address();
    for (int i = 0; i < 10; ++i) {
        if (b[i] != 0)
            return std::nullopt;
    }
    if (b[10] != 0xFF || b[11] != 0xFF)
        return std::nullopt;
    return (quint32(b[12]) << 24) | (quint32(b[13]) << 16) | (quint32(b[14]) << 8) | quint32(b[15]);
}

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}
bool isHexDigit(QChar c)
{
    return isAsciiDigit(c) || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
}

// Checks the four decimal octets of an IPv4 address; returns the error, or nullopt when valid.
std::optional<IpParseResult> checkIPv4(QStringView text)
{
    const auto parts = text.split(u'.');
    for (const auto &part : parts) {
        if (part.size() > 1 && part[0] == u'0' && (part[1] == u'x' || part[1] == u'X'))
            return failure(Error::HexNumber,
                           IpBlock::tr("“%1” is a hexadecimal number; write each part of an IPv4 address "
                                       "as a decimal number from 0 to 255.")
                               .arg(quoted(part)));
    }
    for (const QChar c : text) {
        if (!isAsciiDigit(c) && c != u'.')
            return failure(Error::InvalidCharacter,
                           IpBlock::tr("“%1” is not allowed in an IPv4 address.").arg(QString(c)));
    }
    if (parts.size() == 1)
        return failure(Error::SingleNumber,
                       IpBlock::tr("“%1” is a single number, not an address; write four parts such as "
                                   "192.0.2.1.")
                           .arg(quoted(text)));
    for (const auto &part : parts) {
        if (part.isEmpty())
            return failure(Error::EmptyPart, IpBlock::tr("An IPv4 address has an empty part between dots."));
    }
    if (parts.size() != 4)
        return failure(Error::PartialAddress,
                       IpBlock::tr("An IPv4 address has four parts separated by dots; this one has %1.")
                           .arg(parts.size()));
    for (const auto &part : parts) {
        if (part.size() > 1 && part[0] == u'0')
            return failure(Error::LeadingZero,
                           IpBlock::tr("“%1” has a leading zero, which some tools read as octal; write "
                                       "%2.")
                               .arg(quoted(part), QString::number(part.toInt())));
        if (part.size() > 3 || part.toInt() > 255)
            return failure(Error::OctetTooLarge,
                           IpBlock::tr("%1 is larger than 255, the largest value of each part of an IPv4 "
                                       "address.")
                               .arg(quoted(part)));
    }
    return std::nullopt;
}

std::optional<IpParseResult> checkIPv6(QStringView text, QHostAddress &address)
{
    for (const QChar c : text) {
        if (!isHexDigit(c) && c != u':' && c != u'.')
            return failure(Error::InvalidCharacter,
                           IpBlock::tr("“%1” is not allowed in an IPv6 address.").arg(QString(c)));
    }
    const auto lastColon = text.lastIndexOf(u':');
    const auto tail = text.mid(lastColon + 1);
    if (tail.contains(u'.')) {
        if (auto error = checkIPv4(tail))
            return error;
    }
    if (!address.setAddress(text.toString()) || address.protocol() != QAbstractSocket::IPv6Protocol)
        return failure(Error::InvalidIPv6,
                       IpBlock::tr("“%1” is not a valid IPv6 address.").arg(quoted(text)));
    return std::nullopt;
}

QHostAddress masked(const QHostAddress &address, int prefix)
{
    if (address.protocol() == QAbstractSocket::IPv4Protocol) {
        const quint32 mask = prefix == 0 ? 0u : ~quint32(0) << (32 - prefix);
        return QHostAddress(address.toIPv4Address() & mask);
    }
    Q_IPV6ADDR bytes = address.toIPv6Address();
    for (int i = 0; i < 16; ++i) {
        const int bitsHere = std::clamp(prefix - i * 8, 0, 8);
        const auto mask = static_cast<quint8>(bitsHere == 0 ? 0 : 0xFF << (8 - bitsHere));
        bytes[i] = static_cast<quint8>(bytes[i] & mask);
    }
    return QHostAddress(bytes);
}

} // namespace

IpBlock::IpBlock(Family family, const QHostAddress &network, int prefix)
    : m_family(family)
    , m_network(network)
    , m_prefix(prefix)
{ }

QHostAddress IpBlock::unmapped(const QHostAddress &address)
{
    if (const auto v4 = mappedIPv4(address))
        return QHostAddress(*v4);
    return address;
}

std::optional<IpBlock> IpBlock::fromAddress(const QHostAddress &address)
{
    const QHostAddress plain = unmapped(address);
    if (plain.protocol() == QAbstractSocket::IPv4Protocol)
        return IpBlock(Family::IPv4, plain, 32);
    if (plain.protocol() == QAbstractSocket::IPv6Protocol) {
        QHostAddress withoutScope = plain;
        withoutScope.setScopeId({});
        return IpBlock(Family::IPv6, withoutScope, 128);
    }
    return std::nullopt;
}

std::optional<IpBlock> IpBlock::fromCanonical(QStringView text)
{
    const qsizetype slash = text.indexOf(u'/');
    const QStringView addressText = slash < 0 ? text : text.left(slash);
    QHostAddress address;
    if (addressText.isEmpty() || !address.setAddress(addressText.toString()) || !address.scopeId().isEmpty())
        return std::nullopt;
    const bool v4 = address.protocol() == QAbstractSocket::IPv4Protocol;
    // setAddress() reads inet_aton forms (octal, hex, partial): accept only what it writes back the same way.
    if (v4 && address.toString() != addressText)
        return std::nullopt;
    const int maxPrefix = v4 ? 32 : 128;
    bool ok = true;
    const int prefix = slash < 0 ? maxPrefix : text.mid(slash + 1).toInt(&ok);
    if (!ok || prefix < 0 || prefix > maxPrefix)
        return std::nullopt;
    if (!v4 && prefix >= 96) {
        if (const auto mapped = mappedIPv4(address))
            return fromCanonical(
                QString(QHostAddress(*mapped).toString() + u'/' + QString::number(prefix - 96)));
    }
    if (masked(address, prefix) != address)
        return std::nullopt;
    return IpBlock(v4 ? Family::IPv4 : Family::IPv6, address, prefix);
}

IpParseResult IpBlock::parse(QStringView input)
{
    const QString text = input.trimmed().toString();
    if (text.isEmpty())
        return failure(Error::Empty, tr("Enter an IP address or a CIDR block."));
    // The longest block is an IPv6 address with an embedded IPv4 part and a prefix: 45 + 4 characters.
    if (text.size() > 64)
        return failure(Error::TooLong,
                       tr("This is %1 characters long; an IP address or CIDR block has at most "
                          "49. Check what was pasted.")
                           .arg(text.size()));
    for (const QChar c : text) {
        if (c.isSpace())
            return failure(Error::Whitespace, tr("Remove the space inside the address."));
        if (TextChecks::isInvisible(c))
            return failure(Error::InvalidCharacter,
                           tr("The address contains an invisible character (U+%1); type it again instead of "
                              "pasting it.")
                               .arg(TextChecks::codePoint(c)));
        if (c.unicode() > 127) {
            if (c.isDigit())
                return failure(Error::NonAsciiDigit,
                               tr("“%1” is not one of the digits 0–9; type the address with plain digits.")
                                   .arg(QString(c)));
            return failure(Error::InvalidCharacter,
                           tr("“%1” is not allowed in an IP address.").arg(QString(c)));
        }
    }
    if (text.count(u'/') > 1)
        return failure(Error::TooManySlashes, tr("Use at most one “/” (address/prefix length)."));

    const qsizetype slash = text.indexOf(u'/');
    const QString addressText = slash < 0 ? text : text.left(slash);
    const std::optional<QString> prefixText = slash < 0 ? std::nullopt : std::optional(text.mid(slash + 1));

    if (addressText.isEmpty())
        return failure(Error::MissingAddress, tr("The address before “/” is missing."));
    if (addressText.startsWith(u'+') || addressText.startsWith(u'-'))
        return failure(Error::Sign, tr("Remove the “%1” sign before the address.").arg(addressText[0]));
    if (addressText.contains(u'%'))
        return failure(Error::ZoneId,
                       tr("Zone IDs such as “%1” are not allowed; remove the part from “%”.")
                           .arg(quoted(QStringView(addressText).mid(addressText.indexOf(u'%')))));

    QHostAddress address;
    Family family = Family::IPv4;
    if (addressText.contains(u':')) {
        if (auto error = checkIPv6(addressText, address))
            return *error;
        family = Family::IPv6;
    } else {
        if (auto error = checkIPv4(addressText))
            return *error;
        address = QHostAddress(addressText);
    }

    const int maxPrefix = family == Family::IPv4 ? 32 : 128;
    int prefix = maxPrefix;
    if (prefixText) {
        if (prefixText->isEmpty())
            return failure(Error::MissingPrefix, tr("The prefix length after “/” is missing."));
        if (prefixText->startsWith(u'+') || prefixText->startsWith(u'-'))
            return failure(Error::Sign,
                           tr("Remove the “%1” sign from the prefix length.").arg((*prefixText)[0]));
        for (const QChar c : *prefixText) {
            if (!isAsciiDigit(c))
                return failure(
                    Error::PrefixNotNumber,
                    tr("The prefix length after “/” must be a whole number from 0 to %1.").arg(maxPrefix));
        }
        if (prefixText->size() > 1 && prefixText->startsWith(u'0'))
            return failure(
                Error::PrefixLeadingZero,
                tr("Write the prefix length without a leading zero (/%1).").arg(prefixText->toInt()));
        prefix = prefixText->size() > 3 ? maxPrefix + 1 : prefixText->toInt();
        if (prefix > maxPrefix)
            return failure(
                Error::PrefixTooLong,
                family == Family::IPv4
                    ? tr("/%1 is too long for IPv4: the prefix length is 0 to 32.").arg(*prefixText)
                    : tr("/%1 is too long for IPv6: the prefix length is 0 to 128.").arg(*prefixText));
    }

    // An IPv4-mapped IPv6 address is the IPv4 address it carries.
    if (family == Family::IPv6 && prefix >= 96) {
        if (const auto v4 = mappedIPv4(address)) {
            family = Family::IPv4;
            address = QHostAddress(*v4);
            prefix -= 96;
        }
    }

    const QHostAddress network = masked(address, prefix);
    if (network != address) {
        const IpBlock fixed(family, network, prefix);
        return failure(Error::HostBitsSet,
                       tr("%1/%2 has host bits set; the block starts at %3. Did you mean %3?")
                           .arg(address.toString())
                           .arg(prefix)
                           .arg(fixed.toCidr()),
                       fixed.toCidr());
    }

    IpParseResult result;
    result.block = IpBlock(family, network, prefix);
    return result;
}

QString IpBlock::toString() const
{
    return isSingleAddress() ? m_network.toString() : toCidr();
}

QString IpBlock::toCidr() const
{
    return m_network.toString() + u'/' + QString::number(m_prefix);
}

bool IpBlock::contains(const QHostAddress &address) const
{
    if (!isValid())
        return false;
    const QHostAddress plain = unmapped(address);
    const auto wanted
        = m_family == Family::IPv4 ? QAbstractSocket::IPv4Protocol : QAbstractSocket::IPv6Protocol;
    if (plain.protocol() != wanted)
        return false;
    return plain.isInSubnet(m_network, m_prefix);
}

bool IpBlock::covers(const IpBlock &other) const
{
    return isValid() && other.isValid() && m_family == other.m_family && m_prefix <= other.m_prefix
        && contains(other.m_network);
}

IpBlock::Breadth IpBlock::breadth() const
{
    if (!isValid())
        return Breadth::Narrow;
    const bool v4 = m_family == Family::IPv4;
    if (m_prefix <= (v4 ? 8 : 32))
        return Breadth::VeryBroad;
    if (m_prefix < (v4 ? 16 : 48))
        return Breadth::Broad;
    return Breadth::Narrow;
}

QString IpBlock::sizeText() const
{
    const int exponent = sizeExponent();
    if (exponent <= 40)
        return QLocale().toString(quint64(1) << exponent);
    return u"2^%1"_s.arg(exponent);
}
