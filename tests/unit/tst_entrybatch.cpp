// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "EntryBatch.h"

#include "TestEnvironment.h"
#include <QLocale>

using namespace Qt::StringLiterals;

class TestEntryBatch : public QObject
{
    Q_OBJECT
private slots:
    void eachItemOnItsOwn()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        const QList<IpBlock> existing{*IpBlock::parse(u"10.0.0.0/8"_s).block,
                                      *IpBlock::parse(u"192.0.2.1"_s).block};
        const EntryBatch batch = EntryBatch::parse(u"198.51.100.7/32, 10.1.2.0/24\n\n192.0.2.1; "
                                                   u"203.0.113.1/24\n0.0.0.0/1\n198.51.100.7\n2001:db8::/32\n"
                                                   "2001:db8:5::/48\n010.0.0.1"_s,
                                                   existing);
        QCOMPARE(batch.items.size(), 9);
        const auto &i = batch.items;
        QVERIFY(i[0].ok());
        QCOMPARE(i[0].block->toString(), u"198.51.100.7"_s); // /32 dropped
        QVERIFY(i[1].ok());
        QVERIFY(i[1].warnings.join(u' ').contains(u"covered by 10.0.0.0/8"_s));
        // Already there: skipped with a note, not an error.
        QVERIFY(i[2].ok() && !i[2].sent());
        QVERIFY(i[2].skipped.contains(u"already on the whitelist"_s));
        QVERIFY(i[3].error.contains(u"host bits"_s));
        QCOMPARE(i[3].suggestion, u"203.0.113.0/24"_s);
        QVERIFY(i[4].ok());
        QVERIFY(i[4].warnings.join(u' ').contains(u"very broad"_s));
        // Half the Internet, counted as a person reads numbers (not "2.15E+09"); an IPv6 /32 is a whole
        // provider's allocation.
        QVERIFY2(i[4].warnings.join(u' ').contains(u"2,147,483,648 addresses"_s),
                 qPrintable(i[4].warnings.join(u' ')));
        QVERIFY2(i[6].warnings.join(u' ').contains(u"very broad block (2^96 addresses)"_s),
                 qPrintable(i[6].warnings.join(u' ')));
        QVERIFY(!i[7].warnings.join(u' ').contains(u"broad"_s)); // a /48 is one site
        QVERIFY(i[5].ok() && !i[5].sent());
        QVERIFY(i[5].skipped.contains(u"listed twice"_s)); // added once
        QVERIFY(i[6].ok());
        QVERIFY(i[7].warnings.join(u' ').contains(u"covered by 2001:db8::/32 above"_s));
        QVERIFY(i[8].error.contains(u"leading zero"_s));
        QVERIFY(!batch.canSend());
        QCOMPARE(batch.errorCount(), 2);
        QCOMPARE(batch.skippedCount(), 2);
        QCOMPARE(batch.blocks().size(), 5);
        // Only what is already there, or typed twice: nothing to send, nothing wrong.
        const EntryBatch nothingNew = EntryBatch::parse(u"192.0.2.1\n10.0.0.0/8"_s, existing);
        QCOMPARE(nothingNew.errorCount(), 0);
        QCOMPARE(nothingNew.skippedCount(), 2);
        QVERIFY(!nothingNew.canSend());
        const EntryBatch oneNew = EntryBatch::parse(u"192.0.2.1, 192.0.2.2, 192.0.2.2"_s, existing);
        QVERIFY(oneNew.canSend());
        QCOMPARE(oneNew.blocks().size(), 1);
    }

    void sendable()
    {
        const EntryBatch batch = EntryBatch::parse(u"  192.0.2.10 \n192.0.2.0/28"_s);
        QVERIFY(batch.canSend());
        QCOMPARE(batch.blocks().size(), 2);
        QVERIFY(!EntryBatch::parse(u"  \n , "_s).canSend()); // nothing to send
        const EntryBatch everything = EntryBatch::parse(u"::/0"_s);
        QVERIFY(everything.canSend());
        QVERIFY(everything.items.first().warnings.first().contains(u"every address"_s));
    }
};

APIACCESS_GUILESS_TEST_MAIN(TestEntryBatch)
#include "tst_entrybatch.moc"
