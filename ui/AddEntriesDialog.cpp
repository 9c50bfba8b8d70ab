// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AddEntriesDialog.h"

#include "EntriesEditor.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

AddEntriesDialog::AddEntriesDialog(const QString &keyName, const QList<IpBlock> &existing,
                                   const QString &ownAddress, QWidget *parent)
    : QDialog(parent)
    , m_editor(new EntriesEditor(this))
    , m_error(new QLabel(this))
    , m_add(nullptr)
{
    setObjectName(u"addEntriesDialog"_s);
    setWindowTitle(tr("Add whitelist entries to %1").arg(keyName));
    m_editor->setExisting(existing);
    m_editor->setOwnAddress(ownAddress);
    m_error->setObjectName(u"errorLabel"_s);
    m_error->setWordWrap(true);
    m_error->setVisible(false);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_add = buttons->addButton(tr("Add"), QDialogButtonBox::AcceptRole);
    m_add->setObjectName(u"addButton"_s);
    m_add->setEnabled(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_editor, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    connect(m_editor, &EntriesEditor::changed, this,
            [this] { m_add->setEnabled(m_editor->batch().canSend()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_add, &QPushButton::clicked, this, [this] {
        m_add->setEnabled(false);
        emit addRequested(m_editor->batch().blocks());
    });
    resize(520, 400);
}

void AddEntriesDialog::showError(const QString &explanation)
{
    m_error->setText(u"✗ "_s + explanation);
    m_error->setVisible(true);
    m_add->setEnabled(m_editor->batch().canSend());
}
