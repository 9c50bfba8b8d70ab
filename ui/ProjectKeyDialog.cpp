// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProjectKeyDialog.h"

#include "RoleList.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

ProjectKeyDialog::ProjectKeyDialog(const QList<KeyRecord> &candidates, const QString &projectName,
                                   ServerKind kind, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"inviteKeyDialog"_s);
    m_candidates.keys = candidates;
    m_identifier = new QLineEdit(this);
    m_identifier->setObjectName(u"keyIdentifierLineEdit"_s);
    m_identifier->setPlaceholderText(tr("Description, public key or key ID"));
    m_identifier->setAccessibleName(tr("Which organization key"));
    setWindowTitle(tr("Invite an organization key to %1").arg(projectName));
    build(projectName, kind);
    connect(m_identifier, &QLineEdit::textChanged, this, &ProjectKeyDialog::update);
    update();
}

ProjectKeyDialog::ProjectKeyDialog(const KeyRecord &key, const QString &projectId, const QString &projectName,
                                   ServerKind kind, QWidget *parent)
    : QDialog(parent)
    , m_fixedKeyId(key.key.id)
    , m_currentRoles(key.key.projectRoleNames(projectId))
{
    setObjectName(u"projectRolesDialog"_s);
    setWindowTitle(tr("Roles of %1 in %2").arg(key.key.desc, projectName));
    build(projectName, kind);
    m_roles->setCheckedRoles(m_currentRoles);
    update();
}

void ProjectKeyDialog::build(const QString &projectName, ServerKind kind)
{
    m_match = new QLabel(this);
    m_match->setObjectName(u"matchLabel"_s);
    m_match->setWordWrap(true);
    m_roles = new RoleList(RoleScope::Project, kind, this);
    m_preview = new QLabel(this);
    m_preview->setObjectName(u"removalPreviewLabel"_s);
    m_preview->setWordWrap(true);
    m_error = new QLabel(this);
    m_error->setObjectName(u"errorLabel"_s);
    m_error->setWordWrap(true);
    m_error->setVisible(false);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_ok = buttons->addButton(m_identifier ? tr("Invite") : tr("Save"), QDialogButtonBox::AcceptRole);
    m_ok->setObjectName(u"okButton"_s);
    auto *layout = new QVBoxLayout(this);
    if (m_identifier) {
        auto *form = new QFormLayout;
        form->addRow(tr("&Key:"), m_identifier);
        layout->addLayout(form);
        layout->addWidget(m_match);
    }
    layout->addWidget(
        new QLabel(tr("Roles in %1 (the list replaces the key's roles there):").arg(projectName), this));
    layout->addWidget(m_roles, 1);
    layout->addWidget(m_preview);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    connect(m_roles, &RoleList::rolesChanged, this, &ProjectKeyDialog::update);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ok, &QPushButton::clicked, this, [this] {
        m_ok->setEnabled(false);
        emit assignRequested(m_resolvedKeyId, m_roles->checkedRoles());
    });
    resize(560, 480);
}

void ProjectKeyDialog::update()
{
    m_resolvedKeyId = m_fixedKeyId;
    if (m_identifier) {
        const QList<const KeyRecord *> found = m_candidates.keysMatching(m_identifier->text());
        if (m_identifier->text().trimmed().isEmpty())
            m_match->setText(tr("Type the key's description, public key or key ID."));
        else if (found.isEmpty())
            m_match->setText(u"✗ "_s
                             + tr("No organization key outside this project matches “%1”.")
                                   .arg(m_identifier->text().trimmed()));
        else if (found.size() > 1)
            m_match->setText(u"✗ "_s
                             + tr("%n keys match; type more of the description, or the public key.", nullptr,
                                  int(found.size())));
        else {
            m_resolvedKeyId = found.first()->key.id;
            m_match->setText(
                u"✓ "_s
                + tr("%1 — public key %2, key ID %3")
                      .arg(found.first()->key.desc, found.first()->key.publicKey, found.first()->key.id));
        }
    }
    QStringList removed;
    const QStringList roles = m_roles->checkedRoles();
    for (const QString &r : m_currentRoles) {
        if (!roles.contains(r))
            removed.append(RoleCatalogue::displayName(r));
    }
    m_preview->setText(removed.isEmpty()
                           ? QString()
                           : u"⚠ "_s + tr("These roles will be removed: %1").arg(removed.join(u", "_s)));
    m_preview->setVisible(!removed.isEmpty());
    m_ok->setEnabled(!m_resolvedKeyId.isEmpty() && !roles.isEmpty());
}

void ProjectKeyDialog::showError(const QString &explanation)
{
    m_error->setText(u"✗ "_s + explanation);
    m_error->setVisible(true);
    update();
}

QString ProjectKeyDialog::matchText() const
{
    return m_match->text();
}

QString ProjectKeyDialog::removalPreview() const
{
    return m_preview->text();
}
