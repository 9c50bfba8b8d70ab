// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ApiKey.h"
#include "RoleCatalogue.h"

#include <QDialog>

#include <memory>

namespace Ui {
class EditKeyDialog;
}

// Description and organization roles of a key, with a preview of the roles the change removes: the API
// replaces the whole set.
class EditKeyDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EditKeyDialog)
public:
    // isCaller: the key this console is connected with (taking away Organization Owner locks it out of
    // every change).
    EditKeyDialog(const ApiKey &key, ServerKind kind, bool isCaller = false,
                  RoleScope scope = RoleScope::Organization, QWidget *parent = nullptr);
    ~EditKeyDialog() override;
    void showError(const QString &explanation);
    QString removalPreview() const;
    // A service account's name (1–64 characters) is edited too: shown with the account's name.
    void editName(const QString &name);
    // The new name when it was edited and changed, else nullopt.
    std::optional<QString> changedName() const;

signals:
    // Only what changed is set.
    void saveRequested(const std::optional<QString> &desc, const std::optional<QStringList> &roles);

private:
    void update();
    bool rolesChanged() const;

    std::unique_ptr<Ui::EditKeyDialog> m_ui;
    ApiKey m_key;
    bool m_isCaller;
    bool m_global = false; // a global key: global roles
    std::optional<QString> m_name; // a service account's name before the edit
};
