// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <memory>

class Repository;

namespace Ui {
class AddressCheckPage;
}

// Offline review of the cached organization: who may call from an address.
class AddressCheckPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AddressCheckPage)
public:
    explicit AddressCheckPage(Repository *repository, QWidget *parent = nullptr);
    ~AddressCheckPage() override;
    void setOrganization(const QString &orgId);
    void check();

signals:
    // A row was opened: its key, and the whitelist entry it is about (empty when none).
    void keyActivated(const QString &keyId, const QString &entry);
    // "Add this address to its whitelist" on a row: the key, and the address checked.
    void addAddressRequested(const QString &keyId, const QString &address);

private:
    void updateRowActions();

    std::unique_ptr<Ui::AddressCheckPage> m_ui;
    Repository *m_repository;
    QString m_orgId;
    QString m_checked; // the address the rows are about
};
