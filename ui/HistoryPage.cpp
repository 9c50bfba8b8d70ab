// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "HistoryPage.h"

#include "Background.h"
#include "DateText.h"
#include "OrgStore.h"
#include "Repository.h"
#include "SnapshotDiff.h"
#include "TimelineModel.h"

#include "ui_HistoryPage.h"

#include <QFutureWatcher>
#include <QHeaderView>
#include <QLocale>

#include <algorithm>

namespace {

QString sourceText(SnapshotSource source)
{
    switch (source) {
    case SnapshotSource::Change:
        return HistoryPage::tr("change made here");
    case SnapshotSource::IncrementalSync:
        return HistoryPage::tr("incremental sync");
    case SnapshotSource::Sync:
        break;
    }
    return HistoryPage::tr("sync");
}

// "2 entries added, 1 key deleted" — or that the events name no change since the snapshot before.
QString tallyText(const TimelineModel::Tally &t)
{
    if (t.isEmpty())
        return HistoryPage::tr("no event since the one before");
    QStringList parts;
    if (t.keysCreated)
        parts.append(HistoryPage::tr("%n key(s) created", nullptr, t.keysCreated));
    if (t.keysDeleted)
        parts.append(HistoryPage::tr("%n key(s) deleted", nullptr, t.keysDeleted));
    if (t.entriesAdded)
        parts.append(HistoryPage::tr("%n entry(ies) added", nullptr, t.entriesAdded));
    if (t.entriesRemoved)
        parts.append(HistoryPage::tr("%n entry(ies) removed", nullptr, t.entriesRemoved));
    if (t.other)
        parts.append(HistoryPage::tr("%n other change(s)", nullptr, t.other));
    return parts.join(QStringLiteral(", "));
}

} // namespace

using namespace Qt::StringLiterals;

HistoryPage::HistoryPage(Repository *repository, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::HistoryPage>())
    , m_repository(repository)
    , m_timeline(new TimelineModel(this))
{
    m_ui->setupUi(this);
    m_ui->timelineTreeView->setModel(m_timeline);
    m_ui->timelineTreeView->header()->setStretchLastSection(true);
    connect(m_ui->fromSnapshotComboBox, &QComboBox::currentIndexChanged, this, &HistoryPage::showDiff);
    connect(m_ui->toSnapshotComboBox, &QComboBox::currentIndexChanged, this, &HistoryPage::showDiff);
    // Picked by the person (activated is not emitted for changes made here).
    const auto picked = [this] {
        m_pickedFrom = m_ui->fromSnapshotComboBox->currentData().toLongLong();
        m_pickedTo = m_ui->toSnapshotComboBox->currentData().toLongLong();
    };
    connect(m_ui->fromSnapshotComboBox, &QComboBox::activated, this, picked);
    connect(m_ui->toSnapshotComboBox, &QComboBox::activated, this, picked);
    connect(m_ui->timelineFilterLineEdit, &QLineEdit::textChanged, m_timeline, &TimelineModel::setFilter);
    // New events come with the state a sync leaves.
    connect(m_repository->store(), &OrgStore::stateChanged, this, [this](const QString &orgId) {
        if (orgId == m_orgId)
            onStateChanged(false);
    });
    // A stored snapshot joins the list; the data itself does not change the list.
    connect(m_repository->store(), &OrgStore::historyChanged, this, [this](const QString &orgId) {
        if (orgId == m_orgId)
            onStateChanged(true);
    });
}

HistoryPage::~HistoryPage() = default;

void HistoryPage::setOrganization(const QString &orgId)
{
    if (orgId != m_orgId) {
        m_pickedFrom = m_pickedTo = 0;
        m_changedBefore.clear();
    }
    m_orgId = orgId;
    refresh();
}

void HistoryPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

void HistoryPage::onStateChanged(bool historyToo)
{
    if (!isVisible()) {
        m_stale = true;
        return;
    }
    if (historyToo)
        refresh();
    else
        showTimeline();
}

void HistoryPage::refresh()
{
    if (!isVisible()) {
        m_stale = true;
        return;
    }
    m_stale = false;
    const QSignalBlocker blockFrom(m_ui->fromSnapshotComboBox);
    const QSignalBlocker blockTo(m_ui->toSnapshotComboBox);
    m_ui->fromSnapshotComboBox->clear();
    m_ui->toSnapshotComboBox->clear();
    const OrgStatePtr state = m_repository->state(m_orgId);
    const QList<SnapshotInfo> history = state ? state->history : QList<SnapshotInfo>();
    for (const auto &info : history) {
        const QString label = snapshotLabel(info);
        m_ui->fromSnapshotComboBox->addItem(label, info.id);
        m_ui->toSnapshotComboBox->addItem(label, info.id);
    }
    const int pickedFrom = m_pickedFrom ? m_ui->fromSnapshotComboBox->findData(m_pickedFrom) : -1;
    const int pickedTo = m_pickedTo ? m_ui->toSnapshotComboBox->findData(m_pickedTo) : -1;
    if (pickedFrom >= 0 && pickedTo >= 0) {
        m_ui->fromSnapshotComboBox->setCurrentIndex(pickedFrom);
        m_ui->toSnapshotComboBox->setCurrentIndex(pickedTo);
    } else {
        m_pickedFrom = m_pickedTo = 0;
        m_ui->toSnapshotComboBox->setCurrentIndex(int(history.size()) - 1);
        m_ui->fromSnapshotComboBox->setCurrentIndex(std::max(0, int(history.size()) - 2));
    }
    showDiff();
    showTimeline();
}

