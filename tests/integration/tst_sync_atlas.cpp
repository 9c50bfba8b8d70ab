// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
// An Atlas organization through the Administration API v2 (the emulator's --flavor atlas): every request
// names the resource version of models/api/AtlasMediaTypes.cpp in Accept (and Content-Type for a body), the
// settings come from the settings endpoint with the other security settings kept and cached, the
// requirement is changed by a PATCH of exactly {"apiAccessListRequired": …} that leaves the other settings
// alone, a read-only key's view of other keys' lists is "not readable" (never empty), a removed version is
// explained and never retried, and a deprecation is announced once per media type.
#include "ApiClient.h"
#include "CacheFile.h"
#include "Changes.h"
#include "EmulatorFixture.h"
#include "FixtureConnection.h"
#include "Repository.h"

#include <QMutex>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using Fx = EmulatorFixture;

namespace {
struct Seen
{
    QByteArray method;
    QByteArray target;
    QByteArray accept;
    QByteArray contentType;
    QByteArray body;
    int status = 0;
};
} // namespace

class TestSyncAtlas : public QObject
{
    Q_OBJECT

    EmulatorFixture m_fx;
    QTemporaryDir m_dir;
    std::unique_ptr<QNetworkAccessManager> m_manager;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<Repository> m_repo;
    QMutex m_seenLock;
    QList<Seen> m_seen;

    QString cachePath() const { return m_dir.filePath(u"cache.sqlite"_s); }

    bool startAtlas(EmulatorOptions options = {})
    {
        options.flavor = EmulatorOptions::Flavor::Atlas;
        options.apiKeyListDeniedStatus = 401;
        if (!m_fx.start(options, Fx::seedServiceAccount))
            return false;
        m_fx.server->dispatcher().setObserver([this](const ApiRequest &r, int status) {
            QMutexLocker lock(&m_seenLock);
            m_seen.append({r.method, r.target, r.accept, r.contentType, r.body, status});
        });
        return true;
    }
    QList<Seen> seen()
    {
        QMutexLocker lock(&m_seenLock);
        return m_seen;
    }

