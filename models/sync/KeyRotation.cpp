// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "KeyRotation.h"

#include "Changes.h"
#include "Clock.h"
#include "OrgStore.h"
#include "Repository.h"

#include <QPointer>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

// One request of the copy: what it does (for a failure's message) and how it is sent.
struct CopyOp
{
    QString what;
    std::function<void(std::function<void(const std::optional<ApiError> &)>)> send;
};

// Runs ops one after another; then gets the first failure (and what it was doing), or nothing.
void runInOrder(std::shared_ptr<QList<CopyOp>> ops, int index,
                std::function<void(const QString &what, const std::optional<ApiError> &)> then)
{
    if (index >= ops->size())
        return then({}, std::nullopt);
    const CopyOp &op = ops->at(index);
    op.send([ops, index, then, what = op.what](const std::optional<ApiError> &error) {
        if (error)
            return then(what, error);
        runInOrder(ops, index + 1, then);
    });
}

template<typename T> std::optional<ApiError> failure(const ApiResult<T> &r)
{
    return r.ok() ? std::nullopt : std::optional<ApiError>(r.error());
}

} // namespace

KeyRotation::KeyRotation(Repository *repository, QObject *parent)
    : QObject(parent)
    , m_repository(repository)
    , m_client(repository->client())
{ }

std::optional<Rotation> KeyRotation::stored(const QString &orgId, const QString &oldKeyId) const
{
    const OrgStatePtr state = m_repository->state(orgId);
    if (!state || !state->rotations.contains(oldKeyId))
        return std::nullopt;
    return state->rotations.value(oldKeyId);
}

std::optional<RotationPlan> KeyRotation::planFor(const QString &orgId, const QString &oldKeyId,
                                                 QString *problem) const
{
    const OrgStatePtr state = m_repository->state(orgId);
    const KeyRecord *record = state ? state->snapshot.findKey(oldKeyId) : nullptr;
    if (!record) {
        *problem
            = tr("Key %1 is not in the organization as last synced: sync, then try again.").arg(oldKeyId);
        return std::nullopt;
    }
    if (!record->accessListState.readable) {
        *problem = tr("The access list of key %1 could not be read, so it cannot be copied: sync with an "
                      "Organization Owner key first.")
                       .arg(record->key.publicKey);
        return std::nullopt;
    }
    return RotationPlan::of(*record, Clock::nowUtc().date());
}

QString KeyRotation::explain(const ApiError &error)
{
    m_lastError = error;
    return error.explanation();
}

void KeyRotation::store(Rotation &rotation, const QString &problem)
{
    rotation.updatedAt = Clock::nowUtc();
    rotation.problem = problem;
    m_repository->setRotation(rotation.orgId, rotation.oldKeyId, rotation);
}

void KeyRotation::fail(Rotation rotation, const QString &problem, const Answer &done)
{
    store(rotation, problem);
    done(rotation, problem);
}

void KeyRotation::start(const QString &orgId, const QString &oldKeyId, const RotationPlan &plan,
                        const QObject *context, Created created, Answer done)
{
    m_lastError.reset();
    done = [context = QPointer<const QObject>(context), done](const Rotation &r, const QString &p) {
        if (context)
            done(r, p);
    };
    const OrgStatePtr state = m_repository->state(orgId);
    const KeyRecord *old = state ? state->snapshot.findKey(oldKeyId) : nullptr;
    QString refusal;
    if (const auto offline = m_repository->offlineError())
        refusal = explain(*offline);
    else if (!old)
        refusal = tr("Key %1 is not in the organization as last synced: sync, then try again.").arg(oldKeyId);
    else if (state->rotations.contains(oldKeyId))
        refusal
            = tr("Key %1 is already being rotated: resume or cancel that rotation.").arg(old->key.publicKey);
    else if (plan.orgRoles.isEmpty())
        refusal = tr("The new key needs at least one organization role.");
    else if (const QString problem = keyDescriptionProblem(plan.description); !problem.isEmpty())
        refusal = problem;
    if (!refusal.isEmpty())
        return done({}, refusal);
    Rotation rotation;
    rotation.orgId = orgId;
    rotation.oldKeyId = oldKeyId;
    rotation.oldPublicKey = old->key.publicKey;
    rotation.oldDescription = old->key.desc;
    rotation.plan = plan;
    for (const KeyRecord &k : state->snapshot.keys)
        rotation.keysBefore.append(k.key.id);
    rotation.startedAt = Clock::nowUtc();
    store(rotation); // before anything is sent
    create(rotation, std::move(created), std::move(done));
}

