// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ApiKey.h"
#include "IpBlock.h"
#include "RoleCatalogue.h"

#include <QDialog>

#include <memory>

namespace Ui {
class CreateKeyDialog;
}

// Creating a key in two pages: description and roles; then the private key, shown once, with optional
// whitelist entries to add at once. It cannot be closed before the person says the key was copied.
class CreateKeyDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CreateKeyDialog)
public:
    CreateKeyDialog(RoleScope scope, ServerKind kind, const QString &ownAddress, QWidget *parent = nullptr);
    ~CreateKeyDialog() override;

    // Answers from the page that does the work:
    void showCreated(const ApiKey &key); // turns to the private-key page
    void showError(const QString &explanation);
    void finishEntries(); // the entries went in (or there were none): close

    QString privateKeyShown() const;
    bool isOnPrivateKeyPage() const;

signals:
    void createRequested(const QString &desc, const QStringList &roles);
    void entriesRequested(const QString &keyId, const QList<IpBlock> &entries);

public slots:
    void reject() override;

private:
    void updateCreateButton();
    void updateFinishButton();

    std::unique_ptr<Ui::CreateKeyDialog> m_ui;
    QString m_keyId;
    bool m_busy = false;
};