    bool connect(const QString &publicKey, const QString &privateKey, bool offline = false,
                 const std::function<void(ApiClient *)> &beforeRequests = {})
    {
        m_repo.reset();
        m_client.reset();
        m_manager = std::make_unique<QNetworkAccessManager>();
        m_client = std::make_unique<ApiClient>(m_manager.get());
        ConnectionSettings settings = fixtureConnection(m_fx, publicKey, privateKey);
        settings.api = ConnectionSettings::Api::AtlasV2;
        m_client->setConnection(settings);
        if (beforeRequests)
            beforeRequests(m_client.get());
        m_repo = std::make_unique<Repository>(m_client.get(), cachePath());
        m_repo->setWorkOffline(offline);
        QSignalSpy loaded(m_repo.get(), &Repository::cacheLoaded);
        m_repo->open();
        if (!loaded.wait(10'000))
            return false;
        if (offline)
            return true;
        QSignalSpy identified(m_repo.get(), &Repository::identityChanged);
        m_repo->identify();
        return identified.wait(10'000);
    }
    bool syncAndWait(const QString &orgId)
    {
        QSignalSpy finished(m_repo.get(), &Repository::syncFinished);
        QSignalSpy failed(m_repo.get(), &Repository::syncFailed);
        m_repo->sync(orgId);
        if (!QTest::qWaitFor([&] { return !finished.isEmpty() || !failed.isEmpty(); }, 30'000))
            return false;
        if (!failed.isEmpty())
            qWarning("sync failed: %s", qPrintable(failed.first().at(1).value<ApiError>().explanation()));
        return !finished.isEmpty();
    }

private slots:
    void init()
    {
        QFile::remove(cachePath());
        m_seen.clear();
    }
    void cleanup()
    {
        m_repo.reset();
        m_client.reset();
        m_manager.reset();
        m_fx.server.reset();
    }

    void anAtlasOrganizationIsSyncedWithVersionedRequests()
    {
        QVERIFY(startAtlas());
        QVERIFY(connect(u"ownerkey"_s, u"0a1b2c3d-0000-4000-8000-00000000a001"_s));
        QVERIFY(syncAndWait(Fx::OrgA));
        const OrgStatePtr state = m_repo->state(Fx::OrgA);
        QVERIFY(state);
        const OrgSnapshot &s = state->snapshot;
        QCOMPARE(s.settings.requirement, WhitelistRequirement::NotRequired);
        QCOMPARE(s.settings.source, OrgSettings::Source::SettingsEndpoint);
        QCOMPARE(s.settings.security.value(u"multiFactorAuthRequired"_s), QJsonValue(false));
        QCOMPARE(s.settings.security.value(u"restrictEmployeeAccess"_s), QJsonValue(false));
        QCOMPARE(s.settings.security.value(u"maxServiceAccountSecretValidityInHours"_s).toInt(), 8760);
        QVERIFY(s.keysState.readable);
        QCOMPARE(s.keys.size(), 4);
        QCOMPARE(s.serviceAccounts.size(), 1);
        QVERIFY(s.findKey(Fx::keyId(1))->accessListState.readable);
        // Every request named the version of its resource; none was refused for it.
        const QList<Seen> requests = seen();
        QVERIFY(requests.size() > 10);
        int accountRequests = 0;
        for (const Seen &r : requests) {
            QVERIFY2(r.target.startsWith("/api/atlas/v2"), r.target.constData());
            const bool account = r.target.contains("/serviceAccounts");
            accountRequests += account ? 1 : 0;
            QCOMPARE(r.accept,
                     account ? QByteArray("application/vnd.atlas.2024-08-05+json")
                             : QByteArray("application/vnd.atlas.2023-01-01+json"));
            QVERIFY2(r.status != 406 && r.status != 415, r.target.constData());
        }
        QVERIFY(accountRequests >= 2); // the list and the account's access list
        // Cached: the other security settings are there offline.
        QVERIFY(connect(u"ownerkey"_s, u"0a1b2c3d-0000-4000-8000-00000000a001"_s, true));
        const OrgStatePtr cached = m_repo->state(Fx::OrgA);
        QVERIFY(cached);
        QCOMPARE(cached->snapshot.settings.security, s.settings.security);
    }

    void theRequirementIsPatchedAlone()
    {
        QVERIFY(startAtlas());
        m_fx.server->dispatcher().editDataset([](Dataset &d) {
            d.findOrg(Fx::OrgA)->atlasSettings.insert(u"multiFactorAuthRequired"_s, true);
        });
        QVERIFY(connect(u"ownerkey"_s, u"0a1b2c3d-0000-4000-8000-00000000a001"_s));
        QVERIFY(syncAndWait(Fx::OrgA));
        m_seen.clear();
        std::optional<ApiResult<OrgSettings>> result;
        m_repo->changes()->setWhitelistRequired(Fx::OrgA, true, this,
                                                [&](ApiResult<OrgSettings> r) { result = std::move(r); });
        QVERIFY(QTest::qWaitFor([&] { return result.has_value(); }, 20'000));
        QVERIFY(result->ok());
        QCOMPARE(result->value().requirement, WhitelistRequirement::Required);
        QCOMPARE(result->value().security.value(u"multiFactorAuthRequired"_s), QJsonValue(true));
        Seen patch;
        for (const Seen &r : seen()) {
            if (r.method == "PATCH")
                patch = r;
        }
        QCOMPARE(patch.target, QByteArray("/api/atlas/v2/orgs/") + Fx::OrgA.toLatin1() + "/settings");
        QCOMPARE(patch.body, QByteArray(R"({"apiAccessListRequired":true})"));
        QCOMPARE(patch.contentType, QByteArray("application/vnd.atlas.2023-01-01+json"));
        QCOMPARE(patch.accept, QByteArray("application/vnd.atlas.2023-01-01+json"));
        QCOMPARE(patch.status, 200);
        // The server kept the other settings.
        Dataset after = m_fx.server->dispatcher().snapshot();
        QVERIFY(after.findOrg(Fx::OrgA)->apiAccessListRequired);
        QCOMPARE(after.findOrg(Fx::OrgA)->atlasSettings.value(u"multiFactorAuthRequired"_s),
                 QJsonValue(true));
    }

    void aReadOnlyKeySeesOtherListsAsNotReadable()
    {
        QVERIFY(startAtlas());
        QVERIFY(connect(u"readerky"_s, u"0a1b2c3d-0000-4000-8000-00000000a002"_s));
        QVERIFY(syncAndWait(Fx::OrgA));
        const OrgStatePtr state = m_repo->state(Fx::OrgA);
        QVERIFY(state);
        const KeyRecord *owner = state->snapshot.findKey(Fx::keyId(1));
        QVERIFY(owner);
        QVERIFY(!owner->accessListState.readable); // unknown, not empty
        QVERIFY(owner->accessList.isEmpty());
        QVERIFY2(owner->accessListState.reason.contains(u"Only the key itself or a user administrator"_s),
                 qPrintable(owner->accessListState.reason));
        int denied = 0;
        for (const Seen &r : seen())
            denied += r.status == 401 && r.target.contains("/apiKeys/") && r.target.contains("/accessList")
                ? 1
                : 0;
        QVERIFY(denied >= 1);
    }

    void aRemovedVersionIsExplainedAndNotRetried()
    {
        EmulatorOptions options;
        options.atlasGoneBefore = QDate(2024, 1, 1);
        QVERIFY(startAtlas(options));
        m_manager = std::make_unique<QNetworkAccessManager>();
        m_client = std::make_unique<ApiClient>(m_manager.get());
        ConnectionSettings settings = fixtureConnection(m_fx);
        settings.api = ConnectionSettings::Api::AtlasV2;
        m_client->setConnection(settings);
        std::optional<ApiResult<Organization>> result;
        m_client->organization(Fx::OrgA, this, [&](ApiResult<Organization> r) { result = std::move(r); });
        QVERIFY(QTest::qWaitFor([&] { return result.has_value(); }, 20'000));
        QVERIFY(!result->ok());
        const ApiError &e = result->error();
        QCOMPARE(e.httpStatus, 410);
        QVERIFY(e.isApiVersionRefusal());
        QCOMPARE(e.mediaType, u"application/vnd.atlas.2023-01-01+json"_s);
        QVERIFY2(e.explanation().contains(u"Update API Access Console"_s), qPrintable(e.explanation()));
        QVERIFY2(e.explanation().contains(u"application/vnd.atlas.2023-01-01+json"_s),
                 qPrintable(e.explanation()));
        int asked = 0;
        for (const Seen &r : seen())
            asked += r.status == 410 ? 1 : 0;
        QCOMPARE(asked, 1);
    }

    void aDeprecationIsAnnouncedOncePerMediaType()
    {
        EmulatorOptions options;
        options.atlasDeprecatedBefore = QDate(2030, 1, 1);
        options.atlasSunset = QDate(2031, 6, 30);
        QVERIFY(startAtlas(options));
        std::unique_ptr<QSignalSpy> spy;
        QVERIFY(connect(u"ownerkey"_s, u"0a1b2c3d-0000-4000-8000-00000000a001"_s, false, [&](ApiClient *c) {
            spy = std::make_unique<QSignalSpy>(&c->scheduler(), &RequestScheduler::apiVersionDeprecated);
        }));
        QSignalSpy &notices = *spy;
        QVERIFY(syncAndWait(Fx::OrgA));
        QVERIFY(syncAndWait(Fx::OrgA)); // a second sync announces nothing new
        QCOMPARE(notices.size(), 2);
        QStringList texts{notices.at(0).at(0).toString(), notices.at(1).at(0).toString()};
        texts.sort();
        QVERIFY2(texts.at(0).contains(u"application/vnd.atlas.2023-01-01+json"_s), qPrintable(texts.at(0)));
        QVERIFY2(texts.at(1).contains(u"application/vnd.atlas.2024-08-05+json"_s), qPrintable(texts.at(1)));
        QVERIFY2(texts.at(0).contains(u"Mon, 30 Jun 2031"_s), qPrintable(texts.at(0)));
    }

    void aKeyIsAddedToAProjectTheAtlasWay()
    {
        // Not yet in the project: POST of an array of {roles} (204), then the key read back; already there:
        // PATCH {roles}, which replaces them.
        QVERIFY(startAtlas());
        QVERIFY(connect(u"ownerkey"_s, u"0a1b2c3d-0000-4000-8000-00000000a001"_s));
        QVERIFY(syncAndWait(Fx::OrgA));
        const auto assign = [&](const QStringList &roles) {
            std::optional<ApiResult<ApiKey>> result;
            m_repo->changes()->assignProjectKey(Fx::OrgA, Fx::ProjectTwo, Fx::keyId(2), roles, this,
                                                [&](ApiResult<ApiKey> r) { result = std::move(r); });
            return QTest::qWaitFor([&] { return result.has_value(); }, 20'000) && result->ok();
        };
        m_seen.clear();
        QVERIFY(assign({u"GROUP_READ_ONLY"_s}));
        const QByteArray path = QByteArray("/api/atlas/v2/groups/") + Fx::ProjectTwo.toLatin1() + "/apiKeys/"
            + Fx::keyId(2).toLatin1();
        QList<Seen> writes;
        for (const Seen &r : seen()) {
            if (r.method != "GET")
                writes.append(r);
        }
        QCOMPARE(writes.size(), 1);
        QCOMPARE(writes.first().method, QByteArray("POST"));
        QCOMPARE(writes.first().target, path);
        QCOMPARE(writes.first().body, QByteArray(R"([{"roles":["GROUP_READ_ONLY"]}])"));
        QCOMPARE(writes.first().status, 204);
        QCOMPARE(
            m_repo->state(Fx::OrgA)->snapshot.findKey(Fx::keyId(2))->key.projectRoleNames(Fx::ProjectTwo),
            QStringList{u"GROUP_READ_ONLY"_s});

        m_seen.clear();
        QVERIFY(assign({u"GROUP_OWNER"_s}));
        writes.clear();
        for (const Seen &r : seen()) {
            if (r.method != "GET")
                writes.append(r);
        }
        QCOMPARE(writes.size(), 1);
        QCOMPARE(writes.first().method, QByteArray("PATCH"));
        QCOMPARE(writes.first().body, QByteArray(R"({"roles":["GROUP_OWNER"]})"));
        QCOMPARE(
            m_repo->state(Fx::OrgA)->snapshot.findKey(Fx::keyId(2))->key.projectRoleNames(Fx::ProjectTwo),
            QStringList{u"GROUP_OWNER"_s});
        Dataset after = m_fx.server->dispatcher().snapshot();
        QCOMPARE(after.findKey(Fx::keyId(2))->key.projectRoleNames(Fx::ProjectTwo),
                 QStringList{u"GROUP_OWNER"_s});
    }

    void aNewKeysEntriesWaitForTheServerToKnowIt()
    {
        // The server does not find a key from its access list for 1.5 s after creating it (UNCERTAIN; the
        // emulator's --new-key-settle-ms): the entries are sent again until it does; an older key's "not
        // found" is reported at once.
        EmulatorOptions options;
        options.newKeySettleMs = 1500;
        QVERIFY(startAtlas(options));
        QVERIFY(connect(u"ownerkey"_s, u"0a1b2c3d-0000-4000-8000-00000000a001"_s));
        QVERIFY(syncAndWait(Fx::OrgA));
        std::optional<ApiResult<ApiKey>> created;
        m_repo->changes()->createKey(Fx::OrgA, u"CI runners"_s, {u"ORG_READ_ONLY"_s}, this,
                                     [&](ApiResult<ApiKey> r) { created = std::move(r); });
        QVERIFY(QTest::qWaitFor([&] { return created.has_value(); }, 20'000));
        QVERIFY(created->ok());
        const QString keyId = created->value().id;
        m_seen.clear();
        std::optional<ApiResult<QList<AccessListEntry>>> added;
        const QList<IpBlock> entries{*IpBlock::parse(u"192.0.2.10"_s).block,
                                     *IpBlock::parse(u"198.51.100.0/24"_s).block};
        m_repo->changes()->addEntries(Fx::OrgA, keyId, entries, this,
                                      [&](ApiResult<QList<AccessListEntry>> r) { added = std::move(r); });
        QVERIFY(QTest::qWaitFor([&] { return added.has_value(); }, 30'000));
        QVERIFY2(added->ok(), qPrintable(added->ok() ? QString() : added->error().explanation()));
        QCOMPARE(added->value().size(), 2);
        const QByteArray path = QByteArray("/api/atlas/v2/orgs/") + Fx::OrgA.toLatin1() + "/apiKeys/"
            + keyId.toLatin1() + "/accessList";
        QList<int> statuses;
        for (const Seen &r : seen()) {
            if (r.method == "POST" && r.target.startsWith(path))
                statuses.append(r.status);
        }
        QVERIFY2(statuses.size() >= 2, qPrintable(QString::number(statuses.size())));
        QCOMPARE(statuses.last(), 200); // the paged list
        statuses.removeLast();
        for (int status : std::as_const(statuses))
            QCOMPARE(status, 400); // API_KEY_NOT_FOUND while the server settles
        // Exactly the two entries on the server: nothing added twice.
        QCOMPARE(m_fx.server->dispatcher().snapshot().findKey(keyId)->accessList.size(), 2);
        QCOMPARE(m_repo->state(Fx::OrgA)->snapshot.findKey(keyId)->accessList.size(), 2);

        // A key this console did not just create: its "not found" is the answer.
        m_seen.clear();
        added.reset();
        m_repo->changes()->addEntries(Fx::OrgA, u"0123456789abcdef01234567"_s, entries, this,
                                      [&](ApiResult<QList<AccessListEntry>> r) { added = std::move(r); });
        QVERIFY(QTest::qWaitFor([&] { return added.has_value(); }, 20'000));
        QVERIFY(!added->ok());
        QCOMPARE(added->error().errorCode, u"API_KEY_NOT_FOUND"_s);
        int posts = 0;
        for (const Seen &r : seen())
            posts += r.method == "POST" ? 1 : 0;
        QCOMPARE(posts, 1);
    }

    void theRateLimitIsApproachedNotReached()
    {
        // A token bucket of 20 requests per 3 s, and 40 reads issued at once: the client sends the first ones
        // at full speed, then paces itself by RateLimit-Remaining — the server never has to refuse one.
        EmulatorOptions options;
        options.rateLimitPerMinute = 20;
        options.rateLimitWindowSeconds = 3;
        // Without pacing, a burst beyond the bucket is refused: 40 reads one after the other, as fast as they
        // go, against the same 20 tokens refilled over a minute (so that a slow machine cannot refill them).
        EmulatorOptions control = options;
        control.rateLimitWindowSeconds = 60;
        QVERIFY(startAtlas(control));
        {
            auto http = m_fx.client();
            int limited = 0;
            for (int i = 0; i < 40; ++i)
                limited += http.send("GET", u"/orgs/"_s + Fx::OrgA, {},
                                     {{"Accept", "application/vnd.atlas.2023-01-01+json"}})
                               .status
                        == 429
                    ? 1
                    : 0;
            QVERIFY(limited > 0);
        }
        m_fx.server.reset();
        m_seen.clear();
        QVERIFY(startAtlas(options));
        m_manager = std::make_unique<QNetworkAccessManager>();
        m_client = std::make_unique<ApiClient>(m_manager.get());
        ConnectionSettings settings = fixtureConnection(m_fx);
        settings.api = ConnectionSettings::Api::AtlasV2;
        settings.rateLimitWindowMs = 3'000;
        m_client->setConnection(settings);
        int ok = 0;
        int failed = 0;
        for (int i = 0; i < 40; ++i)
            m_client->organization(Fx::OrgA, this,
                                   [&](ApiResult<Organization> r) { ++(r.ok() ? ok : failed); });
        QVERIFY(QTest::qWaitFor([&] { return ok + failed == 40; }, 60'000));
        QCOMPARE(ok, 40);
        QCOMPARE(failed, 0);
        int refused = 0;
        int answered = 0;
        for (const Seen &r : seen()) {
            refused += r.status == 429 ? 1 : 0;
            answered += r.status == 200 ? 1 : 0;
        }
        QCOMPARE(refused, 0);
        QCOMPARE(answered, 40); // each once: nothing had to be retried
    }
};

QTEST_GUILESS_MAIN(TestSyncAtlas)
#include "tst_sync_atlas.moc"
