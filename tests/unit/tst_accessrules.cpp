// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AccessRules.h"
#include "TestEnvironment.h"

using namespace Qt::StringLiterals;
using Verdict = AccessDecision::Verdict;
using Reason = AccessDecision::Reason;

Q_DECLARE_METATYPE(WhitelistRequirement)
Q_DECLARE_METATYPE(AccessDecision::Verdict)
Q_DECLARE_METATYPE(AccessDecision::Reason)

namespace {
QList<IpBlock> blocks(const QStringList &texts)
{
    QList<IpBlock> result;
    for (const auto &t : texts)
        result.append(*IpBlock::parse(t).block);
    return result;
}
} // namespace

class TestAccessRules : public QObject
{
    Q_OBJECT
private slots:
    void decide_data()
    {
        QTest::addColumn<QStringList>("entries");
        QTest::addColumn<WhitelistRequirement>("requirement");
        QTest::addColumn<QString>("caller");
        QTest::addColumn<bool>("resourceRequiresList");
        QTest::addColumn<Verdict>("verdict");
        QTest::addColumn<Reason>("reason");
        QTest::addColumn<QString>("errorCode");
        QTest::addColumn<int>("matched");

        const QStringList list{u"192.0.2.0/24"_s, u"198.51.100.7"_s};
        const QString covered = u"192.0.2.55"_s;
        const QString uncovered = u"203.0.113.1"_s;
        const auto R = WhitelistRequirement::Required;
        const auto N = WhitelistRequirement::NotRequired;
        const auto U = WhitelistRequirement::Unknown;

        // (empty / non-empty) × (required / not / unknown) × (covered / not covered)
        QTest::newRow("list, required, covered")
            << list << R << covered << false << Verdict::Allowed << Reason::CoveredByEntry << QString() << 0;
        QTest::newRow("list, required, not covered")
            << list << R << uncovered << false << Verdict::Denied << Reason::NotCovered
            << u"IP_ADDRESS_NOT_ON_ACCESS_LIST"_s << -1;
        QTest::newRow("list, not required, covered")
            << list << N << u"198.51.100.7"_s << false << Verdict::Allowed << Reason::CoveredByEntry
            << QString() << 1;
        QTest::newRow("list, not required, not covered")
            << list << N << uncovered << false << Verdict::Denied << Reason::NotCovered
            << u"IP_ADDRESS_NOT_ON_ACCESS_LIST"_s << -1;
        QTest::newRow("list, unknown, covered")
            << list << U << covered << false << Verdict::Allowed << Reason::CoveredByEntry << QString() << 0;
        QTest::newRow("list, unknown, not covered")
            << list << U << uncovered << false << Verdict::Denied << Reason::NotCovered
            << u"IP_ADDRESS_NOT_ON_ACCESS_LIST"_s << -1;
        QTest::newRow("empty, required, covered-or-not")
            << QStringList() << R << covered << false << Verdict::Denied << Reason::OrgRequiresList
            << u"ORG_REQUIRES_ACCESS_LIST"_s << -1;
        QTest::newRow("empty, required, other address")
            << QStringList() << R << uncovered << false << Verdict::Denied << Reason::OrgRequiresList
            << u"ORG_REQUIRES_ACCESS_LIST"_s << -1;
        QTest::newRow("empty, not required") << QStringList() << N << covered << false << Verdict::Allowed
                                             << Reason::EmptyListOpen << QString() << -1;
        QTest::newRow("empty, not required, other address")
            << QStringList() << N << uncovered << false << Verdict::Allowed << Reason::EmptyListOpen
            << QString() << -1;
        QTest::newRow("empty, unknown") << QStringList() << U << covered << false << Verdict::Uncertain
                                        << Reason::DependsOnOrgSetting << u"ORG_REQUIRES_ACCESS_LIST"_s << -1;
        QTest::newRow("empty, unknown, other address")
            << QStringList() << U << uncovered << false << Verdict::Uncertain << Reason::DependsOnOrgSetting
            << u"ORG_REQUIRES_ACCESS_LIST"_s << -1;
        // Endpoints that require a whitelist.
        QTest::newRow("resource, empty, not required")
            << QStringList() << N << covered << true << Verdict::Denied << Reason::ResourceRequiresList
            << u"RESOURCE_REQUIRES_ACCESS_LIST"_s << -1;
        QTest::newRow("resource, empty, unknown")
            << QStringList() << U << covered << true << Verdict::Denied << Reason::ResourceRequiresList
            << u"RESOURCE_REQUIRES_ACCESS_LIST"_s << -1;
        QTest::newRow("resource, empty, required")
            << QStringList() << R << covered << true << Verdict::Denied << Reason::OrgRequiresList
            << u"ORG_REQUIRES_ACCESS_LIST"_s << -1;
        QTest::newRow("resource, list, covered")
            << list << N << covered << true << Verdict::Allowed << Reason::CoveredByEntry << QString() << 0;
        // Mapped peers and IPv6.
        QTest::newRow("mapped caller") << list << N << u"::ffff:192.0.2.9"_s << false << Verdict::Allowed
                                       << Reason::CoveredByEntry << QString() << 0;
        QTest::newRow("v6 caller, v4 list") << list << N << u"2001:db8::1"_s << false << Verdict::Denied
                                            << Reason::NotCovered << u"IP_ADDRESS_NOT_ON_ACCESS_LIST"_s << -1;
        QTest::newRow("most specific wins")
            << QStringList{u"10.0.0.0/8"_s, u"10.1.0.0/16"_s, u"10.0.0.0/12"_s} << N << u"10.1.2.3"_s << false
            << Verdict::Allowed << Reason::CoveredByEntry << QString() << 1;
    }

