// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Service accounts in everything that reasons about access: the address check, the lock-out check, the
// hygiene report, the snapshot diff and the exports.
#include "../integration/SnapshotFactory.h"
#include "AddressCheck.h"
#include "Exporter.h"
#include "HygieneReport.h"
#include "LockoutCheck.h"
#include "SnapshotDiff.h"
#include "TestEnvironment.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;
using Verdict = AccessDecision::Verdict;
namespace F = SnapshotFactory;

namespace {
const QDateTime Now(QDate(2026, 12, 1), QTime(12, 0), Qt::UTC);

QDateTime daysFromNow(int days)
{
    return Now.addDays(days);
}

// Key 1 with an entry; accounts: 1 fresh and used, from 203.0.113.0/24; 2 with a secret expiring in 5 days
// and one never used, no access list; 3 with only an expired secret, access list unreadable.
OrgSnapshot org(bool required)
{
    OrgSnapshot s;
    s.organization = {u"a0000000000000000000000a"_s, u"Alpha Org"_s, false};
    s.settings = OrgSettings::known(required);
    s.takenAt = Now;
    s.keys = {F::key(1, u"ORG_OWNER"_s, {u"192.0.2.10"_s}, 3)};
    s.serviceAccountsState = {};
    s.serviceAccounts = {
        F::serviceAccount(1, {{daysFromNow(-10), daysFromNow(300), daysFromNow(-1)}}, {u"203.0.113.0/24"_s},
                          7),
        F::serviceAccount(
            2,
            {{daysFromNow(-200), daysFromNow(5), daysFromNow(-2)}, {daysFromNow(-1), daysFromNow(200), {}}},
            {}),
        F::serviceAccount(3, {{daysFromNow(-400), daysFromNow(-30), daysFromNow(-40)}}, {u"198.51.100.7"_s})};
    s.serviceAccounts[2].accessListState = Readability::denied(u"not allowed"_s);
    return s;
}

QStringList kindsOf(const QList<Finding> &findings, const QString &clientId)
{
    QStringList kinds;
    for (const Finding &f : findings) {
        if (f.keyId == clientId) // a finding not marked as the account's shows with a "!"
            kinds.append(Finding::kindName(f.kind) + (f.serviceAccount ? u""_s : u"!"_s));
    }
    kinds.sort();
    return kinds;
}
} // namespace

class TestReviewServiceAccounts : public QObject
{
    Q_OBJECT
private slots:
    void addressCheckListsAccounts()
    {
        const OrgSnapshot s = org(true);
        const QList<AddressCheckRow> rows = checkAddress(s, QHostAddress(u"203.0.113.9"_s));
        QCOMPARE(rows.size(), 4);
        QVERIFY(!rows[0].serviceAccount);
        QCOMPARE(rows[0].verdict, Verdict::Denied);
        QCOMPARE(rows[1].keyId, s.serviceAccounts[0].account.clientId);
        QVERIFY(rows[1].serviceAccount);
        QCOMPARE(rows[1].desc, u"Account 1"_s);
        QCOMPARE(rows[1].verdict, Verdict::Allowed);
        QCOMPARE(rows[1].matchedEntry, u"203.0.113.0/24"_s);
        QVERIFY2(rows[1].explanation.contains(u"access-list entry 203.0.113.0/24"_s),
                 qPrintable(rows[1].explanation));
        // No access list while the organization requires one: its tokens work from nowhere.
        QCOMPARE(rows[2].verdict, Verdict::Denied);
        QCOMPARE(rows[2].errorCode, u"ORG_REQUIRES_ACCESS_LIST"_s);
        QVERIFY2(rows[2].explanation.contains(u"service account has none"_s),
                 qPrintable(rows[2].explanation));
        // A list that could not be read is unknown, never "empty".
        QCOMPARE(rows[3].verdict, Verdict::Uncertain);
        QVERIFY(!rows[3].listReadable);
        QVERIFY(rows[3].explanation.contains(u"not allowed"_s));
        // Not required: the account without a list is open to every address.
        const QList<AddressCheckRow> open = checkAddress(org(false), QHostAddress(u"192.0.2.200"_s));
        QCOMPARE(open[2].verdict, Verdict::Allowed);
        QCOMPARE(open[1].verdict, Verdict::Denied);
        QCOMPARE(open[1].errorCode, u"IP_ADDRESS_NOT_ON_ACCESS_LIST"_s);
    }

