// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Rotation.h"

#include <QDialog>
#include <QPointer>

#include <memory>

class QMessageBox;

namespace Ui {
class RotateKeyDialog;
}

// "Rotate…" on a key, in three pages: the plan (the new key's description; the old key's organization
// roles, each project and each entry, every line ticked, each one can be left out); the new key (its private
// key once, with the must-acknowledge copy, and how the copy and the check went — a difference is listed and
// resumed, never hidden); the hand-over (both keys' last use per entry, read again on demand; finishing
// deletes the old key, cancelling the new one). The page that owns it does the work (KeyRotation) and
// answers with show…(); a rotation opened again starts at the page of its step.
class RotateKeyDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RotateKeyDialog)
public:
    explicit RotateKeyDialog(QWidget *parent = nullptr);
    ~RotateKeyDialog() override;

    // A rotation to plan: the old key, its plan, and the names of the projects it is in.
    void setPlan(const KeyRecord &old, const RotationPlan &plan, const QHash<QString, QString> &projectNames);
    // The new key, with its full private key: shown once.
    void showCreated(const ApiKey &key);
    // Where the rotation stands (a stored one, or the answer to a step) and what went wrong.
    void showRotation(const Rotation &rotation, const QString &problem);
    // Both keys as last read (null: not in the organization), for the hand-over.
    void showUsage(const KeyRecord *old, const KeyRecord *made);
    void showError(const QString &explanation);
    // The rotation ended (finished or cancelled): what is said on the keys page.
    void showEnded();

    RotationPlan plan() const; // what the plan page says now
    QString privateKeyShown() const;
    int page() const; // 0 plan, 1 the new key, 2 the hand-over
    QMessageBox *confirmDialog() const { return m_confirm; }

signals:
    void startRequested(const RotationPlan &plan);
    void resumeRequested();
    void rereadRequested();
    void finishRequested();
    void cancelRequested();

public slots:
    void reject() override;

private:
    void updateButtons();
    void confirmCancel();

    std::unique_ptr<Ui::RotateKeyDialog> m_ui;
    RotationPlan m_plan;
    std::optional<Rotation> m_rotation;
    bool m_busy = false;
    QPointer<QMessageBox> m_confirm;
};
