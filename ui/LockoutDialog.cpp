// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "LockoutDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
QString keyList(const QList<ApiKey> &keys)
{
    QStringList items;
    for (const ApiKey &k : keys)
        items.append(
            u"<li>%1 (<code>%2</code>)</li>"_s.arg(k.desc.toHtmlEscaped(), k.publicKey.toHtmlEscaped()));
    return u"<ul>"_s + items.join(QString()) + u"</ul>"_s;
}
} // namespace

LockoutDialog::LockoutDialog(const LockoutCheck &check, const QString &orgName, QWidget *parent)
    : QDialog(parent)
    , m_understand(new QCheckBox(this))
    , m_confirm(nullptr)
{
    setObjectName(u"lockoutDialog"_s);
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
    if (check.isClear())
        html += u"<p>"_s + tr("Every key has a whitelist that has been used.") + u"</p>"_s;
    m_findings = html;

    auto *findings = new QLabel(html, this);
    findings->setObjectName(u"lockoutFindingsLabel"_s);
    findings->setWordWrap(true);
    findings->setTextFormat(Qt::RichText);
    findings->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    findings->setAccessibleName(tr("Lock-out check"));
    auto *scroll = new QScrollArea(this);
    findings->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    scroll->setWidget(findings);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    m_understand->setObjectName(u"understandCheckBox"_s);
    m_understand->setText(tr("I have read this and want to require a whitelist"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_confirm = buttons->addButton(tr("Require whitelist"), QDialogButtonBox::AcceptRole);
    m_confirm->setObjectName(u"confirmButton"_s);
    m_confirm->setEnabled(false);
    buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
    connect(m_understand, &QCheckBox::toggled, m_confirm, &QPushButton::setEnabled);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_understand);
    layout->addWidget(buttons);
    resize(560, 420);
}
