// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The access policy, the merge of a sync with later changes, and the in-memory store's revisions.
#include "AccessPolicy.h"
#include "Clock.h"
#include "OrgState.h"
#include "OrgStore.h"
#include "TestEnvironment.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
const QString Org = u"a0000000000000000000000a"_s;
const QString Other = u"b0000000000000000000000b"_s;
const QString ProjectOne = u"c00000000000000000000001"_s;
const QString ProjectTwo = u"c00000000000000000000002"_s;

ApiKey key(const QString &id, QList<RoleAssignment> roles)
{
    ApiKey k;
    k.id = id;
    k.publicKey = id.right(8);
    k.desc = u"key "_s + id;
    k.roles = std::move(roles);
    return k;
}

KeyRecord record(const QString &id, const QStringList &entries = {})
{
    KeyRecord r{key(id, {{u"ORG_MEMBER"_s, Org, {}}}), {}, {}, {}};
    for (const QString &e : entries)
        r.accessList.append(AccessListEntry::fromBlock(*IpBlock::parse(e).block, {}));
    return r;
}

OrgSnapshot snapshot(bool required, const QList<KeyRecord> &keys)
{
    OrgSnapshot s;
    s.organization = {Org, u"Alpha"_s, false};
    s.settings = OrgSettings::known(required);
    s.keys = keys;
    return s;
}
} // namespace

class TestOrgState : public QObject
{
    Q_OBJECT
private slots:
    void policyFromTheCallersRoles()
    {
        const AccessPolicy nobody;
        QVERIFY(!nobody.knowsCaller());
        QVERIFY(!nobody.mayChangeOrganization(Org));
        QVERIFY(!nobody.mayChangeWhitelistOf(Org, u"k1"_s));

        const AccessPolicy owner(key(u"k1"_s, {{u"ORG_OWNER"_s, Org, {}}}));
        QVERIFY(owner.mayChangeOrganization(Org));
        QVERIFY(!owner.mayChangeOrganization(Other)); // owner of its own organization only
        QVERIFY(owner.mayManageProjectKeys(Org, ProjectOne));
        QVERIFY(owner.mayChangeWhitelistOf(Org, u"k9"_s));
        QCOMPARE(owner.callerKeyId(), u"k1"_s);

        const AccessPolicy projectOwner(
            key(u"k2"_s, {{u"ORG_MEMBER"_s, Org, {}}, {u"GROUP_OWNER"_s, {}, ProjectOne}}));
        QVERIFY(!projectOwner.mayChangeOrganization(Org));
        QVERIFY(projectOwner.mayManageProjectKeys(Org, ProjectOne));
        QVERIFY(!projectOwner.mayManageProjectKeys(Org, ProjectTwo));
        QVERIFY(!projectOwner.mayManageProjectKeys(Org, {}));
        QVERIFY(projectOwner.mayChangeWhitelistOf(Org, u"k2"_s)); // its own list
        QVERIFY(!projectOwner.mayChangeWhitelistOf(Org, u"k3"_s));
        QVERIFY(projectOwner.isCaller(u"k2"_s));
        QVERIFY(!projectOwner.isCaller({}));

        const AccessPolicy userAdmin(
            key(u"k3"_s, {{u"ORG_READ_ONLY"_s, Org, {}}, {u"GROUP_USER_ADMIN"_s, {}, ProjectTwo}}));
        QVERIFY(userAdmin.mayManageProjectKeys(Org, ProjectTwo));
        QVERIFY(!userAdmin.mayManageProjectKeys(Org, ProjectOne));
    }

    void aSyncReadBeforeAChangeDoesNotUndoIt()
    {
        OrgState current;
        current.snapshot = snapshot(true, {record(u"k1"_s, {u"10.0.0.1"_s}), record(u"k3"_s)});
        current.snapshot.keys.append(record(u"k5"_s)); // created here
        current.changedAt = {{u"setting"_s, 7}, {u"key:k1"_s, 7}, {u"key:k5"_s, 8}, {u"key:k4"_s, 9}};
        // What the sync read, from before the changes: the old setting, k1's old list, k4 (deleted here
        // since), no k5 — and k3 renamed on the server by someone else.
        KeyRecord renamed = record(u"k3"_s);
        renamed.key.desc = u"renamed elsewhere"_s;
        const OrgSnapshot read = snapshot(false, {record(u"k1"_s), renamed, record(u"k4"_s)});

        const OrgSnapshot merged = OrgMerge::syncResult(current, read, 5);
        QCOMPARE(merged.settings.requirement, WhitelistRequirement::Required);
        QCOMPARE(merged.keys.size(), 3);
        QCOMPARE(merged.findKey(u"k1"_s)->accessList.size(), 1);
        QCOMPARE(merged.findKey(u"k3"_s)->key.desc, u"renamed elsewhere"_s); // the server is the truth
        QVERIFY(merged.findKey(u"k5"_s));
        QVERIFY(!merged.findKey(u"k4"_s));
        QCOMPARE(merged.keys.at(0).key.id, u"k1"_s); // in key order
        QCOMPARE(merged.keys.at(2).key.id, u"k5"_s);

        // A sync that started after the changes takes the server's word for everything.
        const OrgSnapshot later = OrgMerge::syncResult(current, read, 9);
        QCOMPARE(later.settings.requirement, WhitelistRequirement::NotRequired);
        QVERIFY(later.findKey(u"k4"_s));
        QVERIFY(!later.findKey(u"k5"_s));
    }

