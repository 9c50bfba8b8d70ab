// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "OrgSnapshot.h"

using namespace Qt::StringLiterals;

// A maximal organization for benchmarks: 500 keys × 20 entries, 250 projects.
inline OrgSnapshot maximal()
{
    OrgSnapshot s;
    s.organization = {u"5a5eed000000000000000001"_s, u"Maximal"_s, false};
    s.settings = OrgSettings::known(true);
    for (int p = 0; p < 250; ++p) {
        Project project;
        project.id = u"6a5eed%1"_s.arg(p, 18, 10, QChar(u'0'));
        project.name = u"project-%1"_s.arg(p);
        project.orgId = s.organization.id;
        s.projects.append(project);
    }
    for (int k = 0; k < 500; ++k) {
        KeyRecord key;
        key.key.id = u"7a5eed%1"_s.arg(k, 18, 10, QChar(u'0'));
        key.key.publicKey = u"key%1"_s.arg(k, 5, 10, QChar(u'0'));
        key.key.desc = u"Automation key %1"_s.arg(k);
        key.key.privateKey = u"********-****-****-000000000000"_s;
        key.key.roles
            = {{u"ORG_MEMBER"_s, s.organization.id, {}}, {u"GROUP_READ_ONLY"_s, {}, s.projects[k % 250].id}};
        for (int e = 0; e < 20; ++e) {
            AccessListEntry entry = AccessListEntry::fromBlock(
                *IpBlock::parse(u"10.%1.%2.%3"_s.arg(k / 256).arg(k % 256).arg(e)).block,
                QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC));
            entry.count = k * e;
            entry.lastUsed = QDateTime(QDate(2026, 11, 1), QTime(0, 0), Qt::UTC);
            entry.lastUsedAddress = entry.ipAddress;
            key.accessList.append(entry);
        }
        s.keys.append(key);
    }
    return s;
}
