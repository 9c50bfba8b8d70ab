// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The Service accounts page's changes: a new secret, deleting a secret or an account, access-list entries.
// Each says before sending what the server will do (the other secret cut to seven days, tokens stopped at
// once, this console locked out), sends through Changes, and says what happened under the buttons.
#include "ServiceAccountsPage.h"

#include "AddEntriesDialog.h"
#include "ApiClient.h"
#include "Changes.h"
#include "Clock.h"
#include "DateText.h"
#include "EditKeyDialog.h"
#include "LockoutCheck.h"
#include "NewSecretDialog.h"
#include "Repository.h"
#include "ServiceAccountsModel.h"
#include "ui_ServiceAccountsPage.h"

#include <QHostAddress>
#include <QMessageBox>
#include <QPushButton>

using namespace Qt::StringLiterals;

const ServiceAccountRecord *ServiceAccountsPage::selectedAccount() const
{
    return m_built ? m_accounts->accountAt(m_accounts->rowOfAccount(selectedClientId())) : nullptr;
}

NewSecretDialog *ServiceAccountsPage::newSecretDialog() const
{
    return m_newSecret;
}

QMessageBox *ServiceAccountsPage::confirmDialog() const
{
    return m_confirm;
}

AddEntriesDialog *ServiceAccountsPage::addEntriesDialog() const
{
    return m_addEntries;
}

QString ServiceAccountsPage::message() const
{
    return m_built ? m_ui->accountsMessageLabel->text() : QString();
}

void ServiceAccountsPage::showMessage(const QString &text, Appearance::Feedback kind)
{
    if (!m_built)
        return;
    const bool done = kind == Appearance::Feedback::Done;
    m_ui->accountsMessageLabel->setText(text.isEmpty() ? QString() : (done ? u"✓ "_s : u"✗ "_s) + text);
    QPalette palette = m_ui->accountsMessageLabel->palette();
    palette.setColor(QPalette::WindowText, Appearance::feedbackColour(kind, this->palette()));
    m_ui->accountsMessageLabel->setPalette(palette);
    m_ui->accountsMessageLabel->setVisible(!text.isEmpty());
}

QString ServiceAccountsPage::ownAddress() const
{
    if (!m_state)
        return {};
    const QString caller = m_repository->policy().callerKeyId();
    if (const KeyRecord *own = m_state->snapshot.findKey(caller))
        return LockoutCheck::lastSeenAddress(own->accessList).toString();
    for (const ServiceAccountRecord &r : m_state->snapshot.serviceAccounts) {
        if (r.account.clientId == caller)
            return LockoutCheck::lastSeenAddress(r.accessList).toString();
    }
    return {};
}

void ServiceAccountsPage::updateButtons()
{
    const ServiceAccountRecord *r = selectedAccount();
    const bool owner = r && m_repository->policy().mayChangeOrganization(m_orgId);
    m_ui->newSecretButton->setEnabled(owner);
    m_ui->rotateSecretButton->setEnabled(owner);
    m_ui->deleteSecretButton->setEnabled(owner && m_ui->secretsTableWidget->currentRow() >= 0);
    m_ui->editAccountButton->setEnabled(owner);
    m_ui->deleteAccountButton->setEnabled(owner);
    m_ui->addAccountEntriesButton->setEnabled(owner && r->accessListState.readable);
    m_ui->deleteAccountEntryButton->setEnabled(owner && r->accessListState.readable
                                               && m_ui->accountEntriesTableWidget->currentRow() >= 0);
    const bool projects = owner && m_repository->isOnline() && m_projectsRead;
    m_ui->inviteAccountButton->setEnabled(projects);
    m_ui->unassignAccountButton->setEnabled(projects && m_ui->accountProjectsTableWidget->currentRow() >= 0);
}

void ServiceAccountsPage::newAccount()
{
    if (!m_ui->newAccountButton->isEnabled())
        return;
    m_newSecret = new NewSecretDialog(m_repository->client()->serverInfo().kind(), this);
    m_newSecret->setAttribute(Qt::WA_DeleteOnClose);
    const QString orgId = m_orgId;
    QPointer<NewSecretDialog> dialog = m_newSecret;
    connect(m_newSecret, &NewSecretDialog::accountRequested, this,
            [this, dialog, orgId](const QString &name, const QString &description, const QStringList &roles,
                                  int hours) {
                m_repository->changes()->createServiceAccount(
                    orgId, name, description, roles, hours, this,
                    [this, dialog](ApiResult<ServiceAccount> created) {
                        if (!created.ok()) {
                            if (dialog)
                                dialog->showError(created.error().explanation());
                            else
                                showMessage(tr("No account created. %1").arg(created.error().explanation()),
                                            Appearance::Feedback::Failed);
                            return;
                        }
                        showMessage(tr("Created the service account %1 (%2).")
                                        .arg(created.value().name, created.value().clientId));
                        selectAccount(created.value().clientId);
                        if (dialog)
                            dialog->showCreatedAccount(created.value());
                    });
            });
    m_newSecret->open();
}

