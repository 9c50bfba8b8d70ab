// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "NewSecretDialog.h"

#include "DateText.h"

#include "ui_NewSecretDialog.h"

#include <QClipboard>
#include <QGuiApplication>

using namespace Qt::StringLiterals;

QDateTime NewSecretDialog::cutExpiry(const ServiceAccount &account, const QDateTime &now)
{
    const QDateTime cut = now.addDays(ServiceAccount::OtherSecretCutDays);
    for (const ServiceAccountSecret &s : account.secrets) {
        if (!s.expiredAt(now) && s.expiresAt > cut)
            return cut;
    }
    return {};
}

NewSecretDialog::NewSecretDialog(ServerKind kind, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::NewSecretDialog>())
    , m_newAccount(true)
{
    setUp();
    setWindowTitle(tr("New service account"));
    m_ui->createButton->setText(tr("Create account"));
    m_ui->planLabel->setText(tr("A service account signs in with its client ID and a secret (OAuth client "
                                "credentials) instead of a key pair. Its secrets expire; it has its own "
                                "access list."));
    m_ui->rolesListWidget->setRoles(RoleScope::Organization, kind);
    for (QLineEdit *edit : {m_ui->nameLineEdit, m_ui->descriptionLineEdit})
        connect(edit, &QLineEdit::textChanged, this, &NewSecretDialog::updateCreateButton);
    connect(m_ui->rolesListWidget, &RoleList::rolesChanged, this, &NewSecretDialog::updateCreateButton);
    updateCreateButton();
    m_ui->nameLineEdit->setFocus();
}

void NewSecretDialog::setUp()
{
    m_ui->setupUi(this);
    m_ui->accountFields->setVisible(m_newAccount);
    m_ui->clientIdLineEdit->setVisible(m_newAccount);
    m_ui->lifetimeSpinBox->setMaximum(ServiceAccount::MaxSecretHours / 24);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_ui->createButton, &QPushButton::clicked, this, [this] {
        if (m_newAccount && !accountProblem().isEmpty())
            return;
        m_busy = true;
        m_ui->createButton->setEnabled(false);
        m_ui->errorLabel->setVisible(false);
        const int hours = m_ui->lifetimeSpinBox->value() * 24;
        if (m_newAccount)
            emit accountRequested(m_ui->nameLineEdit->text().trimmed(),
                                  m_ui->descriptionLineEdit->text().trimmed(),
                                  m_ui->rolesListWidget->checkedRoles(), hours);
        else
            emit createRequested(hours);
    });
    connect(m_ui->showSecretCheckBox, &QCheckBox::toggled, this, [this](bool shown) {
        m_ui->secretLineEdit->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
    });
    connect(m_ui->copySecretButton, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(m_ui->secretLineEdit->text());
        m_ui->copySecretButton->setText(tr("&Copied"));
    });
    connect(m_ui->copiedCheckBox, &QCheckBox::toggled, m_ui->finishButton, &QPushButton::setEnabled);
    connect(m_ui->finishButton, &QPushButton::clicked, this, &QDialog::accept);
}

QString NewSecretDialog::accountProblem() const
{
    const QString name = m_ui->nameLineEdit->text().trimmed();
    const QString description = m_ui->descriptionLineEdit->text().trimmed();
    if (name.isEmpty())
        return tr("Give the account a name.");
    if (name.size() > ServiceAccount::MaxNameLength)
        return tr("The name has %1 characters; at most %2 are allowed.")
            .arg(name.size())
            .arg(ServiceAccount::MaxNameLength);
    if (description.isEmpty())
        return tr("Say what the account is for: the server requires a description.");
    if (description.size() > ServiceAccount::MaxDescriptionLength)
        return tr("The description has %1 characters; at most %2 are allowed.")
            .arg(description.size())
            .arg(ServiceAccount::MaxDescriptionLength);
    if (m_ui->rolesListWidget->checkedRoles().isEmpty())
        return tr("Choose at least one role.");
    return {};
}

void NewSecretDialog::updateCreateButton()
{
    const QString problem = accountProblem();
    m_ui->createButton->setEnabled(!m_busy && problem.isEmpty());
    // A field's problem shows once something was typed.
    const bool typed = !m_ui->nameLineEdit->text().isEmpty() || !m_ui->descriptionLineEdit->text().isEmpty();
    m_ui->accountMessageLabel->setText(problem.isEmpty() || !typed ? QString() : u"✗ "_s + problem);
}

void NewSecretDialog::showCreatedAccount(const ServiceAccount &account)
{
    m_ui->clientIdLineEdit->setText(account.clientId);
    if (!account.secrets.isEmpty())
        showCreated(account.secrets.first());
}

NewSecretDialog::NewSecretDialog(const ServiceAccount &account, const QDateTime &now, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::NewSecretDialog>())
{
    setUp();
    setWindowTitle(tr("New secret for %1").arg(account.name));
    QString plan = u"<p>"_s
        + tr("A new secret for <b>%1</b> (<code>%2</code>). Clients then sign in with the client ID and this "
             "secret.")
              .arg(account.name.toHtmlEscaped(), account.clientId.toHtmlEscaped())
        + u"</p>"_s;
    const QDateTime cut = cutExpiry(account, now);
    for (const ServiceAccountSecret &s : account.secrets) {
        if (s.expiredAt(now))
            continue;
        plan += u"<p>"_s
            + (cut.isValid() && s.expiresAt > cut
                   ? tr("⚠ The secret %1 now expires on %2. Adding this one cuts it to seven days: it will "
                        "expire on <b>%3</b>. Move its clients to the new secret before then.")
                         .arg(s.maskedSecretValue.toHtmlEscaped(), DateText::shown(s.expiresAt),
                              DateText::shown(cut))
                   : tr("The secret %1 keeps its expiry, %2 (less than seven days away).")
                         .arg(s.maskedSecretValue.toHtmlEscaped(), DateText::shown(s.expiresAt)))
            + u"</p>"_s;
    }
    m_ui->planLabel->setText(plan);
}

NewSecretDialog::~NewSecretDialog()
{
    // The value leaves memory with the dialog.
    m_ui->secretLineEdit->clear();
}

QString NewSecretDialog::planText() const
{
    return m_ui->planLabel->text();
}

void NewSecretDialog::showCreated(const ServiceAccountSecret &secret)
{
    m_busy = false;
    m_ui->secretLineEdit->setText(secret.secret);
    m_ui->expiryLabel->setText(tr("It expires on %1.").arg(DateText::shown(secret.expiresAt)));
    m_ui->pages->setCurrentWidget(m_ui->secretPage);
    m_ui->copySecretButton->setFocus();
}

void NewSecretDialog::showError(const QString &explanation)
{
    m_busy = false;
    m_ui->createButton->setEnabled(true);
    m_ui->errorLabel->setText(u"✗ "_s + explanation);
    m_ui->errorLabel->setVisible(true);
}

bool NewSecretDialog::isOnSecretPage() const
{
    return m_ui->pages->currentWidget() == m_ui->secretPage;
}

QString NewSecretDialog::secretShown() const
{
    return m_ui->secretLineEdit->text();
}

void NewSecretDialog::reject()
{
    // Once shown, the secret page closes only through Finish (after "copied"); while sending, not at all.
    if (m_busy || (isOnSecretPage() && !m_ui->copiedCheckBox->isChecked()))
        return;
    QDialog::reject();
}
