// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Clock.h"

#include <QMutex>

namespace {
QMutex mutex;
QDateTime fixed;
} // namespace

QDateTime Clock::nowUtc()
{
    const QMutexLocker lock(&mutex);
    return fixed.isValid() ? fixed : QDateTime::currentDateTimeUtc();
}

void Clock::setFixed(const QDateTime &utc)
{
    const QMutexLocker lock(&mutex);
    fixed = utc.toUTC();
}
