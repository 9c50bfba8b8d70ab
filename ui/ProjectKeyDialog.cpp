// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProjectKeyDialog.h"

#include "RoleList.h"

#include "ui_ProjectKeyDialog.h"

#include <QPushButton>

using namespace Qt::StringLiterals;

ProjectKeyDialog::ProjectKeyDialog(const QList<KeyRecord> &candidates, const QString &projectName,
                                   ServerKind kind, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ProjectKeyDialog>())
{
    m_candidates.keys = candidates;
    build(projectName, kind, true);
    setObjectName(u"inviteKeyDialog"_s);
    setWindowTitle(tr("Invite an organization key to %1").arg(projectName));
    connect(m_ui->keyIdentifierLineEdit, &QLineEdit::textChanged, this, &ProjectKeyDialog::update);
    update();
}

ProjectKeyDialog::ProjectKeyDialog(const KeyRecord &key, const QString &projectId, const QString &projectName,
                                   ServerKind kind, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ProjectKeyDialog>())
    , m_fixedKeyId(key.key.id)
    , m_currentRoles(key.key.projectRoleNames(projectId))
{
    build(projectName, kind, false);
    setObjectName(u"projectRolesDialog"_s);
    setWindowTitle(tr("Roles of %1 in %2").arg(key.key.desc, projectName));
    m_ui->rolesListWidget->setCheckedRoles(m_currentRoles);
    update();
}

ProjectKeyDialog::~ProjectKeyDialog() = default;

void ProjectKeyDialog::build(const QString &projectName, ServerKind kind, bool invite)
{
    m_ui->setupUi(this);
    m_invite = invite;
    for (QWidget *w :
         {static_cast<QWidget *>(m_ui->keyLabel), static_cast<QWidget *>(m_ui->keyIdentifierLineEdit),
          static_cast<QWidget *>(m_ui->matchLabel)})
        w->setVisible(invite);
    m_ui->rolesLabel->setText(tr("Roles in %1 (the list replaces the key's roles there):").arg(projectName));
    m_ui->rolesListWidget->setRoles(RoleScope::Project, kind);
    QPushButton *ok = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    ok->setText(invite ? tr("Invite") : tr("Save"));
    ok->setObjectName(u"okButton"_s);
    connect(m_ui->rolesListWidget, &RoleList::rolesChanged, this, &ProjectKeyDialog::update);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, [this, ok] {
        ok->setEnabled(false);
        emit assignRequested(m_resolvedKeyId, m_ui->rolesListWidget->checkedRoles());
    });
}

void ProjectKeyDialog::update()
{
    m_resolvedKeyId = m_fixedKeyId;
    if (m_invite) {
        const QString typed = m_ui->keyIdentifierLineEdit->text().trimmed();
        const QList<const KeyRecord *> found = m_candidates.keysMatching(typed);
        if (typed.isEmpty())
            m_ui->matchLabel->setText(tr("Type the key's description, public key or key ID."));
        else if (found.isEmpty())
            m_ui->matchLabel->setText(
                u"✗ "_s + tr("No organization key outside this project matches “%1”.").arg(typed));
        else if (found.size() > 1)
            m_ui->matchLabel->setText(u"✗ "_s
                                      + tr("%n keys match; type more of the description, or the public key.",
                                           nullptr, int(found.size())));
        else {
            m_resolvedKeyId = found.first()->key.id;
            m_ui->matchLabel->setText(
                u"✓ "_s
                + tr("%1 — public key %2, key ID %3")
                      .arg(found.first()->key.desc, found.first()->key.publicKey, found.first()->key.id));
        }
    }
    QStringList removed;
    const QStringList roles = m_ui->rolesListWidget->checkedRoles();
    for (const QString &r : m_currentRoles) {
        if (!roles.contains(r))
            removed.append(RoleCatalogue::displayName(r));
    }
    m_ui->removalPreviewLabel->setText(
        removed.isEmpty() ? QString()
                          : u"⚠ "_s + tr("These roles will be removed: %1").arg(removed.join(u", "_s)));
    m_ui->removalPreviewLabel->setVisible(!removed.isEmpty());
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(!m_resolvedKeyId.isEmpty() && !roles.isEmpty());
}

void ProjectKeyDialog::showError(const QString &explanation)
{
    m_ui->errorLabel->setText(u"✗ "_s + explanation);
    m_ui->errorLabel->setVisible(true);
    update();
}

QString ProjectKeyDialog::matchText() const
{
    return m_ui->matchLabel->text();
}

QString ProjectKeyDialog::removalPreview() const
{
    return m_ui->removalPreviewLabel->text();
}