// The organization's events and the stored snapshots in one list, newest first, built on a worker thread
// from the immutable state; the answer to an older build is dropped. The filter keeps the lines that
// contain every word typed (a key's name or public key, a kind such as "entry" or "created", a person or
// an address).
void HistoryPage::showTimeline()
{
    const OrgStatePtr state = m_repository->state(m_orgId);
    const Basis basis = state ? Basis{state->snapshot.events.constData(),
                                      state->ownEvents.constData(),
                                      state->snapshot.keys.constData(),
                                      state->history.isEmpty() ? 0 : state->history.last().id,
                                      state->history.size(),
                                      m_orgId}
                              : Basis{nullptr, nullptr, nullptr, 0, 0, m_orgId};
    if (basis == m_timelineBasis)
        return;
    m_timelineBasis = basis;
    const quint64 request = ++m_timelineRequest;
    if (!state) {
        m_timelineBusy = false;
        m_timeline->setLines({});
        m_ui->timelineTreeView->setToolTip({});
        return;
    }
    if (!state->snapshot.eventsState.readable && !state->snapshot.eventsReadAt.isValid())
        m_ui->timelineTreeView->setToolTip(
            tr("The organization's events could not be read: %1").arg(state->snapshot.eventsState.reason));
    else
        m_ui->timelineTreeView->setToolTip({});
    m_timelineBusy = true;
    struct Built
    {
        TimelineModel::Lines lines;
        QHash<qint64, TimelineModel::Tally> tallies;
    };
    auto *watcher = new QFutureWatcher<Built>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, request] {
        watcher->deleteLater();
        if (request != m_timelineRequest)
            return;
        m_timelineBusy = false;
        Built built = watcher->result();
        m_changedBefore.clear();
        for (auto it = built.tallies.cbegin(); it != built.tallies.cend(); ++it)
            m_changedBefore.insert(it.key(), tallyText(it.value()));
        relabelSnapshots();
        TimelineModel::Lines lines = std::move(built.lines);
        // The date column is as wide as a date (measuring 10,000 rows would stall the window).
        if (!lines.isEmpty())
            m_ui->timelineTreeView->setColumnWidth(
                TimelineModel::WhenColumn,
                m_ui->timelineTreeView->fontMetrics().horizontalAdvance(lines.first().date + u"MMM"_s));
        m_timeline->setLines(std::move(lines));
    });
    watcher->setFuture(Background::run([state] {
        return Built{TimelineModel::build(
                         *state,
                         [](const SnapshotInfo &info) {
                             return tr("Snapshot %1 stored (%2)").arg(info.id).arg(sourceText(info.source));
                         }),
                     TimelineModel::talliesSincePrevious(*state)};
    }));
}

QString HistoryPage::snapshotLabel(const SnapshotInfo &info) const
{
    QString label
        = tr("%1 — %2 (%3)").arg(info.id).arg(DateText::shown(info.takenAt), sourceText(info.source));
    if (info.checkedAt.isValid()) // later syncs found the same: they stored no snapshot of their own
        label = tr("%1, unchanged until %2").arg(label, DateText::shown(info.checkedAt));
    if (const auto it = m_changedBefore.constFind(info.id); it != m_changedBefore.cend())
        label = tr("%1 — %2").arg(label, *it);
    return label;
}

void HistoryPage::relabelSnapshots()
{
    const OrgStatePtr state = m_repository->state(m_orgId);
    if (!state)
        return;
    for (const SnapshotInfo &info : state->history) {
        const QString label = snapshotLabel(info);
        for (QComboBox *box : {m_ui->fromSnapshotComboBox, m_ui->toSnapshotComboBox}) {
            const int index = box->findData(info.id);
            if (index >= 0 && box->itemText(index) != label)
                box->setItemText(index, label);
        }
    }
}

QStringList HistoryPage::timelineLines() const
{
    QStringList lines;
    for (int row = 0; row < m_timeline->rowCount(); ++row) {
        const TimelineModel::Line &line = m_timeline->lineAt(row);
        lines.append(line.date + u'\t' + line.text);
    }
    return lines;
}

QString HistoryPage::diffText() const
{
    return m_ui->diffTextBrowser->toPlainText();
}

