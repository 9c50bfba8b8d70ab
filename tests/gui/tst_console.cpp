// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Whole flows through the real windows, offscreen, against the emulator in-process and a real SQLite
// cache: contexts, the whitelist requirement (on with the lock-out check, off, unknown, not allowed),
// keys and whitelists, filters, offline start, and refusals shown in place.
#include "../integration/EmulatorFixture.h"
#include "AddEntriesDialog.h"
#include "AddressCheckPage.h"
#include "ApiClient.h"
#include "ApiKeysModel.h"
#include "ApiKeysPage.h"
#include "Appearance.h"
#include "AppSettings.h"
#include "CacheAccess.h"
#include "Changes.h"
#include "Clock.h"
#include "ContextPicker.h"
#include "CreateKeyDialog.h"
#include "DateText.h"
#include "EditKeyDialog.h"
#include "HistoryPage.h"
#include "HygieneReport.h"
#include "InstancePage.h"
#include "MainWindow.h"
#include "NewSecretDialog.h"
#include "OrgSettingsPage.h"
#include "ProjectKeyDialog.h"
#include "ReportPage.h"
#include "Repository.h"
#include "RoleList.h"
#include "RotateKeyDialog.h"
#include "ServiceAccountsModel.h"
#include "ServiceAccountsPage.h"
#include "UserWhitelistDialog.h"
#include <QInputDialog>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QToolButton>
#include <QTreeView>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using Fx = EmulatorFixture;

// Stands in for the browser: QDesktopServices hands it the URLs it would open.
class UrlCatcher : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> urls;
public slots:
    void open(const QUrl &url) { urls.append(url); }
};

class TestConsole : public QObject
{
    Q_OBJECT

    EmulatorFixture m_fx;
    QTemporaryDir m_dir;
    std::unique_ptr<QNetworkAccessManager> m_manager;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<Repository> m_repo;
    std::unique_ptr<MainWindow> m_window;

    // A Cloud Manager emulator whose first organization has the fixture's service account.
    bool startCloudManagerWithAccount()
    {
        m_fx.server.reset();
        EmulatorOptions options;
        options.flavor = EmulatorOptions::Flavor::CloudManager;
        return m_fx.start(options, &Fx::seedServiceAccount);
    }
    void openConsole(const QString &publicKey = u"ownerkey"_s,
                     const QString &privateKey = u"0a1b2c3d-0000-4000-8000-00000000a001"_s,
                     bool waitForSync = true)
    {
        m_window.reset();
        m_repo.reset();
        m_client.reset();
        m_manager = std::make_unique<QNetworkAccessManager>();
        m_client = std::make_unique<ApiClient>(m_manager.get());
        ConnectionSettings settings;
        settings.apiBase
            = QUrl(m_fx.server ? m_fx.server->apiUrl() : u"http://127.0.0.1:9/api/public/v1.0"_s);
        settings.publicKey = publicKey;
        settings.privateKey = privateKey;
        if (ServiceAccount::isClientId(publicKey)) // signed in as a service account
            settings.authMethod = ConnectionSettings::AuthMethod::ServiceAccount;
        settings.proxyMode = ConnectionSettings::ProxyMode::None;
        settings.maxTries = 1;
        if (settings.apiBase.path().endsWith(u"/api/atlas/v2"_s)) // the emulator's --flavor atlas
            settings.api = ConnectionSettings::Api::AtlasV2;
        m_client->setConnection(settings);
        m_repo = std::make_unique<Repository>(m_client.get(), m_dir.filePath(u"cache.sqlite"_s));
        m_repo->open();
        m_window = std::make_unique<MainWindow>(m_repo.get());
        m_window->resize(1200, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QSignalSpy synced(m_repo.get(), &Repository::syncFinished);
        m_window->start();
        if (waitForSync)
            QTRY_VERIFY_WITH_TIMEOUT(!synced.isEmpty(), 20'000);
    }

    template<typename T> T *find(const QString &name) const
    {
        T *w = m_window->findChild<T *>(name);
        if (!w)
            qWarning("no %s", qPrintable(name));
        return w;
    }
    QTableView *keysTable() const { return find<QTableView>(u"apiKeysTableView"_s); }
    QString serverSetting()
    {
        auto http = m_fx.client();
        return http.get(u"/orgs/"_s + Fx::OrgA + u"/settings"_s)
                   .json()
                   .value("apiAccessListRequired"_L1)
                   .toBool()
            ? u"on"_s
            : u"off"_s;
    }
    // APIACCESS_TEST_SCREENSHOTS=DIR keeps pictures of what the tests saw, to look at.
    void screenshot(const QString &name, QWidget *widget = nullptr)
    {
        const QString dir = qEnvironmentVariable("APIACCESS_TEST_SCREENSHOTS");
        if (!dir.isEmpty())
            (widget ? widget : m_window.get())->grab().save(dir + u'/' + name + u".png"_s);
    }

    // The focused control, by name (its class where it has none).
    static QString focused()
    {
        const QWidget *w = QApplication::focusWidget();
        if (!w)
            return u"(nothing)"_s;
        return w->objectName().isEmpty() ? QString::fromLatin1(w->metaObject()->className())
                                         : w->objectName();
    }
    // Presses Tab (Shift+Tab with back) `count` times; the controls focus went to, in order.
    static QStringList tab(int count, bool back = false)
    {
        QStringList seen;
        for (int i = 0; i < count; ++i) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab,
                            back ? Qt::ShiftModifier : Qt::NoModifier);
            seen.append(focused());
        }
        return seen;
    }
    static void press(Qt::Key key) { QTest::keyClick(QApplication::focusWidget(), key); }
    // When a dialog closes, the window manager gives activation back to the window it belonged to; the
    // offscreen platform has none, so a test that goes on typing does it.
    void activateWindow()
    {
        QTRY_VERIFY(!QApplication::activeModalWidget());
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }

private slots:
    void init()
    {
        AppSettings::flush(); // nothing still to be saved lands after the clear
        QSettings().clear();
        for (const QString &f : QDir(m_dir.path()).entryList(QDir::Files))
            QFile::remove(m_dir.filePath(f));
        QVERIFY(m_fx.start());
    }
    void cleanup()
    {
        m_window.reset();
        m_repo.reset();
        m_client.reset();
        m_manager.reset();
        m_fx.server.reset();
    }

    void pickAnOrganizationAndAProject()
    {
        openConsole();
        QCOMPARE(m_window->currentOrgId(), Fx::OrgA); // the key's organization
        QTRY_COMPARE(keysTable()->model()->rowCount(), 4);
        auto *tabs = find<QTabWidget>(u"contextTabWidget"_s);
        QVERIFY(tabs->isTabVisible(0));
        tabs->setCurrentWidget(m_window->keysPage());
        screenshot(u"keys"_s);

        // Type to search, Enter picks.
        QLineEdit *search = m_window->contextPicker()->searchEdit();
        search->setFocus();
        QTest::keyClicks(search, u"alpha-one"_s);
        QTest::keyClick(search, Qt::Key_Return);
        QCOMPARE(m_window->currentProjectId(), Fx::ProjectOne);
        QVERIFY(!tabs->isTabVisible(0)); // a project has no Settings
        QTRY_COMPARE(keysTable()->model()->rowCount(), 1);
        QCOMPARE(keysTable()->model()->index(0, 1).data().toString(), u"memberky"_s);
        QVERIFY(!find<QAction>(u"editKeyAction"_s)->isVisible()); // project actions instead
        QVERIFY(find<QAction>(u"inviteKeyAction"_s)->isVisible());
        // The organization's Projects tab says where assigning happens (the action named is the one here).
        QVERIFY(find<QLabel>(u"projectsHintLabel"_s)
                    ->text()
                    .contains(find<QAction>(u"inviteKeyAction"_s)->text().remove(u'&')));

        // The last context is remembered.
        m_window->pickContext(Fx::OrgA);
        AppSettings::flush(); // saved to the file by the writer thread
        QCOMPARE(QSettings().value(u"context/org"_s).toString(), Fx::OrgA);
        QVERIFY(QSettings().value(u"context/project"_s).toString().isEmpty());
    }

    void requireWhitelistOnWithLockoutCheckThenOff()
    {
        openConsole();
        OrgSettingsPage *page = m_window->settingsPage();
        auto *toggle = find<QCheckBox>(u"requireWhitelistCheckBox"_s);
        QTRY_VERIFY(toggle->isEnabled());
        QVERIFY(!toggle->isChecked());
        QCOMPARE(toggle->text(), u"Require IP Whitelist for Public API"_s);

        toggle->click();
        QVERIFY(!toggle->isChecked()); // nothing changes before the confirmation
        LockoutDialog *dialog = page->lockoutDialog();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        screenshot(u"lockout"_s, dialog);
        const QString findings = dialog->findingsText();
        QVERIFY2(findings.contains(u"Alpha reader"_s), qPrintable(findings)); // empty whitelist
        QVERIFY2(findings.contains(u"Alpha elsewhere"_s), qPrintable(findings)); // entries never used
        QVERIFY2(findings.contains(u"127.0.0.1"_s), qPrintable(findings)); // this console's address, covered
        auto *confirm = dialog->findChild<QPushButton *>(u"confirmButton"_s);
        QVERIFY(!confirm->isEnabled());
        dialog->findChild<QCheckBox *>(u"understandCheckBox"_s)->click();
        QVERIFY(confirm->isEnabled());
        confirm->click();
        QTRY_COMPARE(serverSetting(), u"on"_s);
        QTRY_VERIFY(toggle->isChecked());
        QTRY_VERIFY(find<QLabel>(u"settingsMessageLabel"_s)->text().contains(u"now requires"_s));

        toggle->click();
        QMessageBox *off = page->disableDialog();
        QVERIFY(off);
        QVERIFY(off->text().contains(u"any address"_s));
        off->findChild<QPushButton *>(u"confirmButton"_s)->click();
        QTRY_COMPARE(serverSetting(), u"off"_s);
        QTRY_VERIFY(!toggle->isChecked());
    }

    // An Atlas organization: the setting under Atlas's name, read and written through the settings
    // endpoint (the PATCH sends the requirement alone), the other security settings shown read-only.
    void anAtlasOrganizationsSettings()
    {
        m_fx.server.reset();
        EmulatorOptions options;
        options.flavor = EmulatorOptions::Flavor::Atlas;
        options.apiKeyListDeniedStatus = 401;
        QVERIFY(m_fx.start(options, [](Dataset &d) {
            Fx::seedServiceAccount(d);
            d.findOrg(Fx::OrgA)->atlasSettings.insert(u"multiFactorAuthRequired"_s, true);
            d.findOrg(Fx::OrgA)->atlasSettings.insert(u"maxServiceAccountSecretValidityInHours"_s, 720);
        }));
        QList<QByteArray> patches;
        QMutex lock;
        m_fx.server->dispatcher().setObserver([&](const ApiRequest &r, int) {
            QMutexLocker locked(&lock);
            if (r.method == "PATCH")
                patches.append(r.body);
        });
        openConsole();
        QTRY_COMPARE(keysTable()->model()->rowCount(), 4);
        auto *toggle = find<QCheckBox>(u"requireWhitelistCheckBox"_s);
        QTRY_VERIFY(toggle->isEnabled());
        QCOMPARE(toggle->text(), u"Require IP Access List for the Atlas Administration API"_s);
        auto *security = find<QLabel>(u"securityLabel"_s);
        QVERIFY(security->isVisibleTo(m_window.get()));
        QVERIFY2(security->text().contains(u"Multi-factor authentication required: yes"_s),
                 qPrintable(security->text()));
        QVERIFY2(security->text().contains(u"MongoDB employee access restricted: no"_s),
                 qPrintable(security->text()));
        QVERIFY2(security->text().contains(u"secret: 720 hour"_s) && security->text().contains(u"(30 day"_s),
                 qPrintable(security->text()));
        screenshot(u"atlas-settings"_s);

        toggle->click();
        LockoutDialog *dialog = m_window->settingsPage()->lockoutDialog();
        QVERIFY(dialog);
        dialog->findChild<QCheckBox *>(u"understandCheckBox"_s)->click();
        dialog->findChild<QPushButton *>(u"confirmButton"_s)->click();
        QTRY_VERIFY(toggle->isChecked());
        {
            QMutexLocker locked(&lock);
            QCOMPARE(patches, QList<QByteArray>{R"({"apiAccessListRequired":true})"});
        }
        const Dataset after = m_fx.server->dispatcher().snapshot();
        QVERIFY(after.orgs.first().apiAccessListRequired);
        QCOMPARE(after.orgs.first().atlasSettings.value(u"multiFactorAuthRequired"_s), QJsonValue(true));
        // Still said after the change (the answer carries every field).
        QVERIFY(security->text().contains(u"Multi-factor authentication required: yes"_s));

        // The service accounts are read on Atlas as on Cloud Manager.
        QTRY_COMPARE(m_repo->state(Fx::OrgA)->snapshot.serviceAccounts.size(), 1);
    }

