// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The console's connections through ConsoleSession, offscreen, with real emulators on loopback and real
// SQLite caches: switching in the middle of a sync never shows one server's data under another's name,
// a missing private key is asked for, --offline sends nothing, and the first-run welcome.
#include "../integration/EmulatorFixture.h"
#include "AppSettings.h"
#include "CacheDatabase.h"
#include "Changes.h"
#include "ConnectionProfile.h"
#include "ConsoleSession.h"
#include "ContextModel.h"
#include "HistoryPage.h"
#include "MainWindow.h"
#include "OrgSettingsPage.h"
#include "OrgStore.h"
#include "ProfileDialog.h"
#include "Repository.h"
#include "SecretStore.h"
#include "WelcomeDialog.h"
#include "WindowContents.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCommandLinkButton>
#include <QDir>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>

using namespace Qt::StringLiterals;
using Fx = EmulatorFixture;

namespace {
const QString OwnerPrivateKey = u"0a1b2c3d-0000-4000-8000-00000000a001"_s;
const QString DemoOrg = u"Northwind Analytics"_s;
const QString AlphaOrg = u"Alpha Org"_s;

} // namespace

// A keyring that does not answer (one that is still starting): no real part does that on purpose.
class SilentSecretStore final : public SecretStore
{
public:
    QString description() const override { return u"silent"_s; }

protected:
    void readSecret(const QString &, Callback) override { }
    void writeSecret(const QString &, const QString &, Callback) override { }
    void removeSecret(const QString &, Callback) override { }
};

class TestSession : public QObject
{
    Q_OBJECT

    EmulatorFixture m_fx;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<ConsoleSession> m_session;

    void saveProfile(const QString &name, bool withKey = true)
    {
        ConnectionProfile p;
        p.name = name;
        p.serverText = m_fx.server->serverUrl();
        p.publicKey = u"ownerkey"_s;
        p.proxyMode = ConnectionSettings::ProxyMode::None;
        ProfileStore::save(p);
        if (withKey)
            m_secrets->write(p.secretKey(), OwnerPrivateKey, m_secrets.get(),
                             [](const SecretStore::Result &) {});
    }

