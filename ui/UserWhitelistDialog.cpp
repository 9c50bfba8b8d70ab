// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "UserWhitelistDialog.h"

#include "AccessListModel.h"
#include "ApiClient.h"
#include "EntriesEditor.h"
#include "LockoutCheck.h"

#include "ui_UserWhitelistDialog.h"

using namespace Qt::StringLiterals;

UserWhitelistDialog::UserWhitelistDialog(ApiClient *client, const QString &username, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::UserWhitelistDialog>())
    , m_client(client)
    , m_model(new AccessListModel(this))
{
    m_ui->setupUi(this);
    m_ui->userWhitelistTableView->setModel(m_model);
    m_ui->usernameLineEdit->setText(username);
    const auto loadOnEnter = [this] {
        if (!m_ui->usernameLineEdit->text().trimmed().isEmpty())
            load();
    };
    connect(m_ui->usernameLineEdit, &QLineEdit::returnPressed, this, loadOnEnter);
    connect(m_ui->usernameLineEdit, &QLineEdit::textChanged, this, &UserWhitelistDialog::updateButtons);
    connect(m_ui->loadButton, &QPushButton::clicked, this, &UserWhitelistDialog::load);
    connect(m_ui->addButton, &QPushButton::clicked, this, &UserWhitelistDialog::addEntries);
    connect(m_ui->removeButton, &QPushButton::clicked, this, &UserWhitelistDialog::removeSelected);
    connect(m_ui->entriesEditor, &EntriesEditor::changed, this, &UserWhitelistDialog::updateButtons);
    connect(m_ui->userWhitelistTableView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &UserWhitelistDialog::updateButtons);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    showMessage(tr("Type your user name (the one you sign in to the web console with) and press Load."));
    updateButtons();
}

UserWhitelistDialog::~UserWhitelistDialog() = default;

QString UserWhitelistDialog::message() const
{
    return m_ui->messageLabel->text();
}

int UserWhitelistDialog::entryCount() const
{
    return int(m_entries.size());
}

void UserWhitelistDialog::showMessage(const QString &text)
{
    m_ui->messageLabel->setText(text);
}

void UserWhitelistDialog::load()
{
    const QString username = m_ui->usernameLineEdit->text().trimmed();
    if (username.isEmpty()) {
        showMessage(u"✗ "_s + tr("Type your user name first."));
        return;
    }
    showMessage(tr("Loading…"));
    m_userId.clear();
    m_client->userByName(username, this, [this, username](ApiResult<ApiClient::User> user) {
        if (!user.ok()) {
            if (user.error().kind == ApiError::Kind::NotFound)
                return showMessage(
                    u"✗ "_s
                    + tr("The server knows no user named “%1”. Type the user name you sign in to the web "
                         "console with (often an e-mail address) — not the public key of an API key.")
                          .arg(username));
            return showMessage(u"✗ "_s + user.error().explanation());
        }
        m_userId = user.value().id;
        emit userFound(username);
        m_client->userAccessList(m_userId, this, [this](ApiResult<QList<AccessListEntry>> list) {
            if (!list.ok())
                return showMessage(u"✗ "_s + list.error().explanation());
            show(list.value());
            showMessage(tr("%n entry(ies).", nullptr, int(list.value().size())));
        });
    });
}

void UserWhitelistDialog::show(const QList<AccessListEntry> &entries)
{
    m_entries = entries;
    KeyRecord record;
    record.key.id = m_userId;
    record.accessList = entries;
    m_model->setKey(record, {});
    QList<IpBlock> existing;
    for (const auto &e : entries)
        existing.append(e.block());
    m_ui->entriesEditor->setExisting(existing);
    m_ui->entriesEditor->setOwnAddress(LockoutCheck::lastSeenAddress(entries).toString());
    updateButtons();
}

void UserWhitelistDialog::updateButtons()
{
    m_ui->loadButton->setEnabled(!m_ui->usernameLineEdit->text().trimmed().isEmpty());
    m_ui->addButton->setEnabled(!m_userId.isEmpty() && m_ui->entriesEditor->batch().canSend());
    const AccessListEntry *entry = m_model->entryAt(m_ui->userWhitelistTableView->currentIndex().row());
    const QHostAddress own = LockoutCheck::lastSeenAddress(m_entries);
    // The server refuses to remove the address the request comes from: say it before trying.
    const bool isOwn = entry && !own.isNull() && entry->block().contains(own);
    m_ui->removeButton->setEnabled(entry && !isOwn);
    m_ui->removeButton->setToolTip(
        isOwn ? tr("%1 covers %2, the address you call from; the server refuses to remove the "
                   "caller's own address. Remove it from another address.")
                    .arg(entry->displayValue(), own.toString())
              : QString());
    if (isOwn)
        showMessage(u"⚠ "_s + m_ui->removeButton->toolTip());
}

void UserWhitelistDialog::addEntries()
{
    m_ui->addButton->setEnabled(false);
    m_client->addUserAccessListEntries(
        m_userId, m_ui->entriesEditor->batch().blocks(), this, [this](ApiResult<QList<AccessListEntry>> r) {
            if (!r.ok())
                return showMessage(u"✗ "_s + r.error().explanation());
            show(r.value());
            showMessage(tr("Added. %n entry(ies) now.", nullptr, int(r.value().size())));
        });
}

void UserWhitelistDialog::removeSelected()
{
    const AccessListEntry *entry = m_model->entryAt(m_ui->userWhitelistTableView->currentIndex().row());
    if (!entry || !m_ui->removeButton->isEnabled())
        return;
    const IpBlock block = entry->block();
    m_client->deleteUserAccessListEntry(m_userId, block, this, [this, block](ApiResult<Done> r) {
        if (!r.ok())
            return showMessage(u"✗ "_s + r.error().explanation());
        showMessage(tr("Removed %1.").arg(block.toString()));
        load();
    });
}
