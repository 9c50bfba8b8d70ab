// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "IpBlock.h"

#include <QDialog>

#include <memory>

namespace Ui {
class AddEntriesDialog;
}

// Adds one or many whitelist entries to a key in one request; Add stays disabled while any entry is wrong.
class AddEntriesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AddEntriesDialog)
public:
    AddEntriesDialog(const QString &keyName, const QList<IpBlock> &existing, const QString &ownAddress,
                     QWidget *parent = nullptr);
    ~AddEntriesDialog() override;
    void showError(const QString &explanation);
    // Entries to start with (one per line), checked like typed ones.
    void setEntries(const QString &text);

signals:
    void addRequested(const QList<IpBlock> &entries);

private:
    void updateAddButton();

    std::unique_ptr<Ui::AddEntriesDialog> m_ui;
};
