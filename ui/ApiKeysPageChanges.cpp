// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
// ApiKeysPage, the changes it starts: creating, editing and deleting keys, assigning them to projects, and
// adding and removing whitelist entries — each checked before it is sent (lock-out, own address) and
// answered on the page. The page itself (tables, details, actions) is in ApiKeysPage.cpp.
#include "ApiKeysPage.h"

#include "AccessListModel.h"
#include "AddEntriesDialog.h"
#include "Changes.h"
#include "CreateKeyDialog.h"
#include "EditKeyDialog.h"
#include "LockoutCheck.h"
#include "Repository.h"

#include "ui_ApiKeysPage.h"

#include <QMessageBox>
#include <QPushButton>

using namespace Qt::StringLiterals;

bool ApiKeysPage::mayManageProject() const
{
    return m_repository->policy().mayManageProjectKeys(m_orgId, m_projectId);
}

QString ApiKeysPage::projectName() const
{
    if (m_state) {
        for (const Project &p : m_state->snapshot.projects) {
            if (p.id == m_projectId)
                return p.name;
        }
    }
    return m_projectId;
}

void ApiKeysPage::inviteKey()
{
    if (!m_ui->inviteKeyAction->isEnabled() || !m_state)
        return;
    QList<KeyRecord> candidates;
    for (const KeyRecord &k : m_state->snapshot.keys) {
        if (k.key.projectRoleNames(m_projectId).isEmpty())
            candidates.append(k);
    }
    openProjectKeyDialog(
        new ProjectKeyDialog(candidates, projectName(), m_repository->client()->serverInfo().kind(), this));
}

void ApiKeysPage::changeProjectRoles()
{
    const KeyRecord *k = selectedKey();
    if (!k || !m_ui->changeProjectRolesAction->isEnabled())
        return;
    openProjectKeyDialog(new ProjectKeyDialog(*k, m_projectId, projectName(),
                                              m_repository->client()->serverInfo().kind(), this));
}

void ApiKeysPage::openProjectKeyDialog(ProjectKeyDialog *projectDialog)
{
    m_projectDialog = projectDialog;
    m_projectDialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString orgId = m_orgId;
    const QString projectId = m_projectId;
    QPointer<ProjectKeyDialog> dialog = m_projectDialog;
    const bool invite = projectDialog->objectName() == u"inviteKeyDialog"_s;
    connect(m_projectDialog, &ProjectKeyDialog::assignRequested, this,
            [this, orgId, projectId, dialog, invite](const QString &keyId, const QStringList &roles) {
                m_repository->changes()->assignProjectKey(
                    orgId, projectId, keyId, roles, dialog.data(),
                    [this, dialog, keyId, invite](ApiResult<ApiKey> r) {
                        if (!r.ok())
                            return dialog->showError(r.error().explanation());
                        selectWhenListed(keyId);
                        showMessage(invite ? tr("Invited %1 to %2.").arg(r.value().desc, projectName())
                                           : tr("Saved the project roles of %1.").arg(r.value().desc));
                        dialog->accept();
                    });
            });
    m_projectDialog->open();
}

void ApiKeysPage::unassignKey()
{
    const KeyRecord *k = selectedKey();
    if (!k || !m_ui->unassignKeyAction->isEnabled())
        return;
    const QString orgId = m_orgId;
    const QString projectId = m_projectId;
    const QString keyId = k->key.id;
    const QString name = u"%1 (%2)"_s.arg(k->key.desc, k->key.publicKey);
    m_confirm
        = new QMessageBox(QMessageBox::Question, tr("Unassign from project?"),
                          tr("Remove %1 from %2? The key stays in the organization with its other roles.")
                              .arg(name, projectName()),
                          QMessageBox::Cancel, this);
    m_confirm->setObjectName(u"confirmUnassignDialog"_s);
    QPushButton *confirm = m_confirm->addButton(tr("Unassign"), QMessageBox::AcceptRole);
    confirm->setObjectName(u"confirmButton"_s);
    m_confirm->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_confirm, &QMessageBox::buttonClicked, this,
            [this, confirm, orgId, projectId, keyId, name](QAbstractButton *b) {
                if (b != confirm)
                    return;
                m_repository->changes()->unassignProjectKey(
                    orgId, projectId, keyId, this, [this, name](ApiResult<Done> r) {
                        showMessage(r.ok() ? tr("Unassigned %1.").arg(name)
                                           : tr("Not unassigned. %1").arg(r.error().explanation()),
                                    r.ok() ? Appearance::Feedback::Done : Appearance::Feedback::Failed);
                    });
            });
    m_confirm->open();
}

