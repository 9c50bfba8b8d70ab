// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Offline review: the address check over every kind of entry and requirement state, and each hygiene
// finding, triggered and not.
#include "../integration/SnapshotFactory.h"
#include "AddressCheck.h"
#include "Exporter.h"
#include "HygieneReport.h"
#include "TestEnvironment.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::StringLiterals;
using Verdict = AccessDecision::Verdict;
namespace F = SnapshotFactory;

Q_DECLARE_METATYPE(WhitelistRequirement)
Q_DECLARE_METATYPE(AccessDecision::Verdict)

namespace {
OrgSnapshot reviewOrg(WhitelistRequirement requirement)
{
    OrgSnapshot s;
    s.organization = {u"a0000000000000000000000a"_s, u"Alpha Org"_s, false};
    s.settings = requirement == WhitelistRequirement::Unknown
        ? OrgSettings::unknown(OrgSettings::UnknownReason::NotExposedByServer)
        : OrgSettings::known(requirement == WhitelistRequirement::Required);
    s.keys
        = {F::key(1, u"ORG_OWNER"_s, {u"192.0.2.10"_s}), F::key(2, u"ORG_MEMBER"_s, {u"198.51.100.0/24"_s}),
           F::key(3, u"ORG_MEMBER"_s, {u"2001:db8::/32"_s}), F::key(4, u"ORG_MEMBER"_s, {}),
           F::key(5, u"ORG_MEMBER"_s, {})};
    s.keys[4].accessListState = Readability::denied(u"not allowed"_s);
    return s;
}
Finding::Kind kindOf(const Finding &f)
{
    return f.kind;
}
} // namespace

class TestReview : public QObject
{
    Q_OBJECT
private slots:
    void addressCheck_data()
    {
        QTest::addColumn<WhitelistRequirement>("requirement");
        QTest::addColumn<QString>("address");
        QTest::addColumn<QList<Verdict>>("verdicts");
        QTest::addColumn<QStringList>("codes");
        const auto A = Verdict::Allowed, D = Verdict::Denied, U = Verdict::Uncertain;
        const QString notOn = u"IP_ADDRESS_NOT_ON_ACCESS_LIST"_s, org = u"ORG_REQUIRES_ACCESS_LIST"_s;
        QTest::newRow("single address, not required")
            << WhitelistRequirement::NotRequired << u"192.0.2.10"_s << QList<Verdict>{A, D, D, A, U}
            << QStringList{{}, notOn, notOn, {}, {}};
        QTest::newRow("inside a CIDR, required")
            << WhitelistRequirement::Required << u"198.51.100.77"_s << QList<Verdict>{D, A, D, D, U}
            << QStringList{notOn, {}, notOn, org, {}};
        QTest::newRow("IPv6, unknown requirement")
            << WhitelistRequirement::Unknown << u"2001:db8:1::5"_s << QList<Verdict>{D, D, A, U, U}
            << QStringList{notOn, notOn, {}, org, {}};
        QTest::newRow("mapped IPv4") << WhitelistRequirement::NotRequired << u"::ffff:192.0.2.10"_s
                                     << QList<Verdict>{A, D, D, A, U}
                                     << QStringList{{}, notOn, notOn, {}, {}};
    }

    void addressCheck()
    {
        QFETCH(WhitelistRequirement, requirement);
        QFETCH(QString, address);
        QFETCH(QList<Verdict>, verdicts);
        QFETCH(QStringList, codes);
        const auto rows = checkAddress(reviewOrg(requirement), QHostAddress(address));
        QCOMPARE(rows.size(), 5);
        for (int i = 0; i < 5; ++i) {
            QCOMPARE(rows[i].verdict, verdicts[i]);
            QCOMPARE(rows[i].errorCode, codes[i]);
            QVERIFY(!rows[i].explanation.isEmpty());
            QCOMPARE(rows[i].publicKey, u"pubkey0%1"_s.arg(i + 1));
        }
        if (verdicts[0] == Verdict::Allowed)
            QCOMPARE(rows[0].matchedEntry, u"192.0.2.10"_s);
        QVERIFY(!rows[4].listReadable);
    }

