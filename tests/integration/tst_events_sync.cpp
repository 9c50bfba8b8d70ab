// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The organization's events feed in the sync, against the emulator and a real SQLite file: the
// requirement derived where no settings endpoint answers (an event on, an event off, no event, a newer
// event, a refusal), events kept once each, the incremental sync (few requests, equal to a full sync
// after seeded random changes), and an event-less change found by the next full sync.
#include "ApiClient.h"
#include "Await.h"
#include "CacheFile.h"
#include "Clock.h"
#include "EmulatorFixture.h"
#include "FixtureConnection.h"
#include "HygieneReport.h"
#include "Repository.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <algorithm>

using namespace Qt::StringLiterals;
using Fx = EmulatorFixture;

namespace {

const QString OwnerSecret = u"0a1b2c3d-0000-4000-8000-00000000a001"_s;

// What a full and an incremental sync must agree on: everything but usage, read times and events.
QString structure(const OrgSnapshot &s)
{
    QStringList lines;
    lines << u"requirement %1"_s.arg(int(s.settings.requirement));
    for (const Project &p : s.projects)
        lines << u"project "_s + p.id;
    for (const KeyRecord &k : s.keys) {
        QStringList roles;
        for (const RoleAssignment &r : k.key.roles)
            roles << r.roleName + u'@' + r.orgId + r.groupId;
        roles.sort();
        QStringList entries;
        for (const AccessListEntry &e : k.accessList)
            entries << e.cidrBlock;
        entries.sort();
        lines << u"key %1 %2 %3 [%4] [%5] %6"_s
                     .arg(k.key.id, k.key.publicKey, k.key.desc, roles.join(u','), entries.join(u','))
                     .arg(k.accessListState.readable);
    }
    return lines.join(u'\n');
}

} // namespace

class TestEventsSync : public QObject
{
    Q_OBJECT

    EmulatorFixture m_fx;
    QTemporaryDir m_dir;
    std::unique_ptr<QNetworkAccessManager> m_manager;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<Repository> m_repo;

