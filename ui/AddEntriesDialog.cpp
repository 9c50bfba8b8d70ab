// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AddEntriesDialog.h"

#include "EntriesEditor.h"

#include "ui_AddEntriesDialog.h"

#include <QPushButton>

using namespace Qt::StringLiterals;

AddEntriesDialog::AddEntriesDialog(const QString &keyName, const QList<IpBlock> &existing,
                                   const QString &ownAddress, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::AddEntriesDialog>())
{
    m_ui->setupUi(this);
    setWindowTitle(tr("Add whitelist entries to %1").arg(keyName));
    QPushButton *add = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    add->setText(tr("Add"));
    add->setObjectName(u"addButton"_s);
    m_ui->entriesEditor->setExisting(existing);
    m_ui->entriesEditor->setOwnAddress(ownAddress);
    connect(m_ui->entriesEditor, &EntriesEditor::changed, this, &AddEntriesDialog::updateAddButton);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, [this, add] {
        add->setEnabled(false);
        emit addRequested(m_ui->entriesEditor->batch().blocks());
    });
    updateAddButton();
}

AddEntriesDialog::~AddEntriesDialog() = default;

void AddEntriesDialog::updateAddButton()
{
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(m_ui->entriesEditor->batch().canSend());
}

void AddEntriesDialog::showError(const QString &explanation)
{
    m_ui->errorLabel->setText(u"✗ "_s + explanation);
    m_ui->errorLabel->setVisible(true);
    updateAddButton();
}

void AddEntriesDialog::setEntries(const QString &text)
{
    m_ui->entriesEditor->setText(text);
}
