// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "EmulatorOptions.h"

#include <QRegularExpression>
#include <QStringList>

using namespace Qt::StringLiterals;

int EmulatorOptions::serviceMajorVersion() const
{
    return serviceVersion.section(u'.', 0, 0).toInt();
}

bool EmulatorOptions::legacyPaths() const
{
    return serviceMajorVersion() < 5;
}

std::optional<EmulatorOptions::Fault> EmulatorOptions::Fault::parse(const QString &text, QString *error)
{
    const QStringList parts = text.split(u' ', Qt::SkipEmptyParts);
    const auto refuse = [&](const QString &why) {
        *error = u"--fault %1: %2 (expected METHOD PATTERN NTH[xCOUNT] 500|drop)"_s.arg(text.left(200), why);
        return std::nullopt;
    };
    if (parts.size() != 4)
        return refuse(u"four parts"_s);
    Fault f;
    f.method = parts[0].toUpper().toLatin1();
    if (!QStringList{u"GET"_s, u"POST"_s, u"PATCH"_s, u"PUT"_s, u"DELETE"_s}.contains(parts[0].toUpper()))
        return refuse(u"an HTTP method"_s);
    if (!QRegularExpression(parts[1]).isValid())
        return refuse(u"a valid regular expression"_s);
    f.pathPattern = parts[1];
    const QStringList counts = parts[2].split(u'x');
    bool nthOk = false, countOk = true;
    f.nth = counts[0].toInt(&nthOk);
    if (counts.size() == 2)
        f.count = counts[1].toInt(&countOk);
    if (!nthOk || !countOk || counts.size() > 2 || f.nth < 1 || f.nth > 1'000'000 || f.count < 1
        || f.count > 1'000'000)
        return refuse(u"NTH and COUNT from 1 to 1000000"_s);
    if (parts[3] == u"500"_s)
        f.kind = Kind::Fail;
    else if (parts[3] == u"drop"_s)
        f.kind = Kind::DropAfter;
    else
        return refuse(u"500 or drop"_s);
    return f;
}