    // From the events: a whitelist changed by a key from outside its own list, and the requirement turned
    // off recently (High while it stays off, Medium once on again; older than recentDays: nothing).
    void hygieneFindingsFromEvents()
    {
        const QDateTime now(QDate(2026, 11, 28), QTime(12, 0), Qt::UTC);
        OrgSnapshot s;
        s.organization = {u"a0000000000000000000000a"_s, u"Alpha Org"_s, false};
        s.settings = OrgSettings::known(false);
        KeyRecord actor = F::key(1, u"ORG_OWNER"_s, {u"192.0.2.10"_s}, 5);
        KeyRecord target = F::key(2, u"ORG_READ_ONLY"_s, {u"192.0.2.11"_s}, 5);
        s.keys = {actor, target};
        const auto event = [&](const QString &id, const QString &type, const QString &from, int daysAgo) {
            ApiEvent e;
            e.id = id;
            e.created = now.addDays(-daysAgo);
            e.eventTypeName = type;
            e.apiKeyId = actor.key.id;
            e.publicKey = actor.key.publicKey;
            e.remoteAddress = from;
            e.targetPublicKey = target.key.publicKey;
            e.entry = u"198.51.100.0/24"_s;
            return e;
        };
        s.events
            = {event(u"e5"_s, u"ORG_PUBLIC_API_ACCESS_LIST_NOT_REQUIRED"_s, u"192.0.2.10"_s, 3),
               event(u"e4"_s, u"API_KEY_ACCESS_LIST_ENTRY_ADDED"_s, u"203.0.113.9"_s, 4),
               event(u"e3"_s, u"API_KEY_ACCESS_LIST_ENTRY_DELETED"_s, u"203.0.113.9"_s, 5), // same again
               event(u"e2"_s, u"API_KEY_ACCESS_LIST_ENTRY_ADDED"_s, u"192.0.2.10"_s, 6), // from inside
               event(u"e1"_s, u"ORG_PUBLIC_API_WHITELIST_NOT_REQUIRED"_s, u"192.0.2.10"_s, 60)}; // too old
        QList<Finding> findings = hygieneReport(s, {90, now, 30});
        findings.removeIf([](const Finding &f) {
            return f.kind != Finding::Kind::ChangeFromOutsideWhitelist
                && f.kind != Finding::Kind::RequirementTurnedOff;
        });
        QCOMPARE(findings.size(), 2);
        QCOMPARE(findings[0].kind, Finding::Kind::RequirementTurnedOff);
        QCOMPARE(findings[0].severity, Finding::Severity::High);
        QVERIFY2(findings[0].message.contains(u"turned off"_s)
                     && findings[0].message.contains(u"from 192.0.2.10"_s),
                 qPrintable(findings[0].message));
        QCOMPARE(Finding::kindName(findings[0].kind), u"requirementTurnedOff"_s);
        QCOMPARE(findings[1].kind, Finding::Kind::ChangeFromOutsideWhitelist);
        QCOMPARE(findings[1].keyId, actor.key.id);
        QCOMPARE(findings[1].entry, u"198.51.100.0/24"_s);
        QVERIFY2(findings[1].message.contains(u"203.0.113.9"_s), qPrintable(findings[1].message));
        QCOMPARE(Finding::kindName(findings[1].kind), u"changeFromOutsideWhitelist"_s);

        s.settings = OrgSettings::known(true); // on again: still reported, as Medium
        findings = hygieneReport(s, {90, now, 30});
        const auto off = std::find_if(findings.begin(), findings.end(), [](const Finding &f) {
            return f.kind == Finding::Kind::RequirementTurnedOff;
        });
        QVERIFY(off != findings.end());
        QCOMPARE(off->severity, Finding::Severity::Medium);
        const QList<Finding> recent = hygieneReport(s, {90, now, 2});
        QVERIFY(std::none_of(recent.begin(), recent.end(),
                             [](const Finding &f) { return f.kind == Finding::Kind::RequirementTurnedOff; }));
    }

