// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
// One source of truth: changes made while a sync is in flight survive it (in the page, the item models,
// the memory and the cache), answers to windows that closed are dropped, and a change whose read-back
// fails says that the server accepted it. Against the emulator with 300 ms of latency on every answer.
#include "../integration/CacheFile.h"
#include "../integration/EmulatorFixture.h"
#include "../integration/FixtureConnection.h"
#include "ApiKeysPage.h"
#include "AppSettings.h"
#include "Changes.h"
#include "ConnectionTester.h"
#include "CreateKeyDialog.h"
#include "LockoutDialog.h"
#include "MainWindow.h"
#include "OrgSettingsPage.h"
#include "OrgStore.h"
#include "Repository.h"
#include "ScriptedHttpServer.h"
#include "UserWhitelistDialog.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using Fx = EmulatorFixture;

namespace {
constexpr int LatencyMs = 300;
} // namespace

class TestOrdering : public QObject
{
    Q_OBJECT

    EmulatorFixture m_fx;
    QTemporaryDir m_dir;
    std::unique_ptr<QNetworkAccessManager> m_manager;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<Repository> m_repo;
    std::unique_ptr<MainWindow> m_window;

    void connectTo(const QString &apiUrl)
    {
        m_manager = std::make_unique<QNetworkAccessManager>();
        m_client = std::make_unique<ApiClient>(m_manager.get());
        ConnectionSettings settings = fixtureConnection(m_fx);
        settings.apiBase = QUrl(apiUrl);
        settings.maxTries = 1;
        // Two requests at a time: a sync takes several rounds of 300 ms, so a change sent after the sync
        // read the setting (or the key list) is answered well before the sync ends.
        settings.maxInFlight = 2;
        m_client->setConnection(settings);
        m_repo = std::make_unique<Repository>(m_client.get(), cachePath());
        m_repo->open();
    }

