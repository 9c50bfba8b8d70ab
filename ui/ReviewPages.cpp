// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReviewPages.h"

#include "AddressCheck.h"
#include "HygieneReport.h"
#include "LockoutCheck.h"
#include "OrgStore.h"
#include "Repository.h"
#include "SnapshotDiff.h"

#include <QComboBox>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QtConcurrent/QtConcurrentRun>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

QTableWidget *makeTable(const QString &name, const QStringList &headers, QWidget *parent)
{
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setObjectName(name);
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setWordWrap(false);
    // Column widths from the first rows: measuring hundreds of rows would hold up the GUI thread.
    table->horizontalHeader()->setResizeContentsPrecision(100);
    // Every header readable in every language; the last column takes the rest.
    for (int column = 0; column + 1 < table->columnCount(); ++column)
        table->setColumnWidth(
            column, std::max(table->columnWidth(column), table->horizontalHeader()->sectionSizeHint(column)));
    return table;
}

// Columns as wide as their contents (at most 280 px: a long description is elided, its tooltip whole);
// the last column takes the rest.
void fitColumns(QTableWidget *table)
{
    for (int column = 0; column + 1 < table->columnCount(); ++column) {
        table->resizeColumnToContents(column);
        const QString header = table->horizontalHeaderItem(column)->text();
        const int headerWidth = table->horizontalHeader()->fontMetrics().horizontalAdvance(header) + 16;
        table->setColumnWidth(column, std::max(headerWidth, std::min(table->columnWidth(column), 280)));
    }
}

QTableWidgetItem *item(const QString &text, const QString &keyId = {})
{
    auto *i = new QTableWidgetItem(text);
    i->setData(Qt::UserRole, keyId);
    i->setToolTip(text);
    return i;
}

} // namespace

AddressCheckPage::AddressCheckPage(Repository *repository, QWidget *parent)
    : QWidget(parent)
    , m_repository(repository)
    , m_address(new QLineEdit(this))
    , m_mine(new QPushButton(tr("The address the server sees me from"), this))
    , m_message(new QLabel(this))
    , m_table(makeTable(u"addressCheckTableWidget"_s,
                        {tr("Verdict"), tr("Key"), tr("Public key"), tr("Entry"), tr("Reason")}, this))
{
    m_address->setObjectName(u"addressLineEdit"_s);
    m_address->setPlaceholderText(tr("An IPv4 or IPv6 address"));
    m_address->setAccessibleName(tr("Address to check"));
    m_mine->setObjectName(u"myAddressButton"_s);
    m_message->setObjectName(u"addressMessageLabel"_s);
    m_message->setWordWrap(true);
    m_table->setAccessibleName(tr("Which keys may call from the address"));
    auto *row = new QHBoxLayout;
    row->addWidget(m_address, 1);
    row->addWidget(m_mine);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(m_message);
    layout->addWidget(m_table, 1);
    connect(m_address, &QLineEdit::textChanged, this, &AddressCheckPage::check);
    connect(m_mine, &QPushButton::clicked, this, [this] {
        const OrgStatePtr state = m_repository->state(m_orgId);
        const QString caller = m_repository->policy().callerKeyId();
        const KeyRecord *own = state && !caller.isEmpty() ? state->snapshot.findKey(caller) : nullptr;
        const QHostAddress seen = own ? LockoutCheck::lastSeenAddress(own->accessList) : QHostAddress();
        if (seen.isNull())
            m_message->setText(
                tr("The server has not reported which address it sees this console calling from."));
        else
            m_address->setText(seen.toString());
    });
    connect(m_table, &QTableWidget::itemActivated, this,
            [this](QTableWidgetItem *i) { emit keyActivated(i->data(Qt::UserRole).toString()); });
    connect(m_repository->store(), &OrgStore::stateChanged, this, [this](const QString &orgId) {
        if (orgId == m_orgId && !m_address->text().trimmed().isEmpty())
            check();
    });
}

void AddressCheckPage::setOrganization(const QString &orgId)
{
    m_orgId = orgId;
    check();
}