    // Rotation: a key older than the rotation age by its creation event (not while it is being rotated), a
    // rotation left open, and a key last used from an address none of its entries holds.
    void hygieneFindingsOfRotation()
    {
        const QDateTime now(QDate(2026, 12, 3), QTime(12, 0), Qt::UTC);
        OrgSnapshot s;
        s.organization = {u"a0000000000000000000000a"_s, u"Alpha Org"_s, false};
        s.settings = OrgSettings::known(false);
        s.keys = {F::key(1, u"ORG_OWNER"_s, {u"192.0.2.10"_s}, 5),
                  F::key(2, u"ORG_MEMBER"_s, {u"192.0.2.0/24"_s}, 5),
                  F::key(3, u"ORG_MEMBER"_s, {u"198.51.100.7"_s}, 5)};
        s.keys[1].accessList[0].lastUsed = now.addDays(-1);
        s.keys[1].accessList[0].lastUsedAddress = u"192.0.2.44"_s; // inside its entry: fine
        s.keys[2].accessList[0].lastUsed = now.addDays(-1);
        s.keys[2].accessList[0].lastUsedAddress = u"203.0.113.5"_s; // outside every entry
        const auto created = [&](int key, int daysAgo) {
            ApiEvent e;
            e.id = u"c%1"_s.arg(key);
            e.created = now.addDays(-daysAgo);
            e.eventTypeName = u"ORG_API_KEY_ADDED"_s;
            e.targetPublicKey = s.keys[key - 1].key.publicKey;
            return e;
        };
        s.events = {created(1, 120), created(2, 91), created(3, 30)};
        HygieneOptions options;
        options.now = now;
        const auto of = [](const QList<Finding> &all, Finding::Kind kind) {
            QList<Finding> found;
            for (const Finding &f : all) {
                if (f.kind == kind)
                    found.append(f);
            }
            return found;
        };
        QList<Finding> due = of(hygieneReport(s, options), Finding::Kind::DueForRotation);
        QCOMPARE(due.size(), 2);
        QCOMPARE(due.at(0).keyId, s.keys[0].key.id);
        QCOMPARE(due.at(0).severity, Finding::Severity::Low);
        QVERIFY2(due.at(0).message.contains(u"120 day"_s) && due.at(0).message.contains(u"every 90 days"_s),
                 qPrintable(due.at(0).message));
        QCOMPARE(due.at(1).keyId, s.keys[1].key.id);
        options.rotationDays = 100; // only the 120-day-old one
        QCOMPARE(of(hygieneReport(s, options), Finding::Kind::DueForRotation).size(), 1);

        // Being rotated: not "due" — but a rotation open for ten days is reported.
        Rotation r;
        r.orgId = s.organization.id;
        r.oldKeyId = s.keys[0].key.id;
        r.oldPublicKey = s.keys[0].key.publicKey;
        r.oldDescription = s.keys[0].key.desc;
        r.newKeyId = u"6b11efbf54edccc459000001"_s;
        r.newPublicKey = u"newkey01"_s;
        r.step = Rotation::Step::Ready;
        r.startedAt = now.addDays(-10);
        options.rotations.insert(r.oldKeyId, r);
        const QList<Finding> all = hygieneReport(s, options);
        QVERIFY(of(all, Finding::Kind::DueForRotation).isEmpty());
        const QList<Finding> open = of(all, Finding::Kind::RotationLeftOpen);
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.first().severity, Finding::Severity::Medium);
        QVERIFY2(open.first().message.contains(u"started 10 day"_s)
                     && open.first().message.contains(u"switch the clients to newkey01, then finish it"_s),
                 qPrintable(open.first().message));
        options.rotations[r.oldKeyId].startedAt = now.addDays(-3); // within the week: not yet
        QVERIFY(of(hygieneReport(s, options), Finding::Kind::RotationLeftOpen).isEmpty());

