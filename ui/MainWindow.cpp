// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include "ApiKeysPage.h"
#include "Appearance.h"
#include "AppSettings.h"
#include "ContextModel.h"
#include "ContextPicker.h"
#include "Exporter.h"
#include "OrgSettingsPage.h"
#include "OrgStore.h"
#include "Repository.h"
#include "ReviewPages.h"
#include "Translations.h"
#include "UserWhitelistDialog.h"

#include "ui_MainWindow.h"

#include <QActionGroup>
#include <QCloseEvent>
#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QPdfWriter>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QTabWidget>
#include <QTextDocument>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

MainWindow::MainWindow(Repository *repository, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_repository(repository)
    , m_contexts(new ContextModel(this))
    , m_picker(new ContextPicker(m_contexts, this))
    , m_tabs(new QTabWidget(this))
    , m_connections(new QComboBox(this))
    , m_notice(new QLabel(this))
    , m_offlineBanner(new QLabel(this))
    , m_syncMessage(new QLabel(this))
    , m_serverLabel(new QLabel(this))
    , m_keyLabel(new QLabel(this))
    , m_lastSyncLabel(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_cancelSync(new QPushButton(tr("Cancel"), this))
{
    m_ui->setupUi(this);
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
    m_picker->setObjectName(u"contextPicker"_s);
    m_tabs->setObjectName(u"contextTabWidget"_s);
    m_offlineBanner->setObjectName(u"offlineBannerLabel"_s);
    m_offlineBanner->setWordWrap(true);
    m_offlineBanner->setVisible(false);
    m_offlineBanner->setFrameShape(QFrame::StyledPanel);
    m_offlineBanner->setAccessibleName(tr("Offline"));
    m_syncMessage->setObjectName(u"syncMessageLabel"_s);
    m_syncMessage->setWordWrap(true);
    m_syncMessage->setVisible(false);
    m_syncMessage->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_syncMessage->setAccessibleName(tr("Sync problem"));

    m_connections->setObjectName(u"connectionComboBox"_s);
    m_connections->setAccessibleName(tr("Connection"));
    m_connections->setToolTip(tr("The server this window talks to: the built-in demo or a saved connection"));
    m_notice->setObjectName(u"noticeLabel"_s);
    m_notice->setWordWrap(true);
    m_notice->setVisible(false);
    m_notice->setFrameShape(QFrame::StyledPanel);
    m_notice->setAccessibleName(tr("Notice"));
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_connections);
    leftLayout->addWidget(m_picker, 1);
    left->setMinimumWidth(240);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_notice);
    rightLayout->addWidget(m_offlineBanner);
    rightLayout->addWidget(m_syncMessage);
    rightLayout->addWidget(m_tabs, 1);
    auto *splitter = new QSplitter(this);
    splitter->setObjectName(u"mainSplitter"_s);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({260, 840});
    setCentralWidget(splitter);

    connect(m_ui->quitAction, &QAction::triggered, this, &QWidget::close);
    auto *connectionMenu = menuBar()->addMenu(tr("&Connection"));
    connectionMenu->setObjectName(u"connectionMenu"_s);
    const auto addConnectionAction
        = [this, connectionMenu](const QString &text, const QString &name, void (MainWindow::*signal)()) {
              auto *action = connectionMenu->addAction(text);
              action->setObjectName(name);
              connect(action, &QAction::triggered, this, signal);
              return action;
          };
    addConnectionAction(tr("&New connection…"), u"newConnectionAction"_s,
                        &MainWindow::newConnectionRequested);
    addConnectionAction(tr("&Edit this connection…"), u"editConnectionAction"_s,
                        &MainWindow::editConnectionRequested);
    addConnectionAction(tr("&Remove this connection…"), u"removeConnectionAction"_s,
                        &MainWindow::removeConnectionRequested);
    addViewMenu();
    connect(m_connections, &QComboBox::activated, this,
            [this](int index) { emit connectionRequested(m_connections->itemData(index).toString()); });
    setConnectionDescription(tr("Not connected"), {});
    if (!m_repository)
        return;

    const ConnectionSettings &connection = m_repository->client()->connection();
    setConnectionDescription(connection.apiBase.adjusted(QUrl::RemovePath).toString(), connection.publicKey);
    m_settingsPage = new OrgSettingsPage(m_repository, m_tabs);
    m_settingsPage->setObjectName(u"orgSettingsPage"_s);
    m_keysPage = new ApiKeysPage(m_repository, m_tabs);
    m_keysPage->setObjectName(u"apiKeysPage"_s);
    m_addressPage = new AddressCheckPage(m_repository, m_tabs);
    m_addressPage->setObjectName(u"addressCheckPage"_s);
    m_reportPage = new ReportPage(m_repository, m_tabs);
    m_reportPage->setObjectName(u"reportPage"_s);
    m_historyPage = new HistoryPage(m_repository, m_tabs);
    m_historyPage->setObjectName(u"historyPage"_s);
    m_tabs->addTab(m_settingsPage, tr("&Settings"));
    m_tabs->addTab(m_keysPage, tr("API &Keys"));
    m_tabs->addTab(m_addressPage, tr("&Address check"));
    m_tabs->addTab(m_reportPage, tr("&Report"));
    m_tabs->addTab(m_historyPage, tr("&History"));
    // A finding or a verdict leads to its key.
    const auto showKey = [this](const QString &keyId) {
        m_tabs->setCurrentWidget(m_keysPage);
        m_keysPage->selectKey(keyId);
    };
    connect(m_addressPage, &AddressCheckPage::keyActivated, this, showKey);
    connect(m_reportPage, &ReportPage::keyActivated, this, showKey);

    auto *userWhitelist = new QAction(tr("My &whitelist (personal API key)…"), this);
    userWhitelist->setObjectName(u"userWhitelistAction"_s);
    m_ui->fileMenu->insertAction(m_ui->quitAction, userWhitelist);
    connect(userWhitelist, &QAction::triggered, this, [this] {
        auto *dialog = new UserWhitelistDialog(m_repository->client(),
                                               m_repository->client()->connection().publicKey, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
        dialog->load();
    });

    auto *exportAction = new QAction(tr("&Export…"), this);
    exportAction->setObjectName(u"exportAction"_s);
    exportAction->setShortcut(QKeySequence(u"Ctrl+E"_s));
    m_ui->fileMenu->insertAction(m_ui->quitAction, exportAction);
    connect(exportAction, &QAction::triggered, this, [this] {
        if (m_orgId.isEmpty())
            return;
        auto *dialog = new QFileDialog(
            this, tr("Export organization"), QString(),
            tr("PDF report (*.pdf);;HTML report (*.html);;Markdown report (*.md);;JSON (*.json);;"
               "CSV (*.csv)"));
        dialog->setAcceptMode(QFileDialog::AcceptSave);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
            const QString error = exportTo(path);
            m_ui->statusBar->showMessage(error.isEmpty() ? tr("Exported to %1").arg(path) : error, 10'000);
        });
        dialog->open();
    });
    m_tabs->setEnabled(false);

    auto *sync = new QAction(tr("&Sync"), this);
    sync->setObjectName(u"syncAction"_s);
    sync->setShortcut(QKeySequence::Refresh);
    m_ui->fileMenu->insertAction(m_ui->quitAction, sync);
    addAction(sync);
    connect(sync, &QAction::triggered, this, &MainWindow::syncCurrent);
    connect(m_picker, &ContextPicker::contextPicked, this, &MainWindow::pickContext);
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
        m_syncMessage->setVisible(false);
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
    connect(m_repository, &Repository::onlineChanged, this, [this] { updateSyncLabel(); });
    connect(m_repository, &Repository::identityChanged, this, [this] {
        const auto &identity = m_repository->identity();
        if (identity->key)
            m_keyLabel->setText(tr("Key: %1 (%2)").arg(identity->key->publicKey, identity->key->desc));
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

void MainWindow::setConnectionDescription(const QString &server, const QString &publicKey)
{
    m_serverLabel->setText(server);
    m_keyLabel->setText(publicKey.isEmpty() ? QString() : tr("Key: %1").arg(publicKey));
    m_keyLabel->setVisible(!publicKey.isEmpty());
    setWindowTitle(tr("API Access Console — %1").arg(server));
}

void MainWindow::addViewMenu()
{
    auto *view = menuBar()->addMenu(tr("&View"));
    view->setObjectName(u"viewMenu"_s);
    auto *themes = view->addMenu(tr("&Theme"));
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
    auto *languages = view->addMenu(tr("&Language"));
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
    const QSignalBlocker blocker(m_connections);
    m_connections->clear();
    m_connections->addItem(tr("Demo server"), QString());
    for (const QString &name : profiles)
        m_connections->addItem(name, name);
    m_connections->setCurrentIndex(std::max(0, m_connections->findData(current)));
    const bool profile = !current.isEmpty();
    for (const char *name : {"editConnectionAction", "removeConnectionAction"}) {
        if (auto *action = findChild<QAction *>(QString::fromLatin1(name)))
            action->setEnabled(profile);
    }
}

void MainWindow::showNotice(const QString &text)
{
    m_notice->setText(text.isEmpty() ? QString() : u"ⓘ "_s + text);
    m_notice->setVisible(!text.isEmpty());
}

QString MainWindow::notice() const
{
    return m_notice->isHidden() ? QString() : m_notice->text();
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
    if (m_repository->isLoaded())
        onCacheLoaded({});
    m_repository->identify();
}

void MainWindow::onCacheLoaded(const QString &notice)
{
    if (!notice.isEmpty())
        showNotice(notice);
    // The organizations are in the store now (each one's stateChanged filled the picker): open the one
    // shown last time, or the first, unless the person or the server picked one meanwhile.
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
        m_picker->select(m_orgId, m_projectId);
        updateSyncLabel();
    }
}

void MainWindow::pickContext(const QString &orgId, const QString &projectId)
{
    const bool otherOrg = orgId != m_orgId;
    m_orgId = orgId;
    m_projectId = projectId;
    AppSettings::setLastContext(m_scope, {orgId, projectId});
    m_picker->select(orgId, projectId);
    m_tabs->setEnabled(true);
    // A project has API Keys only; an organization has Settings and API Keys.
    m_tabs->setTabVisible(m_tabs->indexOf(m_settingsPage), projectId.isEmpty());
    if (!projectId.isEmpty())
        m_tabs->setCurrentWidget(m_keysPage);
    m_settingsPage->setOrganization(orgId);
    m_keysPage->setContext(orgId, projectId);
    m_addressPage->setOrganization(orgId);
    m_reportPage->setOrganization(orgId);
    m_historyPage->setOrganization(orgId);
    for (QWidget *orgOnly : {static_cast<QWidget *>(m_addressPage), static_cast<QWidget *>(m_reportPage),
                             static_cast<QWidget *>(m_historyPage)})
        m_tabs->setTabVisible(m_tabs->indexOf(orgOnly), projectId.isEmpty());
    m_syncMessage->setVisible(false);
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
    const QString when = history.isEmpty()
        ? tr("never")
        : QLocale().toString(history.last().takenAt.toLocalTime(), QLocale::ShortFormat);
    m_lastSyncLabel->setText(tr("Last synced: %1").arg(when));
    m_offlineBanner->setText(
        m_repository->worksOffline()
            ? tr("Working offline — showing the data as last synced (%1). Nothing is sent to the server "
                 "and changes are disabled; switch to the connection again to go online.")
                  .arg(when)
            : tr("Offline — showing the data as last synced (%1). Changes are disabled until the "
                 "server answers again; the console keeps trying.")
                  .arg(when));
    m_offlineBanner->setVisible(!m_repository->isOnline());
}

void MainWindow::showSyncFailure(const QString &orgId, const ApiError &error)
{
    m_progress->setVisible(false);
    m_cancelSync->setVisible(false);
    if (error.kind == ApiError::Kind::Cancelled || (!orgId.isEmpty() && orgId != m_orgId))
        return;
    m_syncMessage->setText(u"⚠ "_s + error.title() + u": "_s + error.explanation());
    m_syncMessage->setVisible(true);
    updateSyncLabel();
}

QString MainWindow::exportTo(const QString &path)
{
    const OrgStatePtr state = m_repository->state(m_orgId);
    if (!state)
        return tr("Nothing cached for this organization yet: sync it (F5).");
    ExportInput in;
    in.snapshot = state->snapshot;
    in.keyNotes = state->keyNotes;
    in.entryNotes = state->entryNotes;
    in.findings = hygieneReport(state->snapshot);
    const QString suffix = QFileInfo(path).suffix().toLower();
    const auto write = [](const QString &file, const QByteArray &data) {
        QSaveFile out(file);
        return out.open(QIODevice::WriteOnly) && out.write(data) == data.size() && out.commit();
    };
    bool ok = false;
    if (suffix == "csv"_L1)
        ok = write(path, Exporter::keysCsv(in))
            && write(path.chopped(4) + u"-entries.csv"_s, Exporter::entriesCsv(in));
    else if (suffix == "json"_L1)
        ok = write(path, Exporter::json(in));
    else if (suffix == "md"_L1)
        ok = write(path, Exporter::markdown(in));
    else if (suffix == "html"_L1 || suffix == "htm"_L1)
        ok = write(path, Exporter::html(in).toUtf8());
    else if (suffix == "pdf"_L1) {
        QTextDocument document;
        document.setHtml(Exporter::html(in));
        QPdfWriter pdf(path);
        pdf.setPageSize(QPageSize(QPageSize::A4));
        document.print(&pdf);
        ok = QFileInfo(path).size() > 0;
    } else {
        return tr("Choose a file ending in .pdf, .html, .md, .json or .csv.");
    }
    return ok ? QString() : tr("Could not write %1.").arg(path);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    AppSettings::setWindowGeometry(saveGeometry());
    QMainWindow::closeEvent(event);
}