void AddressCheckPage::check()
{
    m_table->setRowCount(0);
    const QString text = m_address->text().trimmed();
    if (text.isEmpty()) {
        m_message->setText(tr("Type an address to see, for every key, whether it may call from there."));
        return;
    }
    const IpParseResult parsed = IpBlock::parse(text);
    if (!parsed.ok() || !parsed.block->isSingleAddress()) {
        m_message->setText(u"✗ "_s + (parsed.ok() ? tr("Type one address, not a block.") : parsed.message));
        return;
    }
    const OrgStatePtr state = m_repository->state(m_orgId);
    if (!state) {
        m_message->setText(tr("Nothing cached for this organization yet: sync it (F5)."));
        return;
    }
    const OrgSnapshot &snapshot = state->snapshot;
    const QList<AddressCheckRow> rows = checkAddress(snapshot, parsed.block->network());
    int allowed = 0;
    m_table->setRowCount(int(rows.size()));
    for (int r = 0; r < rows.size(); ++r) {
        const AddressCheckRow &row = rows[r];
        const QString verdict = row.verdict == AccessDecision::Verdict::Allowed ? u"✓ "_s + tr("allowed")
            : row.verdict == AccessDecision::Verdict::Denied                    ? u"✗ "_s + tr("denied")
                                                                                : u"? "_s + tr("unknown");
        allowed += row.verdict == AccessDecision::Verdict::Allowed;
        m_table->setItem(r, 0, item(verdict, row.keyId));
        m_table->setItem(r, 1, item(row.desc, row.keyId));
        m_table->setItem(r, 2, item(row.publicKey, row.keyId));
        // The entry that lets the address in; for a refusal the reason says why (with the server's code).
        m_table->setItem(r, 3, item(row.matchedEntry.isEmpty() ? u"—"_s : row.matchedEntry, row.keyId));
        m_table->setItem(r, 4, item(row.explanation, row.keyId));
    }
    fitColumns(m_table);
    m_message->setText(tr("%1 of %n key(s) may call from %2 (as cached %3).", nullptr, int(rows.size()))
                           .arg(allowed)
                           .arg(parsed.block->toString(),
                                QLocale().toString(snapshot.takenAt.toLocalTime(), QLocale::ShortFormat)));
}

ReportPage::ReportPage(Repository *repository, QWidget *parent)
    : QWidget(parent)
    , m_repository(repository)
    , m_staleDays(new QSpinBox(this))
    , m_summary(new QLabel(this))
    , m_table(makeTable(u"findingsTableWidget"_s, {tr("Severity"), tr("Public key"), tr("Finding")}, this))
{
    m_staleDays->setObjectName(u"staleDaysSpinBox"_s);
    m_staleDays->setRange(1, 3650);
    m_staleDays->setValue(90);
    m_staleDays->setSuffix(tr(" days"));
    m_staleDays->setAccessibleName(tr("A key unused this long is stale"));
    m_summary->setObjectName(u"reportSummaryLabel"_s);
    m_summary->setWordWrap(true);
    m_table->setAccessibleName(tr("Findings"));
    auto *form = new QFormLayout;
    form->addRow(tr("Stale after:"), m_staleDays);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    connect(m_staleDays, &QSpinBox::valueChanged, this, &ReportPage::refresh);
    connect(m_table, &QTableWidget::itemActivated, this,
            [this](QTableWidgetItem *i) { emit keyActivated(i->data(Qt::UserRole).toString()); });
    connect(m_repository->store(), &OrgStore::stateChanged, this, [this](const QString &orgId) {
        if (orgId == m_orgId)
            refresh();
    });
}

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
        m_table->setRowCount(0);
        m_summary->setText(tr("Nothing cached for this organization yet: sync it (F5)."));
        return;
    }
    HygieneOptions options;
    options.staleDays = m_staleDays->value();
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
    watcher->setFuture(
        QtConcurrent::run([state, options] { return hygieneReport(state->snapshot, options); }));
}

void ReportPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

void ReportPage::showFindings(const QList<Finding> &findings)
{
    m_table->setRowCount(int(findings.size()));
    int high = 0;
    for (int r = 0; r < findings.size(); ++r) {
        const Finding &f = findings[r];
        high += f.severity == Finding::Severity::High;
        m_table->setItem(r, 0, item(Finding::severityDisplayName(f.severity), f.keyId));
        m_table->setItem(r, 1, item(f.publicKey, f.keyId));
        m_table->setItem(r, 2, item(f.message, f.keyId));
    }
    fitColumns(m_table);
    m_summary->setText(
        tr("%n finding(s), %1 of them high. Activate one to go to its key.", nullptr, int(findings.size()))
            .arg(high));
}

