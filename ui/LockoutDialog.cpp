// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "LockoutDialog.h"

#include "ui_LockoutDialog.h"

#include <QPushButton>

using namespace Qt::StringLiterals;

namespace {
// Each item by its name and its identifier (a key's description and public key, an account's name and
// client ID).
template<typename T, typename Name, typename Id> QString itemList(const QList<T> &items, Name name, Id id)
{
    QStringList lines;
    for (const T &item : items)
        lines.append(
            u"<li>%1 (<code>%2</code>)</li>"_s.arg(name(item).toHtmlEscaped(), id(item).toHtmlEscaped()));
    return u"<ul>"_s + lines.join(QString()) + u"</ul>"_s;
}

QString keyList(const QList<ApiKey> &keys)
{
    return itemList(
        keys, [](const ApiKey &k) { return k.desc; }, [](const ApiKey &k) { return k.publicKey; });
}

QString accountList(const QList<ServiceAccount> &accounts)
{
    return itemList(
        accounts, [](const ServiceAccount &a) { return a.name; },
        [](const ServiceAccount &a) { return a.clientId; });
}
} // namespace

LockoutDialog::LockoutDialog(const LockoutCheck &check, const QString &orgName, Then then, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::LockoutDialog>())
{
    m_ui->setupUi(this);
    setWindowTitle(tr("Require a whitelist for %1?").arg(orgName));
    QString html = u"<p>"_s
        + tr("Once this is on, every API key of %1 needs at least one whitelist entry, and every call must "
             "come "
             "from a listed address.")
              .arg(orgName.toHtmlEscaped())
        + u"</p>"_s;
    html += u"<p><b>"_s
        + (check.locksOutThisConsole() ? tr("Warning: this console would lock itself out.")
                                       : tr("This console:"))
        + u"</b> "_s + check.selfExplanation().toHtmlEscaped() + u"</p>"_s;
    if (!check.emptyWhitelist.isEmpty())
        html += u"<p><b>"_s
            + tr("%n key(s) have no whitelist and will lose all API access:", nullptr,
                 int(check.emptyWhitelist.size()))
            + u"</b>"_s + keyList(check.emptyWhitelist) + u"</p>"_s;
    if (!check.neverUsed.isEmpty())
        html += u"<p><b>"_s
            + tr("%n key(s) have entries none of which was ever used; they may be calling from elsewhere:",
                 nullptr, int(check.neverUsed.size()))
            + u"</b>"_s + keyList(check.neverUsed) + u"</p>"_s;
    if (!check.notReadable.isEmpty())
        html += u"<p><b>"_s
            + tr("%n key(s) have a whitelist this console may not read, so they could not be checked:",
                 nullptr, int(check.notReadable.size()))
            + u"</b>"_s + keyList(check.notReadable) + u"</p>"_s;
    if (!check.accountsEmpty.isEmpty())
        html += u"<p><b>"_s
            + tr("%n service account(s) have no access list: their tokens will stop working:", nullptr,
                 int(check.accountsEmpty.size()))
            + u"</b>"_s + accountList(check.accountsEmpty) + u"</p>"_s;
    if (!check.accountsNeverUsed.isEmpty())
        html += u"<p><b>"_s
            + tr("%n service account(s) have access-list entries none of which was ever used; they may be "
                 "calling from elsewhere:",
                 nullptr, int(check.accountsNeverUsed.size()))
            + u"</b>"_s + accountList(check.accountsNeverUsed) + u"</p>"_s;
    if (!check.accountsNotReadable.isEmpty())
        html += u"<p><b>"_s
            + tr("%n service account(s) have an access list this console may not read, so they could not be "
                 "checked:",
                 nullptr, int(check.accountsNotReadable.size()))
            + u"</b>"_s + accountList(check.accountsNotReadable) + u"</p>"_s;
    if (check.isClear())
        html += u"<p>"_s + tr("Every key has a whitelist that has been used.") + u"</p>"_s;
    m_ui->lockoutFindingsLabel->setText(html);
    QPushButton *confirm = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    confirm->setText(then == Then::OpenWebConsole ? tr("Open the web console") : tr("Require whitelist"));
    confirm->setObjectName(u"confirmButton"_s);
    confirm->setEnabled(false);
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setDefault(true);
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setObjectName(u"cancelButton"_s);
    connect(m_ui->understandCheckBox, &QCheckBox::toggled, confirm, &QPushButton::setEnabled);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

LockoutDialog::~LockoutDialog() = default;

QString LockoutDialog::findingsText() const
{
    return m_ui->lockoutFindingsLabel->text();
}
