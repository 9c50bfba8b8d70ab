// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServiceAccountsPage.h"

#include "Clock.h"
#include "DateText.h"
#include "OrgStore.h"
#include "Repository.h"
#include "ServiceAccountsModel.h"
#include "ui_ServiceAccountsPage.h"

#include <QLocale>
#include <QScopeGuard>
#include <QShowEvent>
#include <QSortFilterProxyModel>

using namespace Qt::StringLiterals;

ServiceAccountsPage::ServiceAccountsPage(Repository *repository, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ServiceAccountsPage>())
    , m_repository(repository)
    , m_accounts(new ServiceAccountsModel(this))
{
    connect(m_repository->store(), &OrgStore::stateChanged, this, [this](const QString &orgId) {
        if (orgId != m_orgId)
            return;
        if (isVisible())
            refresh();
        else
            m_stale = true;
    });
}

void ServiceAccountsPage::build()
{
    m_built = true;
    m_ui->setupUi(this);
    auto *proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(m_accounts);
    proxy->setSortRole(ServiceAccountsModel::SortRole);
    m_ui->accountsTableView->setModel(proxy);
    m_ui->accountsTableView->sortByColumn(ServiceAccountsModel::NameColumn, Qt::AscendingOrder);
    connect(m_ui->accountsTableView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        showMessage({});
        showDetails();
    });
    connect(m_ui->newAccountButton, &QPushButton::clicked, this, &ServiceAccountsPage::newAccount);
    connect(m_ui->newSecretButton, &QPushButton::clicked, this, &ServiceAccountsPage::newSecret);
    connect(m_ui->deleteSecretButton, &QPushButton::clicked, this, &ServiceAccountsPage::deleteSecret);
    connect(m_ui->rotateSecretButton, &QPushButton::clicked, this, &ServiceAccountsPage::rotateSecret);
    connect(m_ui->editAccountButton, &QPushButton::clicked, this, &ServiceAccountsPage::editAccount);
    connect(m_ui->deleteAccountButton, &QPushButton::clicked, this, &ServiceAccountsPage::deleteAccount);
    connect(m_ui->addAccountEntriesButton, &QPushButton::clicked, this, [this] { addEntries(); });
    connect(m_ui->deleteAccountEntryButton, &QPushButton::clicked, this, &ServiceAccountsPage::deleteEntry);
    connect(m_ui->inviteAccountButton, &QPushButton::clicked, this, [this] { inviteToProject(); });
    connect(m_ui->unassignAccountButton, &QPushButton::clicked, this,
            &ServiceAccountsPage::unassignFromProject);
    connect(m_ui->accountProjectsTableWidget, &QTableWidget::currentCellChanged, this,
            &ServiceAccountsPage::updateButtons);
    connect(m_ui->secretsTableWidget, &QTableWidget::currentCellChanged, this,
            &ServiceAccountsPage::updateButtons);
    connect(m_ui->accountEntriesTableWidget, &QTableWidget::currentCellChanged, this,
            &ServiceAccountsPage::updateButtons);
}

void ServiceAccountsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_built) {
        build();
        m_stale = true;
    }
    if (m_stale)
        refresh();
}

ServiceAccountsPage::~ServiceAccountsPage() = default;

void ServiceAccountsPage::setOrganization(const QString &orgId)
{
    m_orgId = orgId;
    if (isVisible())
        refresh();
    else
        m_stale = true;
}

QString ServiceAccountsPage::selectedClientId() const
{
    if (!m_built)
        return {};
    return m_ui->accountsTableView->currentIndex().data(ServiceAccountsModel::ClientIdRole).toString();
}

void ServiceAccountsPage::selectAccount(const QString &clientId)
{
    if (!m_built)
        return;
    auto *proxy = static_cast<QSortFilterProxyModel *>(m_ui->accountsTableView->model());
    const int row = m_accounts->rowOfAccount(clientId);
    if (row >= 0)
        m_ui->accountsTableView->setCurrentIndex(proxy->mapFromSource(m_accounts->index(row, 0)));
}