void KeyRotation::create(Rotation rotation, Created created, Answer done)
{
    m_repository->changes()->createKey(
        rotation.orgId, rotation.plan.description, rotation.plan.orgRoles, this,
        [this, rotation, created, done](ApiResult<ApiKey> key) mutable {
            if (!key.ok())
                return fail(
                    rotation,
                    tr("Creating the new key failed: %1 If the server made it anyway, resuming finds and "
                       "removes it before creating another.")
                        .arg(explain(key.error())),
                    done);
            rotation.newKeyId = key.value().id;
            rotation.newPublicKey = key.value().publicKey;
            rotation.newKeyCreatedAt = Clock::nowUtc();
            rotation.step = Rotation::Step::Created;
            store(rotation); // the key exists: stored before its private key is handed over
            if (created)
                created(key.value());
            // A connection that broke may have been sent again by the network stack, making a second key:
            // one the plan's description names that is neither there before nor this one goes.
            removeOrphans(rotation, [this, rotation, done](const QString &problem) {
                if (!problem.isEmpty())
                    return fail(rotation, problem, done);
                copy(rotation, done);
            });
        });
}

void KeyRotation::copy(Rotation rotation, Answer done)
{
    const QString orgId = rotation.orgId;
    const QString keyId = rotation.newKeyId;
    m_client->apiKey(orgId, keyId, this, [this, rotation, done, orgId, keyId](ApiResult<ApiKey> key) {
        if (!key.ok())
            return fail(
                rotation,
                tr("Reading the new key %1 back failed: %2").arg(rotation.newPublicKey, explain(key.error())),
                done);
        m_client->accessList(
            orgId, keyId, this,
            [this, rotation, done, orgId, keyId, key = key.value()](ApiResult<QList<AccessListEntry>> list) {
                // Right after its creation the server may not find the key from its access list yet: nothing
                // is on it then.
                if (!list.ok() && list.error().kind != ApiError::Kind::NotFound)
                    return fail(rotation,
                                tr("Reading the access list of the new key %1 failed: %2")
                                    .arg(rotation.newPublicKey, explain(list.error())),
                                done);
                const QList<AccessListEntry> entries = list.ok() ? list.value() : QList<AccessListEntry>();
                Changes *changes = m_repository->changes();
                auto ops = std::make_shared<QList<CopyOp>>();
                const RotationPlan &plan = rotation.plan;
                QStringList has = key.orgRoleNames(), wanted = plan.orgRoles;
                has.sort();
                wanted.sort();
                if (has != wanted)
                    ops->append({tr("setting its organization roles"), [=, this](auto next) {
                                     changes->updateKey(orgId, keyId, std::nullopt, plan.orgRoles, this,
                                                        [next](ApiResult<ApiKey> r) { next(failure(r)); });
                                 }});
                for (const RotationPlan::Project &p : plan.projects) {
                    QStringList now = key.projectRoleNames(p.groupId), roles = p.roles;
                    now.sort();
                    roles.sort();
                    if (now == roles)
                        continue;
                    ops->append({tr("adding it to project %1").arg(p.groupId), [=, this](auto next) {
                                     changes->assignProjectKey(
                                         orgId, p.groupId, keyId, p.roles, this,
                                         [next](ApiResult<ApiKey> r) { next(failure(r)); });
                                 }});
                }
                QStringList listed;
                for (const AccessListEntry &e : entries)
                    listed.append(e.block().toString());
                QList<IpBlock> missing;
                for (const QString &entry : plan.entries) {
                    if (!listed.contains(entry))
                        missing.append(*IpBlock::parse(entry).block);
                }
                if (!missing.isEmpty())
                    ops->append({tr("adding %n access-list entry(s)", nullptr, int(missing.size())),
                                 [=, this](auto next) {
                                     changes->addEntries(
                                         orgId, keyId, missing, this,
                                         [next](ApiResult<QList<AccessListEntry>> r) { next(failure(r)); });
                                 }});
                runInOrder(ops, 0,
                           [this, rotation, done](const QString &what, const std::optional<ApiError> &error) {
                               if (!error)
                                   return check(rotation, done);
                               fail(
                                   rotation,
                                   tr("The new key %1 exists, but %2 failed: %3 Resume to copy what it still "
                                      "lacks (nothing is copied twice).")
                                       .arg(rotation.newPublicKey, what, explain(*error)),
                                   done);
                           });
            });
    });
}

