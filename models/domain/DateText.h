// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

// One way to show a moment on screen, wherever it appears — tables, key details, the timeline, the
// snapshot pickers, findings, the status bar: the local time in the reader's locale, short form
// (QLocale::ShortFormat): "6/7/24 3:01 AM" in American English, "07.06.24 03:01" in German,
// "2024/06/07 3:01" in Japanese — each language's own order. Exports people read use one UTC form
// instead (models/review/Exporter.cpp), data formats ISO 8601.
namespace DateText {

QString shown(const QDateTime &when);

} // namespace DateText
