// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ContextModel.h"
#include "MainWindow.h"

#include <QStringList>

// The organizations a console window shows in its context picker.
inline QStringList organizationsShown(const MainWindow *window)
{
    QStringList names;
    const auto *model = window->findChild<ContextModel *>();
    for (int row = 0; model && row < model->rowCount(); ++row)
        names.append(model->index(row, 0).data().toString());
    return names;
}