    void lockoutCheckWarnsAboutAccounts()
    {
        const OrgSnapshot s = org(false);
        QList<LockoutCheck::KeyInput> keys;
        for (const KeyRecord &k : s.keys)
            keys.append({k.key, k.accessList, k.accessListState.readable});
        LockoutCheck check = LockoutCheck::evaluate(keys, s.keys[0].key.id, QHostAddress(u"192.0.2.10"_s));
        QVERIFY(check.isClear()); // the key alone is fine
        QList<LockoutCheck::AccountInput> accounts;
        for (const ServiceAccountRecord &a : s.serviceAccounts)
            accounts.append({a.account, a.accessList, a.accessListState.readable});
        // Account 1's entry was used; give account 1 a never-used list in a second run.
        check.addAccounts(accounts);
        QVERIFY(!check.isClear());
        QCOMPARE(check.accountsEmpty.size(), 1);
        QCOMPARE(check.accountsEmpty.first().clientId, s.serviceAccounts[1].account.clientId);
        QCOMPARE(check.accountsNotReadable.size(), 1);
        QCOMPARE(check.accountsNotReadable.first().clientId, s.serviceAccounts[2].account.clientId);
        QVERIFY(check.accountsNeverUsed.isEmpty());
        LockoutCheck unused;
        unused.addAccounts({{s.serviceAccounts[0].account, {F::entry(u"203.0.113.0/24"_s)}, true}});
        QCOMPARE(unused.accountsNeverUsed.size(), 1);

        // Signed in as a service account, the console is that account: covered, not covered, no list.
        const QString self = s.serviceAccounts[0].account.clientId;
        LockoutCheck asAccount = LockoutCheck::evaluate(keys, self);
        QCOMPARE(asAccount.self, LockoutCheck::SelfState::KeyUnknown); // not one of the keys
        asAccount.addAccounts(accounts, self, QHostAddress(u"203.0.113.20"_s));
        QVERIFY(asAccount.selfIsAccount);
        QCOMPARE(asAccount.self, LockoutCheck::SelfState::Covered);
        QVERIFY(asAccount.selfExplanation().contains(u"service account this console signs in as"_s));
        LockoutCheck outside = LockoutCheck::evaluate(keys, self);
        outside.addAccounts(accounts, self, QHostAddress(u"192.0.2.99"_s));
        QCOMPARE(outside.self, LockoutCheck::SelfState::NotCovered);
        QVERIFY(outside.locksOutThisConsole());
        const QString bare = s.serviceAccounts[1].account.clientId; // no access list
        LockoutCheck none = LockoutCheck::evaluate(keys, bare);
        none.addAccounts(accounts, bare);
        QCOMPARE(none.self, LockoutCheck::SelfState::NoWhitelist);
        QVERIFY(none.locksOutThisConsole());
    }

    void hygieneFindsSecretsAndLists()
    {
        HygieneOptions options;
        options.now = Now;
        const OrgSnapshot s = org(true);
        const QList<Finding> findings = hygieneReport(s, options);
        QCOMPARE(kindsOf(findings, s.serviceAccounts[0].account.clientId), QStringList());
        QCOMPARE(kindsOf(findings, s.serviceAccounts[1].account.clientId),
                 (QStringList{u"emptyWhitelist"_s, u"secretExpiring"_s, u"secretNeverUsed"_s}));
        QCOMPARE(kindsOf(findings, s.serviceAccounts[2].account.clientId),
                 (QStringList{u"expiredSecret"_s, u"noLiveSecret"_s, u"notReadable"_s}));
        const auto expiring = std::find_if(findings.cbegin(), findings.cend(), [](const Finding &f) {
            return f.kind == Finding::Kind::SecretExpiring;
        });
        QVERIFY(expiring != findings.cend());
        QCOMPARE(expiring->severity, Finding::Severity::Medium);
        QVERIFY2(expiring->message.contains(u"in 5 day"_s), qPrintable(expiring->message));
        QVERIFY(expiring->message.contains(u"mdb_sa_sk_…0201"_s));
        // Required: an empty list locks the account out (medium); not required: it is open (high).
        const auto emptyIn = [](const QList<Finding> &list) {
            return std::find_if(list.cbegin(), list.cend(),
                                [](const Finding &f) {
                                    return f.serviceAccount && f.kind == Finding::Kind::EmptyWhitelist;
                                })
                ->severity;
        };
        QCOMPARE(emptyIn(findings), Finding::Severity::Medium);
        QCOMPARE(emptyIn(hygieneReport(org(false), options)), Finding::Severity::High);
        // The window is the admin's: 4 days does not reach the secret expiring in 5.
        options.secretDays = 4;
        QVERIFY(!kindsOf(hygieneReport(s, options), s.serviceAccounts[1].account.clientId)
                     .contains(u"secretExpiring"_s));
    }

