// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

// A service account of an organization (Cloud Manager's /orgs/{ORG-ID}/serviceAccounts, Atlas's
// /api/atlas/v2/orgs/{orgId}/serviceAccounts): it signs in with OAuth 2.0 client credentials — its client
// ID and one of its secrets — instead of a key pair. Facts: models/api/README.md, "Service accounts".

// One of an account's secrets (at most two at a time). The full value ("mdb_sa_sk_…") comes only in the
// answer that created it and lives only in memory; afterwards the server shows maskedSecretValue.
struct ServiceAccountSecret
{
    QString id; // 24 hex digits
    QDateTime createdAt;
    QDateTime expiresAt;
    QDateTime lastUsedAt; // invalid: never used
    QString maskedSecretValue;
    QString secret; // the full value, only right after creation

    bool expiredAt(const QDateTime &now) const { return expiresAt.isValid() && expiresAt <= now; }
    friend bool operator==(const ServiceAccountSecret &, const ServiceAccountSecret &) = default;
};

// A project an organization's service account is invited to, with its roles there.
struct ServiceAccountProject
{
    QString groupId;
    QStringList roles;
    friend bool operator==(const ServiceAccountProject &, const ServiceAccountProject &) = default;
};

struct ServiceAccount
{
    // The limits the server enforces on what is sent, checked here before sending.
    static constexpr int MaxNameLength = 64;
    static constexpr int MaxDescriptionLength = 250;
    static constexpr int MaxSecrets = 2;
    static constexpr int MinSecretHours = 8;
    static constexpr int MaxSecretHours = 8766; // Cloud Manager; an Atlas organization may set less
    // Adding a secret cuts the remaining life of the other one to at most this many days.
    static constexpr int OtherSecretCutDays = 7;

    QString clientId; // "mdb_sa_id_" and 24 hex digits
    QString name;
    QString description;
    QStringList roles; // organization roles (ORG_*)
    QDateTime createdAt;
    QList<ServiceAccountSecret> secrets;

    static bool isClientId(const QString &text);
    // The account without any full secret value: what may be kept, stored or shown after creation.
    ServiceAccount masked() const;
    // The secrets not expired at `now`.
    int liveSecrets(const QDateTime &now) const;
    // The newest use of any secret; invalid when none was ever used.
    QDateTime lastUsed() const;
    // When the first of the secrets still live at `now` expires; invalid when none is live.
    QDateTime nextExpiry(const QDateTime &now) const;

    friend bool operator==(const ServiceAccount &, const ServiceAccount &) = default;
};
