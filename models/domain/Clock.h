// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>

// "Now" for everything the console records or shows (snapshot times, ages of keys). The screenshots
// fix it so that two runs draw the same pixels; everywhere else it is the system clock.
namespace Clock {
QDateTime nowUtc();
// An invalid value goes back to the system clock.
void setFixed(const QDateTime &utc);
} // namespace Clock
