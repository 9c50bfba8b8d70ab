// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportPage.h"

#include "Background.h"
#include "OrgStore.h"
#include "Repository.h"
#include "ReviewTables.h"

#include "ui_ReportPage.h"

#include <QFutureWatcher>

using namespace Qt::StringLiterals;

ReportPage::ReportPage(Repository *repository, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ReportPage>())
    , m_repository(repository)
{
    m_ui->setupUi(this);
    ReviewTables::setUp(m_ui->findingsTableWidget);
    connect(m_ui->staleDaysSpinBox, &QSpinBox::valueChanged, this, &ReportPage::refresh);
    connect(m_ui->secretDaysSpinBox, &QSpinBox::valueChanged, this, &ReportPage::refresh);
    connect(m_ui->findingsTableWidget, &QTableWidget::itemActivated, this, [this](QTableWidgetItem *i) {
        emit keyActivated(i->data(Qt::UserRole).toString(), i->data(ReviewTables::EntryRole).toString());
    });
    connect(m_repository->store(), &OrgStore::stateChanged, this, [this](const QString &orgId) {
        if (orgId == m_orgId)
            refresh();
    });
}

ReportPage::~ReportPage() = default;

void ReportPage::setOrganization(const QString &orgId)
{
    m_orgId = orgId;
    refresh();
}

void ReportPage::refresh()
{
    if (!isVisible()) {
        m_stale = true;
        return;
    }
    m_stale = false;
    const quint64 request = ++m_request;
    const OrgStatePtr state = m_repository->state(m_orgId);
    if (!state) {
        m_busy = false;
        m_ui->findingsTableWidget->setRowCount(0);
        m_ui->reportSummaryLabel->setText(tr("Nothing cached for this organization yet: sync it (F5)."));
        return;
    }
    HygieneOptions options = this->options();
    options.rotations = state->rotations;
    // Hundreds of keys take tens of milliseconds to check: not on the GUI thread. The state is immutable,
    // so the worker reads it while the console goes on.
    m_busy = true;
    auto *watcher = new QFutureWatcher<QList<Finding>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, request] {
        watcher->deleteLater();
        if (request != m_request)
            return;
        m_busy = false;
        showFindings(watcher->result());
    });
    watcher->setFuture(Background::run([state, options] { return hygieneReport(state->snapshot, options); }));
}

HygieneOptions ReportPage::options() const
{
    HygieneOptions options;
    options.staleDays = m_ui->staleDaysSpinBox->value();
    options.secretDays = m_ui->secretDaysSpinBox->value();
    return options;
}

void ReportPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

void ReportPage::showFindings(const QList<Finding> &findings)
{
    m_ui->findingsTableWidget->setRowCount(int(findings.size()));
    int high = 0;
    for (int r = 0; r < findings.size(); ++r) {
        const Finding &f = findings[r];
        high += f.severity == Finding::Severity::High;
        m_ui->findingsTableWidget->setItem(
            r, 0, ReviewTables::item(Finding::severityDisplayName(f.severity), f.keyId, f.entry));
        m_ui->findingsTableWidget->setItem(r, 1, ReviewTables::item(f.publicKey, f.keyId, f.entry));
        m_ui->findingsTableWidget->setItem(r, 2, ReviewTables::item(f.message, f.keyId, f.entry));
    }
    ReviewTables::fitColumns(m_ui->findingsTableWidget);
    m_ui->reportSummaryLabel->setText(
        tr("%n finding(s), %1 of them high. Double-click one, or press Enter on it, to open its key.",
           nullptr, int(findings.size()))
            .arg(high));
}
