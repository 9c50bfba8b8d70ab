// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AddressCheckPage.h"

#include "AddressCheck.h"
#include "DateText.h"
#include "LockoutCheck.h"
#include "OrgStore.h"
#include "Repository.h"
#include "ReviewTables.h"

#include "ui_AddressCheckPage.h"

#include <QLocale>
#include <QScopeGuard>

using namespace Qt::StringLiterals;

namespace {
// On a row's verdict: the address is denied to a key whose whitelist was read (one more entry lets it
// in).
constexpr int DeniedRole = Qt::UserRole + 2;
constexpr int AccountRole = Qt::UserRole + 3; // the row is a service account's
} // namespace

AddressCheckPage::AddressCheckPage(Repository *repository, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::AddressCheckPage>())
    , m_repository(repository)
{
    m_ui->setupUi(this);
    ReviewTables::setUp(m_ui->addressCheckTableWidget);
    connect(m_ui->addressLineEdit, &QLineEdit::textChanged, this, &AddressCheckPage::check);
    connect(m_ui->myAddressButton, &QPushButton::clicked, this, [this] {
        const OrgStatePtr state = m_repository->state(m_orgId);
        const QString caller = m_repository->policy().callerKeyId();
        const KeyRecord *own = state && !caller.isEmpty() ? state->snapshot.findKey(caller) : nullptr;
        const QHostAddress seen = own ? LockoutCheck::lastSeenAddress(own->accessList) : QHostAddress();
        if (seen.isNull())
            m_ui->addressMessageLabel->setText(
                tr("The server has not reported which address it sees this console calling from."));
        else
            m_ui->addressLineEdit->setText(seen.toString());
    });
    connect(m_ui->addressCheckTableWidget, &QTableWidget::itemActivated, this, [this](QTableWidgetItem *i) {
        emit keyActivated(i->data(Qt::UserRole).toString(), i->data(ReviewTables::EntryRole).toString());
    });
    // A row's menu: open its key, or let the address in (a denied row whose whitelist was read).
    QTableWidget *table = m_ui->addressCheckTableWidget;
    table->setContextMenuPolicy(Qt::ActionsContextMenu);
    table->addAction(m_ui->openKeyAction);
    table->addAction(m_ui->addAddressAction);
    connect(table, &QTableWidget::currentCellChanged, this, &AddressCheckPage::updateRowActions);
    connect(m_ui->openKeyAction, &QAction::triggered, this, [this] {
        if (const QTableWidgetItem *i = m_ui->addressCheckTableWidget->currentItem())
            emit keyActivated(i->data(Qt::UserRole).toString(), i->data(ReviewTables::EntryRole).toString());
    });
    connect(m_ui->addAddressAction, &QAction::triggered, this, [this] {
        const QTableWidgetItem *i = m_ui->addressCheckTableWidget->currentItem();
        if (i && m_ui->addAddressAction->isEnabled())
            emit addAddressRequested(i->data(Qt::UserRole).toString(), m_checked);
    });
    updateRowActions();
    connect(m_repository->store(), &OrgStore::stateChanged, this, [this](const QString &orgId) {
        if (orgId == m_orgId && !m_ui->addressLineEdit->text().trimmed().isEmpty())
            check();
    });
}

AddressCheckPage::~AddressCheckPage() = default;

void AddressCheckPage::setOrganization(const QString &orgId)
{
    m_orgId = orgId;
    check();
}

void AddressCheckPage::updateRowActions()
{
    const QTableWidget *table = m_ui->addressCheckTableWidget;
    const int row = table->currentRow();
    const QTableWidgetItem *verdict = row >= 0 ? table->item(row, 0) : nullptr;
    m_ui->openKeyAction->setEnabled(verdict);
    const bool denied = verdict && verdict->data(DeniedRole).toBool();
    m_ui->addAddressAction->setEnabled(denied && !m_checked.isEmpty());
    const bool account = verdict && verdict->data(AccountRole).toBool();
    m_ui->addAddressAction->setText(
        denied ? (account ? tr("Add %1 to its access list…") : tr("Add %1 to its whitelist…")).arg(m_checked)
               : tr("Add this address to its whitelist…"));
}