void ServiceAccountsPage::refresh()
{
    m_stale = false;
    const QString selected = selectedClientId();
    m_state = m_repository->state(m_orgId);
    const OrgSnapshot empty;
    const OrgSnapshot &s = m_state ? m_state->snapshot : empty;
    m_accounts->setSnapshot(s, Clock::nowUtc());
    QString state;
    if (!m_state)
        state = tr("Nothing cached for this organization yet: sync it (F5).");
    else if (!s.serviceAccountsState.readable)
        state = s.serviceAccountsState.reason.isEmpty()
            ? tr("The service accounts have not been read yet: sync (F5).")
            : s.serviceAccountsState.reason;
    else if (s.serviceAccounts.isEmpty())
        state = tr("This organization has no service accounts.");
    const bool owner = m_state && m_repository->policy().mayChangeOrganization(m_orgId);
    for (QWidget *w :
         {static_cast<QWidget *>(m_ui->newSecretButton), static_cast<QWidget *>(m_ui->deleteSecretButton),
          static_cast<QWidget *>(m_ui->rotateSecretButton),
          static_cast<QWidget *>(m_ui->addAccountEntriesButton),
          static_cast<QWidget *>(m_ui->deleteAccountEntryButton),
          static_cast<QWidget *>(m_ui->editAccountButton), static_cast<QWidget *>(m_ui->deleteAccountButton)})
        w->setVisible(!s.serviceAccounts.isEmpty());
    // A new account wherever accounts could be read (Cloud Manager, Atlas), even the first one.
    m_ui->newAccountButton->setVisible(m_state && s.serviceAccountsState.readable);
    m_ui->newAccountButton->setEnabled(owner);
    if (!s.serviceAccounts.isEmpty() && !owner)
        state
            = tr("Changing service accounts needs the Organization Owner role; this connection can only read "
                 "them.");
    m_ui->accountsStateLabel->setText(state);
    m_ui->accountsStateLabel->setVisible(!state.isEmpty());
    m_ui->accountsSplitter->setVisible(!s.serviceAccounts.isEmpty());
    selectAccount(selected);
    if (!m_ui->accountsTableView->currentIndex().isValid() && m_accounts->rowCount() > 0)
        m_ui->accountsTableView->setCurrentIndex(m_ui->accountsTableView->model()->index(0, 0));
    showDetails();
}

void ServiceAccountsPage::showDetails()
{
    const int row = m_accounts->rowOfAccount(selectedClientId());
    const ServiceAccountRecord *r = m_accounts->accountAt(row);
    m_ui->secretsTableWidget->setRowCount(0);
    m_ui->accountEntriesTableWidget->setRowCount(0);
    const auto buttons = qScopeGuard([this] { updateButtons(); });
    if (!r) {
        m_ui->accountDetailsLabel->clear();
        m_projectsOf.clear();
        m_projects.clear();
        showProjects();
        return;
    }
    if (m_projectsOf != r->account.clientId)
        readProjects();
    const ServiceAccount &a = r->account;
    const QDateTime now = Clock::nowUtc();
    QString details
        = tr("<b>%1</b><br>%2<br>Client ID <code>%3</code> · created %4")
              .arg(a.name.toHtmlEscaped(), a.description.toHtmlEscaped(), a.clientId.toHtmlEscaped(),
                   a.createdAt.isValid() ? DateText::shown(a.createdAt) : tr("unknown"));
    m_ui->accountDetailsLabel->setText(details);
    const auto item = [](const QString &text) {
        auto *i = new QTableWidgetItem(text);
        i->setToolTip(text);
        return i;
    };
    QTableWidget *secrets = m_ui->secretsTableWidget;
    secrets->setRowCount(int(a.secrets.size()));
    for (int i = 0; i < a.secrets.size(); ++i) {
        const ServiceAccountSecret &s = a.secrets.at(i);
        secrets->setItem(i, 0, item(s.maskedSecretValue));
        secrets->setItem(i, 1, item(DateText::shown(s.createdAt)));
        secrets->setItem(i, 2,
                         item(s.expiredAt(now) ? tr("expired %1").arg(DateText::shown(s.expiresAt))
                                               : DateText::shown(s.expiresAt)));
        secrets->setItem(i, 3, item(s.lastUsedAt.isValid() ? DateText::shown(s.lastUsedAt) : tr("never")));
    }
    QTableWidget *entries = m_ui->accountEntriesTableWidget;
    entries->setEnabled(r->accessListState.readable);
    entries->setToolTip(r->accessListState.readable ? QString() : r->accessListState.reason);
    entries->setRowCount(int(r->accessList.size()));
    const QLocale locale;
    for (int i = 0; i < r->accessList.size(); ++i) {
        const AccessListEntry &e = r->accessList.at(i);
        entries->setItem(i, 0, item(e.displayValue()));
        entries->setItem(i, 1, item(locale.toString(e.count)));
        entries->setItem(i, 2, item(e.lastUsed.isValid() ? DateText::shown(e.lastUsed) : tr("never")));
        entries->setItem(i, 3, item(e.lastUsedAddress));
    }
}
