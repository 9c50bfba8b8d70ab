// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "IpBlock.h"

#include "TestEnvironment.h"
#include <QLocale>

using namespace Qt::StringLiterals;
using Error = IpParseResult::Error;

Q_DECLARE_METATYPE(IpParseResult::Error)

class TestIpBlock : public QObject
{
    Q_OBJECT
private slots:
    void accepted_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("normal");
        QTest::addColumn<QString>("cidr");

        QTest::newRow("plain v4") << u"192.0.2.1"_s << u"192.0.2.1"_s << u"192.0.2.1/32"_s;
        QTest::newRow("v4 /32 dropped") << u"192.0.2.1/32"_s << u"192.0.2.1"_s << u"192.0.2.1/32"_s;
        QTest::newRow("v4 /24") << u"10.0.0.0/24"_s << u"10.0.0.0/24"_s << u"10.0.0.0/24"_s;
        QTest::newRow("v4 /8") << u"10.0.0.0/8"_s << u"10.0.0.0/8"_s << u"10.0.0.0/8"_s;
        QTest::newRow("v4 /0") << u"0.0.0.0/0"_s << u"0.0.0.0/0"_s << u"0.0.0.0/0"_s;
        QTest::newRow("v4 /31") << u"198.51.100.2/31"_s << u"198.51.100.2/31"_s << u"198.51.100.2/31"_s;
        QTest::newRow("v4 zeros") << u"0.0.0.0"_s << u"0.0.0.0"_s << u"0.0.0.0/32"_s;
        QTest::newRow("v4 max") << u"255.255.255.255"_s << u"255.255.255.255"_s << u"255.255.255.255/32"_s;
        QTest::newRow("loopback") << u"127.0.0.1"_s << u"127.0.0.1"_s << u"127.0.0.1/32"_s;
        QTest::newRow("leading spaces") << u"  10.1.2.3"_s << u"10.1.2.3"_s << u"10.1.2.3/32"_s;
        QTest::newRow("trailing tab") << u"10.1.2.3\t"_s << u"10.1.2.3"_s << u"10.1.2.3/32"_s;
        QTest::newRow("newline around") << u"\n172.16.0.0/12\n"_s << u"172.16.0.0/12"_s << u"172.16.0.0/12"_s;
        QTest::newRow("v4 /16") << u"172.20.0.0/16"_s << u"172.20.0.0/16"_s << u"172.20.0.0/16"_s;
        QTest::newRow("v6 full") << u"2001:0db8:0000:0000:0000:0000:0000:0001"_s << u"2001:db8::1"_s
                                 << u"2001:db8::1/128"_s;
        QTest::newRow("v6 short") << u"2001:db8::1"_s << u"2001:db8::1"_s << u"2001:db8::1/128"_s;
        QTest::newRow("v6 upper") << u"2001:DB8::A"_s << u"2001:db8::a"_s << u"2001:db8::a/128"_s;
        QTest::newRow("v6 /128 dropped") << u"2001:db8::1/128"_s << u"2001:db8::1"_s << u"2001:db8::1/128"_s;
        QTest::newRow("v6 /64") << u"2001:db8:1:2::/64"_s << u"2001:db8:1:2::/64"_s << u"2001:db8:1:2::/64"_s;
        QTest::newRow("v6 /32") << u"2001:db8::/32"_s << u"2001:db8::/32"_s << u"2001:db8::/32"_s;
        QTest::newRow("v6 /0") << u"::/0"_s << u"::/0"_s << u"::/0"_s;
        QTest::newRow("v6 loopback") << u"::1"_s << u"::1"_s << u"::1/128"_s;
        QTest::newRow("v6 unspecified") << u"::"_s << u"::"_s << u"::/128"_s;
        QTest::newRow("v6 link local") << u"fe80::1"_s << u"fe80::1"_s << u"fe80::1/128"_s;
        QTest::newRow("v4-mapped") << u"::ffff:10.0.0.5"_s << u"10.0.0.5"_s << u"10.0.0.5/32"_s;
        QTest::newRow("v4-mapped hex") << u"::ffff:a00:5"_s << u"10.0.0.5"_s << u"10.0.0.5/32"_s;
        QTest::newRow("v4-mapped /120") << u"::ffff:10.0.0.0/120"_s << u"10.0.0.0/24"_s << u"10.0.0.0/24"_s;
        QTest::newRow("v6 embedded v4")
            << u"64:ff9b::192.0.2.33"_s << u"64:ff9b::c000:221"_s << u"64:ff9b::c000:221/128"_s;
        QTest::newRow("v6 /48") << u"2001:db8:abcd::/48"_s << u"2001:db8:abcd::/48"_s
                                << u"2001:db8:abcd::/48"_s;
    }

    void accepted()
    {
        QFETCH(QString, input);
        QFETCH(QString, normal);
        QFETCH(QString, cidr);
        const IpParseResult result = IpBlock::parse(input);
        QVERIFY2(result.ok(), qPrintable(result.message));
        QCOMPARE(result.error, Error::None);
        QCOMPARE(result.block->toString(), normal);
        QCOMPARE(result.block->toCidr(), cidr);
        // The normal form parses back to the same block.
        QCOMPARE(*IpBlock::parse(normal).block, *result.block);
    }

    void rejected_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<Error>("error");
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("suggestion");

        QTest::newRow("empty") << QString() << Error::Empty << u"Enter an IP address"_s << QString();
        QTest::newRow("only spaces") << u"   "_s << Error::Empty << u"Enter an IP address"_s << QString();
        QTest::newRow("octal leading zero")
            << u"010.0.0.1"_s << Error::LeadingZero << u"“010” has a leading zero"_s << QString();
        QTest::newRow("leading zero last")
            << u"10.0.0.01"_s << Error::LeadingZero << u"write 1."_s << QString();
        QTest::newRow("partial two") << u"10.1"_s << Error::PartialAddress << u"this one has 2"_s
                                     << QString();
        QTest::newRow("partial three")
            << u"10.1.2"_s << Error::PartialAddress << u"this one has 3"_s << QString();
        QTest::newRow("five parts") << u"1.2.3.4.5"_s << Error::PartialAddress << u"this one has 5"_s
                                    << QString();
        QTest::newRow("hex octet") << u"0x0a.0.0.1"_s << Error::HexNumber << u"“0x0a” is a hexadecimal"_s
                                   << QString();
        QTest::newRow("hex integer") << u"0x7f000001"_s << Error::HexNumber << u"hexadecimal"_s << QString();
        QTest::newRow("integer") << u"2130706433"_s << Error::SingleNumber << u"single number"_s << QString();
        QTest::newRow("slash only prefix")
            << u"/24"_s << Error::MissingAddress << u"before “/” is missing"_s << QString();
        QTest::newRow("plus sign") << u"+10.0.0.0/8"_s << Error::Sign << u"Remove the “+” sign"_s
                                   << QString();
        QTest::newRow("minus sign") << u"-10.0.0.0"_s << Error::Sign << u"Remove the “-” sign"_s << QString();
        QTest::newRow("plus prefix") << u"10.0.0.0/+8"_s << Error::Sign << u"prefix length"_s << QString();
        QTest::newRow("negative prefix")
            << u"10.0.0.0/-1"_s << Error::Sign << u"prefix length"_s << QString();
        QTest::newRow("host bits") << u"10.0.0.1/24"_s << Error::HostBitsSet << u"Did you mean 10.0.0.0/24?"_s
                                   << u"10.0.0.0/24"_s;
        QTest::newRow("host bits /8")
            << u"10.20.30.40/8"_s << Error::HostBitsSet << u"10.0.0.0/8"_s << u"10.0.0.0/8"_s;
        QTest::newRow("host bits v6")
            << u"2001:db8::1/64"_s << Error::HostBitsSet << u"2001:db8::/64"_s << u"2001:db8::/64"_s;
        QTest::newRow("host bits /0")
            << u"1.2.3.4/0"_s << Error::HostBitsSet << u"0.0.0.0/0"_s << u"0.0.0.0/0"_s;
        QTest::newRow("prefix 33") << u"1.2.3.4/33"_s << Error::PrefixTooLong << u"/33 is too long for IPv4"_s
                                   << QString();
        QTest::newRow("prefix 129") << u"2001:db8::/129"_s << Error::PrefixTooLong
                                    << u"/129 is too long for IPv6"_s << QString();
        QTest::newRow("prefix huge") << u"1.2.3.4/99999"_s << Error::PrefixTooLong << u"too long"_s
                                     << QString();
        QTest::newRow("prefix empty")
            << u"10.0.0.0/"_s << Error::MissingPrefix << u"prefix length after “/” is missing"_s << QString();
        QTest::newRow("prefix letters")
            << u"10.0.0.0/ab"_s << Error::PrefixNotNumber << u"whole number from 0 to 32"_s << QString();
        QTest::newRow("dotted mask") << u"10.0.0.0/255.0.0.0"_s << Error::PrefixNotNumber << u"whole number"_s
                                     << QString();
        QTest::newRow("prefix leading zero")
            << u"10.0.0.0/08"_s << Error::PrefixLeadingZero << u"(/8)"_s << QString();
        QTest::newRow("two slashes") << u"10.0.0.0/8/8"_s << Error::TooManySlashes << u"at most one “/”"_s
                                     << QString();
        QTest::newRow("zone id") << u"fe80::1%eth0"_s << Error::ZoneId << u"“%eth0”"_s << QString();
        QTest::newRow("zone id cidr") << u"fe80::%eth0/64"_s << Error::ZoneId << u"Zone IDs"_s << QString();
        QTest::newRow("space inside")
            << u"10.0. 0.1"_s << Error::Whitespace << u"Remove the space"_s << QString();
        QTest::newRow("space before prefix")
            << u"10.0.0.0 /8"_s << Error::Whitespace << u"space"_s << QString();
        QTest::newRow("arabic-indic digit")
            << u"١٠.0.0.1"_s << Error::NonAsciiDigit << u"“١” is not one of the digits"_s << QString();
        QTest::newRow("fullwidth digit")
            << u"１0.0.0.1"_s << Error::NonAsciiDigit << u"digits 0–9"_s << QString();
        QTest::newRow("devanagari prefix")
            << u"10.0.0.0/८"_s << Error::NonAsciiDigit << u"digits"_s << QString();
        QTest::newRow("octet 256") << u"256.0.0.1"_s << Error::OctetTooLarge << u"256 is larger than 255"_s
                                   << QString();
        QTest::newRow("octet 999") << u"1.2.3.999"_s << Error::OctetTooLarge << u"999"_s << QString();
        QTest::newRow("four digit octet")
            << u"1.2.3.1000"_s << Error::OctetTooLarge << u"1000"_s << QString();
        QTest::newRow("empty part") << u"10..0.1"_s << Error::EmptyPart << u"empty part"_s << QString();
        QTest::newRow("trailing dot") << u"10.0.0.1."_s << Error::EmptyPart << u"empty part"_s << QString();
        QTest::newRow("leading dot") << u".10.0.0.1"_s << Error::EmptyPart << u"empty part"_s << QString();
        QTest::newRow("letters v4") << u"10.0.0.a"_s << Error::InvalidCharacter << u"“a” is not allowed"_s
                                    << QString();
        QTest::newRow("hostname") << u"example.com"_s << Error::InvalidCharacter << u"is not allowed"_s
                                  << QString();
        QTest::newRow("comma") << u"10.0.0.1,10.0.0.2"_s << Error::InvalidCharacter << u"“,”"_s << QString();
        QTest::newRow("v6 bad group") << u"2001:db8::g"_s << Error::InvalidCharacter << u"“g”"_s << QString();
        QTest::newRow("v6 two double colons")
            << u"2001::db8::1"_s << Error::InvalidIPv6 << u"not a valid IPv6"_s << QString();
        QTest::newRow("v6 too many groups")
            << u"1:2:3:4:5:6:7:8:9"_s << Error::InvalidIPv6 << u"IPv6"_s << QString();
        QTest::newRow("v6 group too long") << u"12345::1"_s << Error::InvalidIPv6 << u"IPv6"_s << QString();
        QTest::newRow("v6 embedded octal")
            << u"::ffff:010.0.0.1"_s << Error::LeadingZero << u"leading zero"_s << QString();
        QTest::newRow("v6 triple colon") << u":::1"_s << Error::InvalidIPv6 << u"IPv6"_s << QString();
        QTest::newRow("brackets") << u"[::1]"_s << Error::InvalidCharacter << u"“[”"_s << QString();
        QTest::newRow("dash range") << u"10.0.0.1-10.0.0.9"_s << Error::InvalidCharacter << u"“-”"_s
                                    << QString();
        QTest::newRow("unicode letter") << u"10.0.0.é"_s << Error::InvalidCharacter << u"“é”"_s << QString();
    }

    void rejected()
    {
        QFETCH(QString, input);
        QFETCH(Error, error);
        QFETCH(QString, message);
        QFETCH(QString, suggestion);
        const IpParseResult result = IpBlock::parse(input);
        QVERIFY2(!result.ok(), result.ok() ? qPrintable(result.block->toString()) : "");
        QCOMPARE(result.error, error);
        QVERIFY2(result.message.contains(message), qPrintable(result.message));
        QCOMPARE(result.suggestion, suggestion);
        if (!suggestion.isEmpty())
            QVERIFY(IpBlock::parse(suggestion).ok());
    }

    void containment_data()
    {
        QTest::addColumn<QString>("block");
        QTest::addColumn<QString>("address");
        QTest::addColumn<bool>("contains");
        QTest::newRow("v4 in /24") << u"10.0.0.0/24"_s << u"10.0.0.200"_s << true;
        QTest::newRow("v4 outside /24") << u"10.0.0.0/24"_s << u"10.0.1.1"_s << false;
        QTest::newRow("v4 single same") << u"192.0.2.1"_s << u"192.0.2.1"_s << true;
        QTest::newRow("v4 single other") << u"192.0.2.1"_s << u"192.0.2.2"_s << false;
        QTest::newRow("v4 /0 everything") << u"0.0.0.0/0"_s << u"203.0.113.9"_s << true;
        QTest::newRow("mapped peer in v4 block") << u"10.0.0.0/24"_s << u"::ffff:10.0.0.5"_s << true;
        QTest::newRow("mapped peer single") << u"127.0.0.1"_s << u"::ffff:127.0.0.1"_s << true;
        QTest::newRow("v6 in /32") << u"2001:db8::/32"_s << u"2001:db8:1::7"_s << true;
        QTest::newRow("v6 outside") << u"2001:db8::/32"_s << u"2001:db9::1"_s << false;
        QTest::newRow("v4 not in v6 /0") << u"::/0"_s << u"10.0.0.1"_s << false;
        QTest::newRow("v6 not in v4 /0") << u"0.0.0.0/0"_s << u"2001:db8::1"_s << false;
    }

    void containment()
    {
        QFETCH(QString, block);
        QFETCH(QString, address);
        QFETCH(bool, contains);
        const auto parsed = IpBlock::parse(block);
        QVERIFY(parsed.ok());
        QCOMPARE(parsed.block->contains(QHostAddress(address)), contains);
    }

    void coversAndBreadth()
    {
        const IpBlock wide = *IpBlock::parse(u"10.0.0.0/8"_s).block;
        const IpBlock narrow = *IpBlock::parse(u"10.1.0.0/16"_s).block;
        const IpBlock single = *IpBlock::parse(u"10.1.2.3"_s).block;
        const IpBlock other = *IpBlock::parse(u"192.168.0.0/16"_s).block;
        QVERIFY(wide.covers(narrow));
        QVERIFY(wide.covers(single));
        QVERIFY(narrow.covers(single));
        QVERIFY(!narrow.covers(wide));
        QVERIFY(!wide.covers(other));
        QVERIFY(wide.covers(wide));
        QVERIFY(wide.isBroad());
        QVERIFY(!narrow.isBroad());
        QVERIFY(!single.isBroad());
        QVERIFY(IpBlock::parse(u"10.0.0.0/15"_s).block->isBroad());
        QVERIFY(IpBlock::parse(u"::/0"_s).block->isBroad());
        QCOMPARE(wide.sizeExponent(), 24);
        // Breadth by what a block opens: half the Internet is not "medium", an IPv6 /32 is a provider.
        const auto breadth = [](const QString &text) { return IpBlock::parse(text).block->breadth(); };
        QCOMPARE(breadth(u"0.0.0.0/1"_s), IpBlock::Breadth::VeryBroad);
        QCOMPARE(breadth(u"10.0.0.0/8"_s), IpBlock::Breadth::VeryBroad);
        QCOMPARE(breadth(u"10.0.0.0/9"_s), IpBlock::Breadth::Broad);
        QCOMPARE(breadth(u"10.0.0.0/15"_s), IpBlock::Breadth::Broad);
        QCOMPARE(breadth(u"10.1.0.0/16"_s), IpBlock::Breadth::Narrow);
        QCOMPARE(breadth(u"2001:db8::/32"_s), IpBlock::Breadth::VeryBroad);
        QCOMPARE(breadth(u"2001::/16"_s), IpBlock::Breadth::VeryBroad);
        QCOMPARE(breadth(u"2001:db8::/40"_s), IpBlock::Breadth::Broad);
        QCOMPARE(breadth(u"2001:db8:1::/48"_s), IpBlock::Breadth::Narrow);
        // Counts a person reads: grouped digits, not "1.68E+07".
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QCOMPARE(IpBlock::parse(u"10.0.0.0/8"_s).block->sizeText(), u"16,777,216"_s);
        QCOMPARE(IpBlock::parse(u"2001:db8::/32"_s).block->sizeText(), u"2^96"_s);
        QLocale::setDefault(QLocale::c());
    }

    void duplicatesAfterNormalisation()
    {
        QCOMPARE(*IpBlock::parse(u"192.0.2.1/32"_s).block, *IpBlock::parse(u" 192.0.2.1"_s).block);
        QCOMPARE(*IpBlock::parse(u"::ffff:192.0.2.1"_s).block, *IpBlock::parse(u"192.0.2.1"_s).block);
        QCOMPARE(*IpBlock::parse(u"2001:DB8:0::1"_s).block, *IpBlock::parse(u"2001:db8::1/128"_s).block);
        QVERIFY(!(*IpBlock::parse(u"10.0.0.0/8"_s).block == *IpBlock::parse(u"10.0.0.0/9"_s).block));
    }

    void fromCanonical_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("normal"); // empty: refused
        QTest::newRow("v4 /32") << u"192.0.2.1/32"_s << u"192.0.2.1"_s;
        QTest::newRow("v4 block") << u"10.0.0.0/8"_s << u"10.0.0.0/8"_s;
        QTest::newRow("v4 plain") << u"10.1.2.3"_s << u"10.1.2.3"_s;
        QTest::newRow("v6 block") << u"2001:db8::/32"_s << u"2001:db8::/32"_s;
        QTest::newRow("v6 /128") << u"2001:db8::1/128"_s << u"2001:db8::1"_s;
        QTest::newRow("mapped") << u"::ffff:10.0.0.5/128"_s << u"10.0.0.5"_s;
        QTest::newRow("host bits") << u"10.0.0.1/8"_s << QString();
        QTest::newRow("octal") << u"010.0.0.1/32"_s << QString();
        QTest::newRow("partial") << u"10.1/16"_s << QString();
        QTest::newRow("prefix too long") << u"10.0.0.0/33"_s << QString();
        QTest::newRow("zone") << u"fe80::1%eth0/128"_s << QString();
        QTest::newRow("garbage") << u"example.com"_s << QString();
    }

    void fromCanonical()
    {
        QFETCH(QString, text);
        QFETCH(QString, normal);
        const auto block = IpBlock::fromCanonical(text);
        QCOMPARE(block.has_value(), !normal.isEmpty());
        if (block) {
            QCOMPARE(block->toString(), normal);
            QCOMPARE(*block, *IpBlock::parse(text).block); // the same block the strict parser gives
        }
    }

    void fromPeerAddress()
    {
        const auto mapped = IpBlock::fromAddress(QHostAddress(u"::ffff:127.0.0.1"_s));
        QVERIFY(mapped);
        QCOMPARE(mapped->toString(), u"127.0.0.1"_s);
        QVERIFY(!IpBlock::fromAddress(QHostAddress()));
    }
};

APIACCESS_GUILESS_TEST_MAIN(TestIpBlock)
#include "tst_ipblock.moc"
