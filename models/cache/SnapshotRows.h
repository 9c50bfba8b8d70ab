// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "OrgSnapshot.h"

#include <QByteArray>
#include <QList>

// How an OrgSnapshot is kept as versioned rows: one row per object (kind, key, canonical JSON), so an
// unchanged object compares equal byte for byte. Usage counters live apart from the entries they
// belong to, so that usage moving does not look like the whitelist changing.
namespace SnapshotRows {

struct Row
{
    QString kind;
    QString key;
    QByteArray data;
};

QList<Row> fromSnapshot(const OrgSnapshot &snapshot);
// Rows of one organization (any order) back into a snapshot; false on rows it cannot read.
bool toSnapshot(const QList<Row> &rows, OrgSnapshot *snapshot, QString *error);

} // namespace SnapshotRows