void KeyRotation::check(Rotation rotation, Answer done)
{
    const QString orgId = rotation.orgId;
    const QString keyId = rotation.newKeyId;
    m_client->apiKey(orgId, keyId, this, [this, rotation, done, orgId, keyId](ApiResult<ApiKey> key) {
        if (!key.ok())
            return fail(
                rotation,
                tr("Reading the new key %1 back failed: %2").arg(rotation.newPublicKey, explain(key.error())),
                done);
        m_client->accessList(
            orgId, keyId, this,
            [this, rotation, done, key = key.value()](ApiResult<QList<AccessListEntry>> list) mutable {
                if (!list.ok())
                    return fail(rotation,
                                tr("Reading the access list of the new key %1 failed: %2")
                                    .arg(rotation.newPublicKey, explain(list.error())),
                                done);
                const QStringList differences = rotation.plan.differences(key, list.value());
                if (!differences.isEmpty())
                    return fail(rotation,
                                tr("The new key %1 differs from the plan: %2. Resume to copy "
                                   "what it lacks.")
                                    .arg(rotation.newPublicKey, differences.join(u"; "_s)),
                                done);
                rotation.step = Rotation::Step::Ready;
                store(rotation);
                done(rotation, {});
            });
    });
}

void KeyRotation::removeOrphans(const Rotation &rotation, std::function<void(const QString &)> then)
{
    m_client->apiKeys(rotation.orgId, this, [this, rotation, then](ApiResult<QList<ApiKey>> keys) {
        if (!keys.ok())
            return then(tr("Listing the organization's keys failed: %1").arg(explain(keys.error())));
        auto ops = std::make_shared<QList<CopyOp>>();
        for (const ApiKey &k : keys.value()) {
            if (k.desc != rotation.plan.description || rotation.keysBefore.contains(k.id)
                || k.id == rotation.newKeyId)
                continue;
            ops->append({tr("removing key %1, created by a request whose answer was lost").arg(k.publicKey),
                         [this, orgId = rotation.orgId, id = k.id](auto next) {
                             m_repository->changes()->deleteKey(
                                 orgId, id, this, [next](ApiResult<Done> r) { next(failure(r)); });
                         }});
        }
        runInOrder(ops, 0, [this, then](const QString &what, const std::optional<ApiError> &error) {
            then(error ? tr("%1 failed: %2").arg(what, explain(*error)) : QString());
        });
    });
}