    bool waitForProfileWindow(const QString &name)
    {
        return QTest::qWaitFor(
            [&] {
                return m_session->currentProfile() == name && m_session->window()
                    && m_session->window()->isVisible();
            },
            20'000);
    }

private slots:
    void init()
    {
        AppSettings::flush(); // nothing still to be saved lands after the clear
        QSettings().clear();
        for (const QString &dir : {QStandardPaths::writableLocation(QStandardPaths::AppDataLocation),
                                   QStandardPaths::writableLocation(QStandardPaths::CacheLocation)})
            QDir(dir).removeRecursively();
        QVERIFY(m_fx.start());
        m_secrets = std::make_unique<MemorySecretStore>();
        m_session = std::make_unique<ConsoleSession>(m_secrets.get());
    }
    void cleanup()
    {
        m_session.reset();
        m_secrets.reset();
        m_fx.server.reset();
    }

    void switchInTheMiddleOfASync_data()
    {
        QTest::addColumn<bool>("fromDemo");
        QTest::newRow("profile syncing, switch to the demo") << false;
        QTest::newRow("demo syncing, switch to a profile") << true;
    }
    void switchInTheMiddleOfASync()
    {
        QFETCH(bool, fromDemo);
        // Both servers answer slowly, so a sync is still running when the switch comes.
        m_fx.server.reset();
        EmulatorOptions slow;
        slow.latencyMs = 120;
        QVERIFY(m_fx.start(slow));
        EmulatorOptions demoOptions;
        demoOptions.threads = 2;
        demoOptions.latencyMs = 120;
        m_session->setDemoOptions(demoOptions);
        saveProfile(u"Alpha"_s);

        if (fromDemo)
            m_session->openDemo();
        else
            m_session->openProfile(u"Alpha"_s);
        QVERIFY(waitForProfileWindow(fromDemo ? QString() : u"Alpha"_s));
        MainWindow *first = m_session->window();
        QPointer<MainWindow> firstAlive(first);
        QPointer<Repository> firstRepository(m_session->repository());
        QTRY_VERIFY_WITH_TIMEOUT(first->findChild<QProgressBar *>(u"syncProgressBar"_s)->isVisible(), 20'000);
        QVERIFY(firstRepository->isSyncing());

        // Switch with the first connection's switcher, as a person would.
        auto *switcher = first->connectionSwitcher();
        const int target = switcher->findData(fromDemo ? u"Alpha"_s : QString());
        QVERIFY(target >= 0);
        switcher->setCurrentIndex(target);
        emit switcher->activated(target);
        QVERIFY(waitForProfileWindow(fromDemo ? u"Alpha"_s : QString()));
        MainWindow *second = m_session->window();
        QVERIFY(second != first);
        QTRY_VERIFY(firstAlive.isNull()); // the old window and everything of its connection are gone
        QVERIFY(firstRepository.isNull());

        const QString mine = fromDemo ? AlphaOrg : DemoOrg;
        const QString theirs = fromDemo ? DemoOrg : AlphaOrg;
        QVERIFY(second->windowTitle().contains(fromDemo ? u"Alpha — "_s : u"Demo server"_s));
        QCOMPARE(second->connectionSwitcher()->currentData().toString(), fromDemo ? u"Alpha"_s : QString());
        QSignalSpy synced(m_session->repository(), &Repository::syncFinished);
        QTRY_VERIFY_WITH_TIMEOUT(!synced.isEmpty(), 30'000);
        QTRY_VERIFY_WITH_TIMEOUT(organizationsShown(second).contains(mine), 10'000);
        // Long after the old sync would have ended, nothing of the old server has appeared here.
        QTest::qWait(1500);
        QVERIFY2(!organizationsShown(second).contains(theirs),
                 qPrintable(organizationsShown(second).join(u", "_s)));
        for (const OrgStatePtr &cached : m_session->repository()->store()->states())
            QVERIFY(cached->snapshot.organization.name != theirs);
    }

    void contextSwitchCancelsTheOldSync()
    {
        // A personal API key sees both organizations of the test server, which answers slowly.
        m_fx.server.reset();
        EmulatorOptions slow;
        slow.latencyMs = 120;
        QVERIFY(m_fx.start(slow));
        ConnectionProfile p;
        p.name = u"User"_s;
        p.serverText = m_fx.server->serverUrl();
        p.publicKey = u"user@example.org"_s;
        p.proxyMode = ConnectionSettings::ProxyMode::None;
        ProfileStore::save(p);
        m_secrets->write(p.secretKey(), u"user-secret"_s, m_secrets.get(),
                         [](const SecretStore::Result &) {});
        m_session->openProfile(p.name);
        QVERIFY(waitForProfileWindow(p.name));
        MainWindow *window = m_session->window();
        Repository *repository = m_session->repository();
        QSignalSpy failed(repository, &Repository::syncFailed);
        QSignalSpy finished(repository, &Repository::syncFinished);
        QTRY_VERIFY_WITH_TIMEOUT(repository->isSyncing() && !window->currentOrgId().isEmpty(), 20'000);
        const QString first = window->currentOrgId();
        const auto orgs = m_session->repository()->identity()->organizations;
        QVERIFY(orgs.size() > 1);
        const QString second = orgs.at(1).id == first ? orgs.at(0).id : orgs.at(1).id;
        window->pickContext(second);
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 30'000);
        QCOMPARE(finished.first().at(0).toString(), second);
        QVERIFY(!failed.isEmpty());
        QCOMPARE(failed.first().at(0).toString(), first);
        QCOMPARE(failed.first().at(1).value<ApiError>().kind, ApiError::Kind::Cancelled);
        QTest::qWait(500);
        for (const auto &signal : std::as_const(finished))
            QVERIFY(signal.at(0).toString() != first); // the old organization's sync did not go on
    }

    // One session holds a Cloud Manager connection, an Atlas connection and the Atlas demo, switched with the
    // window's switcher: each window speaks its own API, names the setting as its server does, shows what
    // only Atlas has, and keeps its own cache.
    void oneSessionHoldsCloudManagerAndAtlasConnections()
    {
        m_fx.server.reset();
        EmulatorOptions cloudManager;
        cloudManager.flavor = EmulatorOptions::Flavor::CloudManager;
        QVERIFY(m_fx.start(cloudManager));
        EmulatorFixture atlasFx;
        EmulatorOptions atlas;
        atlas.flavor = EmulatorOptions::Flavor::Atlas;
        atlas.apiKeyListDeniedStatus = 401;
        QVERIFY(atlasFx.start(atlas, [](Dataset &d) {
            d.findOrg(Fx::OrgA)->atlasSettings.insert(u"multiFactorAuthRequired"_s, true);
        }));
        saveProfile(u"Cloud Manager"_s);
        ConnectionProfile p;
        p.name = u"Atlas"_s;
        p.serverText = atlasFx.server->serverUrl();
        p.publicKey = u"ownerkey"_s;
        p.api = ConnectionSettings::Api::AtlasV2;
        p.proxyMode = ConnectionSettings::ProxyMode::None;
        ProfileStore::save(p);
        m_secrets->write(p.secretKey(), OwnerPrivateKey, m_secrets.get(), [](const SecretStore::Result &) {});

        struct Shown
        {
            QString toggle;
            QString security;
            QString cache;
            QStringList organizations;
        };
        const auto showOf = [&](const QString &name, const QString &organization) -> std::optional<Shown> {
            if (!waitForProfileWindow(name))
                return std::nullopt;
            MainWindow *window = m_session->window();
            if (!QTest::qWaitFor(
                    [&] {
                        return organizationsShown(window).contains(organization)
                            && !m_session->repository()->isSyncing()
                            && m_session->repository()->state(window->currentOrgId());
                    },
                    30'000))
                return std::nullopt;
            auto *toggle = window->settingsPage()->findChild<QCheckBox *>(u"requireWhitelistCheckBox"_s);
            auto *security = window->settingsPage()->findChild<QLabel *>(u"securityLabel"_s);
            return Shown{toggle->text(), security->isVisibleTo(window) ? security->text() : QString(),
                         m_session->repository()->cachePath(), organizationsShown(window)};
        };
        const auto switchTo = [&](const QString &name) {
            QComboBox *switcher = m_session->window()->connectionSwitcher();
            const int index = switcher->findData(name);
            QVERIFY(index >= 0);
            switcher->setCurrentIndex(index);
            emit switcher->activated(index);
        };

        m_session->openProfile(u"Cloud Manager"_s);
        const auto cm = showOf(u"Cloud Manager"_s, AlphaOrg);
        QVERIFY(cm);
        QCOMPARE(cm->toggle, u"Require IP Whitelist for Public API"_s);
        QVERIFY(cm->security.isEmpty());
        QCOMPARE(m_session->repository()->client()->connection().apiBase.path(), u"/api/public/v1.0"_s);

        switchTo(u"Atlas"_s);
        const auto at = showOf(u"Atlas"_s, AlphaOrg);
        QVERIFY(at);
        QCOMPARE(at->toggle, u"Require IP Access List for the Atlas Administration API"_s);
        QVERIFY2(at->security.contains(u"Multi-factor authentication required: yes"_s),
                 qPrintable(at->security));
        QCOMPARE(m_session->repository()->client()->connection().apiBase.path(), u"/api/atlas/v2"_s);
        QCOMPARE(m_session->repository()->client()->serverInfo().appName, u"MongoDB Atlas"_s);
        QVERIFY(at->cache != cm->cache);
        // Connection → Edit works for a saved Atlas connection as for any other.
        QVERIFY(m_session->window()->findChild<QAction *>(u"editConnectionAction"_s)->isEnabled());

        // The Atlas demo beside them: not a saved connection (nothing to edit or remove), a cache of its own.
        switchTo(ConnectionProfile::AtlasDemoName);
        const auto demo = showOf(ConnectionProfile::AtlasDemoName, DemoOrg);
        QVERIFY(demo);
        QVERIFY(m_session->isDemo());
        QCOMPARE(demo->toggle, u"Require IP Access List for the Atlas Administration API"_s);
        QVERIFY2(demo->security.contains(u"Multi-factor authentication required: yes"_s),
                 qPrintable(demo->security));
        QCOMPARE(m_session->window()->connectionSwitcher()->currentText(), u"Demo server (Atlas)"_s);
        QVERIFY(!m_session->window()->findChild<QAction *>(u"editConnectionAction"_s)->isEnabled());
        QVERIFY(!m_session->window()->findChild<QAction *>(u"removeConnectionAction"_s)->isEnabled());
        QVERIFY(demo->cache != at->cache && demo->cache != CacheDatabase::pathForDemo());
        QVERIFY(!demo->organizations.contains(AlphaOrg));

        // Back to Cloud Manager: its own name for the setting, no Atlas-only settings, and the last
        // connection remembered for the next start is the one shown.
        switchTo(u"Cloud Manager"_s);
        const auto back = showOf(u"Cloud Manager"_s, AlphaOrg);
        QVERIFY(back);
        QCOMPARE(back->toggle, u"Require IP Whitelist for Public API"_s);
        QVERIFY(back->security.isEmpty());
        QVERIFY(!back->organizations.contains(DemoOrg));
        QCOMPARE(AppSettings::lastConnection(), u"Cloud Manager"_s);
        switchTo(ConnectionProfile::AtlasDemoName);
        QVERIFY(waitForProfileWindow(ConnectionProfile::AtlasDemoName));
        QCOMPARE(AppSettings::lastConnection(), ConnectionProfile::AtlasDemoName);
    }

    // The demo answers no settings endpoint, like Ops Manager and Cloud Manager: the requirement is read
    // from the events, and the Settings page offers the web console rather than a toggle of its own.
    void theDemoHasNoSettingsEndpoint()
    {
        m_session->openDemo();
        QVERIFY(waitForProfileWindow(QString()));
        QTRY_VERIFY_WITH_TIMEOUT(!m_session->repository()->store()->states().isEmpty()
                                     && !m_session->repository()->isSyncing(),
                                 20'000);
        const OrgStatePtr state = m_session->repository()->store()->states().first();
        QCOMPARE(state->snapshot.settings.source, OrgSettings::Source::Events);
        QVERIFY(state->snapshot.settings.requirement != WhitelistRequirement::Unknown);
        QVERIFY(m_session->window()->findChild<QPushButton *>(u"openWebConsoleButton"_s));
    }

    void missingPrivateKeyIsAskedFor()
    {
        saveProfile(u"Alpha"_s, false);
        m_session->openDemo();
        QVERIFY(waitForProfileWindow(QString()));
        m_session->openProfile(u"Alpha"_s);
        QInputDialog *prompt = nullptr;
        QTRY_VERIFY((prompt = m_session->window()->findChild<QInputDialog *>(u"privateKeyPrompt"_s)));
        QVERIFY(prompt->labelText().contains(u"not in the system keyring"_s));
        QCOMPARE(prompt->textEchoMode(), QLineEdit::Password);
        prompt->setTextValue(u"has a space"_s); // refused in place, asked again
        prompt->accept();
        QTRY_VERIFY((prompt = m_session->window()->findChild<QInputDialog *>(u"privateKeyPrompt"_s))
                    && prompt->isVisible() && prompt->labelText().contains(u"does not look like"_s));
        prompt->setTextValue(OwnerPrivateKey);
        prompt->accept();
        QVERIFY(waitForProfileWindow(u"Alpha"_s));
        QTRY_VERIFY_WITH_TIMEOUT(organizationsShown(m_session->window()).contains(AlphaOrg), 20'000);
        std::optional<SecretStore::Result> kept;
        ConnectionProfile p = *ProfileStore::find(u"Alpha"_s);
        m_secrets->read(p.secretKey(), m_secrets.get(), [&](const SecretStore::Result &r) { kept = r; });
        QVERIFY(kept && kept->ok());
        QCOMPARE(kept->secret, OwnerPrivateKey);
    }

    void startShowsTheCacheWhileTheKeyringIsSlow()
    {
        saveProfile(u"Alpha"_s);
        m_session->openProfile(u"Alpha"_s); // a first sync fills the cache
        QVERIFY(waitForProfileWindow(u"Alpha"_s));
        QTRY_VERIFY_WITH_TIMEOUT(organizationsShown(m_session->window()).contains(AlphaOrg), 20'000);
        QTRY_VERIFY_WITH_TIMEOUT(!m_session->repository()->isSyncing(), 20'000);
        m_session.reset();

        SilentSecretStore silent;
        ConsoleSession session(&silent);
        session.openProfile(u"Alpha"_s);
        // Without waiting for the keyring (which never answers): the cached organization, read on the cache
        // thread, labelled as offline.
        QVERIFY(session.window());
        QVERIFY(session.repository()->worksOffline());
        QTRY_VERIFY_WITH_TIMEOUT(organizationsShown(session.window()).contains(AlphaOrg), 5'000);
        QVERIFY(session.window()->notice().contains(u"Reading the private key"_s));
        QCOMPARE(session.currentProfile(), u"Alpha"_s);
    }

    // At start a saved profile is shown from its cache while the keyring answers; when the key is there,
    // the same window and repository go online (the cache is read once, the window is not rebuilt).
    void theWindowThatShowedTheCacheGoesOnline()
    {
        saveProfile(u"Alpha"_s);
        QSignalSpy windows(m_session.get(), &ConsoleSession::windowChanged);
        m_session->openProfile(u"Alpha"_s);
        QVERIFY(waitForProfileWindow(u"Alpha"_s));
        MainWindow *window = m_session->window();
        Repository *repository = m_session->repository();
        QSignalSpy loads(repository, &Repository::cacheLoaded);
        QTRY_VERIFY_WITH_TIMEOUT(organizationsShown(window).contains(AlphaOrg), 20'000);
        QTRY_VERIFY_WITH_TIMEOUT(repository->isOnline() && !repository->isSyncing(), 20'000);
        QCOMPARE(windows.size(), 1);
        QCOMPARE(m_session->window(), window);
        QCOMPARE(m_session->repository(), repository);
        QVERIFY(!repository->worksOffline());
        QVERIFY(loads.size() <= 1); // read once (it may have been read before the spy)
        QVERIFY(!window->notice().contains(u"Reading the private key"_s));
        QVERIFY(repository->state(Fx::OrgA) && !repository->state(Fx::OrgA)->history.isEmpty()); // synced
    }

    void cancelledPromptOpensTheCacheOnly()
    {
        saveProfile(u"Alpha"_s, false);
        m_session->openProfile(u"Alpha"_s);
        QInputDialog *prompt = nullptr;
        QTRY_VERIFY((prompt = qApp->findChild<QInputDialog *>(u"privateKeyPrompt"_s)) || (prompt = [] {
                        for (QWidget *w : QApplication::topLevelWidgets())
                            if (auto *d = qobject_cast<QInputDialog *>(w);
                                d && d->objectName() == "privateKeyPrompt"_L1)
                                return d;
                        return static_cast<QInputDialog *>(nullptr);
                    }()));
        prompt->reject();
        QVERIFY(waitForProfileWindow(u"Alpha"_s));
        QVERIFY(m_session->repository()->worksOffline());
        QVERIFY(m_session->window()->notice().contains(u"cache only"_s));
    }

    void offlineSendsNothing()
    {
        saveProfile(u"Alpha"_s);
        m_session->openProfile(u"Alpha"_s);
        QVERIFY(waitForProfileWindow(u"Alpha"_s));
        QTRY_VERIFY_WITH_TIMEOUT(organizationsShown(m_session->window()).contains(AlphaOrg), 20'000);
        QSignalSpy synced(m_session->repository(), &Repository::syncFinished);
        QTRY_VERIFY_WITH_TIMEOUT(!m_session->repository()->isSyncing(), 20'000);
        m_fx.server.reset(); // no server at all from here on

        m_session->openProfile(u"Alpha"_s, true);
        QTRY_VERIFY(m_session->repository() && m_session->repository()->worksOffline());
        MainWindow *window = m_session->window();
        QTRY_VERIFY(organizationsShown(window).contains(AlphaOrg)); // from the cache
        QVERIFY(window->windowTitle().contains(u"offline"_s));
        auto *banner = window->findChild<QLabel *>(u"offlineBannerLabel"_s);
        QTRY_VERIFY(banner->isVisible());
        QVERIFY(banner->text().contains(u"Working offline"_s));
        std::optional<ApiError> refused;
        m_session->repository()->changes()->deleteKey(Fx::OrgA, Fx::keyId(2), this,
                                                      [&](ApiResult<Done> r) { refused = r.error(); });
        QTRY_VERIFY(refused.has_value());
        QVERIFY(refused->explanation().contains(u"working offline"_s));
    }

    void firstRunWelcome()
    {
        m_session->openLast();
        QVERIFY(m_session->isDemo());
        m_session->showWelcomeIfFirstRun();
        WelcomeDialog *welcome = nullptr;
        QTRY_VERIFY((welcome = m_session->window()->findChild<WelcomeDialog *>()));
        QVERIFY(m_session->window()->isVisible()); // over the window, not before it
        QTRY_VERIFY(welcome->isVisible());
        welcome->findChild<QCommandLinkButton *>(u"connectButton"_s)->click();
        ProfileDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_session->window()->findChild<ProfileDialog *>()) && dialog->isVisible());
        dialog->findChild<QLineEdit *>(u"nameLineEdit"_s)->setText(u"Alpha"_s);
        dialog->findChild<QLineEdit *>(u"serverLineEdit"_s)->setText(m_fx.server->serverUrl());
        dialog->findChild<QLineEdit *>(u"publicKeyLineEdit"_s)->setText(u"ownerkey"_s);
        dialog->findChild<QLineEdit *>(u"privateKeyLineEdit"_s)->setText(OwnerPrivateKey);
        dialog->save();
        QVERIFY(waitForProfileWindow(u"Alpha"_s));
        QTRY_VERIFY_WITH_TIMEOUT(organizationsShown(m_session->window()).contains(AlphaOrg), 20'000);

        // Once answered, never again; and the next start opens the last connection.
        m_session->showWelcomeIfFirstRun();
        QVERIFY(!m_session->window()->findChild<WelcomeDialog *>());
        m_session.reset();
        m_session = std::make_unique<ConsoleSession>(m_secrets.get());
        m_session->openLast();
        QVERIFY(waitForProfileWindow(u"Alpha"_s));
    }

    void exploringTheDemoAnswersTheWelcome()
    {
        m_session->openLast();
        m_session->showWelcomeIfFirstRun();
        WelcomeDialog *welcome = nullptr;
        QTRY_VERIFY((welcome = m_session->window()->findChild<WelcomeDialog *>()));
        welcome->findChild<QCommandLinkButton *>(u"demoButton"_s)->click();
        QVERIFY(m_session->isDemo());
        // With the window shown, showWelcomeIfFirstRun decides at once (it waits only for a window not yet
        // shown): nothing is still to come.
        QVERIFY(m_session->window()->isVisible());
        m_session->showWelcomeIfFirstRun();
        const auto welcomes = m_session->window()->findChildren<WelcomeDialog *>();
        QVERIFY(std::none_of(welcomes.cbegin(), welcomes.cend(),
                             [](WelcomeDialog *w) { return w->isVisible(); }));
    }

    // Editing the connection shown (here: another key of the same server) applies it to the same window:
    // nothing is rebuilt, the page shown stays, the key in use is identified again and the organization
    // re-synced with it.
    void anEditedConnectionKeepsItsWindow()
    {
        saveProfile(u"Alpha"_s);
        m_session->openProfile(u"Alpha"_s);
        QVERIFY(waitForProfileWindow(u"Alpha"_s));
        MainWindow *window = m_session->window();
        Repository *repository = m_session->repository();
        QTRY_VERIFY_WITH_TIMEOUT(organizationsShown(window).contains(AlphaOrg), 20'000);
        QTRY_VERIFY_WITH_TIMEOUT(repository->identity() && !repository->isSyncing(), 20'000);
        QCOMPARE(repository->identity()->key->publicKey, u"ownerkey"_s);
        auto *pages = window->findChild<QTabWidget *>(u"contextTabWidget"_s);
        pages->setCurrentWidget(window->historyPage());
        QSignalSpy windows(m_session.get(), &ConsoleSession::windowChanged);
        QSignalSpy synced(repository, &Repository::syncFinished);

        window->findChild<QAction *>(u"editConnectionAction"_s)->trigger();
        ProfileDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window->findChild<ProfileDialog *>()) && dialog->isVisible());
        dialog->findChild<QLineEdit *>(u"publicKeyLineEdit"_s)->setText(u"memberky"_s);
        dialog->findChild<QLineEdit *>(u"privateKeyLineEdit"_s)
            ->setText(u"0a1b2c3d-0000-4000-8000-00000000a003"_s);
        dialog->save();

        QTRY_VERIFY_WITH_TIMEOUT(repository->identity() && repository->identity()->key
                                     && repository->identity()->key->publicKey == u"memberky"_s,
                                 20'000);
        QTRY_VERIFY_WITH_TIMEOUT(!synced.isEmpty(), 20'000); // read again with the new key
        QCOMPARE(m_session->window(), window);
        QCOMPARE(m_session->repository(), repository);
        QVERIFY(windows.isEmpty());
        QCOMPARE(pages->currentWidget(), window->historyPage());
        QVERIFY(window->windowTitle().contains(u"Alpha"_s));
        QCOMPARE(m_session->currentProfile(), u"Alpha"_s);
    }
};

APIACCESS_GUI_TEST_MAIN(TestSession)
#include "tst_session.moc"