void AddressCheckPage::check()
{
    m_ui->addressCheckTableWidget->setRowCount(0);
    m_checked.clear();
    const auto updated = qScopeGuard([this] { updateRowActions(); });
    const QString text = m_ui->addressLineEdit->text().trimmed();
    if (text.isEmpty()) {
        m_ui->addressMessageLabel->setText(
            tr("Type an address to see, for every key, whether it may call from there."));
        return;
    }
    const IpParseResult parsed = IpBlock::parse(text);
    if (!parsed.ok() || !parsed.block->isSingleAddress()) {
        m_ui->addressMessageLabel->setText(
            u"✗ "_s + (parsed.ok() ? tr("Type one address, not a block.") : parsed.message));
        return;
    }
    const OrgStatePtr state = m_repository->state(m_orgId);
    if (!state) {
        m_ui->addressMessageLabel->setText(tr("Nothing cached for this organization yet: sync it (F5)."));
        return;
    }
    const OrgSnapshot &snapshot = state->snapshot;
    const QList<AddressCheckRow> rows = checkAddress(snapshot, parsed.block->network());
    m_checked = parsed.block->network().toString();
    int allowed = 0;
    int accounts = 0;
    int accountsAllowed = 0;
    m_ui->addressCheckTableWidget->setRowCount(int(rows.size()));
    for (int r = 0; r < rows.size(); ++r) {
        const AddressCheckRow &row = rows[r];
        const QString verdict = row.verdict == AccessDecision::Verdict::Allowed ? u"✓ "_s + tr("allowed")
            : row.verdict == AccessDecision::Verdict::Denied                    ? u"✗ "_s + tr("denied")
                                                                                : u"? "_s + tr("unknown");
        const bool isAllowed = row.verdict == AccessDecision::Verdict::Allowed;
        (row.serviceAccount ? accountsAllowed : allowed) += isAllowed;
        accounts += row.serviceAccount;
        QTableWidgetItem *verdictItem = ReviewTables::item(verdict, row.keyId, row.matchedEntry);
        verdictItem->setData(DeniedRole, row.verdict == AccessDecision::Verdict::Denied && row.listReadable);
        verdictItem->setData(AccountRole, row.serviceAccount);
        m_ui->addressCheckTableWidget->setItem(r, 0, verdictItem);
        m_ui->addressCheckTableWidget->setItem(
            r, 1,
            ReviewTables::item(row.serviceAccount ? tr("%1 (service account)").arg(row.desc) : row.desc,
                               row.keyId, row.matchedEntry));
        m_ui->addressCheckTableWidget->setItem(
            r, 2, ReviewTables::item(row.publicKey, row.keyId, row.matchedEntry));
        // The entry that lets the address in; for a refusal the reason says why (with the server's code).
        m_ui->addressCheckTableWidget->setItem(
            r, 3,
            ReviewTables::item(row.matchedEntry.isEmpty() ? u"—"_s : row.matchedEntry, row.keyId,
                               row.matchedEntry));
        m_ui->addressCheckTableWidget->setItem(
            r, 4, ReviewTables::item(row.explanation, row.keyId, row.matchedEntry));
    }
    ReviewTables::fitColumns(m_ui->addressCheckTableWidget);
    m_ui->addressMessageLabel->setText(
        tr("%1 of %n key(s) may call from %2 (as cached %3).", nullptr, int(rows.size()) - accounts)
            .arg(allowed)
            .arg(parsed.block->toString(), DateText::shown(snapshot.takenAt))
        + (accounts ? u' '
                   + tr("%1 of %n service account(s) may use their tokens from there.", nullptr, accounts)
                         .arg(accountsAllowed)
                    : QString()));
}
