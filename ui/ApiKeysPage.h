// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "OrgState.h"

#include <QMessageBox>
#include <QPointer>
#include <QWidget>

#include "AddEntriesDialog.h"
#include "Appearance.h"
#include "CreateKeyDialog.h"
#include "EditKeyDialog.h"
#include "ProjectKeyDialog.h"
#include "RotateKeyDialog.h"

#include <memory>

class AccessListModel;
class ApiKeysFilterModel;
class ApiKeysModel;
class Repository;

namespace Ui {
class ApiKeysPage;
}

// An organization's API keys (or a project's): the table with a filter, the selected key's whitelist
// and project assignments, and the actions on them. Errors appear here, in plain words.
class ApiKeysPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiKeysPage)
public:
    explicit ApiKeysPage(Repository *repository, QWidget *parent = nullptr);
    ~ApiKeysPage() override;

    void setContext(const QString &orgId, const QString &projectId = {});
    void refresh();
    QString selectedKeyId() const;
    void selectKey(const QString &keyId);
    // Of the selected key: shows its whitelist with this entry (display value) selected.
    void selectEntry(const QString &entry);

    // Open dialogs, for tests and screenshots.
    CreateKeyDialog *createDialog() const { return m_create; }
    EditKeyDialog *editDialog() const { return m_edit; }
    AddEntriesDialog *addEntriesDialog() const { return m_addEntries; }
    QMessageBox *confirmDialog() const { return m_confirm; }

    void createKey();
    void editKey();
    void deleteKey();
    // "Rotate…": the guided rotation of the selected key (ApiKeysPageRotation.cpp), or the one it is in.
    void rotateKey();
    RotateKeyDialog *rotateDialog() const { return m_rotate; }
    // Opens Add whitelist entries for the selected key, with prefill typed in (nothing is sent before the
    // person adds).
    void addEntries(const QString &prefill = {});
    // Removes the selected whitelist entries (one confirmation for all of them).
    void removeEntries();
    // In a project:
    void inviteKey();
    void changeProjectRoles();
    void unassignKey();
    ProjectKeyDialog *projectKeyDialog() const { return m_projectDialog; }

private:
    void selectWhenListed(const QString &keyId);
    const KeyRecord *selectedKey() const;
    void showDetails();
    void updateActions();
    // What became of an action, above the keys: done (✓, green) or failed (✗, red), in place — the
    // line is always there, so nothing moves — until the person picks another key or context.
    void showMessage(const QString &text, Appearance::Feedback kind = Appearance::Feedback::Done);
    QString ownAddress() const;
    void setUpKeysHeader();
    void fillRoleFilter();
    QList<AccessListEntry> selectedEntries() const;
    QString deleteWarning(const KeyRecord &key) const;

    std::unique_ptr<Ui::ApiKeysPage> m_ui;
    Repository *m_repository;
    QString m_orgId;
    QString m_projectId;
    QString m_selectWhenListed; // a key just created: selected once the cache has it
    OrgStatePtr m_state;
    ApiKeysModel *m_keys;
    ApiKeysFilterModel *m_proxy;
    AccessListModel *m_entries;
    QPointer<CreateKeyDialog> m_create;
    QPointer<EditKeyDialog> m_edit;
    QPointer<AddEntriesDialog> m_addEntries;
    bool m_selectingByCode = false; // the key selection changes by the page's own doing, not the person's
    QPointer<QMessageBox> m_confirm;
    QPointer<ProjectKeyDialog> m_projectDialog;
    QPointer<RotateKeyDialog> m_rotate;
    // The rotation a key is the old or the new key of, in the state shown.
    const Rotation *rotationOf(const QString &keyId) const;
    void showRotationUsage();
    bool mayManageProject() const;
    void openProjectKeyDialog(ProjectKeyDialog *dialog);
    QString projectName() const;
};
