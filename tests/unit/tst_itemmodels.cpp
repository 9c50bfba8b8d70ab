// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The item models under QAbstractItemModelTester: keys (updated in place), the filter, a whitelist
// with editable notes, and the context tree.
#include "../integration/SnapshotFactory.h"
#include "AccessListModel.h"
#include "ApiKeysFilterModel.h"
#include "ApiKeysModel.h"
#include "ContextModel.h"
#include "DateText.h"
#include "ServiceAccountsModel.h"
#include "TestEnvironment.h"
#include "TimelineModel.h"

#include <QAbstractItemModelTester>
#include <QScopeGuard>
#include <QSignalSpy>

using namespace Qt::StringLiterals;
namespace F = SnapshotFactory;

class TestItemModels : public QObject
{
    Q_OBJECT
private slots:

    // Service accounts at a glance: live secrets and the next expiry, the newest use of any secret, the
    // access list's size (or that it could not be read).
    void serviceAccountsAtAGlance()
    {
        const QDateTime now(QDate(2026, 12, 3), QTime(10, 0), Qt::UTC);
        ServiceAccountRecord a;
        a.account.clientId = u"mdb_sa_id_5f0000000000000000000001"_s;
        a.account.name = u"ci-runner"_s;
        a.account.description = u"Deploys from CI"_s;
        a.account.roles = {u"ORG_MEMBER"_s};
        ServiceAccountSecret old{u"1"_s,          now.addDays(-90),     now.addDays(-1),
                                 now.addDays(-2), u"mdb_sa_sk_…aaaa"_s, {}};
        ServiceAccountSecret live{
            u"2"_s, now.addDays(-5), now.addDays(20), now.addSecs(-3600), u"mdb_sa_sk_…bbbb"_s, {}};
        a.account.secrets = {old, live};
        a.accessList = {AccessListEntry::fromBlock(*IpBlock::parse(u"203.0.113.9"_s).block, now)};
        ServiceAccountRecord b;
        b.account.clientId = u"mdb_sa_id_5f0000000000000000000002"_s;
        b.account.name = u"expired"_s;
        b.account.secrets = {old};
        b.accessListState = Readability::denied(u"no"_s);
        OrgSnapshot s;
        s.serviceAccounts = {a, b};
        ServiceAccountsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSnapshot(s, now);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.rowOfAccount(b.account.clientId), 1);
        const auto at = [&](int row, int column) { return model.index(row, column).data().toString(); };
        QCOMPARE(at(0, ServiceAccountsModel::NameColumn), u"ci-runner"_s);
        QVERIFY(model.index(0, ServiceAccountsModel::NameColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(u"Deploys"_s));
        QCOMPARE(at(0, ServiceAccountsModel::RolesColumn), u"ORG_MEMBER"_s);
        QCOMPARE(at(0, ServiceAccountsModel::SecretsColumn),
                 u"1 live, next expires "_s + DateText::shown(now.addDays(20)));
        QCOMPARE(at(0, ServiceAccountsModel::LastUsedColumn), DateText::shown(now.addSecs(-3600)));
        QCOMPARE(at(0, ServiceAccountsModel::EntriesColumn), u"1"_s);
        QCOMPARE(at(1, ServiceAccountsModel::SecretsColumn), u"every secret expired"_s);
        QCOMPARE(at(1, ServiceAccountsModel::LastUsedColumn), DateText::shown(now.addDays(-2)));
        QCOMPARE(at(1, ServiceAccountsModel::EntriesColumn), u"not readable"_s);
        QCOMPARE(model.index(1, 0).data(ServiceAccountsModel::ClientIdRole).toString(), b.account.clientId);
        QVERIFY(!b.account.nextExpiry(now).isValid());
    }
    void keysModelUpdatesInPlace()
    {
        ApiKeysModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        OrgSnapshot s = F::organization(4, 2);
        model.setSnapshot(s, {});
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.index(0, ApiKeysModel::DescriptionColumn).data().toString(), u"Key 1"_s);
        QCOMPARE(model.index(0, ApiKeysModel::RolesColumn).data().toString(), u"Organization Owner"_s);
        QCOMPARE(model.index(0, ApiKeysModel::RolesColumn).data(ApiKeysModel::SortRole).toString(),
                 u"ORG_OWNER"_s);
        QCOMPARE(model.index(1, ApiKeysModel::EntriesColumn).data().toString(), u"2"_s);
        QVERIFY(!model.index(1, ApiKeysModel::LastUsedColumn).data().toString().isEmpty());

        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        s.keys[1].key.desc = u"Renamed"_s;
        s.keys.removeAt(2);
        s.keys.append(F::key(9, u"ORG_READ_ONLY"_s, {}));
        s.keys[0].accessListState = Readability::denied(u"no"_s);
        model.setSnapshot(s, {{s.keys[3].key.id, {u"me"_s, u"T-1"_s, u"temporary"_s, {}}}});
        QCOMPARE(reset.size(), 0);
        QCOMPARE(removed.size(), 1);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(changed.size(), 2); // the renamed key and the unreadable one
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.index(1, ApiKeysModel::DescriptionColumn).data().toString(), u"Renamed"_s);
        QCOMPARE(model.index(0, ApiKeysModel::EntriesColumn).data().toString(), u"not readable"_s);
        QCOMPARE(model.index(3, ApiKeysModel::NoteColumn).data().toString(), u"temporary"_s);
        QCOMPARE(model.index(3, ApiKeysModel::LastUsedColumn).data().toString(), u"never"_s);
        model.setSnapshot(s, {{s.keys[3].key.id, {u"me"_s, u"T-1"_s, u"temporary"_s, {}}}});
        QCOMPARE(changed.size(), 2); // nothing changed: no signal
        model.setSnapshot(OrgSnapshot(), {});
        QCOMPARE(model.rowCount(), 0);
    }

    void filter()
    {
        ApiKeysModel model;
        OrgSnapshot s = F::organization(5, 1);
        s.keys[3].accessList.append(F::entry(u"203.0.113.0/24"_s));
        s.keys[2].key.desc = u"Payments robot"_s;
        s.keys[4].accessList[0].lastUsed = QDateTime(QDate(2026, 11, 20), QTime(9, 0), Qt::UTC);
        model.setSnapshot(s, {{s.keys[4].key.id, {{}, u"OPS-42"_s, {}, {}}}});
        ApiKeysFilterModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(proxy.rowCount(), 5);
        proxy.setText(u"robot PAYMENTS"_s); // words, any order, any case
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setText(u"203.0.113"_s); // an address
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.index(0, 0).data().toString(), u"Key 4"_s);
        proxy.setText(s.keys[1].key.id); // the key ID
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setText(u"pubkey05"_s); // the public key
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setText(u"ops-42"_s); // a note
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setText(QString());
        proxy.setRoleName(u"ORG_OWNER"_s);
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setRoleName(QString());
        proxy.sort(ApiKeysModel::LastUsedColumn, Qt::DescendingOrder);
        QCOMPARE(proxy.index(0, ApiKeysModel::DescriptionColumn).data().toString(), u"Key 5"_s); // used last
        proxy.sort(ApiKeysModel::EntriesColumn, Qt::DescendingOrder);
        QCOMPARE(proxy.index(0, ApiKeysModel::DescriptionColumn).data().toString(),
                 u"Key 4"_s); // two entries
    }

    void accessListWithNotes()
    {
        AccessListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        KeyRecord key = F::key(1, u"ORG_OWNER"_s, {u"10.0.0.0/8"_s, u"192.0.2.7"_s, u"2001:db8::/32"_s}, 3);
        const QString noteKey = Note::entryKey(key.key.id, u"192.0.2.7/32"_s);
        model.setKey(key, {{noteKey, {{}, {}, u"office"_s, {}}}});
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(1, AccessListModel::AddressColumn).data().toString(), u"192.0.2.7"_s);
        QCOMPARE(model.index(1, AccessListModel::NoteColumn).data().toString(), u"office"_s);
        QCOMPARE(model.index(0, AccessListModel::RequestsColumn).data(AccessListModel::SortRole).toLongLong(),
                 3);
        QVERIFY(model.flags(model.index(0, AccessListModel::NoteColumn)) & Qt::ItemIsEditable);
        QVERIFY(!(model.flags(model.index(0, AccessListModel::AddressColumn)) & Qt::ItemIsEditable));

        QSignalSpy edited(&model, &AccessListModel::noteEdited);
        QVERIFY(model.setData(model.index(2, AccessListModel::NoteColumn), u"  lab v6  "_s));
        QCOMPARE(edited.size(), 1);
        QCOMPARE(edited.first().at(1).toString(), Note::entryKey(key.key.id, u"2001:db8::/32"_s));
        QCOMPARE(edited.first().at(2).value<Note>().text, u"lab v6"_s);
        QVERIFY(!model.setData(model.index(0, AccessListModel::AddressColumn), u"1.2.3.4"_s));

        // IPv4 sorts before IPv6, by address
        const auto a = model.index(0, 0).data(AccessListModel::SortRole).toString();
        const auto b = model.index(1, 0).data(AccessListModel::SortRole).toString();
        const auto c = model.index(2, 0).data(AccessListModel::SortRole).toString();
        QVERIFY(a < b && b < c);

        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        key.accessList[0].count = 10; // usage only: updated in place
        model.setKey(key, {});
        QCOMPARE(reset.size(), 0);
        key.accessList.removeAt(1);
        model.setKey(key, {});
        QCOMPARE(model.rowCount(), 2);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void contextTree()
    {
        ContextModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        Project p1;
        p1.id = u"c1"_s;
        p1.name = u"zeta"_s;
        Project p2;
        p2.id = u"c2"_s;
        p2.name = u"alpha"_s;
        model.setOrganization({u"o2"_s, u"Northwind"_s, false}, {p1, p2});
        model.setOrganization({u"o1"_s, u"Contoso"_s, false}, {});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, 0).data().toString(), u"Contoso"_s); // sorted by name
        const QModelIndex northwind = model.indexOfOrganization(u"o2"_s);
        QCOMPARE(model.rowCount(northwind), 2);
        QCOMPARE(model.index(0, 0, northwind).data().toString(), u"alpha"_s);
        QCOMPARE(model.index(0, 0, northwind).data(ContextModel::OrgIdRole).toString(), u"o2"_s);
        QCOMPARE(model.index(0, 0, northwind).data(ContextModel::ProjectIdRole).toString(), u"c2"_s);
        QCOMPARE(model.indexOfProject(u"o2"_s, u"c1"_s).row(), 1);
        model.setOrganization({u"o2"_s, u"Northwind Analytics"_s, false}, {p1});
        QCOMPARE(model.rowCount(model.indexOfOrganization(u"o2"_s)), 1);
        model.removeOrganization(u"o1"_s);
        QCOMPARE(model.rowCount(), 1);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    // One date format wherever a moment is shown — the keys' last use, an entry's creation and last use,
    // the timeline — in each language's own order.
    void oneDateFormatInEveryLanguage()
    {
        const QLocale before;
        const auto restore = qScopeGuard([before] { QLocale::setDefault(before); });
        const QDateTime used = QDateTime(QDate(2024, 6, 7), QTime(3, 1), Qt::LocalTime).toUTC();
        KeyRecord key = F::key(1, u"ORG_OWNER"_s, {u"10.0.0.0/8"_s}, 3);
        key.accessList[0].created = used;
        key.accessList[0].lastUsed = used;
        OrgSnapshot s;
        s.keys = {key};
        OrgState state;
        ApiEvent e;
        e.id = u"e1"_s;
        e.eventTypeName = u"API_KEY_CREATED"_s;
        e.created = used;
        state.snapshot.events = {e};
        for (const auto &[locale, starts] :
             {std::pair{QLocale(QLocale::German, QLocale::Germany), u"07.06.24"_s},
              {QLocale(QLocale::Japanese, QLocale::Japan), u"2024/06/07"_s},
              {QLocale(QLocale::English, QLocale::UnitedStates), u"6/7/24"_s}}) {
            QLocale::setDefault(locale);
            const QString shown = DateText::shown(used);
            QVERIFY2(shown.startsWith(starts), qPrintable(shown));
            ApiKeysModel keys;
            keys.setSnapshot(s, {});
            QCOMPARE(keys.index(0, ApiKeysModel::LastUsedColumn).data().toString(), shown);
            AccessListModel entries;
            entries.setKey(key, {});
            QCOMPARE(entries.index(0, AccessListModel::CreatedColumn).data().toString(), shown);
            QCOMPARE(entries.index(0, AccessListModel::LastUsedColumn).data().toString(), shown);
            const TimelineModel::Lines lines
                = TimelineModel::build(state, [](const SnapshotInfo &) { return QString(); });
            QCOMPARE(lines.size(), 1);
            QCOMPARE(lines.first().date, shown);
        }
    }

    // Each snapshot but the oldest counts the events dated after the one before it, up to its own time
    // (to the second): keys created and deleted, entries added and removed, and the rest as "other".
    void talliesSincePrevious()
    {
        const QDateTime t0(QDate(2026, 6, 1), QTime(10, 0, 0, 500), Qt::UTC);
        OrgState state;
        state.history = {{1, u"o"_s, t0, SnapshotSource::Sync, 0, {}, {}},
                         {2, u"o"_s, t0.addSecs(60), SnapshotSource::Sync, 0, {}, {}},
                         {3, u"o"_s, t0.addSecs(120), SnapshotSource::Change, 0, {}, {}}};
        const auto event = [](const QString &type, const QDateTime &at) {
            ApiEvent e;
            e.id = type + at.toString(Qt::ISODate);
            e.eventTypeName = type;
            e.created = QDateTime::fromSecsSinceEpoch(at.toSecsSinceEpoch(), Qt::UTC); // to the second
            return e;
        };
        state.snapshot.events = {
            event(u"API_KEY_ACCESS_LIST_ENTRY_ADDED"_s, t0.addSecs(-30)), // before the oldest: not counted
            event(u"API_KEY_ACCESS_LIST_ENTRY_ADDED"_s, t0.addSecs(10)),
            event(u"API_KEY_ACCESS_LIST_ENTRY_ADDED"_s, t0.addSecs(20)),
            event(u"API_KEY_CREATED"_s, t0.addSecs(60)), // the second of snapshot 2: counted there
            event(u"API_KEY_DELETED"_s, t0.addSecs(90)),
            event(u"API_KEY_ACCESS_LIST_ENTRY_DELETED"_s, t0.addSecs(100)),
            event(u"API_KEY_ROLES_CHANGED"_s, t0.addSecs(110)),
            event(u"API_KEY_ACCESS_LIST_ENTRY_ADDED"_s, t0.addSecs(500)), // after the newest: not counted
        };
        const QHash<qint64, TimelineModel::Tally> tallies = TimelineModel::talliesSincePrevious(state);
        QCOMPARE(tallies.size(), 2);
        QVERIFY(!tallies.contains(1));
        const TimelineModel::Tally second = tallies.value(2);
        QCOMPARE(second.entriesAdded, 2);
        QCOMPARE(second.keysCreated, 1);
        QCOMPARE(second.keysDeleted + second.entriesRemoved + second.other, 0);
        const TimelineModel::Tally third = tallies.value(3);
        QCOMPARE(third.keysDeleted, 1);
        QCOMPARE(third.entriesRemoved, 1);
        QCOMPARE(third.other, 1);
        QCOMPARE(third.entriesAdded + third.keysCreated, 0);
        // One snapshot: nothing to count from.
        state.history.resize(1);
        QVERIFY(TimelineModel::talliesSincePrevious(state).isEmpty());
    }
};

APIACCESS_GUILESS_TEST_MAIN(TestItemModels)
#include "tst_itemmodels.moc"
