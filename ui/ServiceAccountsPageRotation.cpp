// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
// ServiceAccountsPage: "Rotate secret…", MongoDB's documented procedure made one button. An account with one
// secret gets a second (the dialog names the date the old one now expires on: at most seven days away); the
// rotation is then the server's own state — two live secrets — so it survives anything: the next Rotate
// secret… shows both secrets' last use and deletes the older once the clients use the newer.
#include "ServiceAccountsPage.h"

#include "Changes.h"
#include "Clock.h"
#include "DateText.h"
#include "NewSecretDialog.h"
#include "Repository.h"

#include "ui_ServiceAccountsPage.h"

#include <QMessageBox>
#include <QPushButton>

using namespace Qt::StringLiterals;

void ServiceAccountsPage::rotateSecret()
{
    const ServiceAccountRecord *r = selectedAccount();
    if (!r || !m_ui->rotateSecretButton->isEnabled())
        return;
    const ServiceAccount account = r->account;
    const QDateTime now = Clock::nowUtc();
    if (account.secrets.size() < ServiceAccount::MaxSecrets) {
        // Step 1: the second secret. The dialog names the old secret's new expiry before sending.
        newSecret();
        if (m_newSecret)
            m_newSecret->setWindowTitle(tr("Rotate the secret of %1: the new secret").arg(account.name));
        return;
    }
    QList<ServiceAccountSecret> live;
    for (const ServiceAccountSecret &s : account.secrets) {
        if (!s.expiredAt(now))
            live.append(s);
    }
    if (live.size() < ServiceAccount::MaxSecrets) {
        // Two secrets, one of them expired: the choice is the person's, and explained.
        const ServiceAccountSecret &expired
            = account.secrets.at(0).expiredAt(now) ? account.secrets.at(0) : account.secrets.at(1);
        return showMessage(
            tr("%1 has two secrets, the most an account may have, and %2 expired on %3: delete it "
               "first (Delete secret…), then Rotate secret… adds the new one.")
                .arg(account.name, expired.maskedSecretValue, DateText::shown(expired.expiresAt)),
            Appearance::Feedback::Failed);
    }
    // Step 2: two live secrets — the newer is the rotation's; the older goes once no client uses it.
    const bool firstOlder = live.at(0).createdAt <= live.at(1).createdAt;
    const ServiceAccountSecret older = firstOlder ? live.at(0) : live.at(1);
    const ServiceAccountSecret newer = firstOlder ? live.at(1) : live.at(0);
    const auto used = [](const ServiceAccountSecret &s) {
        return s.lastUsedAt.isValid() ? DateText::shown(s.lastUsedAt) : tr("never");
    };
    QString text
        = tr("Rotating the secret of %1.\n\nThe new secret %2 (added %3) was last used: %4.\nThe old "
             "secret %5 (expires %6) was last used: %7.")
              .arg(account.name, newer.maskedSecretValue, DateText::shown(newer.createdAt), used(newer),
                   older.maskedSecretValue, DateText::shown(older.expiresAt), used(older));
    text += u"\n\n"_s
        + (older.lastUsedAt.isValid() && older.lastUsedAt > newer.createdAt
               ? u"⚠ "_s
                   + tr("The old secret was used after the new one was added: some client still uses it.")
               : tr("The old secret has not been used since the new one was added."));
    text += u"\n\n"_s
        + tr("Deleting the old secret stops every token made with it at once. Delete it when every client "
             "uses "
             "the new secret; otherwise it expires by itself on %1.")
              .arg(DateText::shown(older.expiresAt));
    if (m_repository->policy().isCaller(account.clientId))
        text += u"\n\n⚠ "_s
            + tr("This console signs in as %1: if it uses the old secret, it is signed out at once.")
                  .arg(account.name);
    m_confirm = new QMessageBox(QMessageBox::Question, tr("Rotate the secret of %1").arg(account.name), text,
                                QMessageBox::Cancel, this);
    m_confirm->setObjectName(u"rotateSecretDialog"_s);
    QPushButton *confirm = m_confirm->addButton(tr("Delete the old secret"), QMessageBox::DestructiveRole);
    confirm->setObjectName(u"confirmButton"_s);
    m_confirm->setDefaultButton(QMessageBox::Cancel);
    m_confirm->setAttribute(Qt::WA_DeleteOnClose);
    const QString orgId = m_orgId;
    const QString clientId = account.clientId;
    const QString name = account.name;
    connect(m_confirm, &QMessageBox::buttonClicked, this,
            [this, confirm, orgId, clientId, name, older, newer](QAbstractButton *b) {
                if (b != confirm)
                    return;
                m_repository->changes()->deleteServiceAccountSecret(
                    orgId, clientId, older.id, this, [this, name, older, newer](ApiResult<Done> done) {
                        showMessage(done.ok()
                                        ? tr("Rotated the secret of %1: %2 deleted, %3 stays.")
                                              .arg(name, older.maskedSecretValue, newer.maskedSecretValue)
                                        : tr("Not deleted. %1").arg(done.error().explanation()),
                                    done.ok() ? Appearance::Feedback::Done : Appearance::Feedback::Failed);
                    });
            });
    m_confirm->open();
}
