// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ApiLogging.h"

Q_LOGGING_CATEGORY(lcApi, "apiaccess.api", QtWarningMsg)

QString redacted(QString text, const QString &secret)
{
    if (!secret.isEmpty())
        text.replace(secret, QStringLiteral("[redacted]"));
    return text;
}
