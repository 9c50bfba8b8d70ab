// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Appearance.h"
#include "OrgState.h"

#include <QPointer>
#include <QWidget>

#include <memory>

class AddEntriesDialog;
class EditKeyDialog;
class NewSecretDialog;
class ProjectKeyDialog;
class QInputDialog;
class QMessageBox;
class Repository;
class ServiceAccountsModel;

namespace Ui {
class ServiceAccountsPage;
}

// The organization's service accounts (Cloud Manager, Atlas): the list, and for the account picked its
// description, its secrets (masked, with created / expires / last used) and its own access list. Reads the
// in-memory state; says why when the server has none or the key may not list them. An Organization Owner
// adds a secret (the other's cut to seven days named before sending, the new one shown once), deletes a
// secret (its tokens stop at once) or the account (with this console's own account called out), and adds
// or removes access-list entries with the keys' editor and parser (ServiceAccountsPageChanges.cpp).
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

    // The changes (ServiceAccountsPageChanges.cpp), also for tests.
    void newAccount();
    void newSecret();
    void deleteSecret();
    // The documented rotation of a secret (ServiceAccountsPageRotation.cpp): with one secret, the second is
    // added (the old one's life cut to seven days, said before); with two live ones, the older is deleted
    // once the clients use the newer (its last use shown, its tokens stopping at once said).
    void rotateSecret();
    void editAccount();
    void deleteAccount();
    // prefill: entries to start with (one per line), as the address check offers them.
    void addEntries(const QString &prefill = {});
    void deleteEntry();
    // Projects (ServiceAccountsPageProjects.cpp): read when an account is picked (online only; they are not
    // cached), invited to with roles (groupId empty: the person picks the project first), unassigned.
    void inviteToProject(const QString &groupId = {});
    void unassignFromProject();
    ProjectKeyDialog *inviteDialog() const;
    QInputDialog *projectPicker() const;
    bool projectsRead() const { return m_projectsRead; }
    NewSecretDialog *newSecretDialog() const;
    QMessageBox *confirmDialog() const;
    AddEntriesDialog *addEntriesDialog() const;
    EditKeyDialog *editAccountDialog() const;
    QString message() const;

protected:
    void showEvent(QShowEvent *event) override;

private:
    void build();
    void refresh();
    void showDetails();
    void updateButtons();
    void showMessage(const QString &text, Appearance::Feedback kind = Appearance::Feedback::Done);
    const ServiceAccountRecord *selectedAccount() const;
    QString ownAddress() const; // the address the server last saw this console call from
    void readProjects();
    void showProjects();

    std::unique_ptr<Ui::ServiceAccountsPage> m_ui;
    Repository *m_repository;
    ServiceAccountsModel *m_accounts;
    QString m_orgId;
    OrgStatePtr m_state;
    bool m_built = false; // the controls are made when the page is first shown (a window opens faster)
    bool m_stale = false; // the state changed while the page was hidden
    QPointer<NewSecretDialog> m_newSecret;
    QPointer<QMessageBox> m_confirm;
    QPointer<AddEntriesDialog> m_addEntries;
    QPointer<EditKeyDialog> m_editAccount;
    QPointer<ProjectKeyDialog> m_invite;
    QPointer<QInputDialog> m_projectPicker;
    QString m_projectsOf; // the client ID the projects below belong to
    QList<ServiceAccountProject> m_projects;
    bool m_projectsRead = false;
    QString m_projectsProblem;
};
