// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "HistoryPage.h"

#include "OrgStore.h"
#include "Repository.h"
#include "SnapshotDiff.h"

#include "ui_HistoryPage.h"

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

} // namespace

using namespace Qt::StringLiterals;

HistoryPage::HistoryPage(Repository *repository, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::HistoryPage>())
    , m_repository(repository)
{
    m_ui->setupUi(this);
    connect(m_ui->fromSnapshotComboBox, &QComboBox::currentIndexChanged, this, &HistoryPage::showDiff);
    connect(m_ui->toSnapshotComboBox, &QComboBox::currentIndexChanged, this, &HistoryPage::showDiff);
    connect(m_ui->timelineFilterLineEdit, &QLineEdit::textChanged, this, &HistoryPage::showTimeline);
    // New events come with the state a sync leaves.
    connect(m_repository->store(), &OrgStore::stateChanged, this, [this](const QString &orgId) {
        if (orgId == m_orgId)
            showTimeline();
    });
    // A stored snapshot joins the list; the data itself does not change the list.
    connect(m_repository->store(), &OrgStore::historyChanged, this, [this](const QString &orgId) {
        if (orgId == m_orgId)
            refresh();
    });
}

HistoryPage::~HistoryPage() = default;

void HistoryPage::setOrganization(const QString &orgId)
{
    m_orgId = orgId;
    refresh();
}

void HistoryPage::refresh()
{
    const QSignalBlocker blockFrom(m_ui->fromSnapshotComboBox);
    const QSignalBlocker blockTo(m_ui->toSnapshotComboBox);
    m_ui->fromSnapshotComboBox->clear();
    m_ui->toSnapshotComboBox->clear();
    const OrgStatePtr state = m_repository->state(m_orgId);
    const QList<SnapshotInfo> history = state ? state->history : QList<SnapshotInfo>();
    for (const auto &info : history) {
        const QString label = tr("%1 — %2 (%3)")
                                  .arg(info.id)
                                  .arg(QLocale().toString(info.takenAt.toLocalTime(), QLocale::ShortFormat),
                                       sourceText(info.source));
        m_ui->fromSnapshotComboBox->addItem(label, info.id);
        m_ui->toSnapshotComboBox->addItem(label, info.id);
    }
    m_ui->toSnapshotComboBox->setCurrentIndex(int(history.size()) - 1);
    m_ui->fromSnapshotComboBox->setCurrentIndex(std::max(0, int(history.size()) - 2));
    showDiff();
    showTimeline();
}

// The organization's events and the stored snapshots in one list, newest first. The filter keeps the
// lines that contain every word typed (a key's name or public key, a kind such as "entry" or "created",
// a person or an address).
void HistoryPage::showTimeline()
{
    m_ui->timelineTreeWidget->clear();
    const OrgStatePtr state = m_repository->state(m_orgId);
    if (!state)
        return;
    struct Line
    {
        QDateTime when;
        QString text;
    };
    QList<Line> lines;
    for (const ApiEvent &e : state->snapshot.events)
        lines.append({e.created, state->snapshot.eventSummary(e)});
    // Newest first, also among snapshots stored in the same second.
    for (auto it = state->history.crbegin(); it != state->history.crend(); ++it)
        lines.append({it->takenAt, tr("Snapshot %1 stored (%2)").arg(it->id).arg(sourceText(it->source))});
    std::stable_sort(lines.begin(), lines.end(),
                     [](const Line &a, const Line &b) { return a.when > b.when; });
    const QStringList words = m_ui->timelineFilterLineEdit->text().split(u' ', Qt::SkipEmptyParts);
    QList<QTreeWidgetItem *> items;
    for (const Line &line : lines) {
        if (!std::all_of(words.begin(), words.end(),
                         [&](const QString &w) { return line.text.contains(w, Qt::CaseInsensitive); }))
            continue;
        items.append(new QTreeWidgetItem(QStringList{ApiEventLog::shortDate(line.when), line.text}));
    }
    m_ui->timelineTreeWidget->addTopLevelItems(items);
    m_ui->timelineTreeWidget->resizeColumnToContents(0);
    if (!state->snapshot.eventsState.readable && state->snapshot.eventsReadAt.isValid() == false)
        m_ui->timelineTreeWidget->setToolTip(
            tr("The organization's events could not be read: %1").arg(state->snapshot.eventsState.reason));
    else
        m_ui->timelineTreeWidget->setToolTip({});
}

QStringList HistoryPage::timelineLines() const
{
    QStringList lines;
    for (int i = 0; i < m_ui->timelineTreeWidget->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = m_ui->timelineTreeWidget->topLevelItem(i);
        lines.append(item->text(0) + u'\t' + item->text(1));
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
                                           m_busy = false;
                                           showLoadedDiff(older, newer);
                                       });
        });
}

void HistoryPage::showLoadedDiff(const std::optional<OrgSnapshot> &older,
                                 const std::optional<OrgSnapshot> &newer)
{
    if (!older || !newer) {
        m_ui->diffTextBrowser->setPlainText(tr("Two syncs are needed to compare."));
        return;
    }
    const SnapshotDiff d = diffSnapshots(*older, *newer);
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
    m_ui->diffTextBrowser->setHtml(html);
}
