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