void KeyRotation::resume(const QString &orgId, const QString &oldKeyId, const QObject *context,
                         Created created, Answer done)
{
    m_lastError.reset();
    done = [context = QPointer<const QObject>(context), done](const Rotation &r, const QString &p) {
        if (context)
            done(r, p);
    };
    const std::optional<Rotation> rotation = stored(orgId, oldKeyId);
    if (!rotation)
        return done({}, tr("No rotation of key %1 is in progress.").arg(oldKeyId));
    if (const auto offline = m_repository->offlineError())
        return done(*rotation, explain(*offline));
    switch (rotation->step) {
    case Rotation::Step::Planned:
        return removeOrphans(*rotation, [this, rotation = *rotation, created, done](const QString &problem) {
            if (!problem.isEmpty())
                return fail(rotation, problem, done);
            create(rotation, created, done);
        });
    case Rotation::Step::Created:
        return copy(*rotation, done);
    case Rotation::Step::Ready:
        return check(*rotation, done);
    }
}

void KeyRotation::finish(const QString &orgId, const QString &oldKeyId, const QObject *context, Answer done)
{
    m_lastError.reset();
    done = [context = QPointer<const QObject>(context), done](const Rotation &r, const QString &p) {
        if (context)
            done(r, p);
    };
    const std::optional<Rotation> rotation = stored(orgId, oldKeyId);
    if (!rotation)
        return done({}, tr("No rotation of key %1 is in progress.").arg(oldKeyId));
    if (rotation->step != Rotation::Step::Ready)
        return done(
            *rotation,
            tr("The new key does not equal the plan yet (%1): resume the rotation first.")
                .arg(rotation->problem.isEmpty() ? Rotation::stepName(rotation->step) : rotation->problem));
    if (m_repository->policy().isCaller(oldKeyId))
        return done(*rotation,
                    tr("This console signs in with the old key %1: deleting it would lock the console out. "
                       "Connect with the new key %2 first, then finish.")
                        .arg(rotation->oldPublicKey, rotation->newPublicKey));
    m_repository->changes()->deleteKey(
        orgId, oldKeyId, this, [this, rotation = *rotation, done](ApiResult<Done> r) {
            if (!r.ok() && r.error().kind != ApiError::Kind::NotFound) // already gone: finished all the same
                return done(rotation,
                            tr("Deleting the old key %1 failed: %2 Both keys exist; finish again.")
                                .arg(rotation.oldPublicKey, explain(r.error())));
            m_repository->setRotation(rotation.orgId, rotation.oldKeyId, std::nullopt);
            done(rotation, {});
        });
}

void KeyRotation::cancel(const QString &orgId, const QString &oldKeyId, const QObject *context, Answer done)
{
    m_lastError.reset();
    done = [context = QPointer<const QObject>(context), done](const Rotation &r, const QString &p) {
        if (context)
            done(r, p);
    };
    const std::optional<Rotation> rotation = stored(orgId, oldKeyId);
    if (!rotation)
        return done({}, tr("No rotation of key %1 is in progress.").arg(oldKeyId));
    if (!rotation->newKeyId.isEmpty() && m_repository->policy().isCaller(rotation->newKeyId))
        return done(*rotation,
                    tr("This console signs in with the new key %1: deleting it would lock the console "
                       "out. Connect with another key first, then cancel.")
                        .arg(rotation->newPublicKey));
    const auto forget = [this, done](const Rotation &r, const QString &problem) {
        if (!problem.isEmpty())
            return done(r, problem);
        m_repository->setRotation(r.orgId, r.oldKeyId, std::nullopt);
        done(r, {});
    };
    // A key made by a creation whose answer was lost is removed either way.
    removeOrphans(*rotation, [this, rotation = *rotation, forget](const QString &problem) {
        if (!problem.isEmpty() || rotation.newKeyId.isEmpty())
            return forget(rotation, problem);
        m_repository->changes()->deleteKey(
            rotation.orgId, rotation.newKeyId, this, [this, rotation, forget](ApiResult<Done> r) {
                forget(rotation,
                       r.ok() || r.error().kind == ApiError::Kind::NotFound
                           ? QString()
                           : tr("Deleting the new key %1 failed: %2 Cancel again.")
                                 .arg(rotation.newPublicKey, explain(r.error())));
            });
    });
}
