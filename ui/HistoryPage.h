// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "OrgSnapshot.h"
#include "OrgState.h"

#include <optional>

#include <QHash>
#include <QWidget>

#include <memory>

class Repository;
struct SnapshotDiff;
class TimelineModel;

namespace Ui {
class HistoryPage;
}

// The snapshots of an organization and what changed between two of them (default: the last two), and the
// timeline of its events and snapshots. Nothing is built while the page is hidden: a change marks it stale
// and showing it rebuilds; the timeline's lines are made on a worker thread.
class HistoryPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryPage)
public:
    explicit HistoryPage(Repository *repository, QWidget *parent = nullptr);
    ~HistoryPage() override;
    void setOrganization(const QString &orgId);
    void refresh();
    QString diffText() const;
    // The lines the timeline shows now (filter applied), newest first: "date\tline".
    QStringList timelineLines() const;
    // Reading snapshots from the cache, or building the timeline.
    bool isBusy() const { return m_busy || m_timelineBusy; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    void showDiff();
    void showTimeline();
    void onStateChanged(bool historyToo);
    void showLoadedDiff(quint64 request, const std::optional<OrgSnapshot> &older,
                        const std::optional<OrgSnapshot> &newer);
    void showDiffResult(const SnapshotDiff &diff);
    // Each picker's line for a snapshot: its number, time and kind, and what the events say changed
    // since the one before (once the worker has counted them).
    QString snapshotLabel(const SnapshotInfo &info) const;
    void relabelSnapshots();

    std::unique_ptr<Ui::HistoryPage> m_ui;
    Repository *m_repository;
    QString m_orgId;
    TimelineModel *m_timeline;
    quint64 m_request = 0;
    quint64 m_timelineRequest = 0;
    bool m_busy = false;
    bool m_timelineBusy = false;
    bool m_stale = true;
    // The comparison the person picked (snapshot ids; 0: none picked, the newest two are compared). It is
    // kept when new snapshots come (F5, a sync, a change) as long as both are still kept.
    qint64 m_pickedFrom = 0;
    qint64 m_pickedTo = 0;
    // What the timeline was built from: an unchanged feed, history and key list need no new build.
    struct Basis
    {
        const void *events = nullptr;
        const void *ownEvents = nullptr;
        const void *keys = nullptr;
        qint64 lastSnapshot = 0;
        qsizetype snapshots = -1;
        QString orgId;
        friend bool operator==(const Basis &, const Basis &) = default;
    };
    Basis m_timelineBasis;
    // What changed before each snapshot, by the events (snapshot id → text), counted with the timeline.
    QHash<qint64, QString> m_changedBefore;
};
