// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "EditKeyDialog.h"

#include "RoleList.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

EditKeyDialog::EditKeyDialog(const ApiKey &key, ServerKind kind, QWidget *parent)
    : QDialog(parent)
    , m_key(key)
    , m_desc(new QLineEdit(key.desc, this))
    , m_roles(new RoleList(RoleScope::Organization, kind, this))
    , m_preview(new QLabel(this))
    , m_error(new QLabel(this))
    , m_save(nullptr)
{
    setObjectName(u"editKeyDialog"_s);
    setWindowTitle(tr("Edit API key %1").arg(key.publicKey));
    m_desc->setObjectName(u"descriptionLineEdit"_s);
    m_desc->setAccessibleName(tr("Description"));
    m_roles->setCheckedRoles(key.orgRoleNames());
    m_preview->setObjectName(u"removalPreviewLabel"_s);
    m_preview->setWordWrap(true);
    m_error->setObjectName(u"errorLabel"_s);
    m_error->setWordWrap(true);
    m_error->setVisible(false);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_save = buttons->addButton(tr("Save"), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(u"saveButton"_s);
    auto *form = new QFormLayout;
    form->addRow(tr("&Description:"), m_desc);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(
        new QLabel(tr("Organization roles (the list replaces the key's roles as a whole):"), this));
    layout->addWidget(m_roles, 1);
    layout->addWidget(m_preview);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    connect(m_desc, &QLineEdit::textChanged, this, &EditKeyDialog::update);
    connect(m_roles, &RoleList::rolesChanged, this, &EditKeyDialog::update);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_save, &QPushButton::clicked, this, [this] {
        const QString desc = m_desc->text().trimmed();
        QStringList roles = m_roles->checkedRoles();
        QStringList before = m_key.orgRoleNames();
        roles.sort();
        before.sort();
        m_save->setEnabled(false);
        emit saveRequested(desc != m_key.desc ? std::optional(desc) : std::nullopt,
                           roles != before ? std::optional(m_roles->checkedRoles()) : std::nullopt);
    });
    update();
    resize(560, 460);
}

QString EditKeyDialog::removalPreview() const
{
    return m_preview->text();
}

void EditKeyDialog::update()
{
    const QStringList roles = m_roles->checkedRoles();
    QStringList removed;
    for (const QString &r : m_key.orgRoleNames()) {
        if (!roles.contains(r))
            removed.append(RoleCatalogue::displayName(r));
    }
    m_preview->setText(removed.isEmpty()
                           ? tr("No role will be removed.")
                           : u"⚠ "_s + tr("These roles will be removed: %1").arg(removed.join(u", "_s)));
    const QString problem = keyDescriptionProblem(m_desc->text());
    QStringList sortedRoles = roles;
    QStringList before = m_key.orgRoleNames();
    sortedRoles.sort();
    before.sort();
    const bool changed = m_desc->text().trimmed() != m_key.desc || sortedRoles != before;
    m_error->setText(problem.isEmpty() ? (roles.isEmpty() ? tr("Choose at least one role.") : QString())
                                       : problem);
    m_error->setVisible(!m_error->text().isEmpty());
    m_save->setEnabled(problem.isEmpty() && !roles.isEmpty() && changed);
}

void EditKeyDialog::showError(const QString &explanation)
{
    m_error->setText(u"✗ "_s + explanation);
    m_error->setVisible(true);
    m_save->setEnabled(true);
}
