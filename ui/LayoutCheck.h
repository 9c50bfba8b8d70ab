// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

class QWidget;

// Text that does not fit its widget: labels that do not wrap, buttons, check boxes, tabs, table
// headers and placeholders narrower than their text. Used by the screenshots (--check-layout) and the
// tests of every language. Each problem reads "widget “text” needs N px, has M px".
namespace LayoutCheck {
QStringList clippedTexts(const QWidget *root);
}
