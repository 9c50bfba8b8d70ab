// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "OrgSnapshot.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>

// The JSON of the rows that are not an API object of their own (settings, whether a list was readable,
// when it was read), both ways, for the writing (SnapshotRows.cpp) and the reading (SnapshotReader.cpp)
// of rows.
namespace SnapshotRows::RowJson {
// Compact JSON with sorted keys: equal data, equal bytes.
QByteArray canonical(const QJsonObject &o);
QJsonObject readability(const Readability &r);
Readability readabilityFrom(const QJsonObject &o);
QJsonObject settingsJson(const OrgSettings &s);
OrgSettings settingsFrom(const QJsonObject &o);
// o with "readAt" when at is valid.
QJsonObject readAt(QJsonObject o, const QDateTime &at);
QDateTime readAtFrom(const QJsonObject &o);
} // namespace SnapshotRows::RowJson
