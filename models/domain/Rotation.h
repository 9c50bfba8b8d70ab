// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "OrgSnapshot.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QStringList>

#include <optional>

// What the new key of a rotation is to be: the old key's description with a suffix, its organization
// roles, each project with its roles and each access-list entry — all copied unless dropped.
struct RotationPlan
{
    Q_DECLARE_TR_FUNCTIONS(RotationPlan)
public:
    struct Project
    {
        QString groupId;
        QStringList roles;
        friend bool operator==(const Project &, const Project &) = default;
    };
    QString description;
    QStringList orgRoles;
    QList<Project> projects;
    QStringList entries; // CIDR blocks, as IpBlock::toString()

    // The whole of the old key, with " (rotated YYYY-MM)" (of today) after its description, cut to the
    // server's 250 characters.
    static RotationPlan of(const KeyRecord &old, const QDate &today);
    // What the new key as read back lacks or has beyond the plan, one line each ("project X: role Y
    // missing"); empty when they are equal.
    QStringList differences(const ApiKey &key, const QList<AccessListEntry> &accessList) const;

    friend bool operator==(const RotationPlan &, const RotationPlan &) = default;
};

// A rotation of one API key in progress: stored in the cache (never with a private key) from its start
// until it is finished or cancelled, so that it survives quitting, a crash or a lost connection and resumes
// at the step it had reached.
struct Rotation
{
    enum class Step {
        Planned, // nothing created yet (or a creation whose answer was lost)
        Created, // the new key exists; its roles, projects and entries are being copied
        Ready, // the new key equals the plan: the clients are switched over, the old key's use watched
    };
    QString orgId;
    QString oldKeyId;
    QString oldPublicKey;
    QString oldDescription;
    QString newKeyId; // once created
    QString newPublicKey;
    RotationPlan plan;
    // The organization's key IDs when the rotation started: a key created by an answer that never
    // arrived is found as the one with the plan's description that was not there.
    QStringList keysBefore;
    Step step = Step::Planned;
    QDateTime startedAt;
    QDateTime newKeyCreatedAt;
    QDateTime updatedAt;
    QString problem; // the last step's failure, in plain words; empty when it went through

    static QString stepName(Step step); // "planned", "created", "ready"
    static std::optional<Step> stepFromName(const QString &name);
    QJsonObject toJson() const;
    static std::optional<Rotation> fromJson(const QJsonObject &object);

    friend bool operator==(const Rotation &, const Rotation &) = default;
};

using Rotations = QHash<QString, Rotation>; // old key ID -> its rotation
