// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
// ServiceAccountsPage: the projects an account is invited to — read when the account is picked (they are
// not part of a sync: one more request per account), invited to with project roles, unassigned.
#include "ServiceAccountsPage.h"

#include "ProjectKeyDialog.h"
#include "Repository.h"
#include "RoleCatalogue.h"
#include "ServiceAccountsModel.h"
#include "ui_ServiceAccountsPage.h"

#include <QInputDialog>
#include <QMessageBox>
#include <QPushButton>

using namespace Qt::StringLiterals;

ProjectKeyDialog *ServiceAccountsPage::inviteDialog() const
{
    return m_invite;
}

QInputDialog *ServiceAccountsPage::projectPicker() const
{
    return m_projectPicker;
}

void ServiceAccountsPage::readProjects()
{
    const QString clientId = selectedClientId();
    m_projectsOf = clientId;
    m_projects.clear();
    m_projectsRead = false;
    m_projectsProblem.clear();
    if (clientId.isEmpty())
        return showProjects();
    if (!m_repository->isOnline()) {
        m_projectsProblem = tr("not read while offline (projects are read from the server, not cached)");
        return showProjects();
    }
    m_projectsProblem = tr("reading…");
    showProjects();
    m_repository->client()->serviceAccountProjects(
        m_orgId, clientId, this, [this, clientId](ApiResult<QList<ServiceAccountProject>> r) {
            if (clientId != m_projectsOf)
                return; // another account was picked meanwhile
            m_projectsRead = r.ok();
            m_projectsProblem = r.ok() ? QString() : r.error().explanation();
            m_projects = r.ok() ? r.value() : QList<ServiceAccountProject>();
            showProjects();
        });
}

void ServiceAccountsPage::showProjects()
{
    QTableWidget *table = m_ui->accountProjectsTableWidget;
    table->setRowCount(0);
    if (!m_projectsProblem.isEmpty())
        m_ui->accountProjectsLabel->setText(tr("Projects: %1").arg(m_projectsProblem));
    else
        m_ui->accountProjectsLabel->setText(tr("Projects (%1)").arg(m_projects.size()));
    table->setRowCount(int(m_projects.size()));
    for (int row = 0; row < m_projects.size(); ++row) {
        const ServiceAccountProject &p = m_projects.at(row);
        QString name = p.groupId;
        if (m_state) {
            for (const Project &known : m_state->snapshot.projects) {
                if (known.id == p.groupId)
                    name = known.name;
            }
        }
        QStringList roles;
        for (const QString &role : p.roles)
            roles.append(RoleCatalogue::displayName(role));
        auto *first = new QTableWidgetItem(name);
        first->setData(Qt::UserRole, p.groupId);
        first->setToolTip(tr("Project %1").arg(p.groupId));
        table->setItem(row, 0, first);
        auto *second = new QTableWidgetItem(roles.join(u", "_s));
        second->setToolTip(p.roles.join(u' '));
        table->setItem(row, 1, second);
    }
    updateButtons();
}

