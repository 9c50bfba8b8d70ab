// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// One role of a key: organization-scoped (orgId set), project-scoped (groupId set), or one of Ops Manager's
// global roles (GLOBAL_*, neither set: a global API key's or a global user's).
struct RoleAssignment
{
    QString roleName;
    QString orgId;
    QString groupId;

    // Not a project's: an organization role, or a global role (a global key's "own" roles, as an
    // organization key's organization roles are).
    bool isOrgRole() const { return groupId.isEmpty(); }
    bool isGlobalRole() const { return groupId.isEmpty() && orgId.isEmpty(); }
    friend bool operator==(const RoleAssignment &, const RoleAssignment &) = default;
};

// A programmatic API key (models/api/README.md). privateKey is the masked value the server returns,
// except in the answer to a create request, where it is the full key, shown once.
struct ApiKey
{
    QString id;
    QString desc;
    QString publicKey;
    QString privateKey;
    QList<RoleAssignment> roles;

    QStringList orgRoleNames() const;
    QStringList projectRoleNames(const QString &groupId) const;
    QStringList projectIds() const;
    QStringList globalRoleNames() const;
    bool hasOrgRole(QStringView roleName) const;
    // The same key with its private key masked as the server shows it after creation: what may be kept.
    ApiKey masked() const;
    static QString maskedPrivateKey(const QString &privateKey);

    friend bool operator==(const ApiKey &, const ApiKey &) = default;
};

// The server's rule for descriptions (1–250 characters), as a message for the field, or empty when fine.
QString keyDescriptionProblem(const QString &desc);

// True for a 24-hex-digit object id (a key ID, org ID or project ID), false for a public key.
bool isObjectId(QStringView text);
