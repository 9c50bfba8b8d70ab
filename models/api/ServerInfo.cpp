// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServerInfo.h"

#include <QRegularExpression>

bool ServerInfo::parseServiceVersionHeader(const QByteArray &header)
{
    if (header.isEmpty())
        return false;
    QString version;
    QString hash;
    for (const QByteArray &part : header.split(';')) {
        const QByteArray trimmed = part.trimmed();
        if (trimmed.startsWith("versionString="))
            version = QString::fromLatin1(trimmed.mid(14));
        else if (trimmed.startsWith("gitHash="))
            hash = QString::fromLatin1(trimmed.mid(8));
    }
    static const QRegularExpression numbers(QStringLiteral("^(\\d+)\\.(\\d+)"));
    const auto match = numbers.match(version);
    if (!match.hasMatch())
        return false;
    versionString = version;
    gitHash = hash;
    major = match.captured(1).toInt();
    minor = match.captured(2).toInt();
    return true;
}
