// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RoleCatalogue.h"
#include "ServiceAccount.h"

#include <QDialog>

#include <memory>

namespace Ui {
class NewSecretDialog;
}

// Adding a secret to a service account, in two pages: first its lifetime, with what adding it does to the
// other secret (its remaining life is cut to at most seven days: the date is named before anything is
// sent); then the new secret, shown once. It cannot be closed before the person says it was copied.
// The same dialog creates a service account: name (1–64), description (1–250) and organization roles
// checked as typed, then the client ID and the first secret, shown once.
class NewSecretDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NewSecretDialog)
public:
    NewSecretDialog(const ServiceAccount &account, const QDateTime &now, QWidget *parent = nullptr);
    // A new account of a server of this kind.
    explicit NewSecretDialog(ServerKind kind, QWidget *parent = nullptr);
    void showCreatedAccount(const ServiceAccount &account); // turns to the secret page
    ~NewSecretDialog() override;

    // What the first page says will happen (for tests and screen readers).
    QString planText() const;
    void showCreated(const ServiceAccountSecret &secret); // turns to the secret page
    void showError(const QString &explanation);
    bool isOnSecretPage() const;
    QString secretShown() const;

    // The cut: when another live secret would expire after adding one now (invalid when none is cut).
    static QDateTime cutExpiry(const ServiceAccount &account, const QDateTime &now);

    // What is wrong with the account as typed (empty when it can be sent).
    QString accountProblem() const;

signals:
    void createRequested(int hours);
    void accountRequested(const QString &name, const QString &description, const QStringList &roles,
                          int hours);

public slots:
    void reject() override;

private:
    void setUp();
    void updateCreateButton();

    std::unique_ptr<Ui::NewSecretDialog> m_ui;
    bool m_busy = false;
    bool m_newAccount = false;
};
