// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "EditKeyDialog.h"

#include "RoleList.h"
#include "ServiceAccount.h"

#include "ui_EditKeyDialog.h"

#include <QPushButton>

using namespace Qt::StringLiterals;

EditKeyDialog::EditKeyDialog(const ApiKey &key, ServerKind kind, bool isCaller, RoleScope scope,
                             QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::EditKeyDialog>())
    , m_key(key)
    , m_isCaller(isCaller)
    , m_global(scope == RoleScope::Global)
{
    m_ui->setupUi(this);
    setWindowTitle(tr("Edit API key %1").arg(key.publicKey));
    QPushButton *save = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    save->setText(tr("Save"));
    save->setObjectName(u"saveButton"_s);
    m_ui->descriptionLineEdit->setText(key.desc);
    m_ui->rolesListWidget->setRoles(scope, kind);
    m_ui->rolesListWidget->setCheckedRoles(key.orgRoleNames());
    connect(m_ui->descriptionLineEdit, &QLineEdit::textChanged, this, &EditKeyDialog::update);
    connect(m_ui->rolesListWidget, &RoleList::rolesChanged, this, &EditKeyDialog::update);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, [this, save] {
        const QString desc = m_ui->descriptionLineEdit->text().trimmed();
        save->setEnabled(false);
        emit saveRequested(desc != m_key.desc ? std::optional(desc) : std::nullopt,
                           rolesChanged() ? std::optional(m_ui->rolesListWidget->checkedRoles())
                                          : std::nullopt);
    });
    update();
}

EditKeyDialog::~EditKeyDialog() = default;

void EditKeyDialog::editName(const QString &name)
{
    m_name = name;
    m_ui->nameLineEdit->setText(name);
    m_ui->nameLineEdit->setMaxLength(ServiceAccount::MaxNameLength
                                     * 2); // typed past the limit is said, not cut
    m_ui->nameLabel->setVisible(true);
    m_ui->nameLineEdit->setVisible(true);
    connect(m_ui->nameLineEdit, &QLineEdit::textChanged, this, &EditKeyDialog::update, Qt::UniqueConnection);
    update();
}

std::optional<QString> EditKeyDialog::changedName() const
{
    const QString name = m_ui->nameLineEdit->text().trimmed();
    if (!m_name || name == *m_name)
        return std::nullopt;
    return name;
}

QString EditKeyDialog::removalPreview() const
{
    return m_ui->removalPreviewLabel->text();
}

bool EditKeyDialog::rolesChanged() const
{
    QStringList roles = m_ui->rolesListWidget->checkedRoles();
    QStringList before = m_key.orgRoleNames();
    roles.sort();
    before.sort();
    return roles != before;
}

void EditKeyDialog::update()
{
    const QStringList roles = m_ui->rolesListWidget->checkedRoles();
    QStringList removed;
    for (const QString &r : m_key.orgRoleNames()) {
        if (!roles.contains(r))
            removed.append(RoleCatalogue::displayName(r));
    }
    QString preview = removed.isEmpty()
        ? tr("No role will be removed.")
        : u"⚠ "_s + tr("These roles will be removed: %1").arg(removed.join(u", "_s));
    if (m_isCaller && m_key.hasOrgRole(Role::OrgOwner) && !roles.contains(Role::OrgOwner))
        preview += u"\n⚠ "_s
            + tr("This console is connected with this key: without Organization Owner it can no longer "
                 "change "
                 "API keys or the organization's setting, and cannot give the role back.");
    if (m_isCaller && m_global && m_key.globalRoleNames().contains(Role::GlobalOwner)
        && !roles.contains(Role::GlobalOwner))
        preview += u"\n⚠ "_s
            + tr("This console is connected with this key: without Global Owner it can no longer change the "
                 "global API keys or the global access list, and cannot give the role back.");
    m_ui->removalPreviewLabel->setText(preview);
    const QString text = m_ui->descriptionLineEdit->text();
    QString problem = keyDescriptionProblem(text);
    if (m_name && problem.isEmpty()) {
        const QString name = m_ui->nameLineEdit->text().trimmed();
        if (name.isEmpty())
            problem = tr("Give the account a name.");
        else if (name.size() > ServiceAccount::MaxNameLength)
            problem = tr("The name has %1 characters; at most %2 are allowed.")
                          .arg(name.size())
                          .arg(ServiceAccount::MaxNameLength);
    }
    const bool changed = text.trimmed() != m_key.desc || rolesChanged() || changedName().has_value();
    m_ui->errorLabel->setText(
        problem.isEmpty() ? (roles.isEmpty() ? tr("Choose at least one role.") : QString()) : problem);
    m_ui->errorLabel->setVisible(!m_ui->errorLabel->text().isEmpty());
    m_ui->buttonBox->button(QDialogButtonBox::Ok)
        ->setEnabled(problem.isEmpty() && !roles.isEmpty() && changed);
}

void EditKeyDialog::showError(const QString &explanation)
{
    m_ui->errorLabel->setText(u"✗ "_s + explanation);
    m_ui->errorLabel->setVisible(true);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(true);
}
