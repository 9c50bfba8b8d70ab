// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

// An organization as returned by GET /orgs (models/api/README.md).
struct Organization
{
    QString id;
    QString name;
    bool isDeleted = false;

    friend bool operator==(const Organization &, const Organization &) = default;
};

// Ops Manager's instance — its global API keys and its global access list — is synced, cached, reviewed and
// shown as one more scope beside the organizations, under this reserved ID (never a 24-digit ObjectId, so
// it cannot meet a real organization's).
namespace Instance {
inline const QString Id = QStringLiteral("ops-manager-instance");
inline bool is(const QString &orgId)
{
    return orgId == Id;
}
} // namespace Instance

// A user of an organization, as GET /orgs/{ORG-ID}/users lists them (only what the console uses).
struct OrgUser
{
    QString id;
    QString username;

    friend bool operator==(const OrgUser &, const OrgUser &) = default;
};

// A project ("group") as returned by GET /orgs/{ORG-ID}/groups (models/api/README.md).
struct Project
{
    QString id;
    QString name;
    QString orgId;
    int activeAgentCount = 0;
    int replicaSetCount = 0;
    int shardCount = 0;
    bool publicApiEnabled = true;
    QDateTime lastActiveAgent; // invalid when absent

    friend bool operator==(const Project &, const Project &) = default;
};