    // A console on the slow emulator, synced once, the organization picked.
    void openConsole()
    {
        connectTo(m_fx.server->apiUrl());
        m_window = std::make_unique<MainWindow>(m_repo.get());
        m_window->resize(1200, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QSignalSpy synced(m_repo.get(), &Repository::syncFinished);
        QSignalSpy identified(m_repo.get(), &Repository::identityChanged);
        m_window->start();
        QTRY_VERIFY_WITH_TIMEOUT(!synced.isEmpty(), 30'000);
        QTRY_VERIFY_WITH_TIMEOUT(!identified.isEmpty(), 30'000);
        QTRY_VERIFY_WITH_TIMEOUT(quiet(), 30'000);
    }

    QString cachePath() const { return m_dir.filePath(u"cache.sqlite"_s); }
    // Nothing in flight: no sync, no change, no write.
    bool quiet() const
    {
        return !m_repo->isSyncing() && m_repo->changes()->inFlight() == 0 && m_repo->pendingWrites() == 0
            && m_client->scheduler().inFlight() == 0 && m_client->scheduler().queued() == 0;
    }
    bool serverRequires() const
    {
        return m_fx.server->dispatcher().snapshot().findOrg(Fx::OrgA)->apiAccessListRequired;
    }
    template<typename T> T *find(const QString &name) const { return m_window->findChild<T *>(name); }

    // Turns the requirement on or off through the page, confirming what it asks.
    void clickToggle(bool on)
    {
        OrgSettingsPage *page = m_window->settingsPage();
        auto *toggle = find<QCheckBox>(u"requireWhitelistCheckBox"_s);
        QVERIFY(toggle->isEnabled());
        toggle->click();
        if (on) {
            LockoutDialog *dialog = page->lockoutDialog();
            QVERIFY(dialog);
            dialog->findChild<QCheckBox *>(u"understandCheckBox"_s)->click();
            dialog->findChild<QPushButton *>(u"confirmButton"_s)->click();
        } else {
            QMessageBox *off = page->disableDialog();
            QVERIFY(off);
            off->findChild<QPushButton *>(u"confirmButton"_s)->click();
        }
    }

private slots:
    void init()
    {
        AppSettings::flush(); // nothing still to be saved lands after the clear
        QSettings().clear();
        QFile::remove(cachePath());
        EmulatorOptions slow;
        slow.latencyMs = LatencyMs;
        QVERIFY(m_fx.start(slow));
    }
    void cleanup()
    {
        m_window.reset();
        m_repo.reset();
        m_client.reset();
        m_manager.reset();
        m_fx.server.reset();
    }

    void settingToggledDuringASync_data()
    {
        QTest::addColumn<bool>("syncFirst");
        QTest::newRow("sync started before the change, answered after it") << true;
        QTest::newRow("change started before the sync") << false;
    }
    void settingToggledDuringASync()
    {
        QFETCH(bool, syncFirst);
        openConsole();
        QVERIFY(!serverRequires());
        auto *toggle = find<QCheckBox>(u"requireWhitelistCheckBox"_s);
        QVERIFY(!toggle->isChecked());
        QSignalSpy synced(m_repo.get(), &Repository::syncFinished);
        QSignalSpy applied(m_repo->changes(), &Changes::applied);
        const int before = m_client->scheduler().requestsStarted();
        if (syncFirst) {
            m_repo->sync(Fx::OrgA);
            // The organization and its setting are asked for first: the setting is read before the change
            // reaches the server.
            QTRY_VERIFY(m_client->scheduler().requestsStarted() - before >= 2);
            QVERIFY(toggle->isEnabled()); // a sync does not block a change
            clickToggle(true);
        } else {
            clickToggle(true);
            QTRY_VERIFY(m_client->scheduler().requestsStarted() - before >= 1);
            m_repo->sync(Fx::OrgA);
        }
        QTRY_VERIFY_WITH_TIMEOUT(!synced.isEmpty(), 30'000);
        QTRY_VERIFY_WITH_TIMEOUT(quiet(), 30'000);
        QCOMPARE(applied.size(), 1);
        if (syncFirst) {
            // The sync's answer came after the change's: the case that used to put the old value back.
            QVERIFY(m_repo->state(Fx::OrgA)->history.size() >= 3);
            QCOMPARE(m_repo->state(Fx::OrgA)->history.last().source, SnapshotSource::IncrementalSync);
        }
        QVERIFY(serverRequires());
        QVERIFY(toggle->isChecked());
        QCOMPARE(m_repo->state(Fx::OrgA)->snapshot.settings.requirement, WhitelistRequirement::Required);
        QCOMPARE(CacheFile(cachePath()).latest(Fx::OrgA)->settings.requirement,
                 WhitelistRequirement::Required);
        QVERIFY2(find<QLabel>(u"settingsMessageLabel"_s)->text().contains(u"now requires"_s),
                 qPrintable(find<QLabel>(u"settingsMessageLabel"_s)->text()));

        // And back off, again with a sync in flight.
        synced.clear();
        m_repo->sync(Fx::OrgA);
        QTRY_VERIFY(m_repo->isSyncing());
        clickToggle(false);
        QTRY_VERIFY_WITH_TIMEOUT(!synced.isEmpty(), 30'000);
        QTRY_VERIFY_WITH_TIMEOUT(quiet(), 30'000);
        QVERIFY(!serverRequires());
        QVERIFY(!toggle->isChecked());
        QCOMPARE(m_repo->state(Fx::OrgA)->snapshot.settings.requirement, WhitelistRequirement::NotRequired);
        QCOMPARE(CacheFile(cachePath()).latest(Fx::OrgA)->settings.requirement,
                 WhitelistRequirement::NotRequired);
    }

    void keyAndEntryMadeDuringASyncStay()
    {
        openConsole();
        m_window->pickContext(Fx::OrgA);
        QTableView *table = find<QTableView>(u"apiKeysTableView"_s);
        QTRY_COMPARE(table->model()->rowCount(), 4);
        QSignalSpy synced(m_repo.get(), &Repository::syncFinished);
        const int before = m_client->scheduler().requestsStarted();
        m_repo->sync(Fx::OrgA);
        QTRY_VERIFY(m_client->scheduler().requestsStarted() - before >= 4); // the key list is being read
        QVERIFY(m_repo->isSyncing());
        std::optional<ApiResult<ApiKey>> created;
        std::optional<ApiResult<QList<AccessListEntry>>> added;
        m_repo->changes()->createKey(Fx::OrgA, u"Made during a sync"_s, {u"ORG_READ_ONLY"_s}, this,
                                     [&](ApiResult<ApiKey> r) { created = r; });
        m_repo->changes()->addEntries(Fx::OrgA, Fx::keyId(2), {*IpBlock::parse(u"198.51.100.7"_s).block},
                                      this, [&](ApiResult<QList<AccessListEntry>> r) { added = r; });
        QTRY_VERIFY_WITH_TIMEOUT(created && added, 30'000);
        QVERIFY(created->ok());
        QVERIFY(added->ok());
        QVERIFY(synced.isEmpty()); // the sync read the server before both changes and is not done yet
        QTRY_COMPARE(table->model()->rowCount(), 5); // shown at once
        QTRY_VERIFY_WITH_TIMEOUT(!synced.isEmpty(), 30'000);
        QTRY_VERIFY_WITH_TIMEOUT(quiet(), 30'000);

        const QString newKey = created->value().id;
        QCOMPARE(table->model()->rowCount(), 5);
        const OrgStatePtr state = m_repo->state(Fx::OrgA);
        QVERIFY(state->snapshot.findKey(newKey));
        QCOMPARE(state->snapshot.findKey(Fx::keyId(2))->accessList.size(), 1);
        QCOMPARE(state->snapshot.findKey(Fx::keyId(2))->accessList.first().cidrBlock, u"198.51.100.7/32"_s);
        const auto cached = CacheFile(cachePath()).latest(Fx::OrgA);
        QVERIFY(cached->findKey(newKey));
        QVERIFY(cached->findKey(newKey)->key.privateKey.startsWith(u"****"_s));
        QCOMPARE(cached->findKey(Fx::keyId(2))->accessList.size(), 1);
        m_window->keysPage()->selectKey(Fx::keyId(2));
        QCOMPARE(find<QTableView>(u"whitelistTableView"_s)->model()->rowCount(), 1);
    }

    // The personal whitelist dialog deletes itself on close: its answers must not reach it afterwards.
    void userWhitelistDialogClosedInFlight()
    {
        connectTo(m_fx.server->apiUrl());
        auto *dialog = new UserWhitelistDialog(m_client.get(), {}, nullptr);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        QPointer<UserWhitelistDialog> guard(dialog);
        static_cast<QDialog *>(dialog)->show();
        dialog->findChild<QLineEdit *>(u"usernameLineEdit"_s)->setText(u"user@example.org"_s);
        const int before = m_client->scheduler().requestsStarted();
        dialog->load();
        QTRY_VERIFY(m_client->scheduler().requestsStarted() > before);
        dialog->close();
        QTRY_VERIFY(!guard);
        // The answer arrives (the request finishes) and goes nowhere.
        QTRY_VERIFY_WITH_TIMEOUT(m_client->scheduler().inFlight() == 0, 10'000);
        QCOMPARE(m_client->scheduler().requestsStarted(), before + 1); // no follow-up request for the list
    }

    void testerContextGoneInFlight()
    {
        connectTo(m_fx.server->apiUrl());
        auto context = std::make_unique<QObject>();
        int answers = 0;
        testConnection(m_client.get(), context.get(), [&](const ConnectionTestResult &) { ++answers; });
        QTRY_VERIFY(m_client->scheduler().inFlight() > 0);
        context.reset();
        QTRY_VERIFY_WITH_TIMEOUT(m_client->scheduler().inFlight() == 0, 10'000);
        QCOMPARE(answers, 0);
        QCOMPARE(m_client->scheduler().requestsStarted(), 1); // root only: whoAmI never followed
    }

    // Create key: the dialog closes while the POST is in flight. The key exists on the server, so it is
    // shown (the answer reaches the state) — but nothing is said to a dialog that is gone, and the
    // private key is kept nowhere.
    void createKeyDialogClosedInFlight()
    {
        openConsole();
        m_window->pickContext(Fx::OrgA);
        ApiKeysPage *page = m_window->keysPage();
        QTableView *table = find<QTableView>(u"apiKeysTableView"_s);
        QTRY_COMPARE(table->model()->rowCount(), 4);
        QTRY_VERIFY(find<QAction>(u"createKeyAction"_s)->isEnabled());
        find<QAction>(u"createKeyAction"_s)->trigger();
        QPointer<CreateKeyDialog> dialog = page->createDialog();
        QVERIFY(dialog);
        QSignalSpy applied(m_repo->changes(), &Changes::applied);
        emit dialog->createRequested(u"Closed before the answer"_s, {u"ORG_READ_ONLY"_s});
        QTRY_VERIFY(m_repo->changes()->inFlight() == 1);
        dialog->reject();
        QTRY_VERIFY(!dialog);
        QTRY_VERIFY_WITH_TIMEOUT(!applied.isEmpty(), 10'000);
        QTRY_VERIFY(quiet());
        QCOMPARE(table->model()->rowCount(), 5);
        const QList<KeyRecord> keys = m_repo->state(Fx::OrgA)->snapshot.keys;
        const auto made = std::find_if(keys.cbegin(), keys.cend(), [](const KeyRecord &k) {
            return k.key.desc == u"Closed before the answer"_s;
        });
        QVERIFY(made != keys.cend());
        QVERIFY(made->key.privateKey.startsWith(u"****"_s));
        QVERIFY(!find<QLabel>(u"keysMessageLabel"_s)
                || find<QLabel>(u"keysMessageLabel"_s)->text().isEmpty());
    }

    // A server that accepts the change without saying the new value, then cannot be read for a while.
    void readBackFailureSaysTheChangeWasAccepted()
    {
        ScriptedHttpServer server;
        bool required = false;
        int settingsReads = 0;
        const QString org = u"/api/public/v1.0/orgs/"_s + Fx::OrgA;
        server.setHandler([&](const QByteArray &method, const QString &path) -> ScriptedHttpServer::Answer {
            if (path == org)
                return {200, R"({"id":"a0000000000000000000000a","name":"Alpha Org"})"};
            if (path == org + u"/settings"_s && method == "PATCH") {
                required = true;
                return {204, {}};
            }
            if (path == org + u"/settings"_s) {
                ++settingsReads;
                if (settingsReads == 2) // the read-back, right after the change
                    return {503, R"({"error":503,"errorCode":"UNEXPECTED_ERROR","detail":"busy"})"};
                return {200,
                        required ? R"({"apiAccessListRequired":true})"
                                 : R"({"apiAccessListRequired":false})"};
            }
            if (path.startsWith(org + u"/groups"_s) || path.startsWith(org + u"/apiKeys"_s))
                return {200, R"({"results":[],"totalCount":0})"};
            return {404, R"({"error":404,"errorCode":"RESOURCE_NOT_FOUND","detail":"no"})"};
        });
        QVERIFY(server.start());
        connectTo(server.apiUrl());
        QSignalSpy synced(m_repo.get(), &Repository::syncFinished);
        m_repo->sync(Fx::OrgA);
        QTRY_VERIFY_WITH_TIMEOUT(!synced.isEmpty(), 10'000);
        QCOMPARE(m_repo->state(Fx::OrgA)->snapshot.settings.requirement, WhitelistRequirement::NotRequired);

        std::optional<ApiResult<OrgSettings>> result;
        m_repo->changes()->setWhitelistRequired(Fx::OrgA, true, this,
                                                [&](ApiResult<OrgSettings> r) { result = r; });
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 10'000);
        QVERIFY(!result->ok());
        QVERIFY(result->error().changeAccepted);
        const QString text = result->error().explanation();
        QVERIFY2(text.startsWith(u"The server accepted the change"_s), qPrintable(text));
        QVERIFY2(text.contains(u"next sync"_s), qPrintable(text));
        QVERIFY(required); // the server did change
        // Nothing is claimed that is not known: the old value stays until the next sync reads the new one.
        QCOMPARE(m_repo->state(Fx::OrgA)->snapshot.settings.requirement, WhitelistRequirement::NotRequired);
        synced.clear();
        m_repo->sync(Fx::OrgA);
        QTRY_VERIFY_WITH_TIMEOUT(!synced.isEmpty(), 10'000);
        QCOMPARE(m_repo->state(Fx::OrgA)->snapshot.settings.requirement, WhitelistRequirement::Required);
        QTRY_VERIFY(m_repo->pendingWrites() == 0);
        QCOMPARE(CacheFile(cachePath()).latest(Fx::OrgA)->settings.requirement,
                 WhitelistRequirement::Required);
    }
};

QTEST_MAIN(TestOrdering)
#include "tst_ordering.moc"
