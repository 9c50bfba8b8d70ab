// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
// ApiKeysPage: "Rotate…" — the guided rotation of a key (RotateKeyDialog over KeyRotation). The rotation is
// stored at every step, so closing the dialog (or the console) loses nothing: Rotate… on either key opens it
// again at its step.
#include "ApiKeysPage.h"

#include "KeyRotation.h"
#include "Repository.h"

#include "ui_ApiKeysPage.h"

using namespace Qt::StringLiterals;

const Rotation *ApiKeysPage::rotationOf(const QString &keyId) const
{
    if (!m_state)
        return nullptr;
    for (const Rotation &r : m_state->rotations) {
        if (r.oldKeyId == keyId || (!r.newKeyId.isEmpty() && r.newKeyId == keyId))
            return &r;
    }
    return nullptr;
}

void ApiKeysPage::showRotationUsage()
{
    if (!m_rotate || !m_state)
        return;
    const auto found = m_state->rotations.constFind(m_rotate->property("oldKeyId").toString());
    if (found == m_state->rotations.cend())
        return;
    const Rotation *r = &found.value();
    m_rotate->showUsage(m_state->snapshot.findKey(r->oldKeyId),
                        r->newKeyId.isEmpty() ? nullptr : m_state->snapshot.findKey(r->newKeyId));
}

void ApiKeysPage::rotateKey()
{
    const KeyRecord *k = selectedKey();
    if (!k || !m_ui->rotateKeyAction->isEnabled() || m_rotate)
        return;
    KeyRotation *rotation = m_repository->keyRotation();
    const QString orgId = m_orgId;
    const Rotation *stored = rotationOf(k->key.id);
    const QString oldKeyId = stored ? stored->oldKeyId : k->key.id;
    m_rotate = new RotateKeyDialog(this);
    m_rotate->setAttribute(Qt::WA_DeleteOnClose);
    m_rotate->setProperty("oldKeyId", oldKeyId);
    QPointer<RotateKeyDialog> dialog = m_rotate;
    if (stored) {
        m_rotate->showRotation(*stored, {});
    } else {
        QString problem;
        const std::optional<RotationPlan> plan = rotation->planFor(orgId, oldKeyId, &problem);
        if (!plan) {
            delete m_rotate;
            return showMessage(problem, Appearance::Feedback::Failed);
        }
        QHash<QString, QString> names;
        for (const Project &p : m_state->snapshot.projects)
            names.insert(p.id, p.name);
        m_rotate->setPlan(*k, *plan, names);
    }
    const auto answered = [this, dialog](const Rotation &r, const QString &problem) {
        dialog->showRotation(r, problem);
        showRotationUsage();
        if (problem.isEmpty() && r.step == Rotation::Step::Ready)
            selectWhenListed(r.oldKeyId);
    };
    const auto created = [dialog](const ApiKey &key) { dialog->showCreated(key); };
    connect(m_rotate, &RotateKeyDialog::startRequested, this,
            [rotation, orgId, oldKeyId, dialog, answered, created](const RotationPlan &plan) {
                rotation->start(orgId, oldKeyId, plan, dialog, created, answered);
            });
    connect(m_rotate, &RotateKeyDialog::resumeRequested, this,
            [rotation, orgId, oldKeyId, dialog, answered, created] {
                rotation->resume(orgId, oldKeyId, dialog, created, answered);
            });
    // The keys' use comes from their access lists: read every list of the organization again.
    connect(m_rotate, &RotateKeyDialog::rereadRequested, this, [this, orgId, dialog] {
        m_repository->sync(orgId, Repository::SyncMode::Full);
        connect(
            m_repository, &Repository::syncFailed, dialog,
            [dialog](const QString &, const ApiError &e) { dialog->showError(e.explanation()); },
            Qt::SingleShotConnection);
    });
    const auto ended = [this, dialog](const QString &message) {
        return [this, dialog, message](const Rotation &r, const QString &problem) {
            if (!problem.isEmpty())
                return dialog->showError(problem);
            showMessage(message.arg(r.oldPublicKey, r.newPublicKey));
            dialog->showEnded();
        };
    };
    connect(m_rotate, &RotateKeyDialog::finishRequested, this, [rotation, orgId, oldKeyId, dialog, ended] {
        rotation->finish(orgId, oldKeyId, dialog,
                         ended(tr("Rotated: the old key %1 is deleted; %2 takes its place.")));
    });
    connect(m_rotate, &RotateKeyDialog::cancelRequested, this, [rotation, orgId, oldKeyId, dialog, ended] {
        rotation->cancel(orgId, oldKeyId, dialog,
                         ended(tr("Rotation of %1 cancelled; the new key %2 is deleted.")));
    });
    m_rotate->open();
    showRotationUsage();
}
