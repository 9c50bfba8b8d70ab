// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// One role of a key: organization-scoped (orgId set) or project-scoped (groupId set).
struct RoleAssignment
{
    QString roleName;
    QString orgId;
    QString groupId;

    bool isOrgRole() const { return groupId.isEmpty(); }
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
