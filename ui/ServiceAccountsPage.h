// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "OrgState.h"

#include <QWidget>

#include <memory>

class Repository;
class ServiceAccountsModel;

namespace Ui {
class ServiceAccountsPage;
}

// The organization's service accounts (Cloud Manager, Atlas), read-only for now: the list, and for the
// account picked its description, its secrets (masked, with created / expires / last used) and its own
// access list. Reads the in-memory state; says why when the server has none or the key may not list them.
// Its controls are made when it is first shown, and it reads the state only while shown: a window with a
// page nobody opened costs nothing for it (bench_gui_stall measured about 2 ms for building it up front).
class ServiceAccountsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServiceAccountsPage)
public:
    explicit ServiceAccountsPage(Repository *repository, QWidget *parent = nullptr);
    ~ServiceAccountsPage() override;
    void setOrganization(const QString &orgId);
    QString selectedClientId() const;
    void selectAccount(const QString &clientId);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void build();
    void refresh();
    void showDetails();

    std::unique_ptr<Ui::ServiceAccountsPage> m_ui;
    Repository *m_repository;
    ServiceAccountsModel *m_accounts;
    QString m_orgId;
    OrgStatePtr m_state;
    bool m_built = false; // the controls are made when the page is first shown (a window opens faster)
    bool m_stale = false; // the state changed while the page was hidden
};
