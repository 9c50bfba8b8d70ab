// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ServiceAccount.h"

#include <QDialog>

#include <memory>

namespace Ui {
class NewSecretDialog;
}

// Adding a secret to a service account, in two pages: first its lifetime, with what adding it does to the
// other secret (its remaining life is cut to at most seven days: the date is named before anything is
// sent); then the new secret, shown once. It cannot be closed before the person says it was copied.
class NewSecretDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NewSecretDialog)
public:
    NewSecretDialog(const ServiceAccount &account, const QDateTime &now, QWidget *parent = nullptr);
    ~NewSecretDialog() override;

    // What the first page says will happen (for tests and screen readers).
    QString planText() const;
    void showCreated(const ServiceAccountSecret &secret); // turns to the secret page
    void showError(const QString &explanation);
    bool isOnSecretPage() const;
    QString secretShown() const;

    // The cut: when another live secret would expire after adding one now (invalid when none is cut).
    static QDateTime cutExpiry(const ServiceAccount &account, const QDateTime &now);

signals:
    void createRequested(int hours);

public slots:
    void reject() override;

private:
    std::unique_ptr<Ui::NewSecretDialog> m_ui;
    bool m_busy = false;
};
