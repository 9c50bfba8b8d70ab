// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QTableWidget;
class QTableWidgetItem;

// The read-only result tables of the review pages (address check, report): rows of text, each row
// leading to a key.
namespace ReviewTables {
// Column widths measured from the first rows only (hundreds of rows would hold up the GUI thread), and
// every header readable in every language.
void setUp(QTableWidget *table);
// Columns as wide as their contents (at most 280 px: a long text is elided, its tooltip whole); the last
// column takes the rest.
void fitColumns(QTableWidget *table);
// A cell with its text as tooltip and the key it leads to.
// entry: the whitelist entry the row is about (its display value), when there is one.
QTableWidgetItem *item(const QString &text, const QString &keyId = {}, const QString &entry = {});
// The role that holds the entry.
constexpr int EntryRole = Qt::UserRole + 1;
} // namespace ReviewTables
