// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ConnectionProfile.h"
#include "ConnectionTester.h"

#include <QDialog>
#include <QMap>
#include <QPointer>

#include <memory>

class ConnectionProbe;
class QLabel;
class SecretStore;

namespace Ui {
class ProfileDialog;
}

// Adds or edits a connection profile: name, server as typed in a browser, public key, private key (to
// the system keyring through the SecretStore, never to settings), extra CA bundle and proxy. "Test
// connection" explains the outcome, with a button that copies the address the server saw and one that
// trusts the server's certificate for this profile. Each field's problem shows under it.
class ProfileDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileDialog)
public:
    // profile empty: a new connection. Existing profiles keep their name (their cache is filed under it).
    ProfileDialog(SecretStore *secrets, const std::optional<ConnectionProfile> &profile,
                  QWidget *parent = nullptr);
    ~ProfileDialog() override;

    ConnectionProfile profile() const;
    void testConnection();
    // Validates, stores the private key, then the profile; accepted() follows when both are stored.
    void save();
    // Cancel, Escape or the window's close: with something typed, asks first (discardMessageBox).
    void reject() override;

    QString testMessage() const;
    // What saving waits for (the system keyring), while it waits; empty otherwise.
    QString savingMessage() const;
    QString fieldProblem(ConnectionProfile::Field field) const;
    QString privateKeyProblemText() const;
    // Set when the keyring was not available and the key is kept for this session only.
    QString keyNotice() const { return m_keyNotice; }

signals:
    void saved(const ConnectionProfile &profile, const QString &keyNotice);

private:
    void showProblems();
    void showTestResult(const ConnectionTestResult &result);
    void updateProxyFields();
    void updateAuthFields();
    ConnectionSettings::AuthMethod authMethod() const;
    void setBusy(bool busy);
    void showSaving(const QString &text);
    bool hasTypedChanges() const;
    QString typedState() const;
    void storeSecret(const ConnectionProfile &profile, const QString &privateKey);
    void storeProfile(const ConnectionProfile &profile, const QString &notice);

    std::unique_ptr<Ui::ProfileDialog> m_ui;
    SecretStore *m_secrets;
    bool m_editing;
    std::optional<ConnectionProfile> m_original;
    bool m_showProblems = false;
    QByteArray m_pinned;
    QString m_keyNotice;
    ConnectionProbe *m_probe;
    QMap<ConnectionProfile::Field, QLabel *> m_problems;
    QString m_address;
    QString m_fingerprint;
    QString m_initialState; // what the form held when it opened
    QPointer<QWidget> m_focusBeforeTest;
    bool m_discardConfirmed = false;
};