void ServiceAccountsPage::inviteToProject(const QString &groupId)
{
    const ServiceAccountRecord *r = selectedAccount();
    if (!r || !m_state || !m_ui->inviteAccountButton->isEnabled())
        return;
    if (groupId.isEmpty()) {
        // Which project: the organization's projects the account is not in yet.
        QStringList names;
        QStringList ids;
        for (const Project &p : m_state->snapshot.projects) {
            const bool assigned
                = std::any_of(m_projects.cbegin(), m_projects.cend(),
                              [&](const ServiceAccountProject &x) { return x.groupId == p.id; });
            if (!assigned) {
                names.append(p.name);
                ids.append(p.id);
            }
        }
        if (names.isEmpty()) {
            showMessage(tr("%1 is already in every project of the organization.").arg(r->account.name),
                        Appearance::Feedback::Failed);
            return;
        }
        m_projectPicker = new QInputDialog(this);
        m_projectPicker->setObjectName(u"projectPickerDialog"_s);
        m_projectPicker->setWindowTitle(tr("Invite %1 to a project").arg(r->account.name));
        m_projectPicker->setLabelText(tr("&Project:"));
        m_projectPicker->setComboBoxItems(names);
        m_projectPicker->setComboBoxEditable(false);
        m_projectPicker->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_projectPicker, &QInputDialog::textValueSelected, this,
                [this, names, ids](const QString &name) {
                    const qsizetype at = names.indexOf(name);
                    if (at >= 0)
                        inviteToProject(ids.at(at));
                });
        m_projectPicker->open();
        return;
    }
    QString projectName = groupId;
    for (const Project &p : m_state->snapshot.projects) {
        if (p.id == groupId)
            projectName = p.name;
    }
    // The keys' dialog for a key's roles in a project, with the account standing in for the key.
    KeyRecord asKey;
    asKey.key.id = r->account.clientId;
    asKey.key.publicKey = r->account.clientId;
    asKey.key.desc = r->account.name;
    for (const ServiceAccountProject &p : std::as_const(m_projects)) {
        if (p.groupId == groupId) {
            for (const QString &role : p.roles)
                asKey.key.roles.append({role, {}, groupId});
        }
    }
    m_invite = new ProjectKeyDialog(asKey, groupId, projectName, m_repository->client()->serverInfo().kind(),
                                    this);
    m_invite->setObjectName(u"inviteAccountDialog"_s);
    m_invite->setWindowTitle(tr("Invite %1 to %2").arg(r->account.name, projectName));
    m_invite->setAttribute(Qt::WA_DeleteOnClose);
    const QString clientId = r->account.clientId;
    const QString name = r->account.name;
    QPointer<ProjectKeyDialog> dialog = m_invite;
    connect(m_invite, &ProjectKeyDialog::assignRequested, this,
            [this, dialog, groupId, projectName, clientId, name](const QString &, const QStringList &roles) {
                if (auto e = m_repository->offlineError()) {
                    if (dialog)
                        dialog->showError(e->explanation());
                    return;
                }
                m_repository->client()->inviteServiceAccount(
                    groupId, clientId, roles, this,
                    [this, dialog, projectName, clientId, name, roles](ApiResult<ServiceAccount> done) {
                        if (!done.ok()) {
                            if (dialog)
                                dialog->showError(done.error().explanation());
                            return;
                        }
                        if (dialog)
                            dialog->accept();
                        QStringList shown;
                        for (const QString &role : roles)
                            shown.append(RoleCatalogue::displayName(role));
                        showMessage(tr("%1 is in %2 as %3.").arg(name, projectName, shown.join(u", "_s)));
                        if (m_projectsOf == clientId)
                            readProjects();
                    });
            });
    m_invite->open();
}

void ServiceAccountsPage::unassignFromProject()
{
    const ServiceAccountRecord *r = selectedAccount();
    const int row = m_ui->accountProjectsTableWidget->currentRow();
    if (!r || row < 0 || row >= m_projects.size() || !m_ui->unassignAccountButton->isEnabled())
        return;
    const QString groupId = m_projects.at(row).groupId;
    const QString projectName = m_ui->accountProjectsTableWidget->item(row, 0)->text();
    const QString clientId = r->account.clientId;
    const QString name = r->account.name;
    QString text = tr("Take %1 out of %2? It loses its roles there at once; its secrets stay valid for the "
                      "organization and its other projects.")
                       .arg(name, projectName);
    if (m_repository->policy().isCaller(clientId))
        text += u"\n\n⚠ "_s
            + tr("This console signs in as this account: it can no longer act in %1.").arg(projectName);
    m_confirm = new QMessageBox(QMessageBox::Warning, tr("Unassign from project?"), text, QMessageBox::Cancel,
                                this);
    m_confirm->setObjectName(u"confirmUnassignAccountDialog"_s);
    QPushButton *confirm = m_confirm->addButton(tr("Unassign"), QMessageBox::DestructiveRole);
    confirm->setObjectName(u"confirmButton"_s);
    m_confirm->setDefaultButton(QMessageBox::Cancel);
    m_confirm->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_confirm, &QMessageBox::buttonClicked, this,
            [this, confirm, groupId, projectName, clientId, name](QAbstractButton *b) {
                if (b != confirm)
                    return;
                m_repository->client()->unassignServiceAccount(
                    groupId, clientId, this, [this, projectName, clientId, name](ApiResult<Done> done) {
                        showMessage(done.ok() ? tr("%1 is no longer in %2.").arg(name, projectName)
                                              : tr("Not unassigned. %1").arg(done.error().explanation()),
                                    done.ok() ? Appearance::Feedback::Done : Appearance::Feedback::Failed);
                        if (done.ok() && m_projectsOf == clientId)
                            readProjects();
                    });
            });
    m_confirm->open();
}
