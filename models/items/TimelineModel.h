// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "OrgState.h"

#include <QAbstractTableModel>

#include <functional>

// History's timeline: the organization's events and its stored snapshots in one list, newest first, with
// a filter of words (every word must occur in the line). The lines are built by build(), which reads only
// the immutable state and so runs on a worker thread (10,000 events take tens of milliseconds); the model
// takes them whole, and filtering walks lines already made.
class TimelineModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimelineModel)
public:
    enum Column { WhenColumn, WhatColumn, ColumnCount };

    struct Line
    {
        QDateTime when;
        QString date; // as shown
        QString text;
    };
    using Lines = QList<Line>;
    // The text of a stored snapshot's line.
    using SnapshotLabel = std::function<QString(const SnapshotInfo &)>;

    explicit TimelineModel(QObject *parent = nullptr);

    // Thread-safe: reads only its arguments.
    static Lines build(const OrgState &state, const SnapshotLabel &snapshotLabel);

    // What the server recorded between a stored snapshot and the one before it, by kind of event: an
    // event counts for the first snapshot taken at or after it (to the second, as events are dated).
    struct Tally
    {
        int keysCreated = 0;
        int keysDeleted = 0;
        int entriesAdded = 0;
        int entriesRemoved = 0;
        int other = 0; // roles, descriptions, projects, the requirement, types not interpreted
        bool isEmpty() const
        {
            return !keysCreated && !keysDeleted && !entriesAdded && !entriesRemoved && !other;
        }
    };
    // For every snapshot of the history but the oldest (nothing before it to count from). Thread-safe.
    static QHash<qint64, Tally> talliesSincePrevious(const OrgState &state);

    void setLines(Lines lines);
    void setFilter(const QString &words);
    const Line &lineAt(int row) const { return m_all.at(m_shown.at(row)); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void applyFilter();

    Lines m_all;
    QList<int> m_shown; // indexes into m_all that pass the filter
    QStringList m_words;
};
