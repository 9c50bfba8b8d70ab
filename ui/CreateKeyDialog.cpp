// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CreateKeyDialog.h"

#include "EntriesEditor.h"
#include "RoleList.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

CreateKeyDialog::CreateKeyDialog(RoleScope scope, ServerKind kind, const QString &ownAddress, QWidget *parent)
    : QDialog(parent)
    , m_pages(new QStackedWidget(this))
    , m_desc(new QLineEdit(this))
    , m_descMessage(new QLabel(this))
    , m_roles(new RoleList(scope, kind, this))
    , m_create(new QPushButton(tr("Create key"), this))
    , m_error(new QLabel(this))
    , m_privateKey(new QLineEdit(this))
    , m_copied(new QCheckBox(tr("I have copied the private key and stored it safely"), this))
    , m_entries(new EntriesEditor(this))
    , m_finish(new QPushButton(tr("Finish"), this))
{
    setObjectName(u"createKeyDialog"_s);
    setWindowTitle(scope == RoleScope::Organization ? tr("Create API key")
                                                    : tr("Create API key for this project"));

    // Page 1: what the key is for
    auto *first = new QWidget(m_pages);
    m_desc->setObjectName(u"descriptionLineEdit"_s);
    m_desc->setAccessibleName(tr("Description"));
    m_desc->setPlaceholderText(tr("What the key is for, e.g. “CI deploys for billing-prod”"));
    m_descMessage->setObjectName(u"descriptionMessageLabel"_s);
    m_descMessage->setWordWrap(true);
    m_create->setObjectName(u"createButton"_s);
    m_create->setDefault(true);
    auto *cancel = new QPushButton(tr("Cancel"), first);
    cancel->setObjectName(u"cancelButton"_s);
    auto *firstButtons = new QHBoxLayout;
    firstButtons->addStretch();
    firstButtons->addWidget(cancel);
    firstButtons->addWidget(m_create);
    auto *form = new QFormLayout;
    form->addRow(tr("&Description:"), m_desc);
    form->addRow(QString(), m_descMessage);
    auto *firstLayout = new QVBoxLayout(first);
    firstLayout->addLayout(form);
    firstLayout->addWidget(new QLabel(
        scope == RoleScope::Organization ? tr("Organization roles:") : tr("Project roles:"), first));
    firstLayout->addWidget(m_roles, 1);
    firstLayout->addLayout(firstButtons);

    // Page 2: the private key, once
    auto *second = new QWidget(m_pages);
    auto *warning
        = new QLabel(tr("<b>Copy the private key now.</b> The server shows it this once; it cannot be "
                        "shown again. Whoever has it can call the API with this key's roles."),
                     second);
    warning->setObjectName(u"privateKeyWarningLabel"_s);
    warning->setWordWrap(true);
    m_privateKey->setObjectName(u"privateKeyLineEdit"_s);
    m_privateKey->setReadOnly(true);
    m_privateKey->setAccessibleName(tr("Private key"));
    auto *copy = new QPushButton(tr("&Copy"), second);
    copy->setObjectName(u"copyPrivateKeyButton"_s);
    // Masked until asked for: people share screens, and Copy does not need it visible.
    m_privateKey->setEchoMode(QLineEdit::Password);
    auto *show = new QCheckBox(tr("&Show"), second);
    show->setObjectName(u"showPrivateKeyCheckBox"_s);
    connect(show, &QCheckBox::toggled, m_privateKey, [this](bool shown) {
        m_privateKey->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
    });
    auto *keyRow = new QHBoxLayout;
    keyRow->addWidget(m_privateKey, 1);
    keyRow->addWidget(show);
    keyRow->addWidget(copy);
    m_copied->setObjectName(u"copiedCheckBox"_s);
    m_finish->setObjectName(u"finishButton"_s);
    m_finish->setEnabled(false);
    m_entries->setOwnAddress(ownAddress);
    auto *secondLayout = new QVBoxLayout(second);
    secondLayout->addWidget(warning);
    secondLayout->addLayout(keyRow);
    secondLayout->addWidget(new QLabel(tr("Whitelist entries to add now (optional):"), second));
    secondLayout->addWidget(m_entries, 1);
    secondLayout->addWidget(m_copied);
    auto *finishRow = new QHBoxLayout;
    finishRow->addStretch();
    finishRow->addWidget(m_finish);
    secondLayout->addLayout(finishRow);

    m_pages->addWidget(first);
    m_pages->addWidget(second);
    m_error->setObjectName(u"errorLabel"_s);
    m_error->setWordWrap(true);
    m_error->setVisible(false);
    m_error->setAccessibleName(tr("Error"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages, 1);
    layout->addWidget(m_error);

    connect(m_desc, &QLineEdit::textChanged, this, &CreateKeyDialog::updateCreateButton);
    connect(m_roles, &RoleList::rolesChanged, this, &CreateKeyDialog::updateCreateButton);
    connect(cancel, &QPushButton::clicked, this, &CreateKeyDialog::reject);
    connect(m_create, &QPushButton::clicked, this, [this] {
        m_busy = true;
        m_error->setVisible(false);
        updateCreateButton();
        emit createRequested(m_desc->text().trimmed(), m_roles->checkedRoles());
    });
    connect(copy, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(m_privateKey->text()); });
    connect(m_copied, &QCheckBox::toggled, this, &CreateKeyDialog::updateFinishButton);
    connect(m_entries, &EntriesEditor::changed, this, &CreateKeyDialog::updateFinishButton);
    connect(m_finish, &QPushButton::clicked, this, [this] {
        if (m_entries->isEmpty())
            return finishEntries();
        m_busy = true;
        updateFinishButton();
        emit entriesRequested(m_keyId, m_entries->batch().blocks());
    });
    updateCreateButton();
    resize(620, 520);
}