void ApiKeysPage::createKey()
{
    if (!m_ui->createKeyAction->isEnabled())
        return;
    const bool inProject = !m_projectId.isEmpty();
    m_create = new CreateKeyDialog(inProject ? RoleScope::Project : RoleScope::Organization,
                                   m_repository->client()->serverInfo().kind(), ownAddress(), this);
    m_create->setAttribute(Qt::WA_DeleteOnClose);
    const QString orgId = m_orgId;
    const QString projectId = m_projectId;
    QPointer<CreateKeyDialog> dialog = m_create;
    connect(m_create, &CreateKeyDialog::createRequested, this,
            [this, orgId, projectId, dialog](const QString &desc, const QStringList &roles) {
                const auto created = [this, dialog](ApiResult<ApiKey> r) {
                    if (!r.ok())
                        return dialog->showError(r.error().explanation());
                    selectWhenListed(r.value().id);
                    dialog->showCreated(r.value());
                };
                if (projectId.isEmpty())
                    m_repository->changes()->createKey(orgId, desc, roles, dialog.data(), created);
                else
                    m_repository->changes()->createProjectKey(orgId, projectId, desc, roles, dialog.data(),
                                                              created);
            });
    connect(m_create, &CreateKeyDialog::entriesRequested, this,
            [this, orgId, dialog](const QString &keyId, const QList<IpBlock> &entries) {
                m_repository->changes()->addEntries(orgId, keyId, entries, dialog.data(),
                                                    [dialog](ApiResult<QList<AccessListEntry>> r) {
                                                        if (!r.ok())
                                                            return dialog->showError(r.error().explanation());
                                                        dialog->finishEntries();
                                                    });
            });
    m_create->open();
}

void ApiKeysPage::editKey()
{
    const KeyRecord *k = selectedKey();
    if (!k || !m_ui->editKeyAction->isEnabled())
        return;
    m_edit = new EditKeyDialog(k->key, m_repository->client()->serverInfo().kind(),
                               m_repository->policy().isCaller(k->key.id), RoleScope::Organization, this);
    m_edit->setAttribute(Qt::WA_DeleteOnClose);
    const QString orgId = m_orgId;
    const QString keyId = k->key.id;
    QPointer<EditKeyDialog> dialog = m_edit;
    connect(m_edit, &EditKeyDialog::saveRequested, this,
            [this, orgId, keyId, dialog](const std::optional<QString> &desc,
                                         const std::optional<QStringList> &roles) {
                m_repository->changes()->updateKey(orgId, keyId, desc, roles, dialog.data(),
                                                   [this, dialog](ApiResult<ApiKey> r) {
                                                       if (!r.ok())
                                                           return dialog->showError(r.error().explanation());
                                                       showMessage(tr("Saved %1.").arg(r.value().desc));
                                                       dialog->accept();
                                                   });
            });
    m_edit->open();
}

QString ApiKeysPage::deleteWarning(const KeyRecord &key) const
{
    if (!m_repository->policy().isCaller(key.key.id))
        return {};
    return tr("This is the key this console is connected with. Deleting it locks this console out at once: "
              "every later request fails until you connect with another key (Connection → Edit this "
              "connection).");
}