        const QList<Finding> outside = of(all, Finding::Kind::UseFromOutsideEntries);
        QCOMPARE(outside.size(), 1);
        QCOMPARE(outside.first().keyId, s.keys[2].key.id);
        QCOMPARE(outside.first().entry, u"198.51.100.7"_s);
        QVERIFY2(outside.first().message.contains(u"last used from 203.0.113.5"_s),
                 qPrintable(outside.first().message));
        QCOMPARE(outside.first().toJson().value("kind"_L1).toString(), u"useFromOutsideEntries"_s);
    }

    void hygieneFindings()
    {
        const QDateTime now(QDate(2026, 11, 28), QTime(12, 0), Qt::UTC);
        OrgSnapshot s;
        s.organization = {u"a0000000000000000000000a"_s, u"Alpha Org"_s, false};
        s.settings = OrgSettings::known(false);
        KeyRecord healthy = F::key(1, u"ORG_READ_ONLY"_s, {u"192.0.2.10"_s}, 5); // used 2026-11-01
        healthy.key.roles.append({u"GROUP_READ_ONLY"_s, {}, u"c1"_s});
        KeyRecord owner = F::key(2, u"ORG_OWNER"_s, {u"192.0.2.11"_s}, 5);
        KeyRecord empty = F::key(3, u"ORG_READ_ONLY"_s, {});
        KeyRecord stale = F::key(4, u"ORG_READ_ONLY"_s, {u"192.0.2.12"_s}, 5);
        stale.accessList[0].lastUsed = QDateTime(QDate(2026, 5, 1), QTime(), Qt::UTC);
        KeyRecord never = F::key(5, u"ORG_READ_ONLY"_s, {u"192.0.2.13"_s});
        KeyRecord messy
            = F::key(6, u"ORG_READ_ONLY"_s, {u"10.0.0.0/8"_s, u"10.1.0.0/16"_s, u"0.0.0.0/0"_s}, 3);
        messy.accessList[1].count = 0;
        messy.accessList[1].lastUsed = {};
        KeyRecord hidden = F::key(7, u"ORG_READ_ONLY"_s, {});
        hidden.accessListState = Readability::denied(u"API_KEY_ACCESS_LIST_ACCESS_DENIED"_s);
        KeyRecord lonely = F::key(8, u"ORG_MEMBER"_s, {u"192.0.2.14"_s}, 5);
        KeyRecord wide = F::key(9, u"ORG_READ_ONLY"_s, {u"172.16.0.0/12"_s}, 5);
        wide.key.roles.append({u"GROUP_READ_ONLY"_s, {}, u"c1"_s});
        s.keys = {healthy, owner, empty, stale, never, messy, hidden, lonely, wide};

        const QList<Finding> findings = hygieneReport(s, {90, now});
        const auto of = [&](const QString &keyId) {
            QList<Finding::Kind> kinds;
            for (const Finding &f : findings) {
                if (f.keyId == keyId)
                    kinds.append(kindOf(f));
            }
            return kinds;
        };
        QVERIFY(of(healthy.key.id).isEmpty()); // nothing triggered
        QCOMPARE(of(owner.key.id), QList<Finding::Kind>{Finding::Kind::OrganizationOwner});
        QCOMPARE(of(empty.key.id), QList<Finding::Kind>{Finding::Kind::EmptyWhitelist});
        QCOMPARE(of(stale.key.id), QList<Finding::Kind>{Finding::Kind::UnusedKey});
        QCOMPARE(of(never.key.id), QList<Finding::Kind>{Finding::Kind::NeverUsedKey});
        const auto messyKinds = of(messy.key.id);
        QVERIFY(messyKinds.contains(Finding::Kind::BroadBlock));
        // The words match the severity (and README): /8 and /0 are very broad (high), /12 broad (medium).
        for (const Finding &f : findings) {
            if (kindOf(f) != Finding::Kind::BroadBlock)
                continue;
            const bool very = f.message.contains(u"very broad"_s);
            QCOMPARE(f.severity, very ? Finding::Severity::High : Finding::Severity::Medium);
        }
        QVERIFY(messyKinds.contains(Finding::Kind::CoveredEntry));
        QVERIFY(messyKinds.contains(Finding::Kind::UnusedEntry));
        QCOMPARE(of(hidden.key.id), QList<Finding::Kind>{Finding::Kind::NotReadable});
        QCOMPARE(of(lonely.key.id), QList<Finding::Kind>{Finding::Kind::NoProject});
        QCOMPARE(of(wide.key.id), QList<Finding::Kind>{Finding::Kind::BroadBlock});
        for (const Finding &f : findings) {
            if (f.keyId == wide.key.id)
                QVERIFY2(f.message.contains(u"is a broad block"_s), qPrintable(f.message));
        }
        QCOMPARE(findings.first().severity, Finding::Severity::High); // sorted: the open key or the /0 first

        // The empty whitelist is worse when nothing requires one.
        Finding emptyFinding;
        for (const Finding &f : findings) {
            if (f.keyId == empty.key.id)
                emptyFinding = f;
        }
        QCOMPARE(emptyFinding.severity, Finding::Severity::High);
        s.settings = OrgSettings::known(true);
        for (const Finding &f : hygieneReport(s, {90, now})) {
            if (f.keyId == empty.key.id)
                QCOMPARE(f.severity, Finding::Severity::Medium);
        }
        // A longer stale limit: the stale key is fine.
        for (const Finding &f : hygieneReport(s, {365, now}))
            QVERIFY(f.kind != Finding::Kind::UnusedKey);
        QCOMPARE(Finding::severityFromName(u"medium"), Finding::Severity::Medium);
        QVERIFY(!Finding::severityFromName(u"severe"));
        QCOMPARE(Finding::kindName(Finding::Kind::EmptyWhitelist), u"emptyWhitelist"_s);
    }

    // Server text never becomes a formula, a link, an image or markup in an export.
    void exportsNeutraliseServerText()
    {
        QCOMPARE(Exporter::csvField(u"=HYPERLINK(\"http://x\",\"y\")"_s),
                 u"\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\""_s);
        QCOMPARE(Exporter::csvField(u"+cmd|' /C calc'!A0"_s), u"\"'+cmd|' /C calc'!A0\""_s);
        QCOMPARE(Exporter::csvField(u"@SUM(1+1)"_s), u"\"'@SUM(1+1)\""_s);
        QCOMPARE(Exporter::csvField(u"-2+3"_s), u"\"'-2+3\""_s);
        QCOMPARE(Exporter::csvField(u"\tx"_s), u"\"'\tx\""_s);
        QCOMPARE(Exporter::csvField(u"CI runners"_s), u"CI runners"_s);
        ExportInput in;
        in.snapshot.organization = {u"a0000000000000000000000a"_s, u"[Org](javascript:alert(1))"_s};
        KeyRecord k;
        k.key.id = u"d00000000000000000000001"_s;
        k.key.publicKey = u"ab`cdefg"_s;
        k.key.desc = u"![img](http://evil.example/x.png) <script>alert(1)</script> www.evil.example"_s;
        in.snapshot.keys = {k};
        const QString md = QString::fromUtf8(Exporter::markdown(in));
        // No link syntax survives unescaped: every "](" has its bracket escaped.
        QVERIFY2(!md.contains(QRegularExpression(u"(?<!\\\\)\\]\\("_s)), qPrintable(md));
        QVERIFY(md.contains(u"\\[Org\\](javascript:alert(1))"_s));
        QVERIFY(!md.contains(u"<script>"_s));
        QVERIFY(!md.contains(u"http://"_s) && !md.contains(u"www.evil"_s));
        QVERIFY(md.contains(u"\\!\\[img\\]"_s));
        QVERIFY(md.contains(u"`abcdefg`"_s));
        const QString html = Exporter::html(in);
        QVERIFY(!html.contains(u"<script>"_s) && !html.contains(u"<img"_s) && !html.contains(u"<a "_s));
        QVERIFY(html.contains(u"&lt;script&gt;"_s));
        const QString csv = QString::fromUtf8(Exporter::keysCsv(in));
        QVERIFY(csv.contains(u"ab`cdefg"_s));
    }

    // Exports carry the timeline: the events with the line a person reads, server text neutralised.
    void exportsIncludeTheTimeline()
    {
        ExportInput in;
        in.snapshot.organization = {u"a0000000000000000000000a"_s, u"Alpha"_s};
        KeyRecord k;
        k.key.id = u"d00000000000000000000001"_s;
        k.key.publicKey = u"qzmrvtka"_s;
        k.key.desc = u"CI runners"_s;
        in.snapshot.keys = {k};
        ApiEvent e;
        e.id = u"e00000000000000000000001"_s;
        e.created = QDateTime(QDate(2026, 3, 12), QTime(14, 2), Qt::UTC);
        e.eventTypeName = u"API_KEY_ACCESS_LIST_ENTRY_ADDED"_s;
        e.username = u"<script>x</script>[a](http://evil.example)"_s;
        e.remoteAddress = u"203.0.113.9"_s;
        e.targetPublicKey = u"qzmrvtka"_s;
        e.entry = u"10.0.0.0/24"_s;
        in.snapshot.events = {e};
        in.snapshot.eventsReadAt = e.created.addDays(1);
        const QJsonObject json = QJsonDocument::fromJson(Exporter::json(in)).object();
        const QJsonArray events = json.value("events"_L1).toArray();
        QCOMPARE(events.size(), 1);
        QCOMPARE(events[0].toObject().value("eventTypeName"_L1).toString(),
                 u"API_KEY_ACCESS_LIST_ENTRY_ADDED"_s);
        QCOMPARE(events[0].toObject().value("accessListEntry"_L1).toString(), u"10.0.0.0/24"_s);
        QCOMPARE(events[0].toObject().value("targetPublicKey"_L1).toString(), u"qzmrvtka"_s);
        QVERIFY(events[0]
                    .toObject()
                    .value("summary"_L1)
                    .toString()
                    .startsWith(u"API key “CI runners”: entry 10.0.0.0/24 added by"_s));
        const QString md = QString::fromUtf8(Exporter::markdown(in));
        QVERIFY2(md.contains(u"## Timeline"_s) && md.contains(u"entry 10.0.0.0/24 added by"_s),
                 qPrintable(md));
        QVERIFY(!md.contains(u"<script>"_s) && !md.contains(u"http://"_s));
        QVERIFY2(!md.contains(QRegularExpression(u"(?<!\\\\)\\]\\("_s)), qPrintable(md));
        const QString html = Exporter::html(in);
        QVERIFY(html.contains(u"Timeline"_s) && html.contains(u"entry 10.0.0.0/24 added by"_s));
        QVERIFY(!html.contains(u"<script>"_s));
        in.snapshot.events.clear();
        in.snapshot.eventsReadAt = {};
        QVERIFY(QString::fromUtf8(Exporter::markdown(in))
                    .contains(u"The organization's events were not read."_s));
    }
};

APIACCESS_GUILESS_TEST_MAIN(TestReview)
#include "tst_review.moc"
