// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CacheLogging.h"

Q_LOGGING_CATEGORY(lcCache, "apiaccess.cache", QtWarningMsg)