void ApiKeysPage::deleteKey()
{
    const KeyRecord *k = selectedKey();
    if (!k || !m_ui->deleteKeyAction->isEnabled())
        return;
    const QString orgId = m_orgId;
    const QString keyId = k->key.id;
    const QString name = u"%1 (%2)"_s.arg(k->key.desc, k->key.publicKey);
    QString text = tr("Delete the API key %1? Everything that uses it stops working at once; this "
                      "cannot be undone.")
                       .arg(name);
    const QString lockout = deleteWarning(*k);
    if (!lockout.isEmpty())
        text += u"\n\n⚠ "_s + lockout;
    m_confirm = new QMessageBox(QMessageBox::Warning, tr("Delete API key?"), text, QMessageBox::Cancel, this);
    m_confirm->setObjectName(u"confirmDeleteDialog"_s);
    QPushButton *confirm
        = m_confirm->addButton(lockout.isEmpty() ? tr("Delete key") : tr("Delete and lock this console out"),
                               QMessageBox::DestructiveRole);
    confirm->setObjectName(u"confirmButton"_s);
    m_confirm->setDefaultButton(QMessageBox::Cancel);
    m_confirm->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_confirm, &QMessageBox::buttonClicked, this,
            [this, confirm, orgId, keyId, name](QAbstractButton *b) {
                if (b != confirm)
                    return;
                m_repository->changes()->deleteKey(orgId, keyId, this, [this, name](ApiResult<Done> r) {
                    showMessage(r.ok() ? tr("Deleted %1.").arg(name)
                                       : tr("Not deleted. %1").arg(r.error().explanation()),
                                r.ok() ? Appearance::Feedback::Done : Appearance::Feedback::Failed);
                });
            });
    m_confirm->open();
}

void ApiKeysPage::addEntries(const QString &prefill)
{
    const KeyRecord *k = selectedKey();
    if (!k || !m_ui->addEntriesAction->isEnabled())
        return;
    QList<IpBlock> existing;
    for (const auto &e : k->accessList)
        existing.append(e.block());
    m_addEntries
        = new AddEntriesDialog(u"%1 (%2)"_s.arg(k->key.desc, k->key.publicKey), existing, ownAddress(), this);
    m_addEntries->setAttribute(Qt::WA_DeleteOnClose);
    if (!prefill.isEmpty())
        m_addEntries->setEntries(prefill);
    const QString orgId = m_orgId;
    const QString keyId = k->key.id;
    QPointer<AddEntriesDialog> dialog = m_addEntries;
    connect(m_addEntries, &AddEntriesDialog::addRequested, this,
            [this, orgId, keyId, dialog](const QList<IpBlock> &entries) {
                m_repository->changes()->addEntries(
                    orgId, keyId, entries, dialog.data(),
                    [this, dialog, entries](ApiResult<QList<AccessListEntry>> r) {
                        if (!r.ok())
                            return dialog->showError(r.error().explanation());
                        showMessage(tr("Added %n whitelist entry(ies).", nullptr, int(entries.size())));
                        dialog->accept();
                    });
            });
    m_addEntries->open();
}

QList<AccessListEntry> ApiKeysPage::selectedEntries() const
{
    QList<AccessListEntry> entries;
    const QModelIndexList rows = m_ui->whitelistTableView->selectionModel()->selectedRows();
    for (const QModelIndex &row : rows) {
        if (const AccessListEntry *e = m_entries->entryAt(row.row()))
            entries.append(*e);
    }
    return entries;
}

