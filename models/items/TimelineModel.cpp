// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TimelineModel.h"

#include "DateText.h"

#include <algorithm>

TimelineModel::TimelineModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

TimelineModel::Lines TimelineModel::build(const OrgState &state, const SnapshotLabel &snapshotLabel)
{
    Lines lines;
    const OrgSnapshot &snapshot = state.snapshot;
    lines.reserve(state.ownEvents.size() + snapshot.events.size() + state.history.size());
    // Names of keys by public key, once: the events name keys by it.
    const QHash<QString, QString> names = snapshot.descriptionsByPublicKey();
    for (const ApiEvents *events : {&state.ownEvents, &snapshot.events}) {
        for (const ApiEvent &e : *events)
            lines.append({e.created, DateText::shown(e.created), OrgSnapshot::eventSummary(e, names)});
    }
    // Newest first, also among snapshots stored in the same second.
    for (auto it = state.history.crbegin(); it != state.history.crend(); ++it)
        lines.append({it->takenAt, DateText::shown(it->takenAt), snapshotLabel(*it)});
    std::stable_sort(lines.begin(), lines.end(),
                     [](const Line &a, const Line &b) { return a.when > b.when; });
    return lines;
}

QHash<qint64, TimelineModel::Tally> TimelineModel::talliesSincePrevious(const OrgState &state)
{
    QHash<qint64, Tally> tallies;
    const QList<SnapshotInfo> &history = state.history; // oldest first
    if (history.size() < 2)
        return tallies;
    QList<qint64> seconds; // each snapshot's time, to the second
    seconds.reserve(history.size());
    for (const SnapshotInfo &info : history) {
        seconds.append(info.takenAt.toSecsSinceEpoch());
        if (seconds.size() > 1)
            tallies.insert(info.id, {});
    }
    for (const ApiEvents *events : {&state.ownEvents, &state.snapshot.events}) {
        for (const ApiEvent &e : *events) {
            if (!e.created.isValid())
                continue;
            // The first snapshot at or after the event; none before the oldest is counted.
            const auto at = std::lower_bound(seconds.cbegin(), seconds.cend(), e.created.toSecsSinceEpoch());
            if (at == seconds.cend() || at == seconds.cbegin())
                continue;
            Tally &t = tallies[history.at(at - seconds.cbegin()).id];
            switch (e.kind()) {
            case ApiEvent::Kind::KeyCreated:
                ++t.keysCreated;
                break;
            case ApiEvent::Kind::KeyDeleted:
                ++t.keysDeleted;
                break;
            case ApiEvent::Kind::EntryAdded:
                ++t.entriesAdded;
                break;
            case ApiEvent::Kind::EntryDeleted:
                ++t.entriesRemoved;
                break;
            default:
                ++t.other;
                break;
            }
        }
    }
    return tallies;
}

void TimelineModel::setLines(Lines lines)
{
    beginResetModel();
    m_all = std::move(lines);
    applyFilter();
    endResetModel();
}

void TimelineModel::setFilter(const QString &words)
{
    const QStringList split = words.split(u' ', Qt::SkipEmptyParts);
    if (split == m_words)
        return;
    beginResetModel();
    m_words = split;
    applyFilter();
    endResetModel();
}

void TimelineModel::applyFilter()
{
    m_shown.clear();
    m_shown.reserve(m_all.size());
    for (qsizetype i = 0; i < m_all.size(); ++i) {
        const QString &text = m_all.at(i).text;
        if (std::all_of(m_words.cbegin(), m_words.cend(),
                        [&](const QString &w) { return text.contains(w, Qt::CaseInsensitive); }))
            m_shown.append(int(i));
    }
}

int TimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_shown.size());
}

int TimelineModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TimelineModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_shown.size())
        return {};
    const Line &line = lineAt(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return index.column() == WhenColumn ? line.date : line.text;
    case Qt::ToolTipRole:
        return index.column() == WhatColumn ? line.text : QVariant();
    default:
        return {};
    }
}

QVariant TimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == WhenColumn ? tr("When") : tr("What");
}
