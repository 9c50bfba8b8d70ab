// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "LockoutCheck.h"
#include "TestEnvironment.h"

using namespace Qt::StringLiterals;
using Self = LockoutCheck::SelfState;

Q_DECLARE_METATYPE(LockoutCheck::SelfState)

namespace {
AccessListEntry entry(const QString &text, const QString &lastUsedFrom = {}, int day = 1)
{
    AccessListEntry e = AccessListEntry::fromBlock(*IpBlock::parse(text).block,
                                                   QDateTime(QDate(2026, 1, 1), QTime(), Qt::UTC));
    if (!lastUsedFrom.isEmpty()) {
        e.count = 5;
        e.lastUsed = QDateTime(QDate(2026, 11, day), QTime(10, 0), Qt::UTC);
        e.lastUsedAddress = lastUsedFrom;
    }
    return e;
}
LockoutCheck::KeyInput key(const QString &id, const QList<AccessListEntry> &entries, bool readable = true)
{
    LockoutCheck::KeyInput k;
    k.key.id = id;
    k.key.publicKey = id.left(8);
    k.entries = entries;
    k.entriesReadable = readable;
    return k;
}
} // namespace

class TestLockoutCheck : public QObject
{
    Q_OBJECT
private slots:
    void findings()
    {
        const QList<LockoutCheck::KeyInput> keys{
            key(u"self"_s, {entry(u"198.51.100.0/24"_s, u"198.51.100.7"_s)}),
            key(u"empty"_s, {}),
            key(u"unused"_s, {entry(u"192.0.2.1"_s), entry(u"192.0.2.2"_s)}),
            key(u"secret"_s, {}, false),
            key(u"fine"_s, {entry(u"203.0.113.0/24"_s, u"203.0.113.9"_s), entry(u"203.0.114.0/24"_s)}),
        };
        const LockoutCheck check = LockoutCheck::evaluate(keys, u"self"_s);
        QCOMPARE(check.emptyWhitelist.size(), 1);
        QCOMPARE(check.emptyWhitelist.first().id, u"empty"_s);
        QCOMPARE(check.neverUsed.size(), 1);
        QCOMPARE(check.neverUsed.first().id, u"unused"_s);
        QCOMPARE(check.notReadable.size(), 1);
        QCOMPARE(check.self, Self::Covered);
        QCOMPARE(check.selfAddress.toString(), u"198.51.100.7"_s);
        QVERIFY(!check.locksOutThisConsole());
        QVERIFY(!check.isClear());
        QVERIFY(check.selfExplanation().contains(u"198.51.100.7"_s));
    }

    void self_data()
    {
        QTest::addColumn<QStringList>("entries");
        QTest::addColumn<QString>("reported");
        QTest::addColumn<Self>("expected");
        QTest::newRow("covered by the reported address")
            << QStringList{u"10.0.0.0/8"_s} << u"10.1.2.3"_s << Self::Covered;
        QTest::newRow("reported address not covered")
            << QStringList{u"10.0.0.0/8"_s} << u"192.0.2.4"_s << Self::NotCovered;
        QTest::newRow("mapped address covered")
            << QStringList{u"10.0.0.0/8"_s} << u"::ffff:10.9.9.9"_s << Self::Covered;
        QTest::newRow("no whitelist") << QStringList() << u"10.1.2.3"_s << Self::NoWhitelist;
        QTest::newRow("address unknown") << QStringList{u"10.0.0.0/8"_s} << QString() << Self::AddressUnknown;
    }

    void self()
    {
        QFETCH(QStringList, entries);
        QFETCH(QString, reported);
        QFETCH(Self, expected);
        QList<AccessListEntry> list;
        for (const QString &e : entries)
            list.append(entry(e));
        const LockoutCheck check = LockoutCheck::evaluate(
            {key(u"self"_s, list)}, u"self"_s, reported.isEmpty() ? QHostAddress() : QHostAddress(reported));
        QCOMPARE(check.self, expected);
        QCOMPARE(check.locksOutThisConsole(), expected == Self::NotCovered || expected == Self::NoWhitelist);
        QVERIFY(!check.selfExplanation().isEmpty());
    }

    void lastSeenIsTheMostRecent()
    {
        const QList<AccessListEntry> entries{entry(u"10.0.0.0/8"_s, u"10.0.0.1"_s, 3),
                                             entry(u"192.0.2.0/24"_s, u"192.0.2.9"_s, 20),
                                             entry(u"203.0.113.1"_s)};
        QCOMPARE(LockoutCheck::lastSeenAddress(entries).toString(), u"192.0.2.9"_s);
        QVERIFY(LockoutCheck::lastSeenAddress({entry(u"203.0.113.1"_s)}).isNull());
        QCOMPARE(LockoutCheck::evaluate({key(u"a"_s, {})}, u"someone else"_s).self, Self::KeyUnknown);
    }
};

APIACCESS_GUILESS_TEST_MAIN(TestLockoutCheck)
#include "tst_lockoutcheck.moc"