void ServiceAccountsPage::newSecret()
{
    const ServiceAccountRecord *r = selectedAccount();
    if (!r || !m_ui->newSecretButton->isEnabled())
        return;
    const ServiceAccount account = r->account;
    if (account.secrets.size() >= ServiceAccount::MaxSecrets) {
        // Refused before sending: the server allows two.
        showMessage(tr("%1 has two secrets, the most an account may have. Delete one first — an expired "
                       "one, or the one its clients no longer use (its last use is in the table).")
                        .arg(account.name),
                    Appearance::Feedback::Failed);
        return;
    }
    m_newSecret = new NewSecretDialog(account, Clock::nowUtc(), this);
    m_newSecret->setAttribute(Qt::WA_DeleteOnClose);
    const QString orgId = m_orgId;
    const QString clientId = account.clientId;
    const QString name = account.name;
    QPointer<NewSecretDialog> dialog = m_newSecret;
    connect(m_newSecret, &NewSecretDialog::createRequested, this,
            [this, dialog, orgId, clientId, name](int hours) {
                m_repository->changes()->createServiceAccountSecret(
                    orgId, clientId, hours, this,
                    [this, dialog, name](ApiResult<ServiceAccountSecret> created) {
                        if (!created.ok()) {
                            if (dialog)
                                dialog->showError(created.error().explanation());
                            else
                                showMessage(tr("No secret added. %1").arg(created.error().explanation()),
                                            Appearance::Feedback::Failed);
                            return;
                        }
                        showMessage(tr("Added a secret to %1, expiring on %2.")
                                        .arg(name, DateText::shown(created.value().expiresAt)));
                        if (dialog)
                            dialog->showCreated(created.value());
                    });
            });
    m_newSecret->open();
}

void ServiceAccountsPage::deleteSecret()
{
    const ServiceAccountRecord *r = selectedAccount();
    const int row = m_ui->secretsTableWidget->currentRow();
    if (!r || row < 0 || row >= r->account.secrets.size() || !m_ui->deleteSecretButton->isEnabled())
        return;
    const ServiceAccountSecret secret = r->account.secrets.at(row);
    const QString orgId = m_orgId;
    const QString clientId = r->account.clientId;
    const QString name = r->account.name;
    const QDateTime now = Clock::nowUtc();
    QString text = tr("Delete the secret %1 of %2? Every token made with it stops working at once: clients "
                      "still using it are refused from now on. This cannot be undone.")
                       .arg(secret.maskedSecretValue, name);
    const bool lastLive = !secret.expiredAt(now) && r->account.liveSecrets(now) == 1;
    if (lastLive)
        text += u"\n\n⚠ "_s
            + tr("It is the account's only unexpired secret: nothing can sign in with %1 until a new secret "
                 "is "
                 "added.")
                  .arg(name);
    if (m_repository->policy().isCaller(clientId))
        text += u"\n\n⚠ "_s
            + tr("This console signs in as %1: if it uses this secret, it is signed out at once.").arg(name);
    m_confirm = new QMessageBox(QMessageBox::Warning, tr("Delete secret?"), text, QMessageBox::Cancel, this);
    m_confirm->setObjectName(u"confirmDeleteSecretDialog"_s);
    QPushButton *confirm = m_confirm->addButton(tr("Delete secret"), QMessageBox::DestructiveRole);
    confirm->setObjectName(u"confirmButton"_s);
    m_confirm->setDefaultButton(QMessageBox::Cancel);
    m_confirm->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_confirm, &QMessageBox::buttonClicked, this,
            [this, confirm, orgId, clientId, name, secret](QAbstractButton *b) {
                if (b != confirm)
                    return;
                m_repository->changes()->deleteServiceAccountSecret(
                    orgId, clientId, secret.id, this, [this, name, secret](ApiResult<Done> done) {
                        showMessage(
                            done.ok() ? tr("Deleted the secret %1 of %2.").arg(secret.maskedSecretValue, name)
                                      : tr("Not deleted. %1").arg(done.error().explanation()),
                            done.ok() ? Appearance::Feedback::Done : Appearance::Feedback::Failed);
                    });
            });
    m_confirm->open();
}