HistoryPage::HistoryPage(Repository *repository, QWidget *parent)
    : QWidget(parent)
    , m_repository(repository)
    , m_from(new QComboBox(this))
    , m_to(new QComboBox(this))
    , m_diff(new QTextBrowser(this))
{
    m_from->setObjectName(u"fromSnapshotComboBox"_s);
    m_from->setAccessibleName(tr("Older snapshot"));
    m_to->setObjectName(u"toSnapshotComboBox"_s);
    m_to->setAccessibleName(tr("Newer snapshot"));
    m_diff->setObjectName(u"diffTextBrowser"_s);
    m_diff->setAccessibleName(tr("Changes"));
    auto *row = new QHBoxLayout;
    row->addWidget(new QLabel(tr("From:"), this));
    row->addWidget(m_from, 1);
    row->addWidget(new QLabel(tr("To:"), this));
    row->addWidget(m_to, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(m_diff, 1);
    connect(m_from, &QComboBox::currentIndexChanged, this, &HistoryPage::showDiff);
    connect(m_to, &QComboBox::currentIndexChanged, this, &HistoryPage::showDiff);
    // A stored snapshot joins the list; the data itself does not change the list.
    connect(m_repository->store(), &OrgStore::historyChanged, this, [this](const QString &orgId) {
        if (orgId == m_orgId)
            refresh();
    });
}

void HistoryPage::setOrganization(const QString &orgId)
{
    m_orgId = orgId;
    refresh();
}

void HistoryPage::refresh()
{
    const QSignalBlocker blockFrom(m_from);
    const QSignalBlocker blockTo(m_to);
    m_from->clear();
    m_to->clear();
    const OrgStatePtr state = m_repository->state(m_orgId);
    const QList<SnapshotInfo> history = state ? state->history : QList<SnapshotInfo>();
    for (const auto &info : history) {
        const QString label
            = tr("%1 — %2 (%3)")
                  .arg(info.id)
                  .arg(QLocale().toString(info.takenAt.toLocalTime(), QLocale::ShortFormat),
                       info.source == SnapshotSource::Change ? tr("change made here") : tr("sync"));
        m_from->addItem(label, info.id);
        m_to->addItem(label, info.id);
    }
    m_to->setCurrentIndex(int(history.size()) - 1);
    m_from->setCurrentIndex(std::max(0, int(history.size()) - 2));
    showDiff();
}

QString HistoryPage::diffText() const
{
    return m_diff->toPlainText();
}

void HistoryPage::showDiff()
{
    // Older snapshots are read on the cache thread; the answer to an earlier choice is dropped.
    const quint64 request = ++m_request;
    m_busy = false;
    const qint64 fromId = m_from->currentData().toLongLong();
    const qint64 toId = m_to->currentData().toLongLong();
    if (fromId == 0 || toId == 0) {
        m_diff->setPlainText(tr("Two syncs are needed to compare."));
        return;
    }
    m_diff->setPlainText(tr("Reading the snapshots…"));
    m_busy = true;
    const QString orgId = m_orgId;
    m_repository->loadSnapshot(
        orgId, fromId, this, [this, request, orgId, toId](const std::optional<OrgSnapshot> &older) {
            if (request != m_request)
                return;
            m_repository->loadSnapshot(orgId, toId, this,
                                       [this, request, older](const std::optional<OrgSnapshot> &newer) {
                                           if (request != m_request)
                                               return;
                                           m_busy = false;
                                           showLoadedDiff(older, newer);
                                       });
        });
}

void HistoryPage::showLoadedDiff(const std::optional<OrgSnapshot> &older,
                                 const std::optional<OrgSnapshot> &newer)
{
    if (!older || !newer) {
        m_diff->setPlainText(tr("Two syncs are needed to compare."));
        return;
    }
    const SnapshotDiff d = diffSnapshots(*older, *newer);
    const auto esc = [](const QString &t) { return t.toHtmlEscaped(); };
    QString html;
    if (d.settingChanged)
        html += u"<p><b>%1</b></p>"_s.arg(esc(tr("The whitelist requirement changed.")));
    for (const QString &p : d.projectsAdded)
        html += u"<p>+ %1</p>"_s.arg(esc(tr("Project %1 added").arg(p)));
    for (const QString &p : d.projectsRemoved)
        html += u"<p>− %1</p>"_s.arg(esc(tr("Project %1 removed").arg(p)));
    for (const KeyDiff &k : d.keys) {
        const QString sign = k.change == KeyDiff::Change::Added ? u"+"_s
            : k.change == KeyDiff::Change::Removed              ? u"−"_s
                                                                : u"~"_s;
        const QString what = k.change == KeyDiff::Change::Added ? tr("added")
            : k.change == KeyDiff::Change::Removed              ? tr("removed")
                                                                : tr("changed");
        QStringList lines;
        if (!k.previousDesc.isEmpty())
            lines << tr("description: %1 → %2").arg(k.previousDesc, k.desc);
        for (const QString &r : k.rolesAdded)
            lines << u"+ "_s + tr("role %1").arg(RoleCatalogue::displayName(r));
        for (const QString &r : k.rolesRemoved)
            lines << u"− "_s + tr("role %1").arg(RoleCatalogue::displayName(r));
        for (const QString &e : k.entriesAdded)
            lines << u"+ "_s + e;
        for (const QString &e : k.entriesRemoved)
            lines << u"− "_s + e;
        for (const QString &p : k.projectsAssigned)
            lines << u"+ "_s + tr("assigned to project %1").arg(p);
        for (const QString &p : k.projectsUnassigned)
            lines << u"− "_s + tr("unassigned from project %1").arg(p);
        if (k.requests > 0)
            lines << tr("%n request(s) counted", nullptr, int(k.requests));
        if (k.entriesFirstUsed > 0)
            lines << tr("%n entry(ies) used for the first time", nullptr, k.entriesFirstUsed);
        QString block
            = u"<p><b>%1 %2</b> <code>%3</code> — %4"_s.arg(sign, esc(k.desc), esc(k.publicKey), what);
        for (const QString &l : lines)
            block += u"<br>&nbsp;&nbsp;"_s + esc(l);
        html += block + u"</p>"_s;
    }
    if (!d.hasStructuralChange() && d.keys.isEmpty())
        html += u"<p>%1</p>"_s.arg(esc(tr("Nothing changed.")));
    m_diff->setHtml(html);
}
