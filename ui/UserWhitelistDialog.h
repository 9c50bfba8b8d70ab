// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AccessListEntry.h"

#include <QDialog>

class AccessListModel;
class ApiClient;
class EntriesEditor;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

// The whitelist of a personal (user) API key, /users/{id}/accessList: view, add, remove. The address
// the caller uses cannot be removed; the dialog says so before anything is sent.
class UserWhitelistDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UserWhitelistDialog)
public:
    UserWhitelistDialog(ApiClient *client, const QString &username, QWidget *parent = nullptr);

    void load();
    void addEntries();
    void removeSelected();
    QString message() const;
    int entryCount() const;

private:
    void show(const QList<AccessListEntry> &entries);
    void updateButtons();
    void showMessage(const QString &text);

    ApiClient *m_client;
    QString m_userId;
    QList<AccessListEntry> m_entries;
    QLineEdit *m_username;
    QTableView *m_table;
    AccessListModel *m_model;
    EntriesEditor *m_editor;
    QPushButton *m_add;
    QPushButton *m_remove;
    QLabel *m_message;
};