    void decide()
    {
        QFETCH(QStringList, entries);
        QFETCH(WhitelistRequirement, requirement);
        QFETCH(QString, caller);
        QFETCH(bool, resourceRequiresList);
        QFETCH(Verdict, verdict);
        QFETCH(Reason, reason);
        QFETCH(QString, errorCode);
        QFETCH(int, matched);

        AccessQuery query;
        query.entries = blocks(entries);
        query.requirement = requirement;
        query.caller = QHostAddress(caller);
        query.resourceRequiresList = resourceRequiresList;
        const AccessDecision d = decideAccess(query);
        QCOMPARE(d.verdict, verdict);
        QCOMPARE(d.reason, reason);
        QCOMPARE(d.errorCode, errorCode);
        QCOMPARE(d.matchedEntry, matched);
        QCOMPARE(d.allowed(), verdict == Verdict::Allowed);
        const QString text = d.explanation(query.caller, query.entries);
        QVERIFY(!text.isEmpty());
        if (!errorCode.isEmpty()) {
            // Plain words first, the server's code after them, never leading.
            QVERIFY2(text.contains(errorCode), qPrintable(text));
            QVERIFY2(text.indexOf(errorCode) > text.indexOf(u':') + 20, qPrintable(text));
            QVERIFY2(!text.contains(u"(" + errorCode + u")"), qPrintable(text));
        }
    }

    void legacyNaming()
    {
        AccessQuery query;
        query.entries = blocks({u"10.0.0.0/8"_s});
        query.caller = QHostAddress(u"192.0.2.1"_s);
        query.naming = ErrorCodes::Naming::Whitelist;
        QCOMPARE(decideAccess(query).errorCode, u"IP_ADDRESS_NOT_ON_WHITELIST"_s);
        query.entries.clear();
        query.requirement = WhitelistRequirement::Required;
        QCOMPARE(decideAccess(query).errorCode, u"ORG_REQUIRES_WHITELIST"_s);
        query.requirement = WhitelistRequirement::NotRequired;
        query.resourceRequiresList = true;
        QCOMPARE(decideAccess(query).errorCode, u"RESOURCE_REQUIRES_WHITELIST"_s);
    }

    void explanationNamesAddressAndEntry()
    {
        AccessQuery query;
        query.entries = blocks({u"10.0.0.0/8"_s});
        query.caller = QHostAddress(u"::ffff:10.2.3.4"_s);
        const auto d = decideAccess(query);
        const QString text = d.explanation(query.caller, query.entries);
        QVERIFY2(text.contains(u"10.2.3.4"_s) && text.contains(u"10.0.0.0/8"_s), qPrintable(text));
    }
};

APIACCESS_GUILESS_TEST_MAIN(TestAccessRules)
#include "tst_accessrules.moc"
