// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AccessListEntry.h"

#include <QDialog>

#include <memory>

class AccessListModel;
class ApiClient;

namespace Ui {
class UserWhitelistDialog;
}

// The whitelist of a personal (user) API key, /users/{id}/accessList: view, add, remove. The user is
// named as the server knows them (the name they sign in with, not an API key). The address the caller
// uses cannot be removed; the dialog says so before anything is sent.
class UserWhitelistDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UserWhitelistDialog)
public:
    // username: the one used last on this connection, or empty (nothing is loaded until one is typed).
    UserWhitelistDialog(ApiClient *client, const QString &username, QWidget *parent = nullptr);
    ~UserWhitelistDialog() override;

    void load();
    void addEntries();
    void removeSelected();
    QString message() const;
    int entryCount() const;

signals:
    // The server knows this user: worth remembering for next time.
    void userFound(const QString &username);

private:
    void show(const QList<AccessListEntry> &entries);
    void updateButtons();
    void showMessage(const QString &text);

    std::unique_ptr<Ui::UserWhitelistDialog> m_ui;
    ApiClient *m_client;
    AccessListModel *m_model;
    QString m_userId;
    QList<AccessListEntry> m_entries;
};