    void connectAs(const QString &publicKey, const QString &privateKey)
    {
        m_repo.reset();
        m_client.reset();
        m_manager = std::make_unique<QNetworkAccessManager>();
        m_client = std::make_unique<ApiClient>(m_manager.get());
        ConnectionSettings settings = fixtureConnection(m_fx, publicKey, privateKey);
        settings.retryBaseDelayMs = 10;
        settings.maxTries = 2;
        m_client->setConnection(settings);
        m_repo = std::make_unique<Repository>(m_client.get(), m_dir.filePath(u"cache.sqlite"_s));
        m_repo->setFullSyncInterval(0); // full syncs only when a test asks for one
        QSignalSpy loaded(m_repo.get(), &Repository::cacheLoaded);
        m_repo->open();
        QVERIFY(loaded.wait(10'000));
    }
    CacheFile cache() const { return CacheFile(m_dir.filePath(u"cache.sqlite"_s)); }

    qint64 syncAndWait(const QString &orgId, Repository::SyncMode mode = Repository::SyncMode::Auto)
    {
        QSignalSpy finished(m_repo.get(), &Repository::syncFinished);
        QSignalSpy failed(m_repo.get(), &Repository::syncFailed);
        m_repo->sync(orgId, mode);
        if (!QTest::qWaitFor([&] { return !finished.isEmpty() || !failed.isEmpty(); }, 30'000))
            return -1;
        if (!failed.isEmpty())
            qWarning("sync failed: %s", qPrintable(failed.first().at(1).value<ApiError>().explanation()));
        return finished.isEmpty() ? 0 : finished.first().at(1).toLongLong();
    }

    static void dropRequirementEvents(Dataset &d)
    {
        d.events.removeIf([](const ApiEvent &e) {
            return e.kind() == ApiEvent::Kind::RequirementOn || e.kind() == ApiEvent::Kind::RequirementOff;
        });
    }

private slots:
    void cleanup()
    {
        m_repo.reset();
        m_client.reset();
        m_manager.reset();
        m_fx.server.reset();
        for (const QString &f : QDir(m_dir.path()).entryList(QDir::Files))
            QFile::remove(m_dir.filePath(f));
    }

    void requirementWithoutSettingsEndpoint_data()
    {
        QTest::addColumn<QString>("org");
        QTest::addColumn<QString>("publicKey");
        QTest::addColumn<QString>("privateKey");
        QTest::addColumn<int>("edit"); // 0: as is, 1: no requirement event, 2: a newer "on" event
        QTest::addColumn<int>("expected"); // WhitelistRequirement
        QTest::addColumn<QString>("text");
        const auto R = int(WhitelistRequirement::Required);
        const auto N = int(WhitelistRequirement::NotRequired);
        const auto U = int(WhitelistRequirement::Unknown);
        QTest::newRow("an event off") << Fx::OrgA << u"ownerkey"_s << OwnerSecret << 0 << N << u"Off since"_s;
        QTest::newRow("an event on") << Fx::OrgB << u"bownerky"_s
                                     << u"b0a1b2c3d-0000-4000-8000-00000000a001"_s << 0 << R << u"On since"_s;
        QTest::newRow("no event") << Fx::OrgA << u"ownerkey"_s << OwnerSecret << 1 << U << QString();
        QTest::newRow("a newer event wins") << Fx::OrgA << u"ownerkey"_s << OwnerSecret << 2 << R
                                            << u"turned on by auditor@example.org from 198.51.100.7"_s;
    }

    void requirementWithoutSettingsEndpoint()
    {
        QFETCH(QString, org);
        QFETCH(QString, publicKey);
        QFETCH(QString, privateKey);
        QFETCH(int, edit);
        QFETCH(int, expected);
        QFETCH(QString, text);
        EmulatorOptions options;
        options.orgSettingsApi = false;
        QVERIFY(m_fx.start(options, [&](Dataset &d) {
            if (edit == 1)
                dropRequirementEvents(d);
            if (edit == 2) {
                ApiEvent on;
                on.id = u"e00000000000000000000099"_s;
                on.created = QDateTime(QDate(2026, 3, 12), QTime(14, 2), Qt::UTC);
                on.eventTypeName = u"ORG_PUBLIC_API_ACCESS_LIST_REQUIRED"_s;
                on.orgId = Fx::OrgA;
                on.username = u"auditor@example.org"_s;
                on.userId = u"u00000000000000000000099"_s;
                on.remoteAddress = u"198.51.100.7"_s;
                d.events.append(on);
            }
        }));
        connectAs(publicKey, privateKey);
        QVERIFY(syncAndWait(org) > 0);
        const OrgSettings s = cache().latest(org)->settings;
        QCOMPARE(int(s.requirement), expected);
        if (expected == int(WhitelistRequirement::Unknown)) {
            QCOMPARE(s.unknownReason, OrgSettings::UnknownReason::NotExposedByServer);
            QVERIFY(s.unknownExplanation().contains(u"events"_s));
            return;
        }
        QCOMPARE(s.source, OrgSettings::Source::Events);
        QVERIFY(s.since.isValid());
        QVERIFY(!s.changedBy.isEmpty());
        QVERIFY2(s.sourceText().contains(text), qPrintable(s.sourceText()));
        QVERIFY(s.sourceText().contains(u"from the organization's events"_s));
        if (edit == 2)
            QCOMPARE(s.since, QDateTime(QDate(2026, 3, 12), QTime(14, 2), Qt::UTC));
    }

    void requirementFromARefusal_data()
    {
        QTest::addColumn<bool>("settingsApi");
        QTest::newRow("settings endpoint on") << true;
        QTest::newRow("settings endpoint off") << false;
    }

    // A key without a whitelist in an organization that requires one is refused everything with
    // ORG_REQUIRES_ACCESS_LIST: the refusal itself says the requirement is on.
    void requirementFromARefusal()
    {
        QFETCH(bool, settingsApi);
        EmulatorOptions options;
        options.orgSettingsApi = settingsApi;
        QVERIFY(m_fx.start(options, &dropRequirementEvents));
        connectAs(u"bemptyky"_s, u"0a1b2c3d-0000-4000-8000-00000000b006"_s);
        const auto r = await<OrgSettings>([&](auto d) { m_client->orgSettings(Fx::OrgB, qApp, d); });
        QVERIFY(r.ok());
        QCOMPARE(r.value().requirement, WhitelistRequirement::Required);
        QCOMPARE(r.value().source, OrgSettings::Source::Refusal);
        QVERIFY(r.value().sourceText().contains(u"ORG_REQUIRES_ACCESS_LIST"_s));
    }

    // A refusal the console sees in a sync (its key has no whitelist, and the organization now requires
    // one) proves the requirement is on: the page shows it at once, whatever the last snapshot said.
    void aRefusalInASyncProvesTheRequirement()
    {
        QVERIFY(m_fx.start());
        connectAs(u"readerky"_s, u"0a1b2c3d-0000-4000-8000-00000000a002"_s); // an empty whitelist
        QVERIFY(syncAndWait(Fx::OrgA) > 0);
        QCOMPARE(m_repo->state(Fx::OrgA)->snapshot.settings.requirement, WhitelistRequirement::NotRequired);
        auto owner = m_fx.client();
        QCOMPARE(
            owner.patch(u"/orgs/"_s + Fx::OrgA + u"/settings"_s, R"({"apiAccessListRequired":true})").status,
            200);
        QSignalSpy failed(m_repo.get(), &Repository::syncFailed);
        QCOMPARE(syncAndWait(Fx::OrgA), 0);
        QCOMPARE(failed.first().at(1).value<ApiError>().kind, ApiError::Kind::OrgRequiresList);
        const OrgSettings s = m_repo->state(Fx::OrgA)->snapshot.settings;
        QCOMPARE(s.requirement, WhitelistRequirement::Required);
        QCOMPARE(s.source, OrgSettings::Source::Refusal);
        // The stored snapshot is left as it was: the refusal is not a sync.
        QCOMPARE(cache().latest(Fx::OrgA)->settings.requirement, WhitelistRequirement::NotRequired);
    }

    void eventsAreKeptOnceWithTheirActor()
    {
        QVERIFY(m_fx.start());
        connectAs(u"ownerkey"_s, OwnerSecret);
        QVERIFY(syncAndWait(Fx::OrgA) > 0);
        const auto first = cache().latest(Fx::OrgA);
        QVERIFY(first->eventsReadAt.isValid());
        QVERIFY(first->eventsState.readable);
        // Every key of the dataset has its creation event, so the console can say who created it.
        for (const KeyRecord &k : first->keys)
            QVERIFY2(ApiEventLog::creationOf(first->events, k.key.publicKey), qPrintable(k.key.publicKey));

        auto http = m_fx.client();
        QCOMPARE(http.post(u"/orgs/"_s + Fx::OrgA + u"/apiKeys/"_s + Fx::keyId(3) + u"/accessList"_s,
                           R"([{"ipAddress":"192.0.2.55"}])")
                     .status,
                 200);
        QVERIFY(syncAndWait(Fx::OrgA) > 0);
        const auto second = cache().latest(Fx::OrgA);
        QSet<QString> ids;
        for (const ApiEvent &e : second->events)
            ids.insert(e.id);
        QCOMPARE(ids.size(), second->events.size()); // once each, though the feed was read twice
        QCOMPARE(second->events.size(), first->events.size() + 1);
        const ApiEvent &added = second->events.first(); // newest first
        QCOMPARE(added.eventTypeName, u"API_KEY_ACCESS_LIST_ENTRY_ADDED"_s);
        QCOMPARE(added.kind(), ApiEvent::Kind::EntryAdded);
        QCOMPARE(added.targetPublicKey, u"memberky"_s);
        QCOMPARE(added.entry, u"192.0.2.55/32"_s);
        QCOMPARE(added.publicKey, u"ownerkey"_s);
        QCOMPARE(added.apiKeyId, Fx::keyId(1));
        QCOMPARE(added.remoteAddress, u"127.0.0.1"_s);
        QVERIFY(second->eventSummary(added).contains(
            u"entry 192.0.2.55/32 added by key ownerkey from 127.0.0.1"_s));
    }

    // The target: a re-sync of an unchanged organization reads the organization, its setting, projects,
    // users, key list and events — six requests, however many keys.
    void anUnchangedResyncReadsNoWhitelist()
    {
        QVERIFY(m_fx.start());
        connectAs(u"ownerkey"_s, OwnerSecret);
        QVERIFY(syncAndWait(Fx::OrgA) > 0);
        const OrgSnapshot full = *cache().latest(Fx::OrgA);
        // The first also asks the server's name (GET /).
        QCOMPARE(cache().history(Fx::OrgA).last().requests, 1 + 6 + int(full.keys.size()));
        QVERIFY(syncAndWait(Fx::OrgA) > 0);
        const SnapshotInfo info = cache().history(Fx::OrgA).last();
        QCOMPARE(info.source, SnapshotSource::IncrementalSync);
        QCOMPARE(info.requests, 6);
        const OrgSnapshot incremental = *cache().latest(Fx::OrgA);
        QCOMPARE(structure(incremental), structure(full));
        for (const KeyRecord &k : incremental.keys)
            QCOMPARE(k.accessListReadAt.toSecsSinceEpoch(), full.takenAt.toSecsSinceEpoch());
    }

    void incrementalEqualsFullAfterRandomChanges()
    {
        QVERIFY(m_fx.start());
        connectAs(u"ownerkey"_s, OwnerSecret);
        QVERIFY(syncAndWait(Fx::OrgA) > 0);
        QRandomGenerator random(20261201);
        auto http = m_fx.client();
        const QString keys = u"/orgs/"_s + Fx::OrgA + u"/apiKeys"_s;
        QStringList created;
        int changes = 0;
        for (int round = 0; round < 6; ++round) {
            const int count = 1 + int(random.bounded(4));
            for (int c = 0; c < count; ++c, ++changes) {
                // Never the owner key itself: the test's own connection must keep working.
                QStringList others{Fx::keyId(2), Fx::keyId(3)};
                others += created;
                const QString key = others.at(int(random.bounded(others.size())));
                const QString address = u"192.0.2.%1"_s.arg(random.bounded(200) + 1);
                switch (random.bounded(6)) {
                case 0: {
                    const QString id = http.post(keys, R"({"desc":"Random key","roles":["ORG_MEMBER"]})")
                                           .json()
                                           .value("id"_L1)
                                           .toString();
                    QVERIFY(!id.isEmpty());
                    created << id;
                    break;
                }
                case 1:
                    if (created.isEmpty())
                        break;
                    QCOMPARE(http.del(keys + u'/' + created.takeLast()).status, 200);
                    break;
                case 2:
                    QCOMPARE(
                        http.patch(keys + u'/' + key, u"{\"desc\":\"Renamed %1\"}"_s.arg(changes).toUtf8())
                            .status,
                        200);
                    break;
                case 3:
                    QCOMPARE(http.post(keys + u'/' + key + u"/accessList"_s,
                                       u"[{\"ipAddress\":\"%1\"}]"_s.arg(address).toUtf8())
                                 .status,
                             200);
                    break;
                case 4: {
                    const QJsonArray list
                        = http.get(keys + u'/' + key + u"/accessList"_s).json().value("results"_L1).toArray();
                    if (list.isEmpty())
                        break;
                    const QString cidr = list.last().toObject().value("cidrBlock"_L1).toString();
                    QCOMPARE(http.del(keys + u'/' + key + u"/accessList/"_s
                                      + QString::fromLatin1(QUrl::toPercentEncoding(cidr)))
                                 .status,
                             204);
                    break;
                }
                case 5:
                    QCOMPARE(http.patch(u"/groups/"_s + Fx::ProjectTwo + u"/apiKeys/"_s + key,
                                        R"({"roles":["GROUP_READ_ONLY"]})")
                                 .status,
                             200);
                    break;
                }
            }
            QVERIFY(syncAndWait(Fx::OrgA) > 0);
            QCOMPARE(cache().history(Fx::OrgA).last().source, SnapshotSource::IncrementalSync);
            const OrgSnapshot incremental = *cache().latest(Fx::OrgA);
            QVERIFY(syncAndWait(Fx::OrgA, Repository::SyncMode::Full) > 0);
            QCOMPARE(cache().history(Fx::OrgA).last().source, SnapshotSource::Sync);
            const OrgSnapshot full = *cache().latest(Fx::OrgA);
            QCOMPARE(structure(incremental), structure(full));
        }
        QVERIFY(changes >= 6);
    }

    // A change the feed does not name (a server that records no event for it) is not seen by an
    // incremental sync; the next full sync finds it.
    void anEventlessChangeIsFoundByTheNextFullSync()
    {
        QVERIFY(m_fx.start());
        connectAs(u"ownerkey"_s, OwnerSecret);
        QVERIFY(syncAndWait(Fx::OrgA) > 0);
        m_fx.server->dispatcher().editDataset([](Dataset &d) {
            AccessListEntry e;
            e.cidrBlock = u"198.51.100.99/32"_s;
            e.ipAddress = u"198.51.100.99"_s;
            d.findKey(Fx::keyId(3))->accessList.append(e);
        });
        const auto has = [&] {
            const std::optional<OrgSnapshot> latest = cache().latest(Fx::OrgA); // k points into it
            const KeyRecord *k = latest->findKey(Fx::keyId(3));
            return std::any_of(k->accessList.begin(), k->accessList.end(),
                               [](const AccessListEntry &e) { return e.cidrBlock == u"198.51.100.99/32"_s; });
        };
        QVERIFY(syncAndWait(Fx::OrgA) > 0);
        QCOMPARE(cache().history(Fx::OrgA).last().source, SnapshotSource::IncrementalSync);
        QVERIFY(!has());
        QVERIFY(syncAndWait(Fx::OrgA, Repository::SyncMode::Full) > 0);
        QVERIFY(has());
    }

    // The organization's users, listed by the emulator with the API's fields, and the hygiene finding for
    // keys whose creator has left the organization.
    void keysOfSomeoneWhoLeft()
    {
        QVERIFY(m_fx.start({}, [](Dataset &d) {
            // user@example.org created every key of Alpha Org (the dataset's history), then left it.
            d.findUserByName(u"user@example.org"_s)->roles.removeIf([](const RoleAssignment &r) {
                return r.orgId == Fx::OrgA;
            });
        }));
        auto http = m_fx.client();
        const QJsonObject listed = http.get(u"/orgs/"_s + Fx::OrgA + u"/users"_s).json();
        QCOMPARE(listed.value("totalCount"_L1).toInt(), 1);
        const QJsonObject user = listed.value("results"_L1).toArray().first().toObject();
        QCOMPARE(user.value("username"_L1).toString(), u"nolist@example.org"_s);
        QVERIFY(!user.value("id"_L1).toString().isEmpty());
        QCOMPARE(user.value("roles"_L1).toArray().first().toObject().value("orgId"_L1).toString(), Fx::OrgA);

        connectAs(u"ownerkey"_s, OwnerSecret);
        QVERIFY(syncAndWait(Fx::OrgA) > 0);
        const OrgSnapshot s = *cache().latest(Fx::OrgA);
        QVERIFY(s.usersState.readable);
        QCOMPARE(s.users.size(), 1);
        QList<Finding> gone = hygieneReport(s);
        gone.removeIf([](const Finding &f) { return f.kind != Finding::Kind::CreatorGone; });
        QCOMPARE(gone.size(), s.keys.size());
        for (const Finding &f : gone) {
            QCOMPARE(f.severity, Finding::Severity::Medium);
            QVERIFY2(f.message.contains(u"user@example.org"_s) && f.message.contains(u"no longer a user"_s),
                     qPrintable(f.message));
        }
        // With the user back, nothing is reported.
        OrgSnapshot back = s;
        back.users.append({u"u1"_s, u"USER@example.org"_s});
        const QList<Finding> after = hygieneReport(back);
        QVERIFY(std::none_of(after.cbegin(), after.cend(),
                             [](const Finding &f) { return f.kind == Finding::Kind::CreatorGone; }));
    }

    // The schedule: with a full-sync interval, a sync after it has passed reads every whitelist.
    void theScheduleForcesAFullSync()
    {
        QVERIFY(m_fx.start());
        connectAs(u"ownerkey"_s, OwnerSecret);
        QVERIFY(syncAndWait(Fx::OrgA) > 0);
        m_repo->setFullSyncInterval(24);
        QVERIFY(syncAndWait(Fx::OrgA) > 0);
        QCOMPARE(cache().history(Fx::OrgA).last().source, SnapshotSource::IncrementalSync); // within a day
        Clock::setFixed(Clock::nowUtc().addDays(2));
        QVERIFY(syncAndWait(Fx::OrgA) > 0);
        Clock::setFixed({});
        QCOMPARE(cache().history(Fx::OrgA).last().source, SnapshotSource::Sync);
    }
};

APIACCESS_GUILESS_TEST_MAIN(TestEventsSync)
#include "tst_events_sync.moc"