    // No settings endpoint: the organization's events tell the value, and say who set it when.
    // The key flows of the keys page against Atlas (the emulator's --flavor atlas, which does not know a
    // new key from its access list for a moment): every write names the resource version, a CIDR is
    // written %2F in the path, a key joins a project with a POST of role arrays and has its roles replaced
    // with a PATCH, and the server's state is what was asked.
    void keyFlowsOnAtlas()
    {
        m_fx.server.reset();
        EmulatorOptions options;
        options.flavor = EmulatorOptions::Flavor::Atlas;
        options.apiKeyListDeniedStatus = 401;
        options.newKeySettleMs = 800;
        QVERIFY(m_fx.start(options));
        struct Write
        {
            QByteArray method;
            QByteArray target;
            QByteArray accept;
            QByteArray body;
            int status;
        };
        QList<Write> writes;
        QMutex lock;
        m_fx.server->dispatcher().setObserver([&](const ApiRequest &r, int status) {
            QMutexLocker locked(&lock);
            if (r.method != "GET")
                writes.append({r.method, r.target, r.accept, r.body, status});
        });
        const auto taken = [&] {
            QMutexLocker locked(&lock);
            return std::exchange(writes, {});
        };
        const QByteArray version("application/vnd.atlas.2023-01-01+json");
        const QByteArray org = QByteArray("/api/atlas/v2/orgs/") + Fx::OrgA.toLatin1();
        openConsole();
        QTRY_COMPARE(keysTable()->model()->rowCount(), 4);
        ApiKeysPage *page = m_window->keysPage();

        // Create a key with a block on its access list: sent again until the server knows the new key.
        QTRY_VERIFY(find<QAction>(u"createKeyAction"_s)->isEnabled());
        find<QAction>(u"createKeyAction"_s)->trigger();
        CreateKeyDialog *dialog = page->createDialog();
        dialog->findChild<QLineEdit *>(u"descriptionLineEdit"_s)->setText(u"Atlas robot"_s);
        dialog->findChild<RoleList *>(u"rolesListWidget"_s)->setCheckedRoles({u"ORG_READ_ONLY"_s});
        dialog->findChild<QPushButton *>(u"createButton"_s)->click();
        QTRY_VERIFY(dialog->isOnPrivateKeyPage());
        dialog->findChild<QPlainTextEdit *>(u"entriesPlainTextEdit"_s)->setPlainText(u"198.51.100.0/24"_s);
        dialog->findChild<QCheckBox *>(u"copiedCheckBox"_s)->click();
        dialog->findChild<QPushButton *>(u"finishButton"_s)->click();
        QTRY_VERIFY_WITH_TIMEOUT(!page->createDialog(), 20'000);
        QTRY_COMPARE(keysTable()->model()->rowCount(), 5);
        const QString id = page->selectedKeyId();
        {
            Dataset server = m_fx.server->dispatcher().snapshot();
            const EmulatedKey *key = server.findKey(id);
            QVERIFY(key);
            QCOMPARE(key->key.desc, u"Atlas robot"_s);
            QCOMPARE(key->accessList.size(), 1);
            QCOMPARE(key->accessList.first().cidrBlock, u"198.51.100.0/24"_s);
        }
        QList<Write> w = taken();
        QVERIFY(w.size() >= 3); // the key, then its entries at least twice
        QCOMPARE(w.first().method, QByteArray("POST"));
        QCOMPARE(w.first().target, org + "/apiKeys");
        QCOMPARE(w.last().status, 200);
        QVERIFY(w.last().target.startsWith(QByteArray(org + "/apiKeys/" + id.toLatin1() + "/accessList")));
        QCOMPARE(w.last().body, QByteArray(R"([{"cidrBlock":"198.51.100.0/24"}])"));
        for (const Write &each : std::as_const(w))
            QCOMPARE(each.accept, version);

        // Remove the block: its address in the path with %2F.
        auto *entries = find<QTableView>(u"whitelistTableView"_s);
        QTRY_COMPARE(entries->model()->rowCount(), 1);
        entries->setCurrentIndex(entries->model()->index(0, 0));
        QTRY_VERIFY(find<QAction>(u"removeEntryAction"_s)->isEnabled());
        find<QAction>(u"removeEntryAction"_s)->trigger();
        page->confirmDialog()->findChild<QPushButton *>(u"confirmButton"_s)->click();
        QTRY_COMPARE(entries->model()->rowCount(), 0);
        w = taken();
        QCOMPARE(w.size(), 1);
        QCOMPARE(w.first().method, QByteArray("DELETE"));
        QCOMPARE(w.first().target, org + "/apiKeys/" + id.toLatin1() + "/accessList/198.51.100.0%2F24");
        QCOMPARE(w.first().status, 204);
        QVERIFY(m_fx.server->dispatcher().snapshot().findKey(id)->accessList.isEmpty());

        // Into a project: POST of role arrays; new roles: PATCH (what goes is shown first); out: DELETE.
        m_window->pickContext(Fx::OrgA, Fx::ProjectOne);
        QTRY_COMPARE(keysTable()->model()->rowCount(), 1);
        QTRY_VERIFY(find<QAction>(u"inviteKeyAction"_s)->isEnabled());
        find<QAction>(u"inviteKeyAction"_s)->trigger();
        ProjectKeyDialog *invite = page->projectKeyDialog();
        invite->findChild<QLineEdit *>(u"keyIdentifierLineEdit"_s)->setText(id);
        invite->findChild<RoleList *>(u"rolesListWidget"_s)
            ->setCheckedRoles({u"GROUP_READ_ONLY"_s, u"GROUP_DATA_ACCESS_READ_ONLY"_s});
        invite->findChild<QPushButton *>(u"okButton"_s)->click();
        QTRY_VERIFY(!page->projectKeyDialog());
        QTRY_COMPARE(keysTable()->model()->rowCount(), 2);
        const QByteArray project
            = QByteArray("/api/atlas/v2/groups/") + Fx::ProjectOne.toLatin1() + "/apiKeys/";
        w = taken();
        QCOMPARE(w.size(), 1);
        QCOMPARE(w.first().method, QByteArray("POST"));
        QCOMPARE(w.first().target, project + id.toLatin1());
        QCOMPARE(w.first().body,
                 QByteArray(R"([{"roles":["GROUP_READ_ONLY","GROUP_DATA_ACCESS_READ_ONLY"]}])"));
        QTRY_COMPARE(page->selectedKeyId(), id);
        find<QAction>(u"changeProjectRolesAction"_s)->trigger();
        ProjectKeyDialog *change = page->projectKeyDialog();
        change->findChild<RoleList *>(u"rolesListWidget"_s)->setCheckedRoles({u"GROUP_READ_ONLY"_s});
        QVERIFY2(change->removalPreview().contains(u"Project Data Access Read Only"_s),
                 qPrintable(change->removalPreview()));
        change->findChild<QPushButton *>(u"okButton"_s)->click();
        QTRY_VERIFY(!page->projectKeyDialog());
        w = taken();
        QCOMPARE(w.size(), 1);
        QCOMPARE(w.first().method, QByteArray("PATCH"));
        QCOMPARE(w.first().body, QByteArray(R"({"roles":["GROUP_READ_ONLY"]})"));
        QCOMPARE(m_fx.server->dispatcher().snapshot().findKey(id)->key.projectRoleNames(Fx::ProjectOne),
                 QStringList{u"GROUP_READ_ONLY"_s});
        find<QAction>(u"unassignKeyAction"_s)->trigger();
        page->confirmDialog()->findChild<QPushButton *>(u"confirmButton"_s)->click();
        QTRY_COMPARE(keysTable()->model()->rowCount(), 1);
        w = taken();
        QCOMPARE(w.size(), 1);
        QCOMPARE(w.first().method, QByteArray("DELETE"));
        QCOMPARE(w.first().target, project + id.toLatin1());

        // A key created inside the project.
        find<QAction>(u"createKeyAction"_s)->trigger();
        CreateKeyDialog *inProject = page->createDialog();
        inProject->findChild<QLineEdit *>(u"descriptionLineEdit"_s)->setText(u"Project robot"_s);
        inProject->findChild<RoleList *>(u"rolesListWidget"_s)->setCheckedRoles({u"GROUP_BACKUP_ADMIN"_s});
        inProject->findChild<QPushButton *>(u"createButton"_s)->click();
        QTRY_VERIFY(inProject->isOnPrivateKeyPage());
        inProject->findChild<QCheckBox *>(u"copiedCheckBox"_s)->click();
        inProject->findChild<QPushButton *>(u"finishButton"_s)->click();
        QTRY_COMPARE(keysTable()->model()->rowCount(), 2);
        w = taken();
        QCOMPARE(w.size(), 1);
        QCOMPARE(w.first().method, QByteArray("POST"));
        QCOMPARE(w.first().target,
                 QByteArray("/api/atlas/v2/groups/") + Fx::ProjectOne.toLatin1() + "/apiKeys");
        QCOMPARE(w.first().status, 200);

        // And the first key deleted from the organization.
        m_window->pickContext(Fx::OrgA);
        QTRY_COMPARE(keysTable()->model()->rowCount(), 6);
        page->selectKey(id);
        QTRY_VERIFY(find<QAction>(u"deleteKeyAction"_s)->isEnabled());
        find<QAction>(u"deleteKeyAction"_s)->trigger();
        page->confirmDialog()->findChild<QPushButton *>(u"confirmButton"_s)->click();
        QTRY_COMPARE(keysTable()->model()->rowCount(), 5);
        w = taken();
        QCOMPARE(w.size(), 1);
        QCOMPARE(w.first().method, QByteArray("DELETE"));
        QCOMPARE(w.first().target, org + "/apiKeys/" + id.toLatin1());
        QVERIFY(!m_fx.server->dispatcher().snapshot().findKey(id));
    }

    // "Rotate…" on a maximal key (roles in 5 projects, 20 entries): the plan, the private key once, the copy
    // checked against the plan, the hand-over with both keys' use, closed and opened again at its step, then
    // finished — the old key deleted, the new one equal to the plan, its private key in no file.
    void rotateAMaximalKey()
    {
        m_fx.server.reset();
        QVERIFY(m_fx.start({}, Fx::seedMaximalKey));
        openConsole();
        ApiKeysPage *page = m_window->keysPage();
        page->selectKey(Fx::keyId(3));
        auto *rotate = find<QAction>(u"rotateKeyAction"_s);
        QTRY_VERIFY(rotate->isEnabled());
        // Offered on the keys' row, in the details pane and in the context menu.
        QVERIFY(find<QToolButton>(u"rotateKeyDetailsButton"_s)->isEnabled());
        QVERIFY(keysTable()->actions().contains(rotate));
        rotate->trigger();
        RotateKeyDialog *dialog = page->rotateDialog();
        QVERIFY(dialog);
        QCOMPARE(dialog->page(), 0);
        auto *planTree = dialog->findChild<QTreeWidget *>(u"planTreeWidget"_s);
        QCOMPARE(planTree->topLevelItem(1)->childCount(), 5);
        QCOMPARE(planTree->topLevelItem(2)->childCount(), 20);
        QVERIFY2(planTree->topLevelItem(1)->child(0)->text(0).startsWith(u"project-1: "_s),
                 qPrintable(planTree->topLevelItem(1)->child(0)->text(0)));
        QVERIFY(dialog->plan().description.startsWith(u"Alpha member (rotated "_s));
        screenshot(u"rotate-plan"_s, dialog);
        dialog->findChild<QPushButton *>(u"startButton"_s)->click();
        QTRY_VERIFY_WITH_TIMEOUT(
            dialog->findChild<QPushButton *>(u"continueButton"_s)->isVisible()
                && dialog->findChild<QLabel *>(u"progressLabel"_s)->text().contains(u"equals the plan"_s),
            20'000);
        const QString privateKey = dialog->privateKeyShown();
        QCOMPARE(privateKey.size(), 36);
        auto *continueButton = dialog->findChild<QPushButton *>(u"continueButton"_s);
        QVERIFY(!continueButton->isEnabled()); // not before the private key was copied
        dialog->reject();
        QVERIFY(dialog->isVisible());
        dialog->findChild<QCheckBox *>(u"copiedCheckBox"_s)->click();
        QVERIFY(continueButton->isEnabled());
        continueButton->click();
        QCOMPARE(dialog->page(), 2);
        QVERIFY2(dialog->findChild<QLabel *>(u"handOverLabel"_s)
                     ->text()
                     .contains(u"has not been used since the new key was created"_s),
                 qPrintable(dialog->findChild<QLabel *>(u"handOverLabel"_s)->text()));
        QCOMPARE(dialog->findChild<QTreeWidget *>(u"usageTreeWidget"_s)->topLevelItemCount(), 40);
        screenshot(u"rotate-hand-over"_s, dialog);
        const Rotation stored = m_repo->state(Fx::OrgA)->rotations.value(Fx::keyId(3));
        QCOMPARE(stored.step, Rotation::Step::Ready);
        // The key list says which keys are in a rotation.
        bool marked = false;
        for (int row = 0; row < keysTable()->model()->rowCount(); ++row)
            marked = marked
                || keysTable()
                       ->model()
                       ->index(row, ApiKeysModel::DescriptionColumn)
                       .data()
                       .toString()
                       .contains(u"rotating → Alpha member (rotated"_s);
        QVERIFY(marked);
        // Closed, and opened again from the new key: at the hand-over.
        dialog->findChild<QPushButton *>(u"laterButton"_s)->click();
        QTRY_VERIFY(!page->rotateDialog());
        page->selectKey(stored.newKeyId);
        QTRY_VERIFY(rotate->isEnabled());
        QCOMPARE(rotate->text(), u"R&otation…"_s);
        rotate->trigger();
        dialog = page->rotateDialog();
        QVERIFY(dialog);
        QCOMPARE(dialog->page(), 2);
        QVERIFY(dialog->privateKeyShown().isEmpty()); // shown once, not again
        auto *finish = dialog->findChild<QPushButton *>(u"finishButton"_s);
        QVERIFY(!finish->isEnabled());
        dialog->findChild<QCheckBox *>(u"switchedCheckBox"_s)->click();
        QVERIFY(finish->isEnabled());
        finish->click();
        QTRY_VERIFY(!page->rotateDialog());
        QVERIFY2(find<QLabel>(u"keysMessageLabel"_s)->text().contains(u"the old key memberky is deleted"_s),
                 qPrintable(find<QLabel>(u"keysMessageLabel"_s)->text()));
        Dataset server = m_fx.server->dispatcher().snapshot();
        QVERIFY(!server.findKey(Fx::keyId(3)));
        const EmulatedKey *made = server.findKey(stored.newKeyId);
        QVERIFY(made);
        QCOMPARE(stored.plan.differences(made->key, made->accessList), QStringList());
        QVERIFY(m_repo->state(Fx::OrgA)->rotations.isEmpty());
        m_window.reset();
        m_repo.reset();
        CacheAccess::waitForAll();
        for (const QString &f : QDir(m_dir.path()).entryList(QDir::Files)) {
            QFile file(m_dir.filePath(f));
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY2(!file.readAll().contains(privateKey.toLatin1()), qPrintable(f));
        }
    }

    // A rotation stopped by a server failure is found after the console starts again and resumed from the
    // dialog; nothing is made twice.
    void aStoppedRotationResumesAfterARestart()
    {
        m_fx.server.reset();
        QVERIFY(m_fx.start({}, Fx::seedMaximalKey));
        QString error;
        m_fx.server->dispatcher().setFaults(
            {*EmulatorOptions::Fault::parse(u"POST /orgs/[^/]+/apiKeys/[^/]+/accessList 1 500"_s, &error)});
        openConsole();
        ApiKeysPage *page = m_window->keysPage();
        page->selectKey(Fx::keyId(3));
        QTRY_VERIFY(find<QAction>(u"rotateKeyAction"_s)->isEnabled());
        find<QAction>(u"rotateKeyAction"_s)->trigger();
        RotateKeyDialog *dialog = page->rotateDialog();
        dialog->findChild<QPushButton *>(u"startButton"_s)->click();
        auto *progress = dialog->findChild<QLabel *>(u"progressLabel"_s);
        QTRY_VERIFY_WITH_TIMEOUT(progress->text().startsWith(u"✗ "_s), 20'000);
        QVERIFY2(progress->text().contains(u"Resume to copy what it still lacks"_s),
                 qPrintable(progress->text()));
        QVERIFY(dialog->findChild<QPushButton *>(u"resumeButton"_s)->isVisible());
        dialog->findChild<QCheckBox *>(u"copiedCheckBox"_s)->click();
        dialog->reject();
        QTRY_VERIFY(!page->rotateDialog());
        const QString newKeyId = m_repo->state(Fx::OrgA)->rotations.value(Fx::keyId(3)).newKeyId;
        QVERIFY(!newKeyId.isEmpty());

        m_fx.server->dispatcher().setFaults({});
        openConsole(); // the console quits and starts again on the same cache
        page = m_window->keysPage();
        page->selectKey(Fx::keyId(3));
        QTRY_VERIFY(find<QAction>(u"rotateKeyAction"_s)->isEnabled());
        find<QAction>(u"rotateKeyAction"_s)->trigger();
        dialog = page->rotateDialog();
        QCOMPARE(dialog->page(), 1);
        auto *resume = dialog->findChild<QPushButton *>(u"resumeButton"_s);
        QVERIFY(resume->isVisible());
        resume->click();
        progress = dialog->findChild<QLabel *>(u"progressLabel"_s);
        QTRY_VERIFY_WITH_TIMEOUT(progress->text().contains(u"equals the plan"_s), 20'000);
        QVERIFY(dialog->findChild<QPushButton *>(u"continueButton"_s)->isEnabled());
        Dataset server = m_fx.server->dispatcher().snapshot();
        QCOMPARE(server.findKey(newKeyId)->accessList.size(), 20);
        int made = 0;
        for (const EmulatedKey &k : server.keys)
            made += k.key.desc.startsWith(u"Alpha member (rotated"_s) ? 1 : 0;
        QCOMPARE(made, 1);
    }

    void settingFromTheEventsOffersTheWebConsole()
    {
        m_fx.server.reset();
        EmulatorOptions options;
        options.orgSettingsApi = false;
        QVERIFY(m_fx.start(options));
        openConsole();
        auto *toggle = find<QCheckBox>(u"requireWhitelistCheckBox"_s);
        const QString state = find<QLabel>(u"stateLabel"_s)->text();
        QVERIFY2(state.startsWith(u"Off"_s), qPrintable(state));
        QVERIFY2(state.contains(u"Off since"_s) && state.contains(u"from the organization's events"_s),
                 qPrintable(state));
        QVERIFY(!toggle->isEnabled());
        QCOMPARE(toggle->checkState(), Qt::Unchecked);
        QVERIFY(find<QPushButton>(u"openWebConsoleButton"_s)->isVisible());
        QVERIFY(find<QLabel>(u"permissionLabel"_s)->text().contains(u"web console"_s));

        // Turning it on happens in the web console, after the same lock-out check a change sent from here
        // gets.
        UrlCatcher browser;
        QDesktopServices::setUrlHandler(u"http"_s, &browser, "open");
        find<QPushButton>(u"openWebConsoleButton"_s)->click();
        LockoutDialog *dialog = m_window->settingsPage()->lockoutDialog();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QVERIFY(browser.urls.isEmpty()); // nothing opens before the confirmation
        QVERIFY(dialog->findingsText().contains(u"Alpha reader"_s));
        // Its button says what it does here: open the web console, not "Require whitelist".
        QCOMPARE(dialog->findChild<QPushButton *>(u"confirmButton"_s)->text(), u"Open the web console"_s);
        dialog->findChild<QCheckBox *>(u"understandCheckBox"_s)->click();
        dialog->findChild<QPushButton *>(u"confirmButton"_s)->click();
        QTRY_COMPARE(browser.urls.size(), 1);
        QDesktopServices::unsetUrlHandler(u"http"_s);
        QVERIFY(browser.urls.first().toString().endsWith(u"/v2#/org/"_s + Fx::OrgA + u"/settings/general"_s));
        QVERIFY(find<QLabel>(u"settingsMessageLabel"_s)->text().contains(u"sync (F5)"_s));

        // The admin ticks the box on the page the browser opened (the emulator's stand-in, with curl) and
        // comes back: a sync reads the new event, and the page says who turned it on, from where.
        QProcess browserPost;
        browserPost.start(u"curl"_s,
                          {u"--silent"_s, u"--data"_s, u"required=on"_s,
                           m_fx.server->serverUrl() + u"/v2/orgSettings?org="_s + Fx::OrgA});
        // The in-process emulator accepts connections on this thread: wait with the event loop running.
        QTRY_VERIFY_WITH_TIMEOUT(browserPost.state() == QProcess::NotRunning, 30'000);
        QVERIFY(browserPost.readAllStandardOutput().contains("Saved."));
        QSignalSpy synced(m_repo.get(), &Repository::syncFinished);
        find<QAction>(u"syncAction"_s)->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!synced.isEmpty(), 20'000);
        QTRY_VERIFY(find<QLabel>(u"stateLabel"_s)->text().startsWith(u"On"_s));
        const QString on = find<QLabel>(u"stateLabel"_s)->text();
        QVERIFY2(on.contains(u"On since"_s) && on.contains(u"from 127.0.0.1"_s), qPrintable(on));
        QCOMPARE(toggle->checkState(), Qt::Checked);
    }

    void unknownSettingOffersTheWebConsole()
    {
        m_fx.server.reset();
        EmulatorOptions options;
        options.orgSettingsApi = false;
        QVERIFY(m_fx.start(options, [](Dataset &d) {
            d.events.removeIf([](const ApiEvent &e) {
                return e.kind() == ApiEvent::Kind::RequirementOn
                    || e.kind() == ApiEvent::Kind::RequirementOff;
            });
        }));
        openConsole();
        auto *toggle = find<QCheckBox>(u"requireWhitelistCheckBox"_s);
        QTRY_VERIFY(find<QLabel>(u"stateLabel"_s)->text().startsWith(u"Unknown"_s));
        QVERIFY(find<QLabel>(u"stateLabel"_s)->text().contains(u"does not expose"_s));
        QVERIFY(!toggle->isEnabled());
        QCOMPARE(toggle->checkState(), Qt::PartiallyChecked);
        QVERIFY(find<QPushButton>(u"openWebConsoleButton"_s)->isVisible());
        QVERIFY(m_window->settingsPage()->webConsoleUrl().toString().endsWith(u"/v2#/org/"_s + Fx::OrgA
                                                                              + u"/settings/general"_s));
    }

    // History's timeline: server events and stored snapshots, newest first, filtered by words; key
    // details say who created the key.
    void timelineOfAScriptedSeries()
    {
        openConsole();
        auto http = m_fx.client();
        const QString keys = u"/orgs/"_s + Fx::OrgA + u"/apiKeys/"_s;
        QCOMPARE(http.post(keys + Fx::keyId(3) + u"/accessList"_s, R"([{"cidrBlock":"10.9.0.0/24"}])").status,
                 200);
        QCOMPARE(http.patch(keys + Fx::keyId(2), R"({"desc":"Reader renamed"})").status, 200);
        QCOMPARE(http.del(keys + Fx::keyId(4)).status, 200);
        QSignalSpy synced(m_repo.get(), &Repository::syncFinished);
        m_repo->sync(Fx::OrgA);
        QTRY_VERIFY_WITH_TIMEOUT(!synced.isEmpty(), 20'000);
        HistoryPage *history = m_window->historyPage();
        // Hidden, the page builds nothing (10,000 events cost tens of milliseconds); shown, it catches up.
        auto *tabs = m_window->findChild<QTabWidget *>(u"contextTabWidget"_s);
        QVERIFY(tabs->currentWidget() != history);
        QVERIFY(history->timelineLines().isEmpty());
        tabs->setCurrentWidget(history);
        QTRY_VERIFY(history->timelineLines().size() >= 5);
        const QStringList lines = history->timelineLines();
        // Newest first: the snapshot the sync stored, then the three changes in reverse order.
        QVERIFY2(lines.at(0).contains(u"Snapshot"_s) && lines.at(0).contains(u"incremental sync"_s),
                 qPrintable(lines.join(u'\n')));
        const auto indexOf = [&](const QString &text) {
            for (qsizetype i = 0; i < lines.size(); ++i) {
                if (lines.at(i).contains(text))
                    return i;
            }
            qWarning("not in the timeline: %s", qPrintable(text));
            return qsizetype(-1);
        };
        const qsizetype deleted = indexOf(u"API key deniedky deleted by key ownerkey from 127.0.0.1"_s);
        const qsizetype renamed = indexOf(u"API key “Reader renamed”: description changed by key ownerkey"_s);
        const qsizetype added
            = indexOf(u"API key “Alpha member”: entry 10.9.0.0/24 added by key ownerkey from 127.0.0.1"_s);
        QVERIFY(deleted > 0);
        QVERIFY(renamed > deleted);
        QVERIFY(added > renamed);
        auto *filter = find<QLineEdit>(u"timelineFilterLineEdit"_s);
        filter->setText(u"entry member"_s);
        const QStringList filtered = history->timelineLines();
        QVERIFY(!filtered.isEmpty());
        QVERIFY(filtered.size() < lines.size());
        for (const QString &line : filtered)
            QVERIFY(line.contains(u"entry"_s) && line.contains(u"member"_s, Qt::CaseInsensitive));
        filter->setText(u"ownerkey"_s);
        QCOMPARE(history->timelineLines().size(), 3); // the three changes the key made
        filter->clear();

        m_window->keysPage()->selectKey(Fx::keyId(3));
        const QString details = find<QLabel>(u"keyDetailsLabel"_s)->text();
        QVERIFY2(details.contains(u"Created "_s) && details.contains(u" by "_s), qPrintable(details));
        m_window->keysPage()->selectKey(Fx::keyId(1));
        QVERIFY2(find<QLabel>(u"keyDetailsLabel"_s)->text().contains(u"Whitelist and usage as read"_s),
                 qPrintable(find<QLabel>(u"keyDetailsLabel"_s)->text()));
    }

    // The comparison picked on History stays when new snapshots come (F5 after a change on the server),
    // while both snapshots are kept; until one is picked, the newest two are compared.
    void theComparisonPickedStaysThroughASync()
    {
        openConsole();
        auto http = m_fx.client();
        const QString keys = u"/orgs/"_s + Fx::OrgA + u"/apiKeys/"_s;
        QSignalSpy synced(m_repo.get(), &Repository::syncFinished);
        const auto changeAndSync = [&](int i) {
            QCOMPARE(http.patch(keys + Fx::keyId(2), u"{\"desc\":\"Reader %1\"}"_s.arg(i).toUtf8()).status,
                     200);
            synced.clear();
            find<QAction>(u"syncAction"_s)->trigger(); // F5
            QTRY_VERIFY_WITH_TIMEOUT(!synced.isEmpty(), 20'000);
        };
        changeAndSync(1);
        changeAndSync(2);
        auto *tabs = find<QTabWidget>(u"contextTabWidget"_s);
        tabs->setCurrentWidget(m_window->historyPage());
        auto *from = find<QComboBox>(u"fromSnapshotComboBox"_s);
        auto *to = find<QComboBox>(u"toSnapshotComboBox"_s);
        QTRY_COMPARE(to->count(), 3);
        QCOMPARE(to->currentIndex(), 2); // the newest two
        QCOMPARE(from->currentIndex(), 1);
        const qint64 first = from->itemData(0).toLongLong();
        const qint64 second = to->itemData(1).toLongLong();
        from->setCurrentIndex(0);
        emit from->activated(0);
        to->setCurrentIndex(1);
        emit to->activated(1);
        changeAndSync(3);
        QTRY_COMPARE(to->count(), 4);
        QCOMPARE(from->currentData().toLongLong(), first);
        QCOMPARE(to->currentData().toLongLong(), second);
    }

    void onlyAnOwnerMayChangeTheSetting()
    {
        openConsole(u"readerky"_s, u"0a1b2c3d-0000-4000-8000-00000000a002"_s);
        auto *permission = find<QLabel>(u"permissionLabel"_s);
        QTRY_VERIFY(permission->text().contains(u"Only an Organization Owner"_s));
        // Which role the key has, and what it may do with it.
        QVERIFY2(
            permission->text().contains(u"The key in use is Organization Read Only here: it may read the "
                                        "setting, not change it."_s),
            qPrintable(permission->text()));
        QVERIFY(!find<QCheckBox>(u"requireWhitelistCheckBox"_s)->isEnabled());
        QVERIFY(!find<QAction>(u"createKeyAction"_s)->isEnabled());
        QVERIFY(find<QAction>(u"createKeyAction"_s)->toolTip().contains(u"Organization Owner"_s));
    }

    void createAKeyAndReadItsPrivateKeyOnce()
    {
        openConsole();
        ApiKeysPage *page = m_window->keysPage();
        QTRY_VERIFY(find<QAction>(u"createKeyAction"_s)->isEnabled());
        find<QAction>(u"createKeyAction"_s)->trigger();
        CreateKeyDialog *dialog = page->createDialog();
        QVERIFY(dialog);
        auto *create = dialog->findChild<QPushButton *>(u"createButton"_s);
        QVERIFY(!create->isEnabled());
        QTest::keyClicks(dialog->findChild<QLineEdit *>(u"descriptionLineEdit"_s), u"Nightly export"_s);
        QVERIFY(!create->isEnabled()); // no role yet
        auto *roles = dialog->findChild<RoleList *>(u"rolesListWidget"_s);
        roles->item(3)->setCheckState(Qt::Checked); // Organization Read Only
        QVERIFY(create->isEnabled());
        create->click();
        QTRY_VERIFY(dialog->isOnPrivateKeyPage());
        const QString privateKey = dialog->privateKeyShown();
        QCOMPARE(privateKey.size(), 36);
        // Masked until asked for (screen sharing, screenshots); Copy works either way.
        auto *keyField = dialog->findChild<QLineEdit *>(u"privateKeyLineEdit"_s);
        QCOMPARE(keyField->echoMode(), QLineEdit::Password);
        dialog->findChild<QCheckBox *>(u"showPrivateKeyCheckBox"_s)->click();
        QCOMPARE(keyField->echoMode(), QLineEdit::Normal);
        screenshot(u"private-key"_s, dialog);
        // The public key beside it, and both copied together (a client needs both).
        const QString publicKey = dialog->findChild<QLineEdit *>(u"publicKeyLineEdit"_s)->text();
        QCOMPARE(publicKey.size(), 8);
        dialog->findChild<QPushButton *>(u"copyBothButton"_s)->click();
        QCOMPARE(QApplication::clipboard()->text(),
                 u"Public key: %1\nPrivate key: %2"_s.arg(publicKey, privateKey));

        auto *finish = dialog->findChild<QPushButton *>(u"finishButton"_s);
        QVERIFY(!finish->isEnabled());
        dialog->reject(); // cannot leave before saying the key was copied
        QVERIFY(dialog->isVisible());
        QVERIFY(dialog->findChild<QLabel *>(u"errorLabel"_s)->text().contains(u"cannot be shown again"_s));
        dialog->findChild<QPlainTextEdit *>(u"entriesPlainTextEdit"_s)->setPlainText(u"198.51.100.5/32"_s);
        dialog->findChild<QCheckBox *>(u"copiedCheckBox"_s)->click();
        QVERIFY(finish->isEnabled());
        finish->click();
        QTRY_VERIFY(!page->createDialog());

        // On the server, with its entry; in the table; and never in the cache.
        auto http = m_fx.client();
        const auto keys
            = http.get(u"/orgs/"_s + Fx::OrgA + u"/apiKeys"_s).json().value("results"_L1).toArray();
        QString id;
        for (const auto &k : keys) {
            if (k.toObject().value("desc"_L1).toString() == "Nightly export"_L1)
                id = k.toObject().value("id"_L1).toString();
        }
        QVERIFY(!id.isEmpty());
        const auto list = http.get(u"/orgs/"_s + Fx::OrgA + u"/apiKeys/"_s + id + u"/accessList"_s).json();
        QCOMPARE(list.value("results"_L1).toArray().first().toObject().value("ipAddress"_L1).toString(),
                 u"198.51.100.5"_s);
        QTRY_COMPARE(keysTable()->model()->rowCount(), 5);
        QTRY_COMPARE(page->selectedKeyId(), id);
        m_window.reset();
        m_repo.reset();
        for (const QString &f : QDir(m_dir.path()).entryList(QDir::Files)) {
            QFile file(m_dir.filePath(f));
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY2(!file.readAll().contains(privateKey.toLatin1()), qPrintable(f));
        }
    }

    // The selected key's first whitelist entry, as shown.
    QString entries0(ApiKeysPage *)
    {
        auto *entries = find<QTableView>(u"whitelistTableView"_s);
        return entries->model()->rowCount() > 0 ? entries->model()->index(0, 0).data().toString() : QString();
    }

    void addEntriesWithInvalidOnes()
    {
        openConsole();
        ApiKeysPage *page = m_window->keysPage();
        page->selectKey(Fx::keyId(3));
        QTRY_VERIFY(find<QAction>(u"addEntriesAction"_s)->isEnabled());
        find<QAction>(u"addEntriesAction"_s)->trigger();
        AddEntriesDialog *dialog = page->addEntriesDialog();
        QVERIFY(dialog);
        auto *text = dialog->findChild<QPlainTextEdit *>(u"entriesPlainTextEdit"_s);
        auto *add = dialog->findChild<QPushButton *>(u"addButton"_s);
        auto *messages = dialog->findChild<QLabel *>(u"entriesMessageLabel"_s);
        text->setPlainText(u"10.0.0.1/24\n300.1.1.1\n192.0.2.0/24"_s);
        QVERIFY(!add->isEnabled());
        QVERIFY2(messages->text().contains(u"Did you mean 10.0.0.0/24?"_s), qPrintable(messages->text()));
        QVERIFY(messages->text().contains(u"300 is larger than 255"_s));
        QVERIFY(messages->text().contains(u"covered by 10.0.0.0/8"_s) == false);
        screenshot(u"add-entries"_s, dialog);
        // One click on "Use 10.0.0.0/24" puts it in place of what was typed; the rest stays as typed.
        QVERIFY(messages->text().contains(u"<a href=\"fix:0\">Use 10.0.0.0/24</a>"_s));
        emit messages->linkActivated(u"fix:0"_s);
        QCOMPARE(text->toPlainText(), u"10.0.0.0/24\n300.1.1.1\n192.0.2.0/24"_s);
        // An entry already on the whitelist is skipped with a note, not a blocker.
        const QString present = entries0(page);
        text->setPlainText(u"192.0.2.0/24, 10.9.0.0/16\n"_s + present);
        QVERIFY(add->isEnabled());
        QVERIFY2(messages->text().contains(present + u" is already on the whitelist: skipped."_s),
                 qPrintable(messages->text()));
        QVERIFY2(messages->text().contains(u"to add, 1 skipped"_s), qPrintable(messages->text()));
        QVERIFY(messages->text().contains(u"covered by 10.0.0.0/8"_s)); // a warning, not an error
        // The checks scroll rather than cut: many entries make the list taller than the dialog.
        auto *scroll = dialog->findChild<QScrollArea *>(u"entriesMessageScrollArea"_s);
        QVERIFY(scroll);
        QVERIFY(scroll->isAncestorOf(messages));
        const QSize dialogSize = dialog->size();
        QStringList many;
        for (int i = 1; i <= 60; ++i)
            many.append(u"198.51.100.%1"_s.arg(i));
        text->setPlainText(many.join(u'\n'));
        QTRY_VERIFY(scroll->verticalScrollBar()->maximum() > 0);
        QCOMPARE(dialog->size(), dialogSize);
        QVERIFY(messages->text().contains(u"198.51.100.60"_s));
        text->setPlainText(u"192.0.2.0/24, 10.9.0.0/16\n"_s + present);
        add->click();
        QTRY_VERIFY(!page->addEntriesDialog());
        auto *entries = find<QTableView>(u"whitelistTableView"_s);
        QTRY_COMPARE(entries->model()->rowCount(), 4);
    }

    // "Copy address" needs a selection, copies every selected entry (one per line) and says what it copied.
    void copyAddressCopiesTheSelection()
    {
        openConsole();
        m_window->keysPage()->selectKey(Fx::keyId(3));
        auto *entries = find<QTableView>(u"whitelistTableView"_s);
        QTRY_COMPARE(entries->model()->rowCount(), 2);
        auto *copy = find<QAction>(u"copyAddressAction"_s);
        entries->clearSelection();
        entries->setCurrentIndex(QModelIndex());
        QTRY_VERIFY(!copy->isEnabled());
        entries->selectRow(0);
        QTRY_VERIFY(copy->isEnabled());
        const QString first = entries->model()->index(0, 0).data().toString();
        copy->trigger();
        QCOMPARE(QApplication::clipboard()->text(), first);
        auto *message = find<QLabel>(u"keysMessageLabel"_s);
        QVERIFY2(message->text().contains(first), qPrintable(message->text()));
        entries->selectAll();
        copy->trigger();
        QCOMPARE(QApplication::clipboard()->text().split(u'\n').size(), 2);
        QVERIFY2(message->text().contains(u"2 addresses"_s), qPrintable(message->text()));
    }

    void removeAnEntry()
    {
        openConsole();
        ApiKeysPage *page = m_window->keysPage();
        page->selectKey(Fx::keyId(3));
        auto *entries = find<QTableView>(u"whitelistTableView"_s);
        QTRY_COMPARE(entries->model()->rowCount(), 2);
        const QModelIndexList found
            = entries->model()->match(entries->model()->index(0, 0), Qt::DisplayRole, u"10.0.0.0/8"_s);
        QCOMPARE(found.size(), 1);
        entries->setCurrentIndex(found.first());
        QTRY_VERIFY(find<QAction>(u"removeEntryAction"_s)->isEnabled());
        find<QAction>(u"removeEntryAction"_s)->trigger();
        QMessageBox *confirm = page->confirmDialog();
        QVERIFY(confirm);
        QVERIFY(confirm->text().contains(u"10.0.0.0/8"_s));
        confirm->findChild<QPushButton *>(u"confirmButton"_s)->click();
        QTRY_COMPARE(entries->model()->rowCount(), 1);

        // The entry this console calls through, on its own key: the server would refuse, so the dialog
        // says why and offers no Remove at all.
        page->selectKey(Fx::keyId(1));
        QTRY_COMPARE(entries->model()->rowCount(), 1);
        entries->setCurrentIndex(entries->model()->index(0, 0));
        find<QAction>(u"removeEntryAction"_s)->trigger();
        QMessageBox *refusal = page->confirmDialog();
        QVERIFY(refusal);
        QVERIFY2(refusal->text().contains(u"locked out"_s) && refusal->text().contains(u"stays"_s),
                 qPrintable(refusal->text()));
        QVERIFY(!refusal->findChild<QPushButton *>(u"confirmButton"_s));
        for (QAbstractButton *button : refusal->buttons())
            QVERIFY2(!button->text().contains(u"Remove"_s), qPrintable(button->text()));
        refusal->reject();
        QCOMPARE(entries->model()->rowCount(), 1);
    }

    void editRolesWithTheRemovalPreview()
    {
        openConsole();
        ApiKeysPage *page = m_window->keysPage();
        page->selectKey(Fx::keyId(3));
        QTRY_VERIFY(find<QAction>(u"editKeyAction"_s)->isEnabled());
        find<QAction>(u"editKeyAction"_s)->trigger();
        EditKeyDialog *dialog = page->editDialog();
        QVERIFY(dialog);
        auto *roles = dialog->findChild<RoleList *>(u"rolesListWidget"_s);
        QCOMPARE(roles->checkedRoles(), QStringList{u"ORG_MEMBER"_s});
        QCOMPARE(dialog->removalPreview(), u"No role will be removed."_s);
        roles->setCheckedRoles({u"ORG_READ_ONLY"_s});
        QVERIFY(dialog->removalPreview().contains(u"Organization Member"_s));
        dialog->findChild<QPushButton *>(u"saveButton"_s)->click();
        QTRY_VERIFY(!page->editDialog());
        auto http = m_fx.client();
        const auto key = http.get(u"/orgs/"_s + Fx::OrgA + u"/apiKeys/"_s + Fx::keyId(3)).json();
        QCOMPARE(key.value("roles"_L1).toArray().first().toObject().value("roleName"_L1).toString(),
                 u"ORG_READ_ONLY"_s);

        // The console's own key losing Organization Owner: the preview says what that locks out.
        page->selectKey(Fx::keyId(1));
        QTRY_COMPARE(page->selectedKeyId(), Fx::keyId(1));
        find<QAction>(u"editKeyAction"_s)->trigger();
        EditKeyDialog *own = page->editDialog();
        QVERIFY(!own->removalPreview().contains(u"connected with this key"_s));
        own->findChild<RoleList *>(u"rolesListWidget"_s)->setCheckedRoles({u"ORG_MEMBER"_s});
        QVERIFY2(own->removalPreview().contains(u"connected with this key"_s),
                 qPrintable(own->removalPreview()));
        own->reject();
    }

    void exportOffersANameInTheDocumentsFolder()
    {
        openConsole();
        find<QAction>(u"exportAction"_s)->trigger();
        auto *dialog = m_window->findChild<QFileDialog *>(u"exportFileDialog"_s);
        QVERIFY(dialog);
        const QString file = dialog->selectedFiles().value(0);
        // The documents folder (or the home folder where there is none), not the working directory.
        const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        const QString expected = QFileInfo(documents).isDir() ? documents : QDir::homePath();
        QCOMPARE(QFileInfo(file).absolutePath(), QDir(expected).absolutePath());
        QVERIFY(QFileInfo(file).absolutePath() != QDir::currentPath());
        QVERIFY2(QFileInfo(file).fileName().startsWith(u"Alpha-Org-"_s), qPrintable(file));
        QVERIFY(file.endsWith(QDate::currentDate().toString(Qt::ISODate) + u".pdf"_s));
        dialog->reject();
    }

    // The console's own change is in History's timeline at once, said to be from this console; the next
    // sync reads the server's event for it, which takes its place (with the address it came from). The
    // report shows the change at once too.
    void ownChangesShowInTheTimelineAtOnce()
    {
        openConsole();
        HistoryPage *history = m_window->historyPage();
        find<QTabWidget>(u"contextTabWidget"_s)->setCurrentWidget(history);
        QTRY_VERIFY(!history->timelineLines().isEmpty());
        const auto linesWith = [&](const QString &text) {
            QStringList found;
            for (const QString &line : history->timelineLines()) {
                if (line.contains(text))
                    found.append(line);
            }
            return found;
        };
        QVERIFY(linesWith(u"10.9.0.0/24"_s).isEmpty());
        std::optional<bool> added;
        m_repo->changes()->addEntries(Fx::OrgA, Fx::keyId(3), {*IpBlock::parse(u"10.9.0.0/24"_s).block}, this,
                                      [&](ApiResult<QList<AccessListEntry>> r) { added = r.ok(); });
        QTRY_VERIFY(added.has_value());
        QVERIFY(*added);
        // No sync in between: the line is the console's own.
        QTRY_COMPARE(linesWith(u"10.9.0.0/24"_s).size(), 1);
        QVERIFY2(linesWith(u"10.9.0.0/24"_s)
                     .first()
                     .contains(
                         u"API key “Alpha member”: entry 10.9.0.0/24 added by this console (key ownerkey)"_s),
                 qPrintable(linesWith(u"10.9.0.0/24"_s).first()));

        QSignalSpy synced(m_repo.get(), &Repository::syncFinished);
        m_repo->sync(Fx::OrgA);
        QTRY_VERIFY_WITH_TIMEOUT(!synced.isEmpty(), 20'000);
        // The server's event in its place: one line for the change, not two.
        QTRY_VERIFY(linesWith(u"by this console"_s).isEmpty());
        const QStringList lines = linesWith(u"10.9.0.0/24"_s);
        QCOMPARE(lines.size(), 1);
        QVERIFY2(lines.first().contains(u"entry 10.9.0.0/24 added by key ownerkey from 127.0.0.1"_s),
                 qPrintable(lines.first()));
    }

    // Cloud Manager: the Service accounts page lists the organization's accounts with their secrets
    // (masked) and access list; Ops Manager: it says there are none to have.
    void serviceAccountsPage()
    {
        QVERIFY(startCloudManagerWithAccount());
        openConsole();
        ServiceAccountsPage *page = m_window->serviceAccountsPage();
        find<QTabWidget>(u"contextTabWidget"_s)->setCurrentWidget(page);
        auto *table = find<QTableView>(u"accountsTableView"_s);
        QTRY_COMPARE(table->model()->rowCount(), 1);
        QCOMPARE(table->model()->index(0, ServiceAccountsModel::NameColumn).data().toString(),
                 u"ci-runner"_s);
        QCOMPARE(page->selectedClientId(), Fx::ServiceAccountId);
        QVERIFY(find<QLabel>(u"accountDetailsLabel"_s)->text().contains(Fx::ServiceAccountId));
        auto *secrets = find<QTableWidget>(u"secretsTableWidget"_s);
        QCOMPARE(secrets->rowCount(), 1);
        QCOMPARE(secrets->item(0, 0)->text(), u"mdb_sa_sk_…1234"_s);
        auto *entries = find<QTableWidget>(u"accountEntriesTableWidget"_s);
        QCOMPARE(entries->rowCount(), 1);
        QCOMPARE(entries->item(0, 0)->text(), u"203.0.113.9"_s);
        QCOMPARE(entries->item(0, 1)->text(), QLocale().toString(812));
        screenshot(u"service-accounts"_s);
    }

    // An Organization Owner changes service accounts from the page: a new secret (the other's cut to seven
    // days named first, the new one shown once and closable only once copied), the two-secret limit
    // refused before sending, a secret deleted (tokens stop at once), entries added and removed, the
    // account deleted — each on the server, and never a secret's value in the state.
    // "Rotate secret…": the second secret with the old one's cut to seven days said first, shown once; then
    // both secrets' last use and the older deleted (its tokens stop at once, said); an account holding an
    // expired secret beside a live one is told which to delete first.
    void rotateAServiceAccountSecret()
    {
        QVERIFY(startCloudManagerWithAccount());
        openConsole();
        ServiceAccountsPage *page = m_window->serviceAccountsPage();
        find<QTabWidget>(u"contextTabWidget"_s)->setCurrentWidget(page);
        QTRY_COMPARE(page->selectedClientId(), Fx::ServiceAccountId);
        auto *rotate = find<QPushButton>(u"rotateSecretButton"_s);
        QTRY_VERIFY(rotate->isEnabled());
        const QString account = u"/orgs/"_s + Fx::OrgA + u"/serviceAccounts/"_s + Fx::ServiceAccountId;
        rotate->click();
        NewSecretDialog *dialog = page->newSecretDialog();
        QVERIFY(dialog);
        QVERIFY2(dialog->windowTitle().startsWith(u"Rotate the secret of ci-runner"_s),
                 qPrintable(dialog->windowTitle()));
        QVERIFY2(dialog->planText().contains(u"now expires on"_s)
                     && dialog->planText().contains(u"seven days"_s),
                 qPrintable(dialog->planText()));
        dialog->findChild<QPushButton *>(u"createButton"_s)->click();
        QTRY_VERIFY_WITH_TIMEOUT(dialog->isOnSecretPage(), 20'000);
        QVERIFY(dialog->secretShown().startsWith(u"mdb_sa_sk_"_s));
        dialog->findChild<QCheckBox *>(u"copiedCheckBox"_s)->click();
        dialog->findChild<QPushButton *>(u"finishButton"_s)->click();
        QTRY_VERIFY(!page->newSecretDialog());
        QCOMPARE(m_fx.client().get(account).json().value("secrets"_L1).toArray().size(), 2);
        auto *secretsTable = find<QTableWidget>(u"secretsTableWidget"_s);
        QTRY_COMPARE(secretsTable->rowCount(), 2);

        // Again: the hand-over — both secrets' last use, then the older deleted.
        rotate->click();
        QMessageBox *handOver = page->confirmDialog();
        QVERIFY(handOver);
        QCOMPARE(handOver->objectName(), u"rotateSecretDialog"_s);
        QVERIFY2(handOver->text().contains(u"The old secret mdb_sa_sk_…1234"_s)
                     && handOver->text().contains(u"has not been used since the new one was added"_s)
                     && handOver->text().contains(u"stops every token made with it at once"_s),
                 qPrintable(handOver->text()));
        handOver->findChild<QPushButton *>(u"confirmButton"_s)->click();
        QTRY_COMPARE(m_fx.client().get(account).json().value("secrets"_L1).toArray().size(), 1);
        const QJsonObject left
            = m_fx.client().get(account).json().value("secrets"_L1).toArray().first().toObject();
        QVERIFY(left.value("id"_L1).toString() != u"6a0000000000000000000001"_s); // the old one went
        QTRY_VERIFY2(page->message().contains(u"Rotated the secret of ci-runner"_s),
                     qPrintable(page->message()));

        // Two secrets, one expired: which to delete first is said, nothing is sent.
        m_fx.server.reset();
        EmulatorOptions cloudManager;
        cloudManager.flavor = EmulatorOptions::Flavor::CloudManager;
        QVERIFY(m_fx.start(cloudManager, [](Dataset &d) {
            Fx::seedServiceAccount(d);
            ServiceAccountSecret expired = d.serviceAccounts.last().account.secrets.first();
            expired.id = u"6a0000000000000000000002"_s;
            expired.expiresAt = QDateTime::currentDateTimeUtc().addDays(-3);
            expired.secret = u"mdb_sa_sk_00000000000000000000000000009999"_s;
            expired.maskedSecretValue = EmulatedServiceAccount::maskSecret(expired.secret);
            d.serviceAccounts.last().account.secrets.append(expired);
        }));
        openConsole();
        page = m_window->serviceAccountsPage();
        find<QTabWidget>(u"contextTabWidget"_s)->setCurrentWidget(page);
        QTRY_VERIFY2(page->selectedClientId() == Fx::ServiceAccountId,
                     qPrintable(find<QLabel>(u"accountsStateLabel"_s)->text()));
        rotate = find<QPushButton>(u"rotateSecretButton"_s);
        QTRY_VERIFY(rotate->isEnabled());
        rotate->click();
        QVERIFY(!page->newSecretDialog());
        QVERIFY(!page->confirmDialog());
        QVERIFY2(page->message().contains(u"mdb_sa_sk_…9999 expired on"_s)
                     && page->message().contains(u"delete it first"_s),
                 qPrintable(page->message()));
        QCOMPARE(m_fx.client().get(account).json().value("secrets"_L1).toArray().size(), 2);
    }

    void serviceAccountChangesFromTheConsole()
    {
        QVERIFY(startCloudManagerWithAccount());
        openConsole();
        ServiceAccountsPage *page = m_window->serviceAccountsPage();
        find<QTabWidget>(u"contextTabWidget"_s)->setCurrentWidget(page);
        QTRY_COMPARE(page->selectedClientId(), Fx::ServiceAccountId);
        auto *newSecret = find<QPushButton>(u"newSecretButton"_s);
        QTRY_VERIFY(newSecret->isEnabled());
        const QString account = u"/orgs/"_s + Fx::OrgA + u"/serviceAccounts/"_s + Fx::ServiceAccountId;

        newSecret->click();
        NewSecretDialog *dialog = page->newSecretDialog();
        QVERIFY(dialog);
        QVERIFY2(dialog->planText().contains(u"mdb_sa_sk_…1234"_s)
                     && dialog->planText().contains(u"seven days"_s),
                 qPrintable(dialog->planText()));
        dialog->findChild<QSpinBox *>(u"lifetimeSpinBox"_s)->setValue(30);
        dialog->findChild<QPushButton *>(u"createButton"_s)->click();
        QTRY_VERIFY_WITH_TIMEOUT(dialog->isOnSecretPage(), 20'000);
        const QString value = dialog->secretShown();
        QVERIFY(value.startsWith(u"mdb_sa_sk_"_s));
        dialog->reject(); // not before "copied"
        QVERIFY(dialog->isVisible());
        dialog->findChild<QCheckBox *>(u"copiedCheckBox"_s)->click();
        dialog->findChild<QPushButton *>(u"finishButton"_s)->click();
        QTRY_VERIFY(!page->newSecretDialog());
        const QJsonArray secrets = m_fx.client().get(account).json().value("secrets"_L1).toArray();
        QCOMPARE(secrets.size(), 2);
        const QDateTime cut
            = QDateTime::fromString(secrets[0].toObject().value("expiresAt"_L1).toString(), Qt::ISODate);
        QVERIFY(Clock::nowUtc().daysTo(cut) <= 7);
        auto *secretsTable = find<QTableWidget>(u"secretsTableWidget"_s);
        QTRY_COMPARE(secretsTable->rowCount(), 2);
        for (const ServiceAccountRecord &r : m_repo->state(Fx::OrgA)->snapshot.serviceAccounts) {
            for (const ServiceAccountSecret &secret : r.account.secrets)
                QVERIFY(secret.secret.isEmpty());
        }
        QVERIFY(!page->message().contains(value));

        // A third is refused here, with the reason and the way out.
        newSecret->click();
        QVERIFY(!page->newSecretDialog());
        QVERIFY2(page->message().contains(u"two secrets"_s), qPrintable(page->message()));

        // Delete the old secret: its tokens stop at once, the dialog says so.
        secretsTable->setCurrentCell(0, 0);
        find<QPushButton>(u"deleteSecretButton"_s)->click();
        QMessageBox *confirm = page->confirmDialog();
        QVERIFY(confirm);
        QVERIFY2(confirm->text().contains(u"stops working at once"_s), qPrintable(confirm->text()));
        confirm->findChild<QPushButton *>(u"confirmButton"_s)->click();
        QTRY_COMPARE(m_fx.client().get(account).json().value("secrets"_L1).toArray().size(), 1);
        QTRY_COMPARE(secretsTable->rowCount(), 1);

        // Entries with the keys' editor.
        find<QPushButton>(u"addAccountEntriesButton"_s)->click();
        AddEntriesDialog *adding = page->addEntriesDialog();
        QVERIFY(adding);
        QVERIFY(adding->windowTitle().contains(u"access-list entries"_s));
        adding->findChild<QPlainTextEdit *>(u"entriesPlainTextEdit"_s)->setPlainText(u"198.51.100.0/24"_s);
        QTRY_VERIFY(adding->findChild<QPushButton *>(u"addButton"_s)->isEnabled());
        adding->findChild<QPushButton *>(u"addButton"_s)->click();
        auto *entries = find<QTableWidget>(u"accountEntriesTableWidget"_s);
        QTRY_COMPARE_WITH_TIMEOUT(entries->rowCount(), 2, 20'000);
        QCOMPARE(m_fx.client().get(account + u"/accessList"_s).json().value("totalCount"_L1).toInt(), 2);
        entries->setCurrentCell(0, 0);
        const QString removed = entries->item(0, 0)->text();
        find<QPushButton>(u"deleteAccountEntryButton"_s)->click();
        QTRY_COMPARE_WITH_TIMEOUT(entries->rowCount(), 1, 20'000);
        QVERIFY(entries->item(0, 0)->text() != removed);

        // Its description and roles, with the keys' dialog: only what changed is sent.
        find<QPushButton>(u"editAccountButton"_s)->click();
        EditKeyDialog *edit = page->editAccountDialog();
        QVERIFY(edit);
        QVERIFY(edit->windowTitle().contains(u"ci-runner"_s));
        edit->findChild<QLineEdit *>(u"descriptionLineEdit"_s)->setText(u"Deploys from CI, nightly too"_s);
        edit->findChild<RoleList *>(u"rolesListWidget"_s)->setCheckedRoles({u"ORG_READ_ONLY"_s});
        QVERIFY2(edit->removalPreview().contains(u"Organization Member"_s),
                 qPrintable(edit->removalPreview()));
        edit->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        QTRY_COMPARE_WITH_TIMEOUT(m_fx.client().get(account).json().value("description"_L1).toString(),
                                  u"Deploys from CI, nightly too"_s, 20'000);
        QCOMPARE(m_fx.client().get(account).json().value("roles"_L1).toArray(),
                 QJsonArray{u"ORG_READ_ONLY"_s});
        QTRY_VERIFY(find<QLabel>(u"accountDetailsLabel"_s)->text().contains(u"nightly too"_s));

        // Renamed in the same dialog: 1–64 characters, checked before sending.
        find<QPushButton>(u"editAccountButton"_s)->click();
        edit = page->editAccountDialog();
        QVERIFY(edit);
        auto *nameEdit = edit->findChild<QLineEdit *>(u"nameLineEdit"_s);
        QVERIFY(nameEdit->isVisible());
        QCOMPARE(nameEdit->text(), u"ci-runner"_s);
        QPushButton *save = edit->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        nameEdit->setText(QString(65, u'x'));
        QVERIFY(!save->isEnabled());
        nameEdit->clear();
        QVERIFY(!save->isEnabled());
        nameEdit->setText(u"ci-deployer"_s);
        QVERIFY(save->isEnabled());
        save->click();
        QTRY_COMPARE_WITH_TIMEOUT(m_fx.client().get(account).json().value("name"_L1).toString(),
                                  u"ci-deployer"_s, 20'000);
        QCOMPARE(m_fx.client().get(account).json().value("description"_L1).toString(),
                 u"Deploys from CI, nightly too"_s); // only the name was sent
        QTRY_VERIFY(find<QLabel>(u"accountDetailsLabel"_s)->text().contains(u"ci-deployer"_s));

        // The account itself.
        find<QPushButton>(u"deleteAccountButton"_s)->click();
        confirm = page->confirmDialog();
        QVERIFY(confirm);
        QVERIFY(confirm->text().contains(u"ci-deployer"_s));
        QVERIFY(!confirm->text().contains(u"locks this console out"_s)); // the console signs in with a key
        confirm->findChild<QPushButton *>(u"confirmButton"_s)->click();
        QTRY_COMPARE(m_fx.client().get(account).status, 404);
        QTRY_VERIFY(find<QLabel>(u"accountsStateLabel"_s)->text().contains(u"no service accounts"_s));

        // A new one: checked as typed, then its client ID and first secret, shown once.
        auto *newAccount = find<QPushButton>(u"newAccountButton"_s);
        QVERIFY(newAccount->isVisible() && newAccount->isEnabled());
        newAccount->click();
        dialog = page->newSecretDialog();
        QVERIFY(dialog);
        auto *create = dialog->findChild<QPushButton *>(u"createButton"_s);
        QVERIFY(!create->isEnabled());
        dialog->findChild<QLineEdit *>(u"nameLineEdit"_s)->setText(QString(65, u'x'));
        QVERIFY2(dialog->accountProblem().contains(u"at most 64"_s), qPrintable(dialog->accountProblem()));
        dialog->findChild<QLineEdit *>(u"nameLineEdit"_s)->setText(u"nightly-report"_s);
        dialog->findChild<QLineEdit *>(u"descriptionLineEdit"_s)->setText(u"Reads the keys every night"_s);
        QVERIFY(dialog->accountProblem().contains(u"role"_s));
        dialog->findChild<RoleList *>(u"rolesListWidget"_s)->setCheckedRoles({u"ORG_READ_ONLY"_s});
        QVERIFY(dialog->accountProblem().isEmpty());
        QVERIFY(create->isEnabled());
        create->click();
        QTRY_VERIFY_WITH_TIMEOUT(dialog->isOnSecretPage(), 20'000);
        const QString clientId = dialog->findChild<QLineEdit *>(u"clientIdLineEdit"_s)->text();
        QVERIFY(ServiceAccount::isClientId(clientId));
        QVERIFY(dialog->secretShown().startsWith(u"mdb_sa_sk_"_s));
        dialog->findChild<QCheckBox *>(u"copiedCheckBox"_s)->click();
        dialog->findChild<QPushButton *>(u"finishButton"_s)->click();
        const QJsonObject created
            = m_fx.client().get(u"/orgs/"_s + Fx::OrgA + u"/serviceAccounts/"_s + clientId).json();
        QCOMPARE(created.value("name"_L1).toString(), u"nightly-report"_s);
        QCOMPARE(created.value("roles"_L1).toArray(), QJsonArray{u"ORG_READ_ONLY"_s});
        QTRY_COMPARE(page->selectedClientId(), clientId);
    }

    // Signed in as a service account (an Organization Owner one, allowed from here): the lock-out check
    // speaks of that account, the entry it calls through is not removed (said before sending), and
    // deleting it says it locks this console out.
    void signedInAsAServiceAccount()
    {
        m_fx.server.reset();
        EmulatorOptions options;
        options.flavor = EmulatorOptions::Flavor::CloudManager;
        QVERIFY(m_fx.start(options, [](Dataset &d) {
            Fx::seedServiceAccount(d);
            EmulatedServiceAccount &a = d.serviceAccounts.last();
            a.account.roles = {u"ORG_OWNER"_s};
            a.accessList.append(AccessListEntry::fromBlock(*IpBlock::parse(u"127.0.0.1"_s).block,
                                                           QDateTime::currentDateTimeUtc()));
        }));
        openConsole(Fx::ServiceAccountId, Fx::ServiceAccountSecretValue);
        QCOMPARE(m_repo->policy().callerKeyId(), Fx::ServiceAccountId);
        QCOMPARE(m_client->scheduler().tokensMinted(), 1);
        // The lock-out check: this console is the account, covered at 127.0.0.1.
        auto *toggle = find<QCheckBox>(u"requireWhitelistCheckBox"_s);
        QTRY_VERIFY(toggle->isEnabled());
        toggle->click();
        LockoutDialog *dialog = m_window->settingsPage()->lockoutDialog();
        QVERIFY(dialog);
        QVERIFY2(
            dialog->findingsText().contains(u"service account this console signs in as has an access-list "
                                            u"entry covering 127.0.0.1"_s),
            qPrintable(dialog->findingsText()));
        dialog->reject();

        ServiceAccountsPage *page = m_window->serviceAccountsPage();
        find<QTabWidget>(u"contextTabWidget"_s)->setCurrentWidget(page);
        QTRY_COMPARE(page->selectedClientId(), Fx::ServiceAccountId);
        auto *entries = find<QTableWidget>(u"accountEntriesTableWidget"_s);
        QTRY_COMPARE(entries->rowCount(), 2);
        for (int r = 0; r < entries->rowCount(); ++r) {
            if (entries->item(r, 0)->text() == u"127.0.0.1"_s)
                entries->setCurrentCell(r, 0);
        }
        QCOMPARE(entries->item(entries->currentRow(), 0)->text(), u"127.0.0.1"_s);
        find<QPushButton>(u"deleteAccountEntryButton"_s)->click();
        QVERIFY2(page->message().contains(u"127.0.0.1 stays"_s), qPrintable(page->message()));
        const QString list
            = u"/orgs/"_s + Fx::OrgA + u"/serviceAccounts/"_s + Fx::ServiceAccountId + u"/accessList"_s;
        QCOMPARE(m_fx.client().get(list).json().value("totalCount"_L1).toInt(), 2); // nothing sent

        find<QPushButton>(u"deleteAccountButton"_s)->click();
        QMessageBox *confirm = page->confirmDialog();
        QVERIFY(confirm);
        QVERIFY2(confirm->text().contains(u"locks this console out"_s), qPrintable(confirm->text()));
        QCOMPARE(confirm->findChild<QPushButton *>(u"confirmButton"_s)->text(),
                 u"Delete and lock this console out"_s);
        confirm->reject();
    }

    // The review pages reason about service accounts as about keys: the address check lists the account
    // and leads to it, the report finds its secret expiring, the lock-out check names it.
    void serviceAccountsInTheReviewPages()
    {
        QVERIFY(startCloudManagerWithAccount());
        openConsole();
        auto *tabs = find<QTabWidget>(u"contextTabWidget"_s);
        tabs->setCurrentWidget(m_window->addressCheckPage());
        auto *table = find<QTableWidget>(u"addressCheckTableWidget"_s);
        QTest::keyClicks(find<QLineEdit>(u"addressLineEdit"_s), u"192.0.2.1"_s);
        int accountRow = -1;
        for (int r = 0; r < table->rowCount(); ++r) {
            if (table->item(r, 2)->text() == Fx::ServiceAccountId)
                accountRow = r;
        }
        QVERIFY(accountRow >= 0);
        QCOMPARE(table->item(accountRow, 1)->text(), u"ci-runner (service account)"_s);
        QVERIFY(table->item(accountRow, 0)->text().contains(u"denied"_s));
        QVERIFY2(table->item(accountRow, 4)->text().contains(u"service account's 1 access-list entr"_s),
                 qPrintable(table->item(accountRow, 4)->text()));
        QVERIFY2(find<QLabel>(u"addressMessageLabel"_s)->text().contains(u"0 of 1 service account"_s),
                 qPrintable(find<QLabel>(u"addressMessageLabel"_s)->text()));
        table->setCurrentCell(accountRow, 0);
        // "Add 192.0.2.1 to its access list…" leads to the account, with the address in its editor.
        auto *addAddress = find<QAction>(u"addAddressAction"_s);
        QVERIFY(addAddress->isEnabled());
        QCOMPARE(addAddress->text(), u"Add 192.0.2.1 to its access list…"_s);
        addAddress->trigger();
        QCOMPARE(tabs->currentWidget(), m_window->serviceAccountsPage());
        QCOMPARE(m_window->serviceAccountsPage()->selectedClientId(), Fx::ServiceAccountId);
        AddEntriesDialog *adding = m_window->serviceAccountsPage()->addEntriesDialog();
        QVERIFY(adding);
        QCOMPARE(adding->findChild<QPlainTextEdit *>(u"entriesPlainTextEdit"_s)->toPlainText(),
                 u"192.0.2.1"_s);
        adding->reject();
        tabs->setCurrentWidget(m_window->addressCheckPage());
        emit table->itemActivated(table->item(accountRow, 0));
        QCOMPARE(tabs->currentWidget(), m_window->serviceAccountsPage());
        QCOMPARE(m_window->serviceAccountsPage()->selectedClientId(), Fx::ServiceAccountId);

        // The report: the secret expires in 60 days, reported once the window reaches that far.
        tabs->setCurrentWidget(m_window->reportPage());
        auto *findings = find<QTableWidget>(u"findingsTableWidget"_s);
        const auto accountFindings = [&] {
            QStringList texts;
            for (int r = 0; r < findings->rowCount(); ++r) {
                if (findings->item(r, 1)->text() == Fx::ServiceAccountId)
                    texts.append(findings->item(r, 2)->text());
            }
            return texts;
        };
        QTRY_VERIFY(findings->rowCount() > 0);
        QVERIFY(accountFindings().isEmpty());
        find<QSpinBox>(u"secretDaysSpinBox"_s)->setValue(90);
        QTRY_COMPARE(accountFindings().size(), 1);
        QVERIFY2(accountFindings().first().contains(u"mdb_sa_sk_…1234"_s),
                 qPrintable(accountFindings().first()));

        // Without its access-list entry, the lock-out check names the account.
        QCOMPARE(m_fx.client()
                     .del(u"/orgs/"_s + Fx::OrgA + u"/serviceAccounts/"_s + Fx::ServiceAccountId
                          + u"/accessList/203.0.113.9"_s)
                     .status,
                 204);
        QSignalSpy synced(m_repo.get(), &Repository::syncFinished);
        m_repo->sync(Fx::OrgA);
        QTRY_VERIFY_WITH_TIMEOUT(!synced.isEmpty(), 20'000);
        tabs->setCurrentWidget(m_window->settingsPage());
        auto *toggle = find<QCheckBox>(u"requireWhitelistCheckBox"_s);
        QTRY_VERIFY(toggle->isEnabled());
        QVERIFY(!toggle->isChecked());
        UrlCatcher browser;
        QDesktopServices::setUrlHandler(u"http"_s, &browser, "open");
        toggle->click();
        LockoutDialog *dialog = m_window->settingsPage()->lockoutDialog();
        QVERIFY(dialog);
        const QString text = dialog->findingsText();
        QVERIFY2(text.contains(u"1 service account(s) have no access list"_s)
                     && text.contains(Fx::ServiceAccountId),
                 qPrintable(text));
        dialog->reject();
        QDesktopServices::unsetUrlHandler(u"http"_s);
        QVERIFY(browser.urls.isEmpty());
        QVERIFY(!toggle->isChecked());
        QCOMPARE(serverSetting(), u"off"_s); // nothing was sent
    }

    // Ops Manager's instance: a global key sees it above the organizations, with its global keys and
    // global access list, and changes both; every change reaches the server.
    void globalKeysAndTheGlobalAccessList()
    {
        m_fx.server.reset();
        QVERIFY(m_fx.start({}, [](Dataset &d) { d.addGlobalAccess(3, QDateTime::currentDateTimeUtc()); }));
        openConsole(u"glob0001"_s, u"global01-0000-4000-8000-000000000000"_s);
        auto *tree = m_window->contextPicker()->findChild<QTreeView *>();
        QVERIFY(tree);
        QTRY_COMPARE(tree->model()->index(0, 0).data().toString(), u"Ops Manager instance"_s);
        QSignalSpy synced(m_repo.get(), &Repository::syncFinished);
        QLineEdit *search = m_window->contextPicker()->searchEdit();
        search->setFocus();
        QTest::keyClicks(search, u"Ops Manager"_s);
        QTest::keyClick(search, Qt::Key_Return);
        QCOMPARE(m_window->currentOrgId(), Instance::Id);
        QTRY_VERIFY_WITH_TIMEOUT(m_repo->state(Instance::Id), 20'000);
        auto *tabs = find<QTabWidget>(u"contextTabWidget"_s);
        InstancePage *page = m_window->instancePage();
        QCOMPARE(tabs->currentWidget(), page);
        QVERIFY(!tabs->isTabVisible(tabs->indexOf(m_window->settingsPage())));
        QVERIFY(!tabs->isTabVisible(tabs->indexOf(m_window->keysPage())));
        QVERIFY(!tabs->isTabVisible(tabs->indexOf(m_window->serviceAccountsPage())));
        // The review pages reason about the global keys by the global access list.
        QVERIFY(tabs->isTabVisible(tabs->indexOf(m_window->addressCheckPage())));
        QVERIFY(tabs->isTabVisible(tabs->indexOf(m_window->reportPage())));
        QVERIFY(tabs->isTabVisible(tabs->indexOf(m_window->historyPage())));
        auto *keys = page->findChild<QTableWidget *>(u"keysTableWidget"_s);
        auto *entries = page->findChild<QTableWidget *>(u"entriesTableWidget"_s);
        QTRY_COMPARE(keys->rowCount(), 3);
        QTRY_COMPARE(entries->rowCount(), 4);
        QVERIFY2(keys->item(0, 0)->text().contains(u"(this console)"_s),
                 qPrintable(keys->item(0, 0)->text()));
        QCOMPARE(keys->item(0, 3)->text(), u"Global Owner"_s);
        QVERIFY2(page->findChild<QLabel *>(u"permissionLabel"_s)->text().contains(u"Global Owner"_s),
                 qPrintable(page->findChild<QLabel *>(u"permissionLabel"_s)->text()));
        screenshot(u"global-keys"_s);

        // Create a global key: global roles, the private key once, no list of its own.
        auto *create = page->findChild<QPushButton *>(u"createKeyButton"_s);
        QTRY_VERIFY(create->isEnabled());
        create->click();
        CreateKeyDialog *dialog = page->createKeyDialog();
        QVERIFY(dialog);
        QCOMPARE(dialog->windowTitle(), u"Create global API key"_s);
        dialog->findChild<QLineEdit *>(u"descriptionLineEdit"_s)->setText(u"Nightly audit"_s);
        dialog->findChild<RoleList *>(u"rolesListWidget"_s)->setCheckedRoles({u"GLOBAL_READ_ONLY"_s});
        dialog->findChild<QPushButton *>(u"createButton"_s)->click();
        QTRY_VERIFY_WITH_TIMEOUT(dialog->isOnPrivateKeyPage(), 20'000);
        const QString privateKey = dialog->privateKeyShown();
        QCOMPARE(privateKey.size(), 36);
        QVERIFY(!dialog->findChild<QWidget *>(u"entriesEditor"_s)->isVisible());
        dialog->findChild<QCheckBox *>(u"copiedCheckBox"_s)->click();
        dialog->findChild<QPushButton *>(u"finishButton"_s)->click();
        QTRY_VERIFY(!page->createKeyDialog());
        QJsonArray server = m_fx.client(u"glob0001"_s, u"global01-0000-4000-8000-000000000000"_s)
                                .get(u"/admin/apiKeys"_s)
                                .json()
                                .value("results"_L1)
                                .toArray();
        QCOMPARE(server.size(), 4);
        QCOMPARE(server.last().toObject().value("roles"_L1).toArray().at(0).toObject().value("roleName"_L1),
                 u"GLOBAL_READ_ONLY"_s);
        const QString newId = server.last().toObject().value("id"_L1).toString();
        QTRY_COMPARE(keys->rowCount(), 4);
        QVERIFY(!page->message().contains(privateKey));

        // Edit it: description and global roles.
        page->selectKey(newId);
        page->findChild<QPushButton *>(u"editKeyButton"_s)->click();
        EditKeyDialog *edit = page->editKeyDialog();
        QVERIFY(edit);
        edit->findChild<QLineEdit *>(u"descriptionLineEdit"_s)->setText(u"Nightly audit (SEC-9)"_s);
        edit->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        auto http = m_fx.client(u"glob0001"_s, u"global01-0000-4000-8000-000000000000"_s);
        QTRY_COMPARE_WITH_TIMEOUT(http.get(u"/admin/apiKeys/"_s + newId).json().value("desc"_L1).toString(),
                                  u"Nightly audit (SEC-9)"_s, 20'000);

        // Add an entry: checked where it is typed, before anything is sent.
        auto *address = page->findChild<QLineEdit *>(u"addressLineEdit"_s);
        auto *description = page->findChild<QLineEdit *>(u"entryDescriptionLineEdit"_s);
        auto *add = page->findChild<QPushButton *>(u"addEntryButton"_s);
        auto *problem = page->findChild<QLabel *>(u"entryProblemLabel"_s);
        address->setText(u"203.0.113.7/24"_s);
        description->setText(u"Jump hosts"_s);
        QVERIFY(!add->isEnabled());
        QVERIFY2(problem->text().contains(u"203.0.113.0/24"_s), qPrintable(problem->text()));
        address->setText(u"127.0.0.1"_s);
        QVERIFY(!add->isEnabled());
        QVERIFY2(problem->text().contains(u"already on the global access list"_s),
                 qPrintable(problem->text()));
        address->setText(u"203.0.113.0/24"_s);
        description->clear();
        QVERIFY(!add->isEnabled());
        description->setText(u"Jump hosts"_s);
        QVERIFY(add->isEnabled());
        add->click();
        QTRY_COMPARE_WITH_TIMEOUT(entries->rowCount(), 5, 20'000);
        QCOMPARE(http.get(u"/admin/accessList"_s).json().value("totalCount"_L1).toInt(), 5);
        QVERIFY(page->message().contains(u"203.0.113.0/24"_s));

        // Its description, then removing it.
        QString entryId;
        for (const QJsonValue &e : http.get(u"/admin/accessList"_s).json().value("results"_L1).toArray()) {
            if (e.toObject().value("cidrBlock"_L1).toString() == u"203.0.113.0/24"_s)
                entryId = e.toObject().value("id"_L1).toString();
        }
        QVERIFY(!entryId.isEmpty());
        page->selectEntry(entryId);
        QCOMPARE(description->text(), u"Jump hosts"_s);
        description->setText(u"Jump hosts (SEC-212)"_s);
        page->findChild<QPushButton *>(u"saveDescriptionButton"_s)->click();
        QTRY_COMPARE_WITH_TIMEOUT(
            http.get(u"/admin/accessList/"_s + entryId).json().value("description"_L1).toString(),
            u"Jump hosts (SEC-212)"_s, 20'000);
        page->selectEntry(entryId);
        page->findChild<QPushButton *>(u"deleteEntryButton"_s)->click();
        QMessageBox *confirm = page->confirmDialog();
        QVERIFY(confirm);
        confirm->findChild<QPushButton *>(u"confirmButton"_s)->click();
        QTRY_COMPARE_WITH_TIMEOUT(entries->rowCount(), 4, 20'000);
        QCOMPARE(http.get(u"/admin/accessList"_s).json().value("totalCount"_L1).toInt(), 4);

        // "My current address" asks which address reaches the server; removing the only entry covering it
        // is called a lock-out.
        page->findChild<QPushButton *>(u"myAddressButton"_s)->click();
        QTRY_COMPARE_WITH_TIMEOUT(address->text(), u"127.0.0.1"_s, 10'000);
        page->selectEntry(u"6650c1a50000000000000001"_s); // 127.0.0.1/32
        page->findChild<QPushButton *>(u"deleteEntryButton"_s)->click();
        confirm = page->confirmDialog();
        QVERIFY(confirm);
        QVERIFY2(confirm->text().contains(u"no other entry covers it"_s), qPrintable(confirm->text()));
        confirm->reject();
        QTRY_VERIFY(!page->confirmDialog());

        // Deleting the console's own key says it locks the console out; another one goes.
        page->selectKey(u"6650c0de0000000000000001"_s);
        page->findChild<QPushButton *>(u"deleteKeyButton"_s)->click();
        confirm = page->confirmDialog();
        QVERIFY(confirm);
        QVERIFY2(confirm->text().contains(u"locks this console out"_s), qPrintable(confirm->text()));
        confirm->reject();
        QTRY_VERIFY(!page->confirmDialog());
        page->selectKey(newId);
        page->findChild<QPushButton *>(u"deleteKeyButton"_s)->click();
        confirm = page->confirmDialog();
        QVERIFY(confirm);
        QVERIFY(!confirm->text().contains(u"locks this console out"_s));
        confirm->findChild<QPushButton *>(u"confirmButton"_s)->click();
        QTRY_COMPARE_WITH_TIMEOUT(keys->rowCount(), 3, 20'000);
        QCOMPARE(http.get(u"/admin/apiKeys"_s).json().value("totalCount"_L1).toInt(), 3);
    }

    // An organization key, or any key on Cloud Manager, sees no instance and no error.
    void noInstanceWithoutAGlobalRole()
    {
        for (const bool cloudManager : {false, true}) {
            if (cloudManager) {
                m_fx.server.reset();
                EmulatorOptions options;
                options.flavor = EmulatorOptions::Flavor::CloudManager;
                QVERIFY(m_fx.start(
                    options, [](Dataset &d) { d.addGlobalAccess(3, QDateTime::currentDateTimeUtc()); }));
            } else {
                m_fx.server.reset();
                QVERIFY(m_fx.start(
                    {}, [](Dataset &d) { d.addGlobalAccess(3, QDateTime::currentDateTimeUtc()); }));
            }
            openConsole();
            QTRY_VERIFY(m_repo->identity().has_value());
            auto *tree = m_window->contextPicker()->findChild<QTreeView *>();
            for (int row = 0; row < tree->model()->rowCount(); ++row)
                QVERIFY(tree->model()->index(row, 0).data().toString() != u"Ops Manager instance"_s);
            QVERIFY(!m_repo->mayReadInstance());
            QVERIFY(!m_repo->state(Instance::Id));
            auto *tabs = find<QTabWidget>(u"contextTabWidget"_s);
            QVERIFY(!tabs->isTabVisible(tabs->indexOf(m_window->instancePage())));
            QVERIFY(!find<QLabel>(u"syncMessageLabel"_s)->isVisible());
        }
    }

    // An account's projects: read when it is picked, invited to with roles, unassigned; every change reaches
    // the server.
    void serviceAccountProjects()
    {
        QVERIFY(startCloudManagerWithAccount());
        openConsole();
        ServiceAccountsPage *page = m_window->serviceAccountsPage();
        find<QTabWidget>(u"contextTabWidget"_s)->setCurrentWidget(page);
        QTRY_COMPARE(page->selectedClientId(), Fx::ServiceAccountId);
        QTRY_VERIFY_WITH_TIMEOUT(page->projectsRead(), 20'000);
        auto *projects = page->findChild<QTableWidget *>(u"accountProjectsTableWidget"_s);
        QCOMPARE(projects->rowCount(), 1);
        QCOMPARE(projects->item(0, 1)->text(), u"Project Read Only"_s);
        const QString groups
            = u"/orgs/"_s + Fx::OrgA + u"/serviceAccounts/"_s + Fx::ServiceAccountId + u"/groups"_s;

        // The picker offers the projects it is not in yet.
        auto *invite = page->findChild<QPushButton *>(u"inviteAccountButton"_s);
        QTRY_VERIFY(invite->isEnabled());
        invite->click();
        QInputDialog *picker = page->projectPicker();
        QVERIFY(picker);
        QVERIFY(!picker->comboBoxItems().isEmpty());
        for (const Project &p : m_repo->state(Fx::OrgA)->snapshot.projects) {
            if (p.id == Fx::ProjectOne)
                QVERIFY(!picker->comboBoxItems().contains(p.name));
        }
        picker->reject();
        QTRY_VERIFY(!page->projectPicker());

        page->inviteToProject(Fx::ProjectTwo);
        ProjectKeyDialog *dialog = page->inviteDialog();
        QVERIFY(dialog);
        QVERIFY(dialog->windowTitle().contains(u"ci-runner"_s));
        dialog->findChild<RoleList *>(u"rolesListWidget"_s)->setCheckedRoles({u"GROUP_OWNER"_s});
        dialog->findChild<QPushButton *>(u"okButton"_s)->click();
        QTRY_VERIFY_WITH_TIMEOUT(!page->inviteDialog(), 20'000);
        QCOMPARE(m_fx.client().get(groups).json().value("totalCount"_L1).toInt(), 2);
        QTRY_COMPARE_WITH_TIMEOUT(projects->rowCount(), 2, 20'000);
        QVERIFY2(page->message().contains(u"Project Owner"_s), qPrintable(page->message()));

        // Unassign it again: its secrets stay valid, the dialog says so.
        int row = -1;
        for (int i = 0; i < projects->rowCount(); ++i) {
            if (projects->item(i, 0)->data(Qt::UserRole).toString() == Fx::ProjectTwo)
                row = i;
        }
        QVERIFY(row >= 0);
        projects->setCurrentCell(row, 0);
        page->findChild<QPushButton *>(u"unassignAccountButton"_s)->click();
        QMessageBox *confirm = page->confirmDialog();
        QVERIFY(confirm);
        QVERIFY2(confirm->text().contains(u"secrets stay valid"_s), qPrintable(confirm->text()));
        confirm->findChild<QPushButton *>(u"confirmButton"_s)->click();
        QTRY_COMPARE_WITH_TIMEOUT(projects->rowCount(), 1, 20'000);
        QCOMPARE(m_fx.client().get(groups).json().value("totalCount"_L1).toInt(), 1);
    }

    void serviceAccountsPageOnOpsManager()
    {
        openConsole();
        find<QTabWidget>(u"contextTabWidget"_s)->setCurrentWidget(m_window->serviceAccountsPage());
        auto *state = find<QLabel>(u"accountsStateLabel"_s);
        QTRY_VERIFY2(state->text().contains(u"Ops Manager"_s), qPrintable(state->text()));
        QVERIFY(!find<QSplitter>(u"accountsSplitter"_s)->isVisible());
    }

    // Tab leaves the keys table for the next control and the selected key stays:
    // with Tab walking the cells it wrapped rows and silently selected another key.
    void tabLeavesTheKeysTable()
    {
        openConsole();
        m_window->keysPage()->selectKey(Fx::keyId(2));
        QTRY_VERIFY(keysTable()->selectionModel()->hasSelection());
        const QModelIndex selected = keysTable()->selectionModel()->selectedRows().value(0);
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        keysTable()->setFocus();
        QTRY_COMPARE(QApplication::focusWidget(), keysTable());
        for (int i = 0; i < 3; ++i) { // stays in a table that traps Tab: it walks the cells
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            if (QApplication::focusWidget() != keysTable())
                break;
        }
        QVERIFY(QApplication::focusWidget() != keysTable());
        QCOMPARE(keysTable()->selectionModel()->selectedRows().value(0), selected);
    }

    void deleteAKey()
    {
        openConsole();
        ApiKeysPage *page = m_window->keysPage();
        page->selectKey(Fx::keyId(4));
        QTRY_VERIFY(find<QAction>(u"deleteKeyAction"_s)->isEnabled());
        find<QAction>(u"deleteKeyAction"_s)->trigger();
        QMessageBox *confirm = page->confirmDialog();
        QVERIFY(confirm->text().contains(u"Alpha elsewhere (deniedky)"_s));
        confirm->findChild<QPushButton *>(u"confirmButton"_s)->click();
        QTRY_COMPARE(keysTable()->model()->rowCount(), 3);
        QCOMPARE(m_fx.client().get(u"/orgs/"_s + Fx::OrgA + u"/apiKeys/"_s + Fx::keyId(4)).errorCode(),
                 u"API_KEY_NOT_FOUND"_s);
    }

    // A message says done (✓, green) or failed (✗, red), readable in both themes; it takes its line
    // whether it says something or not (nothing moves); it goes when the person picks another key or
    // context — not when the page moves the selection itself (the deleted key's neighbour).
    void contextChangeClearsTheMessageAndPagesSayPick()
    {
        openConsole();
        ApiKeysPage *page = m_window->keysPage();
        page->selectKey(Fx::keyId(3));
        auto *message = find<QLabel>(u"keysMessageLabel"_s);
        find<QTabWidget>(u"contextTabWidget"_s)->setCurrentWidget(page);
        auto *splitter = find<QSplitter>(u"keysSplitter"_s);
        QTRY_VERIFY(splitter->isVisible());
        const int splitterTop = splitter->y();
        QVERIFY(message->text().isEmpty());
        QTRY_VERIFY(find<QAction>(u"deleteKeyAction"_s)->isEnabled());
        find<QAction>(u"deleteKeyAction"_s)->trigger();
        page->confirmDialog()->findChild<QPushButton *>(u"confirmButton"_s)->click();
        QTRY_VERIFY(!message->text().isEmpty());
        QVERIFY2(message->text().startsWith(u"✓ Deleted "_s), qPrintable(message->text()));
        QCOMPARE(splitter->y(), splitterTop);
        const QColor done = message->palette().color(QPalette::WindowText);
        QVERIFY(Appearance::contrastRatio(done, page->palette().color(QPalette::Window)) >= 4.5);
        QVERIFY(done != page->palette().color(QPalette::WindowText));
        // The person picks another key: the message goes.
        const QString other = page->selectedKeyId() == Fx::keyId(1) ? Fx::keyId(2) : Fx::keyId(1);
        auto *table = keysTable();
        for (int row = 0; row < table->model()->rowCount(); ++row) {
            if (table->model()->index(row, 0).data(ApiKeysModel::KeyIdRole).toString() == other)
                table->setCurrentIndex(table->model()->index(row, 0));
        }
        QCOMPARE(page->selectedKeyId(), other);
        QVERIFY2(message->text().isEmpty(), qPrintable(message->text()));
        // A failure looks different: its sign and its colour, in both themes.
        for (const Appearance::Theme theme : {Appearance::Theme::Light, Appearance::Theme::Dark}) {
            QHash<QString, Appearance::ContrastPair> pairs;
            for (const Appearance::ContrastPair &pair : Appearance::contrastPairs(theme))
                pairs.insert(pair.what, pair);
            const Appearance::ContrastPair ok = pairs.value(u"done message on window"_s);
            const Appearance::ContrastPair failed = pairs.value(u"failure message on window"_s);
            QVERIFY(ok.foreground.isValid() && failed.foreground.isValid());
            QVERIFY(failed.foreground != ok.foreground);
            QVERIFY(Appearance::contrastRatio(ok.foreground, ok.background) >= 4.5);
            QVERIFY(Appearance::contrastRatio(failed.foreground, failed.background) >= 4.5);
        }
        find<QAction>(u"deleteKeyAction"_s)->trigger();
        page->confirmDialog()->findChild<QPushButton *>(u"confirmButton"_s)->click();
        QTRY_VERIFY(!message->text().isEmpty());
        m_window->pickContext(Fx::OrgA, Fx::ProjectOne);
        QVERIFY(message->text().isEmpty());

        // A page without an organization says so instead of showing an unchecked box that reads "off".
        OrgSettingsPage settings(m_repo.get());
        QVERIFY(!settings.findChild<QLabel *>(u"pickOrganizationLabel"_s)->isHidden());
        QVERIFY(settings.findChild<QCheckBox *>(u"requireWhitelistCheckBox"_s)->isHidden());
        ApiKeysPage keys(m_repo.get());
        QVERIFY(!keys.findChild<QLabel *>(u"pickContextLabel"_s)->isHidden());
    }

    void keysTableUsesTheWindow()
    {
        openConsole();
        m_window->resize(1100, 720);
        QTRY_COMPARE(m_window->size(), QSize(1100, 720));
        m_window->findChild<QTabWidget *>(u"contextTabWidget"_s)->setCurrentWidget(m_window->keysPage());
        QTRY_VERIFY(keysTable()->isVisible());
        QCoreApplication::processEvents();
        // Ten keys or more fit, and no column hides behind horizontal scrolling.
        const int rows
            = keysTable()->viewport()->height() / keysTable()->verticalHeader()->defaultSectionSize();
        QVERIFY2(rows >= 10, qPrintable(QString::number(rows)));
        QCOMPARE(keysTable()->horizontalScrollBar()->maximum(), 0);
        QVERIFY(keysTable()->horizontalHeader()->isSectionHidden(ApiKeysModel::KeyIdColumn));
        QCOMPARE(find<QTableView>(u"whitelistTableView"_s)->horizontalScrollBar()->maximum(), 0);

        // A column width the person chose is remembered by the next page (the next start).
        QHeaderView *header = keysTable()->horizontalHeader();
        header->resizeSection(ApiKeysModel::NoteColumn, 211);
        ApiKeysPage next(m_repo.get());
        QHeaderView *nextHeader = next.findChild<QTableView *>(u"apiKeysTableView"_s)->horizontalHeader();
        QCOMPARE(nextHeader->sectionSize(ApiKeysModel::NoteColumn), 211);
        QVERIFY(nextHeader->isSectionHidden(ApiKeysModel::KeyIdColumn));
    }

    void deleteSelectsANeighbourAndWarnsOfLockout()
    {
        openConsole();
        ApiKeysPage *page = m_window->keysPage();
        // Sorted by description: Alpha elsewhere, Alpha member, Alpha owner (this console's), Alpha reader.
        page->selectKey(Fx::keyId(3));
        QTRY_VERIFY(find<QAction>(u"deleteKeyAction"_s)->isEnabled());
        find<QAction>(u"deleteKeyAction"_s)->trigger();
        QVERIFY(!page->confirmDialog()->text().contains(u"lock"_s));
        page->confirmDialog()->findChild<QPushButton *>(u"confirmButton"_s)->click();
        QTRY_COMPARE(keysTable()->model()->rowCount(), 3);
        // The row below takes the deleted key's place (not the first row).
        QCOMPARE(page->selectedKeyId(), Fx::keyId(1));

        // The console's own key: the confirmation says it locks the console out, and how to recover.
        find<QAction>(u"deleteKeyAction"_s)->trigger();
        const QString text = page->confirmDialog()->text();
        QVERIFY2(text.contains(u"locks this console out"_s), qPrintable(text));
        QVERIFY2(text.contains(u"Edit this connection"_s), qPrintable(text));
        QCOMPARE(page->confirmDialog()->findChild<QPushButton *>(u"confirmButton"_s)->text(),
                 u"Delete and lock this console out"_s);
        page->confirmDialog()->reject();
    }

    void removeSeveralEntriesAtOnce()
    {
        openConsole();
        ApiKeysPage *page = m_window->keysPage();
        page->selectKey(Fx::keyId(3)); // 127.0.0.0/8 and 10.0.0.0/8
        auto *entries = find<QTableView>(u"whitelistTableView"_s);
        QTRY_COMPARE(entries->model()->rowCount(), 2);
        entries->selectAll();
        QTRY_VERIFY(find<QAction>(u"removeEntryAction"_s)->isEnabled());
        find<QAction>(u"removeEntryAction"_s)->trigger();
        // One confirmation naming both, with the same protection of this console's address.
        const QString text = page->confirmDialog()->text();
        QVERIFY2(text.contains(u"127.0.0.0/8"_s) && text.contains(u"10.0.0.0/8"_s), qPrintable(text));
        QVERIFY2(text.contains(u"127.0.0.1, the address this console calls from"_s), qPrintable(text));
        QVERIFY2(text.contains(u"empties the whitelist"_s), qPrintable(text));
        page->confirmDialog()->findChild<QPushButton *>(u"confirmButton"_s)->click();
        QTRY_COMPARE(entries->model()->rowCount(), 0);
        const auto list
            = m_fx.client().get(u"/orgs/"_s + Fx::OrgA + u"/apiKeys/"_s + Fx::keyId(3) + u"/accessList"_s);
        QCOMPARE(list.json().value("totalCount"_L1).toInt(), 0);
        QTRY_VERIFY2(find<QLabel>(u"keysMessageLabel"_s)->text().contains(u"Removed"_s),
                     qPrintable(find<QLabel>(u"keysMessageLabel"_s)->text()));
    }

    void filterKeys()
    {
        openConsole();
        auto *filter = find<QLineEdit>(u"keysFilterLineEdit"_s);
        find<QAction>(u"findAction"_s)->trigger();
        QTest::keyClicks(filter, u"192.0.2.1"_s);
        QTRY_COMPARE(keysTable()->model()->rowCount(), 1);
        QCOMPARE(keysTable()->model()->index(0, 1).data().toString(), u"deniedky"_s);
        // An address finds the keys whose whitelist covers it, not only those that spell it out.
        filter->setText(u"10.20.30.40"_s);
        QCOMPARE(keysTable()->model()->rowCount(), 1);
        QCOMPARE(keysTable()->model()->index(0, 1).data().toString(), u"memberky"_s);
        filter->setText(u"127.0.0.1"_s); // ownerkey lists it, memberky covers it with 127.0.0.0/8
        QCOMPARE(keysTable()->model()->rowCount(), 2);
        filter->clear();
        auto *roleFilter = find<QComboBox>(u"roleFilterComboBox"_s);
        roleFilter->setCurrentIndex(roleFilter->findData(u"ORG_OWNER"_s));
        QCOMPARE(keysTable()->model()->rowCount(), 1);
    }

    void projectKeys_data()
    {
        QTest::addColumn<QString>("identifier");
        QTest::newRow("description") << u"alpha READER"_s;
        QTest::newRow("public key") << u"readerky"_s;
        QTest::newRow("key ID") << Fx::keyId(2);
    }

    void projectKeys()
    {
        QFETCH(QString, identifier);
        openConsole();
        m_window->pickContext(Fx::OrgA, Fx::ProjectOne);
        ApiKeysPage *page = m_window->keysPage();
        QTRY_COMPARE(keysTable()->model()->rowCount(), 1);
        QTRY_VERIFY(find<QAction>(u"inviteKeyAction"_s)->isEnabled());

        // Invite an organization key, found by description, public key or key ID.
        find<QAction>(u"inviteKeyAction"_s)->trigger();
        ProjectKeyDialog *invite = page->projectKeyDialog();
        QVERIFY(invite);
        auto *ok = invite->findChild<QPushButton *>(u"okButton"_s);
        invite->findChild<QLineEdit *>(u"keyIdentifierLineEdit"_s)->setText(u"alpha"_s);
        QVERIFY(invite->matchText().contains(u"keys match"_s)); // ambiguous: not yet
        invite->findChild<QLineEdit *>(u"keyIdentifierLineEdit"_s)->setText(identifier);
        QVERIFY2(invite->matchText().contains(u"readerky"_s), qPrintable(invite->matchText()));
        QVERIFY(!ok->isEnabled()); // no role yet
        auto *roles = invite->findChild<RoleList *>(u"rolesListWidget"_s);
        roles->setCheckedRoles({u"GROUP_READ_ONLY"_s, u"GROUP_MONITORING_ADMIN"_s});
        ok->click();
        QTRY_VERIFY(!page->projectKeyDialog());
        QTRY_COMPARE(keysTable()->model()->rowCount(), 2);
        QTRY_COMPARE(page->selectedKeyId(), Fx::keyId(2));
        // Said as what it was, and the table shows the roles in this project, not the organization's.
        auto *message = find<QLabel>(u"keysMessageLabel"_s);
        QVERIFY2(message->text().startsWith(u"✓ Invited "_s), qPrintable(message->text()));
        QCOMPARE(keysTable()->model()->headerData(ApiKeysModel::RolesColumn, Qt::Horizontal).toString(),
                 u"Project roles"_s);
        const QModelIndex invited = keysTable()->currentIndex().siblingAtColumn(ApiKeysModel::RolesColumn);
        QVERIFY2(invited.data().toString().contains(u"Project Read Only"_s),
                 qPrintable(invited.data().toString()));
        QVERIFY(!invited.data().toString().contains(u"Organization"_s));

        // Change roles: the ones that go are shown first.
        find<QAction>(u"changeProjectRolesAction"_s)->trigger();
        ProjectKeyDialog *change = page->projectKeyDialog();
        change->findChild<RoleList *>(u"rolesListWidget"_s)->setCheckedRoles({u"GROUP_READ_ONLY"_s});
        QVERIFY(change->removalPreview().contains(u"Project Monitoring Admin"_s));
        change->findChild<QPushButton *>(u"okButton"_s)->click();
        QTRY_VERIFY(!page->projectKeyDialog());
        auto http = m_fx.client();
        QJsonArray serverRoles = http.get(u"/orgs/"_s + Fx::OrgA + u"/apiKeys/"_s + Fx::keyId(2))
                                     .json()
                                     .value("roles"_L1)
                                     .toArray();
        QCOMPARE(serverRoles.size(), 2); // ORG_READ_ONLY + GROUP_READ_ONLY

        // Unassign: the key stays in the organization.
        find<QAction>(u"unassignKeyAction"_s)->trigger();
        QVERIFY(page->confirmDialog()->text().contains(u"stays in the organization"_s));
        page->confirmDialog()->findChild<QPushButton *>(u"confirmButton"_s)->click();
        QTRY_COMPARE(keysTable()->model()->rowCount(), 1);
        QCOMPARE(http.get(u"/orgs/"_s + Fx::OrgA + u"/apiKeys/"_s + Fx::keyId(2)).status, 200);

        // Create a key for this project: project roles, the private key once.
        find<QAction>(u"createKeyAction"_s)->trigger();
        CreateKeyDialog *create = page->createDialog();
        create->findChild<QLineEdit *>(u"descriptionLineEdit"_s)->setText(u"Project robot"_s);
        create->findChild<RoleList *>(u"rolesListWidget"_s)->setCheckedRoles({u"GROUP_BACKUP_ADMIN"_s});
        create->findChild<QPushButton *>(u"createButton"_s)->click();
        QTRY_VERIFY(create->isOnPrivateKeyPage());
        QCOMPARE(create->privateKeyShown().size(), 36);
        create->findChild<QCheckBox *>(u"copiedCheckBox"_s)->click();
        create->findChild<QPushButton *>(u"finishButton"_s)->click();
        QTRY_COMPARE(keysTable()->model()->rowCount(), 2);
    }

    void myWhitelist()
    {
        openConsole(u"user@example.org"_s, u"user-secret"_s);
        find<QAction>(u"userWhitelistAction"_s)->trigger();
        auto *dialog = m_window->findChild<UserWhitelistDialog *>();
        QVERIFY(dialog);
        // Nothing typed, nothing guessed: the field is empty (not the public key), its label is a real
        // label with a mnemonic, and nothing is asked of the server until a name is given.
        auto *username = dialog->findChild<QLineEdit *>(u"usernameLineEdit"_s);
        QVERIFY(username->text().isEmpty());
        QCOMPARE(dialog->findChild<QLabel *>(u"usernameLabel"_s)->buddy(), username);
        QVERIFY(!dialog->findChild<QPushButton *>(u"loadButton"_s)->isEnabled());
        // (Loading starts synchronously: had it started, the message would say "Loading…".)
        QVERIFY2(dialog->message().contains(u"user name"_s), qPrintable(dialog->message()));
        // A public key typed as the user name: the server knows no such user, and the message says what
        // to type instead.
        username->setText(u"qzmrvtka"_s);
        dialog->load();
        QTRY_VERIFY2(dialog->message().contains(u"not the public key"_s), qPrintable(dialog->message()));
        QCOMPARE(dialog->entryCount(), 0);
        username->setText(u"user@example.org"_s);
        QTest::keyClick(username, Qt::Key_Return);
        QTRY_COMPARE(dialog->entryCount(), 2);
        auto *table = dialog->findChild<QTableView *>(u"userWhitelistTableView"_s);
        auto *remove = dialog->findChild<QPushButton *>(u"removeButton"_s);
        const auto rowOf = [&](const QString &text) {
            return table->model()->match(table->model()->index(0, 0), Qt::DisplayRole, text).value(0);
        };
        // The address this console calls from: explained, and not even tried.
        table->setCurrentIndex(rowOf(u"127.0.0.1"_s));
        QVERIFY(!remove->isEnabled());
        QVERIFY2(dialog->message().contains(u"refuses to remove"_s), qPrintable(dialog->message()));
        table->setCurrentIndex(rowOf(u"192.0.2.0/24"_s));
        QVERIFY(remove->isEnabled());
        remove->click();
        QTRY_COMPARE(dialog->entryCount(), 1);
        dialog->findChild<QPlainTextEdit *>(u"entriesPlainTextEdit"_s)->setPlainText(u"198.51.100.9"_s);
        dialog->findChild<QPushButton *>(u"addButton"_s)->click();
        QTRY_COMPARE(dialog->entryCount(), 2);
        const auto list = m_fx.client(u"user@example.org"_s, u"user-secret"_s)
                              .get(u"/users/e00000000000000000000001/accessList"_s)
                              .json();
        QCOMPARE(list.value("totalCount"_L1).toInt(), 2);
    }

    void offlineReviewPages()
    {
        openConsole();
        auto *tabs = find<QTabWidget>(u"contextTabWidget"_s);
        // Address check: who may call from an address, and a jump to the key.
        tabs->setCurrentWidget(m_window->addressCheckPage());
        auto *address = find<QLineEdit>(u"addressLineEdit"_s);
        auto *table = find<QTableWidget>(u"addressCheckTableWidget"_s);
        QTest::keyClicks(address, u"192.0.2.1"_s);
        QCOMPARE(table->rowCount(), 4);
        int deniedRow = -1;
        for (int r = 0; r < table->rowCount(); ++r) {
            if (table->item(r, 2)->text() == "deniedky"_L1)
                deniedRow = r;
        }
        QVERIFY(table->item(deniedRow, 0)->text().contains(u"allowed"_s));
        QVERIFY(find<QLabel>(u"addressMessageLabel"_s)->text().contains(u"may call from 192.0.2.1"_s));
        screenshot(u"address-check"_s);
        // The reason leads with plain words; the server's code comes after them.
        int refusedRow = -1;
        for (int r = 0; r < table->rowCount(); ++r) {
            if (table->item(r, 0)->text().startsWith(u"✗"_s))
                refusedRow = r;
        }
        QVERIFY(refusedRow >= 0);
        const QString reason = table->item(refusedRow, 4)->text();
        QVERIFY2(reason.startsWith(u"Denied: "_s) && reason.contains(u"(the server answers "_s),
                 qPrintable(reason));
        // A row's menu: "Add 192.0.2.1 to its whitelist…" on a refused row opens Add entries for that key
        // with the address typed in (nothing sent); not on an allowed one.
        auto *addAddress = find<QAction>(u"addAddressAction"_s);
        QVERIFY(table->actions().contains(addAddress));
        QVERIFY(table->actions().contains(find<QAction>(u"openKeyAction"_s)));
        table->setCurrentCell(deniedRow, 1);
        QVERIFY(!addAddress->isEnabled());
        table->setCurrentCell(refusedRow, 1);
        QVERIFY(addAddress->isEnabled());
        QCOMPARE(addAddress->text(), u"&Add 192.0.2.1 to its whitelist…"_s.remove(u'&'));
        const QString refusedKey = table->item(refusedRow, 1)->data(Qt::UserRole).toString();
        addAddress->trigger();
        QCOMPARE(tabs->currentWidget(), m_window->keysPage());
        QCOMPARE(m_window->keysPage()->selectedKeyId(), refusedKey);
        AddEntriesDialog *adding = m_window->keysPage()->addEntriesDialog();
        QVERIFY(adding);
        QCOMPARE(adding->findChild<QPlainTextEdit *>(u"entriesPlainTextEdit"_s)->toPlainText(),
                 u"192.0.2.1"_s);
        QTRY_VERIFY(adding->findChild<QPushButton *>(u"addButton"_s)->isEnabled());
        adding->reject();
        tabs->setCurrentWidget(m_window->addressCheckPage());

        const QString letIn = table->item(deniedRow, 3)->text(); // the entry that lets the address in
        emit table->itemActivated(table->item(deniedRow, 1));
        QCOMPARE(tabs->currentWidget(), m_window->keysPage());
        QCOMPARE(m_window->keysPage()->selectedKeyId(), Fx::keyId(4));
        auto *entries = find<QTableView>(u"whitelistTableView"_s);
        const auto selectedEntry = [&] {
            const QModelIndexList rows = entries->selectionModel()->selectedRows();
            return rows.size() == 1 ? rows.first().data().toString() : QString();
        };
        QCOMPARE(selectedEntry(), letIn); // and the entry concerned is selected
        address->setText(u"10.0.0.1/24"_s);
        QVERIFY(find<QLabel>(u"addressMessageLabel"_s)->text().contains(u"not a block"_s)
                || find<QLabel>(u"addressMessageLabel"_s)->text().contains(u"host bits"_s));
        find<QPushButton>(u"myAddressButton"_s)->click();
        QCOMPARE(address->text(), u"127.0.0.1"_s);

        // The report, and a jump to the key of a finding.
        tabs->setCurrentWidget(m_window->reportPage());
        auto *findings = find<QTableWidget>(u"findingsTableWidget"_s);
        QTRY_VERIFY(findings->rowCount() > 0); // checked on a worker thread
        // "Stale after" keeps its natural width, however wide the page.
        auto *stale = find<QSpinBox>(u"staleDaysSpinBox"_s);
        QVERIFY2(stale->width() <= stale->sizeHint().width() + 2,
                 qPrintable(u"%1 wide, %2 needed, page %3"_s.arg(stale->width())
                                .arg(stale->sizeHint().width())
                                .arg(m_window->reportPage()->width())));
        QCOMPARE(findings->item(0, 0)->text(), u"high"_s);
        QCOMPARE(findings->item(0, 1)->text(), u"readerky"_s);
        emit findings->itemActivated(findings->item(0, 1));
        QCOMPARE(m_window->keysPage()->selectedKeyId(), Fx::keyId(2));
        // A finding about one entry: its key opens with that entry selected.
        tabs->setCurrentWidget(m_window->reportPage());
        int entryRow = -1;
        for (int r = 0; r < findings->rowCount() && entryRow < 0; ++r) {
            if (!findings->item(r, 1)->data(Qt::UserRole + 1).toString().isEmpty())
                entryRow = r;
        }
        QVERIFY(entryRow >= 0);
        const QString about = findings->item(entryRow, 1)->data(Qt::UserRole + 1).toString();
        emit findings->itemActivated(findings->item(entryRow, 2));
        QCOMPARE(tabs->currentWidget(), m_window->keysPage());
        QCOMPARE(selectedEntry(), about);

        // History: a change made elsewhere, then a sync: the diff says what changed. (Events are dated to
        // the second: the change is made in a later second than the snapshot before it.)
        const qint64 before = m_repo->state(Fx::OrgA)->history.last().takenAt.toSecsSinceEpoch();
        QTRY_VERIFY(QDateTime::currentSecsSinceEpoch() > before);
        auto http = m_fx.client();
        QCOMPARE(http.post(u"/orgs/"_s + Fx::OrgA + u"/apiKeys/"_s + Fx::keyId(3) + u"/accessList"_s,
                           R"([{"ipAddress":"198.51.100.99"}])")
                     .status,
                 200);
        QSignalSpy synced(m_repo.get(), &Repository::syncFinished);
        find<QAction>(u"syncAction"_s)->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!synced.isEmpty(), 20'000);
        tabs->setCurrentWidget(m_window->historyPage());
        QTRY_VERIFY(m_window->historyPage()->diffText().contains(u"+ 198.51.100.99"_s));
        // The pickers say what the events recorded before each snapshot.
        auto *to = find<QComboBox>(u"toSnapshotComboBox"_s);
        QTRY_VERIFY2(to->currentText().contains(u"1 entry(ies) added"_s), qPrintable(to->currentText()));
        QVERIFY2(to->itemText(0).count(u" — "_s) == 1,
                 qPrintable(to->itemText(0))); // the oldest: nothing before it
        screenshot(u"history"_s);

        // Export: never a private key; written on a worker thread, answered here.
        const auto exportTo = [this](const QString &path) {
            std::optional<QString> error;
            m_window->exportTo(path, [&error](const QString &e) { error = e; });
            if (!QTest::qWaitFor([&] { return error.has_value(); }, 30'000))
                return u"no answer"_s;
            return *error;
        };
        const QString json = m_dir.filePath(u"export.json"_s);
        QCOMPARE(exportTo(json), QString());
        QFile file(json);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray data = file.readAll();
        QVERIFY(data.contains("\"publicKey\""));
        QVERIFY(!data.contains("privateKey"));
        QVERIFY(!exportTo(m_dir.filePath(u"export.docx"_s)).isEmpty());
        QCOMPARE(exportTo(m_dir.filePath(u"export.pdf"_s)), QString());
        QFile pdf(m_dir.filePath(u"export.pdf"_s));
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        const QByteArray pdfData = pdf.readAll();
        QVERIFY(pdfData.startsWith("%PDF") && pdfData.trimmed().endsWith("%%EOF"));
        // A place that cannot be written: said, and the earlier file stays as it was.
        QVERIFY(!exportTo(u"/nonexistent/dir/export.pdf"_s).isEmpty());
        QVERIFY(QFileInfo(m_dir.filePath(u"export.pdf"_s)).size() == pdfData.size());
        // CSV is three files, all or none: the keys, their entries and the report's findings. When the
        // keys' file cannot be written (a directory is in its place), the two written first are taken back.
        QCOMPARE(exportTo(m_dir.filePath(u"keys.csv"_s)), QString());
        QVERIFY(QFileInfo::exists(m_dir.filePath(u"keys-entries.csv"_s)));
        {
            QFile findings(m_dir.filePath(u"keys-findings.csv"_s));
            QVERIFY(findings.open(QIODevice::ReadOnly));
            const QList<QByteArray> lines = findings.readAll().trimmed().split('\n');
            QCOMPARE(lines.size(), 1 + hygieneReport(m_repo->state(Fx::OrgA)->snapshot).size());
        }
        QVERIFY(QDir(m_dir.path()).mkdir(u"blocked.csv"_s));
        QVERIFY(!exportTo(m_dir.filePath(u"blocked.csv"_s)).isEmpty());
        QVERIFY(!QFileInfo::exists(m_dir.filePath(u"blocked-entries.csv"_s)));
        QVERIFY(!QFileInfo::exists(m_dir.filePath(u"blocked-findings.csv"_s)));
        // …and when the entries' file cannot be written, the keys' file is not written either.
        QVERIFY(QDir(m_dir.path()).mkdir(u"other-entries.csv"_s));
        QVERIFY(!exportTo(m_dir.filePath(u"other.csv"_s)).isEmpty());
        QVERIFY(!QFileInfo::exists(m_dir.filePath(u"other.csv"_s)));
    }

    void startOfflineFromTheCache()
    {
        openConsole();
        const quint16 port = m_fx.server->port();
        Q_UNUSED(port);
        m_window.reset();
        m_repo.reset();
        m_fx.server.reset(); // the server is gone
        openConsole(u"ownerkey"_s, u"0a1b2c3d-0000-4000-8000-00000000a001"_s, false);
        QTRY_COMPARE(keysTable()->model()->rowCount(), 4); // straight from the cache
        // The organization shown last is selected in the picker, and the settings page shows its setting.
        QCOMPARE(m_window->currentOrgId(), Fx::OrgA);
        const QModelIndex picked = find<QTreeView>(u"contextTreeView"_s)->currentIndex();
        QVERIFY(picked.isValid());
        QCOMPARE(picked.data().toString(), u"Alpha Org"_s);
        QVERIFY(find<QLabel>(u"pickOrganizationLabel"_s)->isHidden());
        QVERIFY(!find<QCheckBox>(u"requireWhitelistCheckBox"_s)->isHidden());
        QTRY_VERIFY(find<QLabel>(u"offlineBannerLabel"_s)->isVisible());
        QVERIFY(find<QLabel>(u"offlineBannerLabel"_s)->text().startsWith(u"Offline"_s));
        QVERIFY(!find<QAction>(u"createKeyAction"_s)->isEnabled());
        QVERIFY(!find<QCheckBox>(u"requireWhitelistCheckBox"_s)->isEnabled());
        screenshot(u"offline"_s);
    }

    // A store this console may only read (here: written by a newer console; on PostgreSQL also an
    // auditor's role): the window offers no change, syncs nothing, and its banner says why.
    void aStoreThatMayOnlyBeReadIsReviewOnly()
    {
        openConsole();
        m_window.reset();
        m_repo.reset();
        CacheAccess::waitForAll();
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"newer-console"_s);
            db.setDatabaseName(m_dir.filePath(u"cache.sqlite"_s));
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(u"PRAGMA user_version = 99"_s));
            db.close();
        }
        QSqlDatabase::removeDatabase(u"newer-console"_s);
        openConsole(u"ownerkey"_s, u"0a1b2c3d-0000-4000-8000-00000000a001"_s, false);
        QTRY_COMPARE(keysTable()->model()->rowCount(), 4); // what the store holds
        auto *banner = find<QLabel>(u"offlineBannerLabel"_s);
        QTRY_VERIFY(banner->isVisible());
        QVERIFY2(banner->text().startsWith(u"Review only"_s), qPrintable(banner->text()));
        QVERIFY2(banner->text().contains(u"newer version of the console"_s), qPrintable(banner->text()));
        QVERIFY(!m_repo->isOnline());
        QVERIFY(!find<QAction>(u"createKeyAction"_s)->isEnabled());
        QVERIFY(!find<QCheckBox>(u"requireWhitelistCheckBox"_s)->isEnabled());
        // Asked to sync, it refuses in words, before anything is sent.
        QSignalSpy failed(m_repo.get(), &Repository::syncFailed);
        m_repo->sync(Fx::OrgA);
        QCOMPARE(failed.size(), 1);
        QVERIFY(failed.first().at(1).value<ApiError>().networkError.contains(u"working offline"_s));
    }

    void aWhitelistRefusalIsShownInPlace()
    {
        openConsole(u"deniedky"_s, u"0a1b2c3d-0000-4000-8000-00000000a004"_s, false);
        auto *message = find<QLabel>(u"syncMessageLabel"_s);
        QTRY_VERIFY(message->isVisible());
        QVERIFY2(message->text().contains(u"127.0.0.1"_s) && message->text().contains(u"deniedky"_s),
                 qPrintable(message->text()));
        QVERIFY(message->text().contains(u"Address not on the whitelist"_s));
    }
    // A whole task without a mouse, in the order a person tabs through the window: pick a project and
    // the organization in the tree, require the whitelist through the lock-out check, create a key, add
    // two entries to it and remove one, open a finding of the report, check an address and open the key it
    // names. Every Tab is asserted: where focus goes, not only that a control can be reached.
    void aWholeTaskWithTheKeyboardAlone()
    {
        openConsole();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        auto *pages = find<QTabWidget>(u"contextTabWidget"_s);

        // The window opens in the context search; Tab goes to the tree, where arrows move and Enter picks.
        QTRY_COMPARE(focused(), u"contextSearchLineEdit"_s);
        QCOMPARE(tab(1), QStringList{u"contextTreeView"_s});
        auto *tree = find<QTreeView>(u"contextTreeView"_s);
        QCOMPARE(tree->currentIndex().data().toString(), u"Alpha Org"_s); // the context shown
        press(Qt::Key_Down);
        QCOMPARE(tree->currentIndex().data().toString(), u"alpha-one"_s);
        QVERIFY(m_window->currentProjectId().isEmpty()); // moving is not picking
        press(Qt::Key_Return);
        QCOMPARE(m_window->currentProjectId(), Fx::ProjectOne);
        press(Qt::Key_Up);
        press(Qt::Key_Return);
        QCOMPARE(m_window->currentOrgId(), Fx::OrgA);
        QVERIFY(m_window->currentProjectId().isEmpty());

        // The pages' tabs, then the Settings page's one control: Space asks the lock-out check first.
        QCOMPARE(tab(1), QStringList{u"qt_tabwidget_tabbar"_s});
        pages->setCurrentWidget(m_window->settingsPage());
        QCOMPARE(tab(1), QStringList{u"requireWhitelistCheckBox"_s});
        press(Qt::Key_Space);
        LockoutDialog *lockout = m_window->settingsPage()->lockoutDialog();
        QVERIFY(lockout);
        QTRY_VERIFY(lockout->isActiveWindow());
        QCOMPARE(tab(2), (QStringList{u"understandCheckBox"_s, u"cancelButton"_s}));
        QCOMPARE(tab(1, true), QStringList{u"understandCheckBox"_s});
        press(Qt::Key_Space); // "I understand" enables the confirmation, next in the order
        QCOMPARE(tab(1), QStringList{u"confirmButton"_s});
        press(Qt::Key_Space);
        QTRY_COMPARE(serverSetting(), u"on"_s);
        activateWindow(); // a window manager's part
        QTRY_COMPARE(focused(), u"requireWhitelistCheckBox"_s); // back where it was
        QTRY_VERIFY(find<QCheckBox>(u"requireWhitelistCheckBox"_s)->isChecked());

        // Back to the tabs, the arrow to API keys; its controls in reading order, then Create key.
        QCOMPARE(tab(1, true), QStringList{u"qt_tabwidget_tabbar"_s});
        press(Qt::Key_Right);
        QCOMPARE(pages->currentWidget(), m_window->keysPage());
        QCOMPARE(tab(3),
                 (QStringList{u"keysFilterLineEdit"_s, u"roleFilterComboBox"_s, u"createKeyButton"_s}));
        press(Qt::Key_Space);
        CreateKeyDialog *create = m_window->keysPage()->createDialog();
        QVERIFY(create);
        QTRY_VERIFY(create->isActiveWindow());
        QTRY_COMPARE(focused(), u"descriptionLineEdit"_s);
        QTest::keyClicks(QApplication::focusWidget(), u"Keyboard only"_s);
        QCOMPARE(tab(1), QStringList{u"rolesListWidget"_s});
        press(Qt::Key_Down);
        press(Qt::Key_Down);
        press(Qt::Key_Down);
        press(Qt::Key_Down); // Organization Read Only
        press(Qt::Key_Space);
        QCOMPARE(tab(1), QStringList{u"createButton"_s});
        press(Qt::Key_Space);
        QTRY_VERIFY(create->isOnPrivateKeyPage());
        // The private key page: focus on the key; the order then reaches "I have copied it" and Finish.
        QTRY_COMPARE(focused(), u"privateKeyLineEdit"_s);
        QCOMPARE(tab(5),
                 (QStringList{u"showPrivateKeyCheckBox"_s, u"copyPrivateKeyButton"_s,
                              u"entriesPlainTextEdit"_s, u"addMyAddressButton"_s, u"copiedCheckBox"_s}));
        press(Qt::Key_Space);
        QCOMPARE(tab(1), QStringList{u"finishButton"_s});
        QCOMPARE(tab(3), (QStringList{u"publicKeyLineEdit"_s, u"copyBothButton"_s, u"privateKeyLineEdit"_s}));
        QCOMPARE(tab(6).last(), u"finishButton"_s);
        press(Qt::Key_Space);
        QTRY_VERIFY(!m_window->keysPage()->createDialog());
        activateWindow();
        QTRY_COMPARE(keysTable()->model()->rowCount(), 5);
        const QString created = m_window->keysPage()->selectedKeyId();
        QTRY_COMPARE(keysTable()->currentIndex().siblingAtColumn(0).data().toString(), u"Keyboard only"_s);
        QCOMPARE(focused(), u"createKeyButton"_s);

        // On to the key's whitelist: Add entries, two typed, Tab to Add.
        QCOMPARE(tab(6),
                 (QStringList{u"editKeyButton"_s, u"rotateKeyButton"_s, u"deleteKeyButton"_s,
                              u"apiKeysTableView"_s, u"qt_tabwidget_tabbar"_s, u"addEntriesButton"_s}));
        press(Qt::Key_Space);
        AddEntriesDialog *add = m_window->keysPage()->addEntriesDialog();
        QVERIFY(add);
        QTRY_VERIFY(add->isActiveWindow());
        QTRY_COMPARE(focused(), u"entriesPlainTextEdit"_s);
        QTest::keyClicks(QApplication::focusWidget(), u"192.0.2.15"_s);
        press(Qt::Key_Return);
        QTest::keyClicks(QApplication::focusWidget(), u"198.51.100.0/24"_s);
        QCOMPARE(tab(2), (QStringList{u"addMyAddressButton"_s, u"addButton"_s}));
        press(Qt::Key_Space);
        QTRY_VERIFY(!m_window->keysPage()->addEntriesDialog());
        activateWindow();
        auto *entries = find<QTableView>(u"whitelistTableView"_s);
        QTRY_COMPARE(entries->model()->rowCount(), 2);
        QCOMPARE(focused(), u"addEntriesButton"_s);

        // Into the entries: an arrow selects one, Shift+Tab back to Remove (enabled by the selection).
        QCOMPARE(tab(1), QStringList{u"whitelistTableView"_s});
        press(Qt::Key_Down);
        QTRY_VERIFY(entries->selectionModel()->hasSelection());
        const QString removed = entries->currentIndex().siblingAtColumn(0).data().toString();
        QCOMPARE(tab(2, true), (QStringList{u"copyAddressButton"_s, u"removeEntryButton"_s}));
        press(Qt::Key_Space);
        QMessageBox *confirm = m_window->keysPage()->confirmDialog();
        QVERIFY(confirm);
        QTRY_VERIFY(confirm->isActiveWindow());
        QVERIFY2(confirm->text().contains(removed), qPrintable(confirm->text()));
        // Cancel has the focus and is the default: Enter keeps the entry. Shift+Tab to the confirmation.
        QCOMPARE(QApplication::focusWidget(), confirm->button(QMessageBox::Cancel));
        QCOMPARE(tab(1, true), QStringList{u"confirmButton"_s});
        press(Qt::Key_Space);
        QTRY_COMPARE(entries->model()->rowCount(), 1);
        QVERIFY(entries->model()->index(0, 0).data().toString() != removed);
        const auto left
            = m_fx.client().get(u"/orgs/"_s + Fx::OrgA + u"/apiKeys/"_s + created + u"/accessList"_s).json();
        QCOMPARE(left.value("totalCount"_L1).toInt(), 1);
        activateWindow();
        QTRY_COMPARE(focused(), u"whitelistTableView"_s); // Remove and Copy went with the selection

        // The Report page by its mnemonic (Alt+R); Tab into the findings, an arrow, Enter opens one.
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_R, Qt::AltModifier);
        QCOMPARE(pages->currentWidget(), m_window->reportPage());
        QCOMPARE(focused(), u"staleDaysSpinBox"_s);
        QCOMPARE(tab(2), (QStringList{u"secretDaysSpinBox"_s, u"findingsTableWidget"_s}));
        auto *findings = find<QTableWidget>(u"findingsTableWidget"_s);
        QTRY_VERIFY(findings->rowCount() > 0);
        press(Qt::Key_Down);
        QVERIFY(findings->currentItem());
        const QString findingKey = findings->currentItem()->data(Qt::UserRole).toString();
        QVERIFY(!findingKey.isEmpty());
        press(Qt::Key_Return);
        QCOMPARE(pages->currentWidget(), m_window->keysPage());
        QTRY_COMPARE(m_window->keysPage()->selectedKeyId(), findingKey);

        // The Address check by its mnemonic (Alt+A): type an address, Enter checks it; Tab to the result,
        // Enter opens the key it names.
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_A, Qt::AltModifier);
        QCOMPARE(pages->currentWidget(), m_window->addressCheckPage());
        QCOMPARE(focused(), u"addressLineEdit"_s);
        QTest::keyClicks(QApplication::focusWidget(), u"198.51.100.7"_s);
        press(Qt::Key_Return);
        auto *verdicts = find<QTableWidget>(u"addressCheckTableWidget"_s);
        QTRY_VERIFY(verdicts->rowCount() > 0);
        QCOMPARE(tab(2), (QStringList{u"myAddressButton"_s, u"addressCheckTableWidget"_s}));
        press(Qt::Key_Down);
        QVERIFY(verdicts->currentItem());
        const QString verdictKey = verdicts->currentItem()->data(Qt::UserRole).toString();
        QVERIFY(!verdictKey.isEmpty());
        press(Qt::Key_Return);
        QCOMPARE(pages->currentWidget(), m_window->keysPage());
        QTRY_COMPARE(m_window->keysPage()->selectedKeyId(), verdictKey);
    }
};

APIACCESS_GUI_TEST_MAIN(TestConsole)
#include "tst_console.moc"
