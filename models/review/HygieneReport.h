// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Clock.h"
#include "OrgSnapshot.h"
#include "Rotation.h"

#include <QCoreApplication>
#include <QJsonObject>

// The key-hygiene findings of an organization, each with a severity, an explanation and the key.
struct Finding
{
    Q_DECLARE_TR_FUNCTIONS(Finding)
public:
    enum class Severity { Info, Low, Medium, High };
    enum class Kind {
        EmptyWhitelist,
        UnusedKey,
        NeverUsedKey,
        UnusedEntry,
        BroadBlock,
        DuplicateEntry,
        CoveredEntry,
        OrganizationOwner,
        NotReadable,
        NoProject,
        // From the organization's events:
        ChangeFromOutsideWhitelist, // a key changed a whitelist from an address its own list does not hold
        RequirementTurnedOff, // "Require IP Whitelist for Public API" turned off within recentDays
        CreatorGone, // the key was created by a user who is no longer among the organization's users
        // Service accounts (they share EmptyWhitelist, NotReadable, OrganizationOwner, BroadBlock, ...):
        SecretExpiring, // a secret expires within HygieneOptions::secretDays
        SecretNeverUsed, // a live secret that has never been used
        NoLiveSecret, // every secret has expired (or there is none): the account cannot sign in
        ExpiredSecret, // an expired secret left in place
        // Ops Manager's instance (its global keys and the global access list; they share NotReadable,
        // BroadBlock, DuplicateEntry, CoveredEntry):
        GlobalOwner, // a global key with Global Owner
        GlobalListEmpty, // the global access list holds no entry
        // Rotation:
        DueForRotation, // the key was created (by its event) more than HygieneOptions::rotationDays ago
        RotationLeftOpen, // a rotation started more than HygieneOptions::openRotationDays ago is not finished
        UseFromOutsideEntries, // an entry's last use came from an address none of the key's entries holds
    };

    Severity severity = Severity::Info;
    Kind kind = Kind::EmptyWhitelist;
    QString message;
    QString keyId; // a service account's client ID for its findings
    QString publicKey; // the same client ID for a service account
    QString entry; // the entry concerned, when there is one
    bool serviceAccount = false;

    static QString severityName(Severity s); // "info", "low", "medium", "high"
    static QString severityDisplayName(Severity s); // the same, in the reader's language
    static std::optional<Severity> severityFromName(QStringView name);
    static QString kindName(Kind k); // "emptyWhitelist", ...
    // For exports and --json: severity, kind, subject (apiKey or serviceAccount), message, id (a key's ID
    // or an account's client ID), publicKey (null for an account), entry (null when none).
    QJsonObject toJson() const;
};

struct HygieneOptions
{
    int staleDays = 90;
    QDateTime now = Clock::nowUtc();
    int recentDays = 30; // how far back a turned-off requirement is reported
    int secretDays = 14; // a service-account secret expiring within this many days is reported
    int rotationDays = 90; // a key older than this (by its creation event) is due for rotation
    int openRotationDays = 7; // a rotation not finished after this many days is reported
    Rotations rotations = {}; // the organization's rotations in progress (OrgState::rotations)
};

// Findings sorted by severity (highest first), then key.
QList<Finding> hygieneReport(const OrgSnapshot &snapshot, const HygieneOptions &options = {});