// Description and roles with the keys' dialog (the same limits, the same preview of removed roles and
// the same warning when this console's own identity would lose Organization Owner).
void ServiceAccountsPage::editAccount()
{
    const ServiceAccountRecord *r = selectedAccount();
    if (!r || !m_ui->editAccountButton->isEnabled())
        return;
    ApiKey asKey;
    asKey.id = asKey.publicKey = r->account.clientId;
    asKey.desc = r->account.description;
    for (const QString &role : r->account.roles)
        asKey.roles.append({role, m_orgId, {}});
    const QString clientId = r->account.clientId;
    const QString name = r->account.name;
    auto *dialog
        = new EditKeyDialog(asKey, m_repository->client()->serverInfo().kind(),
                            m_repository->policy().isCaller(clientId), RoleScope::Organization, this);
    dialog->setObjectName(u"editAccountDialog"_s);
    dialog->setWindowTitle(tr("Edit service account %1").arg(name));
    dialog->editName(name);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_editAccount = dialog;
    const QString orgId = m_orgId;
    QPointer<EditKeyDialog> guard = dialog;
    connect(dialog, &EditKeyDialog::saveRequested, this,
            [this, guard, orgId, clientId, name](const std::optional<QString> &description,
                                                 const std::optional<QStringList> &roles) {
                const std::optional<QString> newName = guard ? guard->changedName() : std::nullopt;
                m_repository->changes()->updateServiceAccount(
                    orgId, clientId, newName, description, roles, this,
                    [this, guard, name = newName.value_or(name)](ApiResult<ServiceAccount> saved) {
                        if (!saved.ok()) {
                            if (guard)
                                guard->showError(saved.error().explanation());
                            return;
                        }
                        showMessage(tr("Saved %1.").arg(name));
                        if (guard)
                            guard->accept();
                    });
            });
    dialog->open();
}

EditKeyDialog *ServiceAccountsPage::editAccountDialog() const
{
    return m_editAccount;
}

void ServiceAccountsPage::deleteAccount()
{
    const ServiceAccountRecord *r = selectedAccount();
    if (!r || !m_ui->deleteAccountButton->isEnabled())
        return;
    const QString orgId = m_orgId;
    const QString clientId = r->account.clientId;
    const QString name = u"%1 (%2)"_s.arg(r->account.name, clientId);
    QString text
        = tr("Delete the service account %1? Its secrets and every token made with them stop working "
             "at once; this cannot be undone.")
              .arg(name);
    const bool self = m_repository->policy().isCaller(clientId);
    if (self)
        text += u"\n\n⚠ "_s
            + tr("This console signs in as this account. Deleting it locks this console out at once: sign in "
                 "with another account or key to go on.");
    m_confirm = new QMessageBox(QMessageBox::Warning, tr("Delete service account?"), text,
                                QMessageBox::Cancel, this);
    m_confirm->setObjectName(u"confirmDeleteAccountDialog"_s);
    QPushButton *confirm = m_confirm->addButton(
        self ? tr("Delete and lock this console out") : tr("Delete account"), QMessageBox::DestructiveRole);
    confirm->setObjectName(u"confirmButton"_s);
    m_confirm->setDefaultButton(QMessageBox::Cancel);
    m_confirm->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_confirm, &QMessageBox::buttonClicked, this,
            [this, confirm, orgId, clientId, name](QAbstractButton *b) {
                if (b != confirm)
                    return;
                m_repository->changes()->deleteServiceAccount(
                    orgId, clientId, this, [this, name](ApiResult<Done> done) {
                        showMessage(done.ok() ? tr("Deleted %1.").arg(name)
                                              : tr("Not deleted. %1").arg(done.error().explanation()),
                                    done.ok() ? Appearance::Feedback::Done : Appearance::Feedback::Failed);
                    });
            });
    m_confirm->open();
}

