// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "OrgSnapshot.h"
#include "RoleCatalogue.h"

#include <QDialog>

#include <memory>

namespace Ui {
class ProjectKeyDialog;
}

// A key's roles in one project: inviting an organization key (found by its description, public key or
// key ID), or changing the roles of one already there, with the roles the change removes shown first.
class ProjectKeyDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProjectKeyDialog)
public:
    // Invite: candidates are the organization's keys not yet in the project.
    ProjectKeyDialog(const QList<KeyRecord> &candidates, const QString &projectName, ServerKind kind,
                     QWidget *parent = nullptr);
    // Change: the key and its current project roles.
    ProjectKeyDialog(const KeyRecord &key, const QString &projectId, const QString &projectName,
                     ServerKind kind, QWidget *parent = nullptr);
    ~ProjectKeyDialog() override;

    void showError(const QString &explanation);
    QString matchText() const;
    QString removalPreview() const;

signals:
    void assignRequested(const QString &keyId, const QStringList &roles);

private:
    void build(const QString &projectName, ServerKind kind, bool invite);
    void update();

    std::unique_ptr<Ui::ProjectKeyDialog> m_ui;
    bool m_invite = false;
    OrgSnapshot m_candidates; // keys to search, in invite mode
    QString m_fixedKeyId;
    QStringList m_currentRoles;
    QString m_resolvedKeyId;
};
