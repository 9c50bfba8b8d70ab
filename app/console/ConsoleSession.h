// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ConnectionSettings.h"
#include "EmulatorOptions.h"

#include <QObject>
#include <QPointer>
#include <QSet>

#include <memory>
#include <optional>

class EmulatorServer;
class MainWindow;
class Repository;
class SecretStore;
struct ConnectionProfile;

// The console's connection: the demo server or a saved profile, with its network manager, client,
// repository (one cache file per connection) and main window. Switching builds the new connection
// first, then cancels everything of the old one and throws it away whole — window included — so one
// server's data is never shown under another's name.
class ConsoleSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConsoleSession)
public:
    // secrets: where private keys are read and written (the keyring with a session fallback).
    explicit ConsoleSession(SecretStore *secrets, QObject *parent = nullptr);
    ~ConsoleSession() override;
    // Quit: a service account's token is revoked, waiting for the answer at most a few seconds (the
    // windows are gone by then).
    void signOut();

    // For tests and the screenshots: how the demo server runs.
    void setDemoOptions(const EmulatorOptions &options) { m_demoOptions = options; }

    // offline: the cache only, nothing sent.
    // The demo server: Ops Manager's Public API, or (api AtlasV2) Atlas's Administration API v2.
    void openDemo(bool offline = false, ConnectionSettings::Api api = ConnectionSettings::Api::PublicV1);
    void openProfile(const QString &name, bool offline = false);
    // The connection of the last session (a profile that still exists, else the demo).
    void openLast(bool offline = false);
    // On the very first start (no profile, welcome never answered): "Connect" or "Explore the demo".
    void showWelcomeIfFirstRun();

    void newConnection();
    void editConnection();
    void removeConnection();

    MainWindow *window() const;
    Repository *repository() const;
    EmulatorServer *demoServer() const;
    // Empty: the demo; ConnectionProfile::AtlasDemoName: the Atlas demo.
    QString currentProfile() const { return m_profile; }
    bool isDemo() const;

signals:
    // A new window replaced the old one, and is shown (in the turn of the event loop after open*(); until
    // then window() is the new window, not yet visible).
    void windowChanged(MainWindow *window);
    // A profile could not be opened; the current connection stays.
    void openFailed(const QString &reason);

private:
    class Connection;
    static constexpr int OldConnectionDeleteDelayMs = 200;
    static constexpr int RevokeDelayMs = 5000; // the revoke request's own deadline
    void connectProfile(const ConnectionProfile &profile, const QString &privateKey, bool offline,
                        const QString &notice);
    void askForPrivateKey(const ConnectionProfile &profile, const QString &reason);
    static QString sessionOnlyNotice(const ConnectionProfile &profile);
    void install(std::unique_ptr<Connection> connection, const QString &profile, const QString &notice);
    void wire(MainWindow *window);
    void showProfileDialog(const std::optional<ConnectionProfile> &profile);
    void applyEdited(const ConnectionProfile &profile, const QString &notice);

    SecretStore *m_secrets;
    QSet<QString> m_storePasswordsAsked; // team stores whose password was looked up in the keyring
    EmulatorOptions m_demoOptions;
    std::unique_ptr<Connection> m_current;
    QString m_profile;
    quint64 m_generation = 0; // a newer request makes a pending key read or prompt moot
};