    void diffShowsAccountChanges()
    {
        const OrgSnapshot before = org(true);
        OrgSnapshot after = before;
        after.serviceAccounts[0].accessList[0].count += 5; // used
        after.serviceAccounts[1].account.secrets.removeFirst(); // a secret deleted
        after.serviceAccounts[1].accessList.append(F::entry(u"192.0.2.0/28"_s));
        after.serviceAccounts.removeLast(); // an account deleted
        after.serviceAccounts.append(F::serviceAccount(4, {{Now, daysFromNow(30), {}}}, {}));
        after.serviceAccounts.last().account.roles = {u"ORG_OWNER"_s};
        const SnapshotDiff d = diffSnapshots(before, after);
        QVERIFY(d.keys.isEmpty());
        QVERIFY(d.hasStructuralChange());
        QCOMPARE(d.accounts.size(), 4);
        QCOMPARE(d.accounts[0].change, KeyDiff::Change::Changed);
        QVERIFY(!d.accounts[0].hasStructuralChange());
        QCOMPARE(d.accounts[0].requests, 5);
        QCOMPARE(d.accounts[1].secretsRemoved, QStringList{u"mdb_sa_sk_…0201"_s});
        QCOMPARE(d.accounts[1].entriesAdded, QStringList{u"192.0.2.0/28"_s});
        QCOMPARE(d.accounts[2].change, KeyDiff::Change::Added);
        QCOMPARE(d.accounts[2].rolesAdded, QStringList{u"ORG_OWNER"_s});
        QCOMPARE(d.accounts[2].secretsAdded, QStringList{u"mdb_sa_sk_…0401"_s});
        QCOMPARE(d.accounts[3].change, KeyDiff::Change::Removed);
        QCOMPARE(d.accounts[3].keyId, before.serviceAccounts[2].account.clientId);
        QCOMPARE(d.requests, 5);
    }

    void exportsCarryAccountsButNoSecret()
    {
        ExportInput in;
        in.snapshot = org(true);
        // A full value that reached the snapshot by mistake still never leaves it.
        in.snapshot.serviceAccounts[0].account.secrets[0].secret
            = u"mdb_sa_sk_0123456789abcdef0123456789abcdef"_s;
        HygieneOptions options;
        options.now = Now;
        in.findings = hygieneReport(in.snapshot, options);
        const QByteArray json = Exporter::json(in);
        const QByteArray csv = Exporter::serviceAccountsCsv(in);
        const QByteArray md = Exporter::markdown(in);
        const QString html = Exporter::html(in);
        for (const QByteArray &text : {json, csv, md, html.toUtf8()})
            QVERIFY(!text.contains("0123456789abcdef0123456789abcdef"));
        const QJsonObject root = QJsonDocument::fromJson(json).object();
        const QJsonArray accounts = root.value("serviceAccounts"_L1).toArray();
        QCOMPARE(accounts.size(), 3);
        const QJsonObject first = accounts[0].toObject();
        QCOMPARE(first.value("clientId"_L1).toString(), in.snapshot.serviceAccounts[0].account.clientId);
        QCOMPARE(first.value("secrets"_L1).toArray()[0].toObject().value("maskedSecretValue"_L1).toString(),
                 u"mdb_sa_sk_…0101"_s);
        const QJsonObject entry = first.value("accessList"_L1).toArray()[0].toObject();
        for (const char *field : {"cidrBlock", "createdAt", "lastUsedAt", "lastUsedAddress", "requestCount"})
            QVERIFY2(entry.contains(QLatin1StringView(field)), field);
        QCOMPARE(entry.value("requestCount"_L1).toInteger(), 7);
        QVERIFY(accounts[2].toObject().value("accessList"_L1).isNull());
        QCOMPARE(accounts[2].toObject().value("accessListNotReadable"_L1).toString(), u"not allowed"_s);
        const QJsonArray findings = root.value("findings"_L1).toArray();
        QVERIFY(std::any_of(findings.begin(), findings.end(), [](const QJsonValue &f) {
            return f.toObject().value("subject"_L1) == "serviceAccount"_L1
                && f.toObject().value("kind"_L1) == "noLiveSecret"_L1
                && f.toObject().value("publicKey"_L1).isNull();
        }));
        // CSV: a header and one line per account.
        const QList<QByteArray> lines = csv.trimmed().split('\n');
        QCOMPARE(lines.size(), 4);
        QCOMPARE(lines[0].trimmed(),
                 "clientId,name,description,roles,secrets,liveSecrets,nextExpiry,lastUsed,"
                 "accessList,accessListReadable");
        QVERIFY2(lines[2].startsWith(
                     QByteArray(in.snapshot.serviceAccounts[1].account.clientId.toUtf8()
                                + ",Account 2,Service account 2,ORG_MEMBER,2,2,2026-12-06T12:00:00Z,")),
                 lines[2].constData());
        QVERIFY(lines[3].trimmed().endsWith(",198.51.100.7,false"));
        // The reports: a service-accounts table and a line in the summary.
        QVERIFY(md.contains("- Service accounts: 3"));
        QVERIFY2(md.contains(
                     QByteArray("| Account 2 | `" + in.snapshot.serviceAccounts[1].account.clientId.toUtf8()
                                + "` | Organization Member | 2 (2 live, next expires 2026-12-06) | none |")),
                 md.constData());
        QVERIFY(html.contains(u"<h2>Service accounts</h2>"_s));
    }
};

APIACCESS_GUILESS_TEST_MAIN(TestReviewServiceAccounts)
#include "tst_review_serviceaccounts.moc"