void CreateKeyDialog::updateCreateButton()
{
    const QString problem = m_desc->text().isEmpty() ? QString() : keyDescriptionProblem(m_desc->text());
    m_descMessage->setText(problem.isEmpty() ? tr("%1 of 250 characters").arg(m_desc->text().size())
                                             : u"✗ "_s + problem);
    const bool ok = keyDescriptionProblem(m_desc->text()).isEmpty() && !m_roles->checkedRoles().isEmpty();
    m_create->setEnabled(ok && !m_busy);
    m_create->setToolTip(m_roles->checkedRoles().isEmpty() ? tr("Choose at least one role.") : QString());
}

void CreateKeyDialog::updateFinishButton()
{
    m_finish->setEnabled(m_copied->isChecked() && !m_busy
                         && (m_entries->isEmpty() || m_entries->batch().canSend()));
}

void CreateKeyDialog::showCreated(const ApiKey &key)
{
    m_busy = false;
    m_keyId = key.id;
    m_privateKey->setText(key.privateKey);
    m_error->setVisible(false);
    m_pages->setCurrentIndex(1);
    m_privateKey->setFocus();
    m_privateKey->selectAll();
    updateFinishButton();
}

void CreateKeyDialog::showError(const QString &explanation)
{
    m_busy = false;
    m_error->setText(u"✗ "_s + explanation);
    m_error->setVisible(true);
    updateCreateButton();
    updateFinishButton();
}

void CreateKeyDialog::finishEntries()
{
    m_busy = false;
    m_privateKey->clear(); // the secret leaves memory with the dialog
    accept();
}

QString CreateKeyDialog::privateKeyShown() const
{
    return m_privateKey->text();
}

bool CreateKeyDialog::isOnPrivateKeyPage() const
{
    return m_pages->currentIndex() == 1;
}

void CreateKeyDialog::reject()
{
    // Not before the private key was copied: it would be lost for good.
    if (isOnPrivateKeyPage() && !m_copied->isChecked()) {
        m_error->setText(tr("Copy the private key and tick the box first: it cannot be shown again."));
        m_error->setVisible(true);
        return;
    }
    m_privateKey->clear();
    QDialog::reject();
}