    // The console's own events of its changes stand in the timeline until a feed read after them holds
    // the server's; one made while the feed was read stays; with the feed not readable, all stay. They
    // are the state's, beside the snapshot: a change does not copy the 10,000 events of the feed.
    void ownEventsGiveWayToAFeedReadAfterThem()
    {
        const QDateTime t0 = QDateTime(QDate(2026, 6, 1), QTime(12, 0), Qt::UTC);
        OrgStore store;
        store.applySync(snapshot(false, {record(u"k1"_s)}), store.revision());
        const auto change = [&](const QDateTime &at, const QString &type, const QString &entry) {
            Clock::setFixed(at);
            const OrgStatePtr state = store.applyChange(Org, [&](OrgSnapshot &, ApiEvents &own) {
                own.prepend(ApiEvent::ofThisConsole(type, Org, u"ownerkey"_s, u"pubkeyk1"_s, entry));
                return QList<ObjectId>{ObjectId::key(u"k1"_s)};
            });
            Clock::setFixed({});
            return state;
        };
        const OrgStatePtr first = change(t0, u"API_KEY_ACCESS_LIST_ENTRY_ADDED"_s, u"10.0.0.1/32"_s);
        const quint64 readStarted = store.revision();
        const OrgStatePtr second
            = change(t0.addSecs(60), u"API_KEY_ACCESS_LIST_ENTRY_DELETED"_s, u"10.0.0.1/32"_s);
        QCOMPARE(second->ownEvents.size(), 2);
        QCOMPARE(second->ownEvents.at(0).kind(), ApiEvent::Kind::EntryDeleted); // newest first
        QVERIFY(second->ownEvents.at(0).fromThisConsole());
        QVERIFY(second->ownEvents.at(0).id != second->ownEvents.at(1).id);
        QVERIFY(second->snapshot.events.constData() == first->snapshot.events.constData()); // not copied
        QVERIFY2(second->ownEvents.at(0).summary().contains(u"by this console (key ownerkey)"_s),
                 qPrintable(second->ownEvents.at(0).summary()));

        // A sync whose feed was read at t0 + 30 s: the server's event of the first change is in it.
        OrgSnapshot read = snapshot(false, {record(u"k1"_s)});
        read.eventsReadAt = t0.addSecs(30);
        const OrgStatePtr synced = store.applySync(read, readStarted);
        QCOMPARE(synced->ownEvents.size(), 1);
        QCOMPARE(synced->ownEvents.at(0).id, second->ownEvents.at(0).id);

        // A feed that could not be read replaces none.
        read.eventsState = Readability::denied(u"no"_s);
        read.eventsReadAt = t0.addSecs(120);
        QCOMPARE(store.applySync(read, store.revision())->ownEvents.size(), 1);
        // A feed read after it: none left.
        read.eventsState = {};
        QVERIFY(store.applySync(read, store.revision())->ownEvents.isEmpty());
    }

    void theStorePublishesNewValuesWithRevisions()
    {
        OrgStore store;
        QSignalSpy changed(&store, &OrgStore::stateChanged);
        QSignalSpy stored(&store, &OrgStore::historyChanged);
        QVERIFY(
            !store.applyChange(Org, [](OrgSnapshot &) { return QList<ObjectId>{}; })); // nothing known yet
        const quint64 before = store.revision();
        const OrgStatePtr first = store.applySync(snapshot(false, {record(u"k1"_s)}), before);
        QCOMPARE(changed.size(), 1);
        const OrgStatePtr second = store.applyChange(Org, [](OrgSnapshot &s) {
            s.settings = OrgSettings::known(true);
            return QList<ObjectId>{ObjectId::setting()};
        });
        QVERIFY(second->revision > first->revision);
        QCOMPARE(second->changedAt.value(u"setting"_s), second->revision);
        QCOMPARE(first->snapshot.settings.requirement, WhitelistRequirement::NotRequired); // immutable
        // The sync that read before the change does not undo it.
        store.applySync(snapshot(false, {record(u"k1"_s)}), before);
        QCOMPARE(store.state(Org)->snapshot.settings.requirement, WhitelistRequirement::Required);
        // A write of an older revision joins the history without claiming the newer data.
        store.recordStored(Org, second->revision, {42, Org, {}, SnapshotSource::Change, 0, {}, {}});
        QCOMPARE(stored.size(), 1);
        QCOMPARE(store.state(Org)->history.last().id, 42);
        QCOMPARE(store.state(Org)->snapshot.id, 0);
        // Notes
        store.setNote(Org, NoteKind::Key, u"k1"_s, {u"me"_s, u"T-1"_s, u"why"_s, {}});
        QCOMPARE(store.state(Org)->notes(NoteKind::Key).value(u"k1"_s).ticket, u"T-1"_s);
        QVERIFY(store.state(Org)->notes(NoteKind::Key).value(u"k1"_s).updatedAt.isValid());
        store.setNote(Org, NoteKind::Key, u"k1"_s, {});
        QVERIFY(store.state(Org)->keyNotes.isEmpty());
    }
};

APIACCESS_GUILESS_TEST_MAIN(TestOrgState)
#include "tst_orgstate.moc"
