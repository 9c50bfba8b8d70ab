// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConsoleSession.h"

#include "AppSettings.h"
#include "StoreLocation.h"

#include "ApiClient.h"
#include "CacheDatabase.h"
#include "ConnectionProfile.h"
#include "EmulatorServer.h"
#include "MainWindow.h"
#include "ProfileDialog.h"
#include "Repository.h"
#include "SecretStore.h"
#include "WelcomeDialog.h"

#include <QApplication>
#include <QEventLoop>
#include <QInputDialog>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace { } // namespace

// Everything of one connection. Members are destroyed in reverse order: the window first, the
// demo server last.
class ConsoleSession::Connection final : public QObject
{
public:
    ~Connection() override
    {
        if (repository)
            repository->cancelSync();
        window.reset();
        repository.reset();
        client.reset();
        network.reset();
        demo.reset();
    }

    std::unique_ptr<EmulatorServer> demo;
    std::unique_ptr<QNetworkAccessManager> network;
    std::unique_ptr<ApiClient> client;
    std::unique_ptr<Repository> repository;
    std::unique_ptr<MainWindow> window;
};

ConsoleSession::ConsoleSession(SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , m_secrets(secrets)
{
    m_demoOptions.threads = 2;
    // The demo teaches the real workflow: like Ops Manager and Cloud Manager, it answers no settings
    // endpoint, so the requirement is read from the organization's events and changed on the web console
    // page the demo serves (the emulator's documented default).
    m_demoOptions.orgSettingsApi = false;
}

ConsoleSession::~ConsoleSession() = default;

void ConsoleSession::signOut()
{
    if (!m_current || !m_current->client)
        return;
    QNetworkReply *revoke = m_current->client->scheduler().revokeToken();
    if (!revoke)
        return;
    // The window is gone: the revoke request is given a moment (bounded) before the process ends.
    QEventLoop loop;
    connect(revoke, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(RevokeDelayMs, &loop, &QEventLoop::quit);
    loop.exec(QEventLoop::ExcludeUserInputEvents);
}

MainWindow *ConsoleSession::window() const
{
    return m_current ? m_current->window.get() : nullptr;
}

Repository *ConsoleSession::repository() const
{
    return m_current ? m_current->repository.get() : nullptr;
}

EmulatorServer *ConsoleSession::demoServer() const
{
    return m_current ? m_current->demo.get() : nullptr;
}

bool ConsoleSession::isDemo() const
{
    return m_profile.isEmpty() || m_profile == ConnectionProfile::AtlasDemoName;
}

void ConsoleSession::openLast(bool offline)
{
    const QString last = AppSettings::lastConnection();
    if (last == ConnectionProfile::AtlasDemoName)
        return openDemo(offline, ConnectionSettings::Api::AtlasV2);
    if (!last.isEmpty() && ProfileStore::find(last))
        return openProfile(last, offline);
    openDemo(offline);
}

void ConsoleSession::openDemo(bool offline, ConnectionSettings::Api api)
{
    ++m_generation;
    const bool atlas = api == ConnectionSettings::Api::AtlasV2;
    // The Atlas demo: the same organizations through the Administration API v2, with the settings endpoint
    // and Atlas's refusals.
    EmulatorOptions options = m_demoOptions;
    if (atlas) {
        options.flavor = EmulatorOptions::Flavor::Atlas;
        options.orgSettingsApi = true;
        options.apiKeyListDeniedStatus = 401;
    }
    const QString name = atlas ? ConnectionProfile::AtlasDemoName : QString();
    auto connection = std::make_unique<Connection>();
    connection->network = std::make_unique<QNetworkAccessManager>();
    connection->client = std::make_unique<ApiClient>(connection->network.get());
    QString server = atlas ? tr("Atlas demo server (offline)") : tr("Demo server (offline)");
    QString publicKey;
    if (!offline) {
        connection->demo
            = std::make_unique<EmulatorServer>(options, atlas ? Dataset::demoForAtlas() : Dataset::demo());
        QString error;
        if (!connection->demo->start(&error)) {
            connection->window = std::make_unique<MainWindow>();
            connection->window->setConnectionDescription(
                tr("The local demo server could not start: %1").arg(error), {});
            return install(std::move(connection), name, {});
        }
        ConnectionSettings settings;
        settings.api = api;
        settings.apiBase = QUrl(connection->demo->apiUrl());
        settings.publicKey = connection->demo->ownerCredentials().publicKey;
        settings.privateKey = connection->demo->ownerCredentials().privateKey;
        settings.proxyMode = ConnectionSettings::ProxyMode::None;
        connection->client->setConnection(settings);
        server
            = atlas ? tr("Atlas demo server (local, made-up data)") : tr("Demo server (local, made-up data)");
        publicKey = settings.publicKey;
    }
    connection->repository
        = std::make_unique<Repository>(connection->client.get(), CacheDatabase::pathForDemo(atlas));
    // The cache opens on its own thread, the organization shown last first; its notice (if any) reaches
    // the window by Repository::cacheLoaded.
    connection->repository->open(AppSettings::lastContext(name).orgId);
    connection->repository->setWorkOffline(offline);
    connection->window = std::make_unique<MainWindow>(connection->repository.get());
    connection->window->setConnectionDescription(server, publicKey);
    if (connection->demo)
        connection->window->setServerToolTip(connection->demo->serverUrl());
    install(std::move(connection), name, {});
}

void ConsoleSession::openProfile(const QString &name, bool offline)
{
    const auto profile = ProfileStore::find(name);
    if (!profile) {
        ++m_generation;
        emit openFailed(tr("There is no saved connection named “%1”.").arg(name));
        if (!m_current)
            openDemo(offline);
        return;
    }
    if (offline)
        return connectProfile(*profile, {}, true, {});
    // At start there is no window yet, and the keyring may take a while (it is retried once after a
    // delay): show the cached data at once; the online window replaces it when the key is there.
    if (!m_current)
        connectProfile(*profile, {}, true, tr("Reading the private key from the system keyring…"));
    const quint64 generation = ++m_generation;
    QPointer<ConsoleSession> self(this);
    m_secrets->read(profile->secretKey(), this,
                    [self, generation, p = *profile](const SecretStore::Result &r) {
                        if (!self || generation != self->m_generation)
                            return;
                        if (r.ok())
                            return self->connectProfile(p, r.secret, false,
                                                        r.sessionOnly ? sessionOnlyNotice(p) : QString());
                        self->askForPrivateKey(
                            p,
                            r.status != SecretStore::Result::Status::NotFound ? r.error
                                : p.usesServiceAccount()
                                ? tr("The client secret of “%1” is not in the system keyring.").arg(p.name)
                                : tr("The private key of “%1” is not in the system keyring.").arg(p.name));
                    });
}

QString ConsoleSession::sessionOnlyNotice(const ConnectionProfile &profile)
{
    // Which key, why, and what to do: a notice that only says "this session only" leaves all three open.
    return tr("The private key of “%1” (public key %2) is kept in memory for this session only, because "
              "the system keyring could not be used. It is forgotten when the console closes and asked for "
              "at the next start. To keep it, start a keyring (GNOME Keyring or KWallet) and save the "
              "connection again: Connection → Edit this connection.")
        .arg(profile.name, profile.publicKey);
}

void ConsoleSession::askForPrivateKey(const ConnectionProfile &profile, const QString &reason)
{
    const quint64 generation = m_generation;
    auto *dialog = new QInputDialog(window());
    dialog->setObjectName(u"privateKeyPrompt"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (profile.usesServiceAccount()) {
        dialog->setWindowTitle(tr("Client secret for “%1”").arg(profile.name));
        dialog->setLabelText(tr("%1\nType the client secret of service account %2 to connect, or cancel to "
                                "review the cached data offline.")
                                 .arg(reason, profile.publicKey));
    } else {
        dialog->setWindowTitle(tr("Private key for “%1”").arg(profile.name));
        dialog->setLabelText(tr("%1\nType the private key of %2 to connect, or cancel to review the cached "
                                "data offline.")
                                 .arg(reason, profile.publicKey));
    }
    dialog->setTextEchoMode(QLineEdit::Password);
    connect(dialog, &QInputDialog::textValueSelected, this,
            [this, generation, profile](const QString &typed) {
                if (generation != m_generation)
                    return;
                const QString key = typed.trimmed();
                if (const QString problem = ConnectionProfile::privateKeyProblem(key, profile.authMethod);
                    !problem.isEmpty())
                    return askForPrivateKey(profile, problem);
                QPointer<ConsoleSession> self(this);
                m_secrets->write(profile.secretKey(), key, this,
                                 [self, generation, profile, key](const SecretStore::Result &r) {
                                     if (self && generation == self->m_generation)
                                         self->connectProfile(profile, key, false,
                                                              r.sessionOnly ? r.error : QString());
                                 });
            });
    connect(dialog, &QInputDialog::rejected, this, [this, generation, profile] {
        if (generation == m_generation)
            connectProfile(profile, {}, true,
                           tr("No private key: “%1” is shown from the cache only.").arg(profile.name));
    });
    dialog->open();
}

void ConsoleSession::connectProfile(const ConnectionProfile &profile, const QString &privateKey, bool offline,
                                    const QString &notice)
{
    // A team store: its password comes from the keyring first (once per session), off the GUI thread's
    // hands — the keyring answers asynchronously; without one, libpq's PGPASSWORD or ~/.pgpass apply.
    if (StoreLocation::looksLikePostgres(profile.store)) {
        const QString key = StoreLocation::parse(profile.store).keyringKey();
        if (!m_storePasswordsAsked.contains(key)) {
            m_storePasswordsAsked.insert(key);
            const quint64 generation = m_generation;
            QPointer<ConsoleSession> self(this);
            m_secrets->read(
                key, this,
                [self, generation, key, profile, privateKey, offline, notice](const SecretStore::Result &r) {
                    if (!self || generation != self->m_generation)
                        return;
                    if (r.ok())
                        CacheDatabase::setPassword(key, r.secret);
                    self->connectProfile(profile, privateKey, offline, notice);
                });
            return;
        }
    }
    ++m_generation;
    QString error;
    const ConnectionSettings settings = profile.settings(privateKey, &error);
    const QString server = settings.apiBase.adjusted(QUrl::RemovePath).toString();
    // This profile's window is showing its cache while the key was read (at start, or after a prompt):
    // the same repository goes online — its cache is not read a second time, the window stays.
    if (!offline && error.isEmpty() && m_current && m_current->repository && m_current->window
        && m_profile == profile.name && m_current->repository->worksOffline()
        && m_current->repository->cachePath() == profile.storeLocation()) {
        m_current->client->setConnection(settings);
        m_current->repository->setWorkOffline(false);
        m_current->window->setConnectionDescription(tr("%1 — %2").arg(profile.name, server),
                                                    profile.publicKey);
        m_current->window->showNotice(notice);
        m_current->repository->identify(); // then the window syncs what it shows
        return;
    }
    auto connection = std::make_unique<Connection>();
    connection->network = std::make_unique<QNetworkAccessManager>();
    connection->client = std::make_unique<ApiClient>(connection->network.get());
    connection->client->setConnection(settings);
    connection->repository = std::make_unique<Repository>(connection->client.get(), profile.storeLocation());
    QString shown = notice;
    connection->repository->open(AppSettings::lastContext(profile.name).orgId);
    connection->repository->setWorkOffline(offline || !error.isEmpty());
    if (!error.isEmpty())
        shown = error;
    connection->window = std::make_unique<MainWindow>(connection->repository.get());
    connection->window->setConnectionDescription(offline ? tr("%1 — %2 (offline)").arg(profile.name, server)
                                                         : tr("%1 — %2").arg(profile.name, server),
                                                 profile.publicKey);
    install(std::move(connection), profile.name, shown);
}

void ConsoleSession::install(std::unique_ptr<Connection> connection, const QString &profile,
                             const QString &notice)
{
    MainWindow *window = connection->window.get();
    QPointer<MainWindow> oldWindow;
    if (m_current) {
        // The old connection's work ends now; its objects go once control is back in the event loop
        // (this may run inside one of its window's signals).
        if (MainWindow *old = m_current->window.get()) {
            window->restoreGeometry(old->saveGeometry());
            oldWindow = old;
        }
        if (m_current->repository)
            m_current->repository->cancelSync();
        // A service account's token is revoked (sign-out); the old connection's network lives until that
        // request is done or given up.
        const bool revoking = m_current->client && m_current->client->scheduler().revokeToken();
        // Deleting a window with a maximal organization's models takes about 8 ms: not in the same turn
        // of the event loop as the new window's first layout. Until then the session owns it (and deletes
        // it, if the session goes first).
        Connection *old = m_current.release();
        old->setParent(this);
        QTimer::singleShot(revoking ? RevokeDelayMs : OldConnectionDeleteDelayMs, old, &QObject::deleteLater);
    }
    m_current = std::move(connection);
    m_profile = profile;
    AppSettings::setLastConnection(profile);
    QStringList names;
    for (const ConnectionProfile &p : ProfileStore::all())
        names.append(p.name);
    window->setConnections(names, profile);
    window->setSettingsScope(profile);
    window->showNotice(notice);
    wire(window);
    window->start();
    // Shown once the event loop has done what was waiting (input, paints, timers): building a window and
    // laying it out for the first time take 4–14 ms each here (bench_gui_stall session-start,
    // session-switch), and together with the organization that arrives from the cache they came to more
    // than a frame. A zero-interval timer, not a queued call: a call posted now would run in the same pass
    // over the posted events as the one that opened the connection, before anything else.
    auto *showing = new QTimer(window);
    showing->setSingleShot(true);
    connect(showing, &QTimer::timeout, this, [this, window, oldWindow, showing] {
        showing->deleteLater();
        if (oldWindow)
            oldWindow->hide();
        if (window != this->window())
            return; // replaced meanwhile
        window->show();
        emit windowChanged(window);
    });
    showing->start(0);
}

void ConsoleSession::wire(MainWindow *window)
{
    connect(window, &MainWindow::connectionRequested, this, [this](const QString &name) {
        if (name == m_profile)
            return;
        if (name.isEmpty())
            openDemo();
        else if (name == ConnectionProfile::AtlasDemoName)
            openDemo(false, ConnectionSettings::Api::AtlasV2);
        else
            openProfile(name);
    });
    connect(window, &MainWindow::newConnectionRequested, this, &ConsoleSession::newConnection);
    connect(window, &MainWindow::editConnectionRequested, this, &ConsoleSession::editConnection);
    connect(window, &MainWindow::removeConnectionRequested, this, &ConsoleSession::removeConnection);
}

void ConsoleSession::newConnection()
{
    showProfileDialog(std::nullopt);
}

void ConsoleSession::editConnection()
{
    if (const auto profile = ProfileStore::find(m_profile))
        showProfileDialog(profile);
}

void ConsoleSession::showProfileDialog(const std::optional<ConnectionProfile> &profile)
{
    auto *dialog = new ProfileDialog(m_secrets, profile, window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ProfileDialog::saved, this,
            [this](const ConnectionProfile &saved, const QString &notice) {
                AppSettings::setWelcomed();
                // (Re)connect with what was saved: the key is in the keyring or, failing that, this session's
                // memory.
                if (saved.name == m_profile && m_current && m_current->window)
                    return applyEdited(saved, notice.isEmpty() ? QString() : sessionOnlyNotice(saved));
                openProfile(saved.name);
                if (!notice.isEmpty()) {
                    connect(
                        this, &ConsoleSession::windowChanged, this,
                        [text = sessionOnlyNotice(saved)](MainWindow *w) { w->showNotice(text); },
                        Qt::SingleShotConnection);
                }
            });
    dialog->open();
}

// The connection shown was edited and saved (its key, proxy, CA bundle, timeouts…): the window, its
// selection, its pages and the organizations in memory stay; the client takes the new settings, the key in
// use is identified again and what is shown is synced. Only a change of server opens a window of its own —
// what is shown belongs to the old one.
void ConsoleSession::applyEdited(const ConnectionProfile &profile, const QString &notice)
{
    const quint64 generation = ++m_generation;
    QPointer<ConsoleSession> self(this);
    m_secrets->read(
        profile.secretKey(), this, [self, generation, profile, notice](const SecretStore::Result &r) {
            if (!self || generation != self->m_generation || !self->m_current || !self->m_current->window)
                return;
            if (!r.ok())
                return self->openProfile(profile.name); // asks for the key, as at start
            QString error;
            const ConnectionSettings settings = profile.settings(r.secret, &error);
            Connection &current = *self->m_current;
            const auto server = [](const QUrl &url) { return url.adjusted(QUrl::RemovePath); };
            if (!error.isEmpty() || server(settings.apiBase) != server(current.client->connection().apiBase))
                return self->connectProfile(profile, r.secret, false, notice);
            current.client->setConnection(settings);
            current.repository->setWorkOffline(false);
            current.window->setConnectionDescription(
                tr("%1 — %2").arg(profile.name, server(settings.apiBase).toString()), profile.publicKey);
            current.window->showNotice(
                notice.isEmpty() ? tr("Saved “%1”: connected with the new settings.").arg(profile.name)
                                 : notice);
            current.repository->identify(); // then the window syncs what it shows
        });
}

void ConsoleSession::removeConnection()
{
    const auto profile = ProfileStore::find(m_profile);
    if (!profile)
        return;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Remove connection"),
                                tr("Remove the connection “%1”? Its private key is removed from the system "
                                   "keyring. The data cached for offline review stays on this computer.")
                                    .arg(profile->name),
                                QMessageBox::Cancel, window());
    box->setObjectName(u"removeConnectionMessageBox"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->addButton(tr("&Remove"), QMessageBox::DestructiveRole)->setObjectName(u"removeButton"_s);
    connect(box, &QMessageBox::buttonClicked, this, [this, box, p = *profile](QAbstractButton *button) {
        if (box->buttonRole(button) != QMessageBox::DestructiveRole)
            return;
        ProfileStore::remove(p.name);
        m_secrets->remove(p.secretKey(), m_secrets, [](const SecretStore::Result &) {});
        openDemo();
    });
    box->open();
}

void ConsoleSession::showWelcomeIfFirstRun()
{
    if (AppSettings::welcomed() || !ProfileStore::all().isEmpty() || !window())
        return;
    if (!window()->isVisible()) // over the window, once it is shown
        return void(connect(this, &ConsoleSession::windowChanged, this,
                            &ConsoleSession::showWelcomeIfFirstRun, Qt::SingleShotConnection));
    auto *welcome = new WelcomeDialog(window());
    welcome->setAttribute(Qt::WA_DeleteOnClose);
    connect(welcome, &WelcomeDialog::demoRequested, this, [] { AppSettings::setWelcomed(); });
    connect(welcome, &WelcomeDialog::connectRequested, this, &ConsoleSession::newConnection);
    welcome->open();
}
