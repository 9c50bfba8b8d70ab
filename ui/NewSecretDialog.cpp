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

NewSecretDialog::NewSecretDialog(const ServiceAccount &account, const QDateTime &now, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::NewSecretDialog>())
{
    m_ui->setupUi(this);
    setWindowTitle(tr("New secret for %1").arg(account.name));
    m_ui->lifetimeSpinBox->setMaximum(ServiceAccount::MaxSecretHours / 24);
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
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_ui->createButton, &QPushButton::clicked, this, [this] {
        m_busy = true;
        m_ui->createButton->setEnabled(false);
        m_ui->errorLabel->setVisible(false);
        emit createRequested(m_ui->lifetimeSpinBox->value() * 24);
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