void ApiKeysPage::removeEntries()
{
    const KeyRecord *k = selectedKey();
    const QList<AccessListEntry> entries = selectedEntries();
    if (!k || entries.isEmpty() || !m_ui->removeEntryAction->isEnabled())
        return;
    const QString orgId = m_orgId;
    const QString keyId = k->key.id;
    const bool ownKey = m_repository->policy().isCaller(keyId);
    const QString own = ownAddress();
    // The entry this console calls through, on its own key, is not offered: the server refuses to remove
    // the caller's entry (CANNOT_REMOVE_CALLER_FROM_ACCESS_LIST), and a server that did not would lock
    // the console out.
    QList<IpBlock> blocks;
    QStringList names;
    QStringList kept;
    for (const AccessListEntry &e : entries) {
        const IpBlock block = e.block();
        if (ownKey && !own.isEmpty() && block.contains(QHostAddress(own)))
            kept.append(block.toString());
        else {
            blocks.append(block);
            names.append(block.toString());
        }
    }
    const QString keptText = kept.isEmpty()
        ? QString()
        : tr("%1 stays: this console calls from %2 with this key, the server refuses to remove the entry "
             "the caller uses, and without it the console would be locked out. To remove it, connect from "
             "another address or with another key.")
              .arg(kept.join(u", "_s), own);
    if (blocks.isEmpty()) {
        m_confirm = new QMessageBox(QMessageBox::Information, tr("This entry cannot be removed from here"),
                                    keptText, QMessageBox::Close, this);
        m_confirm->setObjectName(u"confirmRemoveEntryDialog"_s);
        m_confirm->setAttribute(Qt::WA_DeleteOnClose);
        m_confirm->open();
        return;
    }
    QString text = blocks.size() == 1
        ? tr("Remove %1 from the whitelist of %2?").arg(names.first(), k->key.desc)
        : tr("Remove these %n entries from the whitelist of %1?", nullptr, int(blocks.size()))
                .arg(k->key.desc)
            + u"\n• "_s + names.join(u"\n• "_s);
    if (!keptText.isEmpty())
        text += u"\n\n"_s + keptText;
    for (const IpBlock &block : std::as_const(blocks)) {
        if (!own.isEmpty() && block.contains(QHostAddress(own)))
            text += u"\n\n⚠ "_s
                + tr("%1, the address this console calls from, is covered by %2.").arg(own, block.toString());
    }
    if (k->accessList.size() == blocks.size())
        text += u"\n\n⚠ "_s
            + tr("This empties the whitelist: the key may then call from any address, or from none if the "
                 "organization requires a whitelist.");
    m_confirm = new QMessageBox(QMessageBox::Question, tr("Remove whitelist entries?"), text,
                                QMessageBox::Cancel, this);
    m_confirm->setObjectName(u"confirmRemoveEntryDialog"_s);
    QPushButton *confirm = m_confirm->addButton(tr("Remove %n entry(ies)", nullptr, int(blocks.size())),
                                                QMessageBox::DestructiveRole);
    confirm->setObjectName(u"confirmButton"_s);
    m_confirm->setDefaultButton(QMessageBox::Cancel);
    m_confirm->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_confirm, &QMessageBox::buttonClicked, this,
            [this, confirm, orgId, keyId, blocks](QAbstractButton *b) {
                if (b != confirm)
                    return;
                // One request per entry (the API removes one at a time); each answer is said on its own.
                auto results = std::make_shared<QStringList>();
                auto failures = std::make_shared<QStringList>();
                for (const IpBlock &block : blocks) {
                    m_repository->changes()->deleteEntry(
                        orgId, keyId, block, this,
                        [this, block, results, failures, total = blocks.size()](ApiResult<Done> r) {
                            if (r.ok())
                                results->append(block.toString());
                            else
                                failures->append(tr("%1: %2").arg(block.toString(), r.error().explanation()));
                            if (results->size() + failures->size() < total)
                                return;
                            QString message = results->isEmpty()
                                ? QString()
                                : tr("Removed %1.").arg(results->join(u", "_s));
                            if (!failures->isEmpty())
                                message += (message.isEmpty() ? QString() : u" "_s)
                                    + tr("Not removed: %1").arg(failures->join(u"; "_s));
                            showMessage(message,
                                        failures->isEmpty() ? Appearance::Feedback::Done
                                                            : Appearance::Feedback::Failed);
                        });
                }
            });
    m_confirm->open();
}
