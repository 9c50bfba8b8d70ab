// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include "AddressCheckPage.h"
#include "ApiKeysPage.h"
#include "Appearance.h"
#include "AppSettings.h"
#include "Background.h"
#include "ConnectionProfile.h"
#include "ContextModel.h"
#include "ContextPicker.h"
#include "DateText.h"
#include "ExportWriter.h"
#include "HistoryPage.h"
#include "InstancePage.h"
#include "OrgSettingsPage.h"
#include "OrgStore.h"
#include "ReportPage.h"
#include "Repository.h"
#include "ServiceAccountsPage.h"
#include "Translations.h"
#include "UserWhitelistDialog.h"

#include "ui_MainWindow.h"

#include <QActionGroup>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

MainWindow::MainWindow(Repository *repository, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_repository(repository)
    , m_contexts(new ContextModel(this))
    , m_serverLabel(new QLabel(this))
    , m_keyLabel(new QLabel(this))
    , m_lastSyncLabel(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_cancelSync(new QPushButton(tr("Cancel"), this))
{
    m_ui->setupUi(this);
    m_ui->contextPicker->setModel(m_contexts);
    m_ui->mainSplitter->setStretchFactor(1, 1);
    m_ui->mainSplitter->setSizes({260, 840});
    // The status bar's widgets (Designer cannot place them there).
    m_serverLabel->setObjectName(u"serverStatusLabel"_s);
    m_serverLabel->setAccessibleName(tr("Server"));
    m_keyLabel->setObjectName(u"keyStatusLabel"_s);
    m_keyLabel->setAccessibleName(tr("API key in use"));
    m_lastSyncLabel->setObjectName(u"lastSyncLabel"_s);
    m_lastSyncLabel->setAccessibleName(tr("Last sync"));
    m_progress->setObjectName(u"syncProgressBar"_s);
    m_progress->setAccessibleName(tr("Sync progress"));
    m_progress->setMaximumWidth(180);
    m_progress->setVisible(false);
    m_cancelSync->setObjectName(u"cancelSyncButton"_s);
    m_cancelSync->setVisible(false);
    m_ui->statusBar->addWidget(m_serverLabel);
    m_ui->statusBar->addWidget(m_keyLabel);
    m_ui->statusBar->addPermanentWidget(m_lastSyncLabel);
    m_ui->statusBar->addPermanentWidget(m_progress);
    m_ui->statusBar->addPermanentWidget(m_cancelSync);
    fillViewMenu();

    connect(m_ui->quitAction, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->newConnectionAction, &QAction::triggered, this, &MainWindow::newConnectionRequested);
    connect(m_ui->editConnectionAction, &QAction::triggered, this, &MainWindow::editConnectionRequested);
    connect(m_ui->removeConnectionAction, &QAction::triggered, this, &MainWindow::removeConnectionRequested);
    connect(m_ui->connectionComboBox, &QComboBox::activated, this, [this](int index) {
        emit connectionRequested(m_ui->connectionComboBox->itemData(index).toString());
    });
    setConnectionDescription(tr("Not connected"), {});
    for (QAction *needsServer :
         {m_ui->syncAction, m_ui->fullSyncAction, m_ui->exportAction, m_ui->userWhitelistAction})
        needsServer->setVisible(m_repository);
    if (!m_repository)
        return;

    const ConnectionSettings &connection = m_repository->client()->connection();
    setConnectionDescription(connection.apiBase.adjusted(QUrl::RemovePath).toString(), connection.publicKey);
    addPages();
    addAction(m_ui->syncAction);
    connect(m_ui->syncAction, &QAction::triggered, this, &MainWindow::syncCurrent);
    addAction(m_ui->fullSyncAction);
    connect(m_ui->fullSyncAction, &QAction::triggered, this, [this] {
        if (!m_orgId.isEmpty())
            m_repository->sync(m_orgId, Repository::SyncMode::Full);
    });
    fillFullSyncMenu();
    connect(m_ui->exportAction, &QAction::triggered, this, &MainWindow::exportCurrent);
    connect(m_ui->userWhitelistAction, &QAction::triggered, this, [this] {
        auto *dialog = new UserWhitelistDialog(m_repository->client(), AppSettings::userName(m_scope), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &UserWhitelistDialog::userFound, this,
                [this](const QString &name) { AppSettings::setUserName(m_scope, name); });
        dialog->open();
        if (!AppSettings::userName(m_scope).isEmpty())
            dialog->load();
    });
    connect(m_ui->contextPicker, &ContextPicker::contextPicked, this, &MainWindow::pickContext);
    // A person starts by picking what to work on: the window opens with the context search focused (it
    // opened on the connection box in the status bar, the last control of the window).
    m_ui->contextPicker->searchEdit()->setFocus();
    connectRepository();
}

void MainWindow::addPages()
{
    QTabWidget *tabs = m_ui->contextTabWidget;
    m_settingsPage = new OrgSettingsPage(m_repository, tabs);
    m_keysPage = new ApiKeysPage(m_repository, tabs);
    m_serviceAccountsPage = new ServiceAccountsPage(m_repository, tabs);
    m_addressPage = new AddressCheckPage(m_repository, tabs);
    m_reportPage = new ReportPage(m_repository, tabs);
    m_historyPage = new HistoryPage(m_repository, tabs);
    m_instancePage = new InstancePage(m_repository, tabs);
    tabs->addTab(m_settingsPage, tr("&Settings"));
    tabs->addTab(m_keysPage, tr("API &Keys"));
    tabs->addTab(m_serviceAccountsPage, tr("S&ervice accounts"));
    tabs->addTab(m_addressPage, tr("&Address check"));
    tabs->addTab(m_reportPage, tr("&Report"));
    tabs->addTab(m_historyPage, tr("&History"));
    tabs->addTab(m_instancePage, tr("&Global keys"));
    tabs->setTabVisible(tabs->indexOf(m_instancePage), false); // for Ops Manager's instance only
    // A finding or a verdict leads to its key, or to its service account (named by its client ID).
    const auto showKey = [this](const QString &keyId, const QString &entry) {
        if (Instance::is(m_orgId)) { // a global key, and the global access list's entry
            m_ui->contextTabWidget->setCurrentWidget(m_instancePage);
            m_instancePage->selectKey(keyId);
            if (!entry.isEmpty())
                m_instancePage->selectEntryShown(entry);
            return;
        }
        if (ServiceAccount::isClientId(keyId)) {
            m_ui->contextTabWidget->setCurrentWidget(m_serviceAccountsPage);
            m_serviceAccountsPage->selectAccount(keyId);
            return;
        }
        m_ui->contextTabWidget->setCurrentWidget(m_keysPage);
        m_keysPage->selectKey(keyId);
        if (!entry.isEmpty())
            m_keysPage->selectEntry(entry);
    };
    connect(m_addressPage, &AddressCheckPage::keyActivated, this, showKey);
    connect(m_addressPage, &AddressCheckPage::addAddressRequested, this,
            [this, showKey](const QString &keyId, const QString &address) {
                showKey(keyId, QString());
                if (Instance::is(m_orgId)) {
                    m_instancePage->prefillEntry(address); // global keys share the global access list
                } else if (ServiceAccount::isClientId(keyId)) {
                    if (m_serviceAccountsPage->selectedClientId() == keyId)
                        m_serviceAccountsPage->addEntries(address);
                } else if (m_keysPage->selectedKeyId() == keyId) {
                    m_keysPage->addEntries(address);
                }
            });
    connect(m_reportPage, &ReportPage::keyActivated, this, showKey);
}

void MainWindow::exportCurrent()
{
    const OrgStatePtr state = m_orgId.isEmpty() ? OrgStatePtr() : m_repository->state(m_orgId);
    if (!state)
        return;
    // A name that says what and when, in the documents folder (not wherever the console was started).
    const QString name = u"%1-%2.pdf"_s.arg(
        state->snapshot.organization.name.isEmpty() ? m_orgId : state->snapshot.organization.name,
        QDate::currentDate().toString(Qt::ISODate));
    QString safe = name;
    safe.replace(QRegularExpression(u"[^A-Za-z0-9._-]+"_s), u"-"_s);
    QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (!QFileInfo(dir).isDir())
        dir = QDir::homePath();
    auto *dialog = new QFileDialog(
        this, tr("Export organization"), QDir(dir).filePath(safe),
        tr("PDF report (*.pdf);;HTML report (*.html);;Markdown report (*.md);;JSON (*.json);;"
           "CSV (*.csv)"));
    dialog->setObjectName(u"exportFileDialog"_s);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        m_ui->statusBar->showMessage(tr("Exporting to %1…").arg(path));
        exportTo(path, [this, path](const QString &error) {
            m_ui->statusBar->showMessage(error.isEmpty() ? tr("Exported to %1").arg(path) : error, 10'000);
        });
    });
    dialog->open();
}

void MainWindow::connectRepository()
{
    connect(&m_repository->client()->scheduler(), &RequestScheduler::apiVersionDeprecated, this,
            [this](const QString &notice) { m_ui->statusBar->showMessage(notice, 60'000); });
    connect(m_cancelSync, &QPushButton::clicked, m_repository, &Repository::cancelSync);
    connect(m_repository, &Repository::syncProgress, this,
            [this](const QString &, SyncEngine::Phase phase, int done, int expected) {
                m_progress->setVisible(true);
                m_cancelSync->setVisible(phase != SyncEngine::Phase::Writing);
                m_progress->setMaximum(std::max(1, expected));
                m_progress->setValue(done);
                m_progress->setFormat(SyncEngine::phaseName(phase) + u" %v/%m"_s);
            });
    connect(m_repository, &Repository::syncFinished, this, [this](const QString &orgId) {
        m_progress->setVisible(false);
        m_cancelSync->setVisible(false);
        m_ui->syncMessageLabel->setVisible(false);
        updateContext(orgId);
        updateSyncLabel();
    });
    connect(m_repository, &Repository::syncFailed, this, &MainWindow::showSyncFailure);
    connect(m_repository->store(), &OrgStore::stateChanged, this,
            [this](const QString &orgId) { updateContext(orgId); });
    connect(m_repository->store(), &OrgStore::historyChanged, this, [this](const QString &orgId) {
        if (orgId == m_orgId)
            updateSyncLabel();
    });
    connect(m_repository, &Repository::cacheLoaded, this, &MainWindow::onCacheLoaded);
    // A team's store: another console's sync, note or rotation is shown at once (the pages follow the
    // in-memory state); the status bar says who.
    // The team store stopped answering (a banner: the console goes on from memory) or is back.
    connect(m_repository, &Repository::storeProblemChanged, this, [this](const QString &text) {
        m_ui->syncMessageLabel->setText(text.isEmpty() ? QString() : u"⚠ "_s + text);
        m_ui->syncMessageLabel->setVisible(!text.isEmpty());
        if (text.isEmpty())
            m_ui->statusBar->showMessage(
                tr("The team store answers again; everything kept meanwhile is written."), 10'000);
    });
    connect(m_repository, &Repository::storeRefusedWrites, this, &MainWindow::showNotice);
    // Someone else changed a note this console was changing: theirs is shown, ours named, nothing lost.
    connect(m_repository, &Repository::noteConflict, this,
            [this](const QString &, NoteKind, const QString &, const Note &theirs, const Note &mine) {
                const auto text = [](const Note &n) {
                    QStringList parts;
                    for (const QString &part : {n.owner, n.ticket, n.text})
                        if (!part.isEmpty())
                            parts.append(part);
                    return parts.isEmpty() ? tr("(removed)") : parts.join(u" · "_s);
                };
                showNotice(
                    tr("Someone changed this note meanwhile; theirs is shown: “%1”. Yours was not saved: "
                       "“%2” — edit the note again to replace theirs.")
                        .arg(text(theirs), text(mine)));
            });
    connect(m_repository, &Repository::storeUpdated, this, [this](const QString &orgId, const QString &by) {
        if (orgId != m_orgId)
            return;
        updateSyncLabel();
        m_ui->statusBar->showMessage(tr("Updated from the team store (written by %1).").arg(by), 10'000);
    });
    connect(m_repository, &Repository::firstOrganizationLoaded, this, &MainWindow::openLastContext);
    connect(m_repository, &Repository::onlineChanged, this, [this] { updateSyncLabel(); });
    connect(m_repository, &Repository::identityChanged, this, [this] {
        const auto &identity = m_repository->identity();
        if (identity->key)
            m_keyLabel->setText(tr("Key: %1 (%2)").arg(identity->key->publicKey, identity->key->desc));
        // Ops Manager's instance, above the organizations, for a connection with a global role.
        if (m_repository->mayReadInstance() && !m_contexts->indexOfOrganization(Instance::Id).isValid())
            m_contexts->setOrganization({Instance::Id, tr("Ops Manager instance"), false}, {});
        for (const Organization &org : identity->organizations) {
            if (!m_contexts->indexOfOrganization(org.id).isValid())
                m_contexts->setOrganization(org, {});
        }
        if (m_orgId.isEmpty() && !identity->organizations.isEmpty())
            pickContext(identity->organizations.first().id);
        else if (!m_orgId.isEmpty() && !m_repository->isSyncing())
            syncCurrent(); // the restored context was shown from the cache: refresh it once
    });
    connect(m_repository, &Repository::identityFailed, this,
            [this](const ApiError &error) { showSyncFailure(m_orgId, error); });
}

MainWindow::~MainWindow() = default;

ContextPicker *MainWindow::contextPicker() const
{
    return m_ui->contextPicker;
}

QComboBox *MainWindow::connectionSwitcher() const
{
    return m_ui->connectionComboBox;
}

void MainWindow::setConnectionDescription(const QString &server, const QString &publicKey)
{
    m_serverLabel->setText(server);
    m_keyLabel->setText(publicKey.isEmpty() ? QString() : tr("Key: %1").arg(publicKey));
    m_keyLabel->setVisible(!publicKey.isEmpty());
    // The application's name is added by the window system (applicationDisplayName): named once.
    setWindowTitle(server);
}

// How often a sync reads every whitelist rather than only those the events name.
void MainWindow::fillFullSyncMenu()
{
    auto *group = new QActionGroup(this);
    const std::pair<int, QString> choices[] = {
        {1, tr("&Hour")},
        {6, tr("&6 hours")},
        {24, tr("&Day")},
        {24 * 7, tr("&Week")},
        {0, tr("&Never (only when asked)")},
    };
    const int current = AppSettings::fullSyncHours();
    m_repository->setFullSyncInterval(current);
    for (const auto &[hours, text] : choices) {
        QAction *action = m_ui->fullSyncScheduleMenu->addAction(text);
        action->setObjectName(u"fullSyncEvery%1Action"_s.arg(hours));
        action->setCheckable(true);
        action->setChecked(hours == current);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, hours] {
            AppSettings::setFullSyncHours(hours);
            m_repository->setFullSyncInterval(hours);
        });
    }
}

void MainWindow::fillViewMenu()
{
    QMenu *themes = m_ui->themeMenu;
    auto *themeGroup = new QActionGroup(this);
    const std::pair<Appearance::Theme, QString> themeNames[] = {
        {Appearance::Theme::System, tr("&System")},
        {Appearance::Theme::Light, tr("&Light")},
        {Appearance::Theme::Dark, tr("&Dark")},
    };
    for (const auto &[theme, text] : themeNames) {
        QAction *action = themes->addAction(text);
        action->setObjectName(u"theme_"_s + Appearance::themeName(theme) + u"Action"_s);
        action->setCheckable(true);
        action->setChecked(theme == Appearance::currentTheme());
        themeGroup->addAction(action);
        connect(action, &QAction::triggered, this, [theme] {
            Appearance::applyTheme(theme);
            AppSettings::setTheme(Appearance::themeName(theme));
        });
    }
    QMenu *languages = m_ui->languageMenu;
    auto *languageGroup = new QActionGroup(this);
    const QString chosen = AppSettings::language();
    QStringList codes = Translations::available();
    codes.prepend(QString()); // the system's language
    for (const QString &code : std::as_const(codes)) {
        QAction *action
            = languages->addAction(code.isEmpty() ? tr("System language") : Translations::nativeName(code));
        action->setCheckable(true);
        action->setChecked(code == chosen);
        languageGroup->addAction(action);
        connect(action, &QAction::triggered, this, [this, code] {
            AppSettings::setLanguage(code);
            m_ui->statusBar->showMessage(tr("The language changes at the next start."), 10'000);
        });
    }
}

void MainWindow::setConnections(const QStringList &profiles, const QString &current)
{
    const QSignalBlocker blocker(m_ui->connectionComboBox);
    m_ui->connectionComboBox->clear();
    m_ui->connectionComboBox->addItem(tr("Demo server"), QString());
    m_ui->connectionComboBox->addItem(tr("Demo server (Atlas)"), ConnectionProfile::AtlasDemoName);
    for (const QString &name : profiles)
        m_ui->connectionComboBox->addItem(name, name);
    m_ui->connectionComboBox->setCurrentIndex(std::max(0, m_ui->connectionComboBox->findData(current)));
    const bool profile = !current.isEmpty() && current != ConnectionProfile::AtlasDemoName;
    m_ui->editConnectionAction->setEnabled(profile);
    m_ui->removeConnectionAction->setEnabled(profile);
}

void MainWindow::showNotice(const QString &text)
{
    m_ui->noticeLabel->setText(text.isEmpty() ? QString() : u"ⓘ "_s + text);
    m_ui->noticeLabel->setVisible(!text.isEmpty());
}

QString MainWindow::notice() const
{
    return m_ui->noticeLabel->isHidden() ? QString() : m_ui->noticeLabel->text();
}

void MainWindow::setServerToolTip(const QString &text)
{
    m_serverLabel->setToolTip(text);
}

void MainWindow::start()
{
    restoreGeometry(AppSettings::windowGeometry());
    if (!m_repository)
        return;
    if (m_repository->isLoaded() || !m_repository->store()->states().isEmpty())
        openLastContext(); // the cache (or the organization shown last) was read before the window started
    m_repository->identify();
}

void MainWindow::onCacheLoaded(const QString &notice)
{
    if (!notice.isEmpty())
        showNotice(notice);
    openLastContext();
}

void MainWindow::openLastContext()
{
    // The organizations are in the store now (each one's stateChanged filled the picker) — or the one
    // shown last time, loaded before the others: open it, or the first, unless the person or the server
    // picked one meanwhile.
    if (!m_orgId.isEmpty())
        return;
    const AppSettings::Context last = AppSettings::lastContext(m_scope);
    if (!last.orgId.isEmpty() && m_repository->state(last.orgId))
        return pickContext(last.orgId, last.projectId);
    const QList<OrgStatePtr> cached = m_repository->store()->states();
    if (!cached.isEmpty())
        pickContext(cached.first()->snapshot.organization.id);
}

void MainWindow::updateContext(const QString &orgId)
{
    if (const OrgStatePtr state = m_repository->state(orgId))
        m_contexts->setOrganization(state->snapshot.organization, state->snapshot.projects);
    if (orgId == m_orgId) {
        m_ui->contextPicker->select(m_orgId, m_projectId);
        updateSyncLabel();
    }
}

void MainWindow::pickContext(const QString &orgId, const QString &projectId)
{
    const bool otherOrg = orgId != m_orgId;
    m_orgId = orgId;
    m_projectId = projectId;
    AppSettings::setLastContext(m_scope, {orgId, projectId});
    m_ui->contextPicker->select(orgId, projectId);
    m_ui->contextTabWidget->setEnabled(true);
    QTabWidget *tabs = m_ui->contextTabWidget;
    // Ops Manager's instance has its global keys (and its history); an organization has Settings, API Keys
    // and the review pages; a project has API Keys only.
    const bool instance = Instance::is(orgId);
    const bool org = projectId.isEmpty() && !instance;
    tabs->setTabVisible(tabs->indexOf(m_instancePage), instance);
    tabs->setTabVisible(tabs->indexOf(m_settingsPage), org);
    tabs->setTabVisible(tabs->indexOf(m_keysPage), !instance);
    if (instance)
        tabs->setCurrentWidget(m_instancePage);
    else if (!projectId.isEmpty() || tabs->currentWidget() == m_instancePage)
        tabs->setCurrentWidget(m_keysPage);
    m_settingsPage->setOrganization(orgId);
    m_keysPage->setContext(orgId, projectId);
    m_serviceAccountsPage->setOrganization(orgId);
    m_addressPage->setOrganization(orgId);
    m_reportPage->setOrganization(orgId);
    m_historyPage->setOrganization(orgId);
    tabs->setTabVisible(tabs->indexOf(m_serviceAccountsPage), org);
    // The review pages: for an organization, and for the instance (its global keys by the global list).
    for (QWidget *review : {static_cast<QWidget *>(m_addressPage), static_cast<QWidget *>(m_reportPage),
                            static_cast<QWidget *>(m_historyPage)})
        tabs->setTabVisible(tabs->indexOf(review), projectId.isEmpty());
    m_ui->syncMessageLabel->setVisible(false);
    updateSyncLabel();
    if (otherOrg && m_repository->isOnline())
        m_repository->syncInstead(orgId);
}

void MainWindow::syncCurrent()
{
    if (!m_orgId.isEmpty())
        m_repository->sync(m_orgId);
}

void MainWindow::updateSyncLabel()
{
    const OrgStatePtr state = m_orgId.isEmpty() ? OrgStatePtr() : m_repository->state(m_orgId);
    const QList<SnapshotInfo> history = state ? state->history : QList<SnapshotInfo>();
    const QString when = history.isEmpty() ? tr("never") : DateText::shown(history.last().lastSeen());
    const QString by = history.isEmpty() ? QString() : history.last().writtenBy;
    m_lastSyncLabel->setText(m_repository->storeIsShared() && !by.isEmpty()
                                 ? tr("Last synced: %1 by %2").arg(when, by)
                                 : tr("Last synced: %1").arg(when));
    m_ui->offlineBannerLabel->setText(
        !m_repository->storeReadOnlyReason().isEmpty()
            ? tr("Review only — %1 Nothing is synced or changed from this console; the data is as the store "
                 "holds it (%2).")
                  .arg(m_repository->storeReadOnlyReason(), when)
            : m_repository->worksOffline()
            ? tr("Working offline — showing the data as last synced (%1). Nothing is sent to the server "
                 "and changes are disabled; switch to the connection again to go online.")
                  .arg(when)
            : tr("Offline — showing the data as last synced (%1). Changes are disabled until the "
                 "server answers again; the console keeps trying.")
                  .arg(when));
    m_ui->offlineBannerLabel->setVisible(!m_repository->isOnline());
}

void MainWindow::showSyncFailure(const QString &orgId, const ApiError &error)
{
    m_progress->setVisible(false);
    m_cancelSync->setVisible(false);
    if (error.kind == ApiError::Kind::Cancelled || (!orgId.isEmpty() && orgId != m_orgId))
        return;
    m_ui->syncMessageLabel->setText(u"⚠ "_s + error.title() + u": "_s + error.explanation());
    m_ui->syncMessageLabel->setVisible(true);
    updateSyncLabel();
}

// The export of the organization shown, written on a worker thread (the hygiene report and a PDF of a
// maximal organization take longer than a frame) by the same writer as the command line: the whole
// export or nothing, a CSV export's two files both or neither. done gets the error text, or an empty one.
void MainWindow::exportTo(const QString &path, std::function<void(const QString &error)> done)
{
    const OrgStatePtr state = m_repository->state(m_orgId);
    if (!state)
        return done(tr("Nothing cached for this organization yet: sync it (F5)."));
    const std::optional<ExportWriter::Format> format = ExportWriter::formatOfPath(path);
    if (!format)
        return done(tr("Choose a file ending in .pdf, .html, .md, .json or .csv."));
    auto *watcher = new QFutureWatcher<ExportWriter::Result>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, path, done = std::move(done)] {
        watcher->deleteLater();
        const ExportWriter::Result r = watcher->result();
        done(r.ok ? QString() : tr("Could not write %1.").arg(r.file.isEmpty() ? path : r.file));
    });
    // The findings as the Report page checks them ("Stale after").
    watcher->setFuture(Background::run([state, format, path, options = m_reportPage->options()] {
        ExportInput in;
        in.snapshot = state->snapshot;
        in.keyNotes = state->keyNotes;
        in.entryNotes = state->entryNotes;
        HygieneOptions withRotations = options;
        withRotations.rotations = state->rotations;
        in.findings = hygieneReport(state->snapshot, withRotations);
        return ExportWriter::write(in, *format, path);
    }));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    AppSettings::setWindowGeometry(saveGeometry());
    QMainWindow::closeEvent(event);
}
