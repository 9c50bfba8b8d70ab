// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "UserWhitelistDialog.h"

#include "AccessListModel.h"
#include "ApiClient.h"
#include "EntriesEditor.h"
#include "LockoutCheck.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

UserWhitelistDialog::UserWhitelistDialog(ApiClient *client, const QString &username, QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_username(new QLineEdit(username, this))
    , m_table(new QTableView(this))
    , m_model(new AccessListModel(this))
    , m_editor(new EntriesEditor(this))
    , m_add(new QPushButton(tr("&Add entries"), this))
    , m_remove(new QPushButton(tr("&Remove entry"), this))
    , m_message(new QLabel(this))
{
    setObjectName(u"userWhitelistDialog"_s);
    setWindowTitle(tr("My whitelist (personal API key)"));
    m_username->setObjectName(u"usernameLineEdit"_s);
    m_username->setAccessibleName(tr("User name"));
    auto *load = new QPushButton(tr("&Load"), this);
    load->setObjectName(u"loadButton"_s);
    m_table->setObjectName(u"userWhitelistTableView"_s);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setAccessibleName(tr("Entries of my whitelist"));
    m_add->setObjectName(u"addButton"_s);
    m_remove->setObjectName(u"removeButton"_s);
    m_message->setObjectName(u"messageLabel"_s);
    m_message->setWordWrap(true);
    auto *userRow = new QHBoxLayout;
    userRow->addWidget(m_username, 1);
    userRow->addWidget(load);
    auto *form = new QFormLayout;
    form->addRow(tr("&User:"), userRow);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(
        new QLabel(tr("For personal API keys: calls made with them must come from an address on this "
                      "list, and changing the list needs one."),
                   this));
    layout->addLayout(form);
    layout->addWidget(m_table, 2);
    layout->addWidget(m_remove, 0, Qt::AlignLeft);
    layout->addWidget(m_editor, 1);
    layout->addWidget(m_add, 0, Qt::AlignLeft);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    connect(load, &QPushButton::clicked, this, &UserWhitelistDialog::load);
    connect(m_add, &QPushButton::clicked, this, &UserWhitelistDialog::addEntries);
    connect(m_remove, &QPushButton::clicked, this, &UserWhitelistDialog::removeSelected);
    connect(m_editor, &EntriesEditor::changed, this, &UserWhitelistDialog::updateButtons);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &UserWhitelistDialog::updateButtons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateButtons();
    resize(640, 560);
}

QString UserWhitelistDialog::message() const
{
    return m_message->text();
}

int UserWhitelistDialog::entryCount() const
{
    return int(m_entries.size());
}

void UserWhitelistDialog::showMessage(const QString &text)
{
    m_message->setText(text);
}

void UserWhitelistDialog::load()
{
    showMessage(tr("Loading…"));
    m_client->userByName(m_username->text().trimmed(), this, [this](ApiResult<ApiClient::User> user) {
        if (!user.ok())
            return showMessage(u"✗ "_s + user.error().explanation());
        m_userId = user.value().id;
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
    m_editor->setExisting(existing);
    m_editor->setOwnAddress(LockoutCheck::lastSeenAddress(entries).toString());
    updateButtons();
}

void UserWhitelistDialog::updateButtons()
{
    m_add->setEnabled(!m_userId.isEmpty() && m_editor->batch().canSend());
    const AccessListEntry *entry = m_model->entryAt(m_table->currentIndex().row());
    const QHostAddress own = LockoutCheck::lastSeenAddress(m_entries);
    // The server refuses to remove the address the request comes from: say it before trying.
    const bool isOwn = entry && !own.isNull() && entry->block().contains(own);
    m_remove->setEnabled(entry && !isOwn);
    m_remove->setToolTip(isOwn
                             ? tr("%1 covers %2, the address you call from; the server refuses to remove the "
                                  "caller's own address. Remove it from another address.")
                                   .arg(entry->displayValue(), own.toString())
                             : QString());
    if (isOwn)
        showMessage(u"⚠ "_s + m_remove->toolTip());
}

void UserWhitelistDialog::addEntries()
{
    m_add->setEnabled(false);
    m_client->addUserAccessListEntries(
        m_userId, m_editor->batch().blocks(), this, [this](ApiResult<QList<AccessListEntry>> r) {
            if (!r.ok())
                return showMessage(u"✗ "_s + r.error().explanation());
            show(r.value());
            showMessage(tr("Added. %n entry(ies) now.", nullptr, int(r.value().size())));
        });
}

void UserWhitelistDialog::removeSelected()
{
    const AccessListEntry *entry = m_model->entryAt(m_table->currentIndex().row());
    if (!entry || !m_remove->isEnabled())
        return;
    const IpBlock block = entry->block();
    m_client->deleteUserAccessListEntry(m_userId, block, this, [this, block](ApiResult<Done> r) {
        if (!r.ok())
            return showMessage(u"✗ "_s + r.error().explanation());
        showMessage(tr("Removed %1.").arg(block.toString()));
        load();
    });
}
