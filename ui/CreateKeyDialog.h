// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ApiKey.h"
#include "IpBlock.h"
#include "RoleCatalogue.h"

#include <QDialog>

class EntriesEditor;
class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class RoleList;

// Creating a key in two pages: description and roles; then the private key, shown once, with optional
// whitelist entries to add at once. It cannot be closed before the person says the key was copied.
class CreateKeyDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CreateKeyDialog)
public:
    CreateKeyDialog(RoleScope scope, ServerKind kind, const QString &ownAddress, QWidget *parent = nullptr);

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

    QStackedWidget *m_pages;
    QLineEdit *m_desc;
    QLabel *m_descMessage;
    RoleList *m_roles;
    QPushButton *m_create;
    QLabel *m_error;
    QLineEdit *m_privateKey;
    QCheckBox *m_copied;
    EntriesEditor *m_entries;
    QPushButton *m_finish;
    QString m_keyId;
    bool m_busy = false;
};
