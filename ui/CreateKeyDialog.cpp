// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CreateKeyDialog.h"

#include "EntriesEditor.h"
#include "RoleList.h"

#include "ui_CreateKeyDialog.h"

#include <QApplication>
#include <QClipboard>

using namespace Qt::StringLiterals;

CreateKeyDialog::CreateKeyDialog(RoleScope scope, ServerKind kind, const QString &ownAddress, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::CreateKeyDialog>())
{
    m_ui->setupUi(this);
    const bool org = scope == RoleScope::Organization;
    const bool global = scope == RoleScope::Global;
    setWindowTitle(global    ? tr("Create global API key")
                       : org ? tr("Create API key")
                             : tr("Create API key for this project"));
    m_ui->rolesLabel->setText(global    ? tr("Global roles:")
                                  : org ? tr("Organization roles:")
                                        : tr("Project roles:"));
    if (global) {
        // A global key has no list of its own: the instance's global access list covers every global key.
        m_ui->entriesLabel->setText(tr("A global key has no access list of its own: the instance accepts it "
                                       "from the addresses on the global access list. Add its clients' "
                                       "addresses there."));
        m_ui->entriesLabel->setWordWrap(true);
        m_ui->entriesEditor->setVisible(false);
    }
    m_ui->rolesListWidget->setRoles(scope, kind);
    m_ui->entriesEditor->setOwnAddress(ownAddress);

    // The private key is masked until asked for: people share screens, and Copy does not need it visible.
    connect(m_ui->showPrivateKeyCheckBox, &QCheckBox::toggled, this, [this](bool shown) {
        m_ui->privateKeyLineEdit->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
    });
    connect(m_ui->descriptionLineEdit, &QLineEdit::textChanged, this, &CreateKeyDialog::updateCreateButton);
    connect(m_ui->rolesListWidget, &RoleList::rolesChanged, this, &CreateKeyDialog::updateCreateButton);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &CreateKeyDialog::reject);
    connect(m_ui->createButton, &QPushButton::clicked, this, [this] {
        m_busy = true;
        m_ui->errorLabel->setVisible(false);
        updateCreateButton();
        emit createRequested(m_ui->descriptionLineEdit->text().trimmed(),
                             m_ui->rolesListWidget->checkedRoles());
    });
    connect(m_ui->copyPrivateKeyButton, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(m_ui->privateKeyLineEdit->text()); });
    // A client needs both keys (Digest: the public key is the user name, the private key the password).
    connect(m_ui->copyBothButton, &QPushButton::clicked, this, [this] {
        QApplication::clipboard()->setText(
            tr("Public key: %1\nPrivate key: %2")
                .arg(m_ui->publicKeyLineEdit->text(), m_ui->privateKeyLineEdit->text()));
    });
    connect(m_ui->copiedCheckBox, &QCheckBox::toggled, this, &CreateKeyDialog::updateFinishButton);
    connect(m_ui->entriesEditor, &EntriesEditor::changed, this, &CreateKeyDialog::updateFinishButton);
    connect(m_ui->finishButton, &QPushButton::clicked, this, [this] {
        if (m_ui->entriesEditor->isEmpty())
            return finishEntries();
        m_busy = true;
        updateFinishButton();
        emit entriesRequested(m_keyId, m_ui->entriesEditor->batch().blocks());
    });
    updateCreateButton();
}

CreateKeyDialog::~CreateKeyDialog() = default;

void CreateKeyDialog::updateCreateButton()
{
    const QString problem = m_ui->descriptionLineEdit->text().isEmpty()
        ? QString()
        : keyDescriptionProblem(m_ui->descriptionLineEdit->text());
    m_ui->descriptionMessageLabel->setText(
        problem.isEmpty() ? tr("%1 of 250 characters").arg(m_ui->descriptionLineEdit->text().size())
                          : u"✗ "_s + problem);
    const bool ok = keyDescriptionProblem(m_ui->descriptionLineEdit->text()).isEmpty()
        && !m_ui->rolesListWidget->checkedRoles().isEmpty();
    m_ui->createButton->setEnabled(ok && !m_busy);
    m_ui->createButton->setToolTip(
        m_ui->rolesListWidget->checkedRoles().isEmpty() ? tr("Choose at least one role.") : QString());
}

void CreateKeyDialog::updateFinishButton()
{
    m_ui->finishButton->setEnabled(
        m_ui->copiedCheckBox->isChecked() && !m_busy
        && (m_ui->entriesEditor->isEmpty() || m_ui->entriesEditor->batch().canSend()));
}

void CreateKeyDialog::showCreated(const ApiKey &key)
{
    m_busy = false;
    m_keyId = key.id;
    m_ui->privateKeyLineEdit->setText(key.privateKey);
    m_ui->publicKeyLineEdit->setText(key.publicKey);
    m_ui->errorLabel->setVisible(false);
    m_ui->pages->setCurrentIndex(1);
    m_ui->privateKeyLineEdit->setFocus();
    m_ui->privateKeyLineEdit->selectAll();
    updateFinishButton();
}

void CreateKeyDialog::showError(const QString &explanation)
{
    m_busy = false;
    m_ui->errorLabel->setText(u"✗ "_s + explanation);
    m_ui->errorLabel->setVisible(true);
    updateCreateButton();
    updateFinishButton();
}

void CreateKeyDialog::finishEntries()
{
    m_busy = false;
    m_ui->privateKeyLineEdit->clear(); // the secret leaves memory with the dialog
    accept();
}

QString CreateKeyDialog::privateKeyShown() const
{
    return m_ui->privateKeyLineEdit->text();
}

bool CreateKeyDialog::isOnPrivateKeyPage() const
{
    return m_ui->pages->currentIndex() == 1;
}

void CreateKeyDialog::reject()
{
    // Not before the private key was copied: it would be lost for good.
    if (isOnPrivateKeyPage() && !m_ui->copiedCheckBox->isChecked()) {
        m_ui->errorLabel->setText(
            tr("Copy the private key and tick the box first: it cannot be shown again."));
        m_ui->errorLabel->setVisible(true);
        return;
    }
    m_ui->privateKeyLineEdit->clear();
    QDialog::reject();
}