void ServiceAccountsPage::addEntries(const QString &prefill)
{
    const ServiceAccountRecord *r = selectedAccount();
    if (!r || !m_ui->addAccountEntriesButton->isEnabled())
        return;
    QList<IpBlock> existing;
    for (const AccessListEntry &e : r->accessList)
        existing.append(e.block());
    m_addEntries = new AddEntriesDialog(r->account.name, existing, ownAddress(), this);
    m_addEntries->setWindowTitle(tr("Add access-list entries to %1").arg(r->account.name));
    m_addEntries->setAttribute(Qt::WA_DeleteOnClose);
    if (!prefill.isEmpty())
        m_addEntries->setEntries(prefill);
    const QString orgId = m_orgId;
    const QString clientId = r->account.clientId;
    const QString name = r->account.name;
    QPointer<AddEntriesDialog> dialog = m_addEntries;
    connect(
        m_addEntries, &AddEntriesDialog::addRequested, this,
        [this, dialog, orgId, clientId, name](const QList<IpBlock> &entries) {
            m_repository->changes()->addServiceAccountEntries(
                orgId, clientId, entries, this,
                [this, dialog, name, count = int(entries.size())](ApiResult<QList<AccessListEntry>> list) {
                    if (!list.ok()) {
                        if (dialog)
                            dialog->showError(list.error().explanation());
                        return;
                    }
                    showMessage(
                        tr("Added %n entry(ies) to the access list of %1.", nullptr, count).arg(name));
                    if (dialog)
                        dialog->accept();
                });
        });
    m_addEntries->open();
}

void ServiceAccountsPage::deleteEntry()
{
    const ServiceAccountRecord *r = selectedAccount();
    const int row = m_ui->accountEntriesTableWidget->currentRow();
    if (!r || row < 0 || row >= r->accessList.size() || !m_ui->deleteAccountEntryButton->isEnabled())
        return;
    const IpBlock block = r->accessList.at(row).block();
    const QString value = r->accessList.at(row).displayValue();
    const QString name = r->account.name;
    // The entry this console calls through, on the account it signs in as: the server refuses to remove
    // the caller's address ("You can't remove the requesting IP address"), and it would lock the console
    // out. Said here, nothing sent.
    if (const QHostAddress own(ownAddress());
        m_repository->policy().isCaller(r->account.clientId) && !own.isNull() && block.contains(own)) {
        showMessage(tr("%1 stays: this console signs in as %2 and calls from %3, which it covers; the server "
                       "refuses to remove the caller's own address. Remove it from another address or with "
                       "another key or account.")
                        .arg(value, name, own.toString()),
                    Appearance::Feedback::Failed);
        return;
    }
    // The last entry of an account in an organization that requires a list leaves it unusable: say so.
    const bool last = r->accessList.size() == 1;
    const bool required = m_state && m_state->snapshot.settings.requirement == WhitelistRequirement::Required;
    if (last) {
        m_confirm = new QMessageBox(
            QMessageBox::Warning, tr("Remove the last entry?"),
            required
                ? tr("%1 is the last entry of %2, and the organization requires an access list: without it "
                     "the account's tokens work from nowhere.")
                      .arg(value, name)
                : tr("%1 is the last entry of %2: without it the account's tokens work from any address.")
                      .arg(value, name),
            QMessageBox::Cancel, this);
        m_confirm->setObjectName(u"confirmRemoveLastEntryDialog"_s);
        QPushButton *confirm = m_confirm->addButton(tr("Remove entry"), QMessageBox::DestructiveRole);
        confirm->setObjectName(u"confirmButton"_s);
        m_confirm->setDefaultButton(QMessageBox::Cancel);
        m_confirm->setAttribute(Qt::WA_DeleteOnClose);
    }
    const QString orgId = m_orgId;
    const QString clientId = r->account.clientId;
    const auto send = [this, orgId, clientId, block, value, name] {
        m_repository->changes()->deleteServiceAccountEntry(
            orgId, clientId, block, this, [this, value, name](ApiResult<Done> done) {
                showMessage(done.ok() ? tr("Removed %1 from the access list of %2.").arg(value, name)
                                      : tr("Not removed. %1").arg(done.error().explanation()),
                            done.ok() ? Appearance::Feedback::Done : Appearance::Feedback::Failed);
            });
    };
    if (!last)
        return send();
    QPushButton *confirm = m_confirm->findChild<QPushButton *>(u"confirmButton"_s);
    connect(m_confirm, &QMessageBox::buttonClicked, this, [confirm, send](QAbstractButton *b) {
        if (b == confirm)
            send();
    });
    m_confirm->open();
}
