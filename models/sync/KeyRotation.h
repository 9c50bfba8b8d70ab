// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ApiClient.h"
#include "Rotation.h"

#include <QObject>

#include <functional>

class Repository;

// Rotates an API key without an outage (issue #27; models/sync/README.md, "Key rotation"): a new key is
// created, given the old key's organization roles, projects and access-list entries as the plan says,
// read back and compared with the plan; the clients are switched; finishing deletes the old key, cancelling
// deletes the new one. Every step is stored (Repository::setRotation, never with a private key) before the
// next request goes out, so a rotation interrupted anywhere resumes at the step it had reached and never
// leaves an unreported half-copy: resuming copies only what the new key, read back, still lacks.
class KeyRotation final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeyRotation)
public:
    // The rotation as it now stands, and what went wrong (empty: the step went through).
    using Answer = std::function<void(const Rotation &rotation, const QString &problem)>;
    // The new key with its full private key: handed over once, kept nowhere.
    using Created = std::function<void(const ApiKey &newKey)>;

    explicit KeyRotation(Repository *repository, QObject *parent = nullptr);

    // The old key's plan as the in-memory state holds it (today's suffix), or why there is none.
    std::optional<RotationPlan> planFor(const QString &orgId, const QString &oldKeyId,
                                        QString *problem) const;

    // Steps 1–2: stores the rotation, creates the new key (created gets it), copies and checks.
    void start(const QString &orgId, const QString &oldKeyId, const RotationPlan &plan,
               const QObject *context, Created created, Answer done);
    // A stored rotation, at its step: "planned" looks for a key whose creation answer was lost (it is
    // deleted: its private key cannot be shown again) and creates the key; "created" copies what is missing
    // and checks; "ready" reads the new key back and checks again.
    void resume(const QString &orgId, const QString &oldKeyId, const QObject *context, Created created,
                Answer done);
    // Deletes the old key and forgets the rotation. Refused while this console signs in with the old key
    // (it would lock itself out) and before the new key equals the plan.
    void finish(const QString &orgId, const QString &oldKeyId, const QObject *context, Answer done);
    // Deletes the new key (if one was made) and forgets the rotation: the organization is as before.
    void cancel(const QString &orgId, const QString &oldKeyId, const QObject *context, Answer done);

    // The server's (or the network's) error behind the last problem; none when it was refused here, before
    // anything was sent.
    const std::optional<ApiError> &lastError() const { return m_lastError; }

private:
    void create(Rotation rotation, Created created, Answer done);
    void copy(Rotation rotation, Answer done);
    void check(Rotation rotation, Answer done);
    void store(Rotation &rotation, const QString &problem = {});
    void fail(Rotation rotation, const QString &problem, const Answer &done);
    std::optional<Rotation> stored(const QString &orgId, const QString &oldKeyId) const;
    // Deletes keys carrying the plan's description that were not there when the rotation started: a
    // creation whose answer was lost.
    void removeOrphans(const Rotation &rotation, std::function<void(const QString &problem)> then);

    QString explain(const ApiError &error); // its explanation, kept as lastError()

    Repository *m_repository;
    ApiClient *m_client;
    std::optional<ApiError> m_lastError;
};
