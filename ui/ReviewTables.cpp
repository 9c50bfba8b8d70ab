// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReviewTables.h"

#include <QHeaderView>
#include <QTableWidget>

namespace ReviewTables {

void setUp(QTableWidget *table)
{
    table->horizontalHeader()->setResizeContentsPrecision(100);
    for (int column = 0; column + 1 < table->columnCount(); ++column)
        table->setColumnWidth(
            column, std::max(table->columnWidth(column), table->horizontalHeader()->sectionSizeHint(column)));
}

void fitColumns(QTableWidget *table)
{
    for (int column = 0; column + 1 < table->columnCount(); ++column) {
        table->resizeColumnToContents(column);
        const QString header = table->horizontalHeaderItem(column)->text();
        const int headerWidth = table->horizontalHeader()->fontMetrics().horizontalAdvance(header) + 16;
        table->setColumnWidth(column, std::max(headerWidth, std::min(table->columnWidth(column), 280)));
    }
}

QTableWidgetItem *item(const QString &text, const QString &keyId, const QString &entry)
{
    auto *i = new QTableWidgetItem(text);
    i->setData(Qt::UserRole, keyId);
    i->setData(EntryRole, entry);
    i->setToolTip(text);
    return i;
}

} // namespace ReviewTables