void HistoryPage::showDiff()
{
    // Older snapshots are read on the cache thread; the answer to an earlier choice is dropped.
    const quint64 request = ++m_request;
    m_busy = false;
    const qint64 fromId = m_ui->fromSnapshotComboBox->currentData().toLongLong();
    const qint64 toId = m_ui->toSnapshotComboBox->currentData().toLongLong();
    if (fromId == 0 || toId == 0) {
        m_ui->diffTextBrowser->setPlainText(tr("Two syncs are needed to compare."));
        return;
    }
    m_ui->diffTextBrowser->setPlainText(tr("Reading the snapshots…"));
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
                                           showLoadedDiff(request, older, newer);
                                       });
        });
}

// Two maximal snapshots take tens of milliseconds to compare: on a worker thread.
void HistoryPage::showLoadedDiff(quint64 request, const std::optional<OrgSnapshot> &older,
                                 const std::optional<OrgSnapshot> &newer)
{
    if (!older || !newer) {
        m_busy = false;
        // Both were listed: one has left the cache since (it keeps a bounded number of snapshots).
        m_ui->diffTextBrowser->setPlainText(
            tr("Snapshot %1 is no longer kept: the cache keeps the most recent snapshots of each "
               "organization. Pick two that are listed.")
                .arg(!older ? m_ui->fromSnapshotComboBox->currentData().toLongLong()
                            : m_ui->toSnapshotComboBox->currentData().toLongLong()));
        return;
    }
    auto *watcher = new QFutureWatcher<SnapshotDiff>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, request] {
        watcher->deleteLater();
        if (request != m_request)
            return;
        m_busy = false;
        showDiffResult(watcher->result());
    });
    watcher->setFuture(Background::run([older, newer] { return diffSnapshots(*older, *newer); }));
}

void HistoryPage::showDiffResult(const SnapshotDiff &d)
{
    const auto esc = [](const QString &t) { return t.toHtmlEscaped(); };
    QString html;
    if (d.settingChanged)
        html += u"<p><b>%1</b></p>"_s.arg(esc(tr("Require IP Whitelist for Public API: %1 → %2.")
                                                  .arg(OrgSettings::requirementText(d.settingFrom),
                                                       OrgSettings::requirementText(d.settingTo))));
    for (const QString &p : d.projectsAdded)
        html += u"<p>+ %1</p>"_s.arg(esc(tr("Project %1 added").arg(p)));
    for (const QString &p : d.projectsRemoved)
        html += u"<p>− %1</p>"_s.arg(esc(tr("Project %1 removed").arg(p)));
    for (const QString &e : d.globalEntriesAdded)
        html += u"<p>+ %1</p>"_s.arg(esc(tr("Global access list: %1 added").arg(e)));
    for (const QString &e : d.globalEntriesRemoved)
        html += u"<p>− %1</p>"_s.arg(esc(tr("Global access list: %1 removed").arg(e)));
    for (const QString &e : d.globalEntriesDescribed)
        html += u"<p>~ %1</p>"_s.arg(esc(tr("Global access list: %1").arg(e)));
    QList<KeyDiff> changed = d.keys;
    changed += d.accounts;
    for (const KeyDiff &k : std::as_const(changed)) {
        const QString sign = k.change == KeyDiff::Change::Added ? u"+"_s
            : k.change == KeyDiff::Change::Removed              ? u"−"_s
                                                                : u"~"_s;
        const QString what = k.change == KeyDiff::Change::Added ? tr("added")
            : k.change == KeyDiff::Change::Removed              ? tr("removed")
                                                                : tr("changed");
        QStringList lines;
        if (!k.previousDesc.isEmpty())
            lines << (k.serviceAccount ? tr("name: %1 → %2") : tr("description: %1 → %2"))
                         .arg(k.previousDesc, k.desc);
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
        for (const QString &secret : k.secretsAdded)
            lines << u"+ "_s + tr("secret %1").arg(secret);
        for (const QString &secret : k.secretsRemoved)
            lines << u"− "_s + tr("secret %1").arg(secret);
        if (k.requests > 0)
            lines << tr("%n request(s) counted", nullptr, int(k.requests));
        if (k.entriesFirstUsed > 0)
            lines << tr("%n entry(ies) used for the first time", nullptr, k.entriesFirstUsed);
        const QString name = k.serviceAccount ? tr("service account %1").arg(k.desc) : k.desc;
        QString block
            = u"<p><b>%1 %2</b> <code>%3</code> — %4"_s.arg(sign, esc(name), esc(k.publicKey), what);
        for (const QString &l : lines)
            block += u"<br>&nbsp;&nbsp;"_s + esc(l);
        html += block + u"</p>"_s;
    }
    if (!d.hasStructuralChange() && changed.isEmpty())
        html += u"<p>%1</p>"_s.arg(esc(tr("Nothing changed.")));
    m_ui->diffTextBrowser->setHtml(html);
}
