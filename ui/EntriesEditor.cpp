// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "EntriesEditor.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

EntriesEditor::EntriesEditor(QWidget *parent)
    : QWidget(parent)
    , m_text(new QPlainTextEdit(this))
    , m_messages(new QLabel(this))
    , m_addOwn(new QPushButton(this))
{
    m_text->setObjectName(u"entriesPlainTextEdit"_s);
    m_text->setPlaceholderText(
        tr("One address or CIDR block per line, e.g.\n192.0.2.15\n198.51.100.0/24\n2001:db8::/48"));
    m_text->setAccessibleName(tr("Whitelist entries"));
    m_text->setTabChangesFocus(true);
    m_messages->setObjectName(u"entriesMessageLabel"_s);
    m_messages->setWordWrap(true);
    m_messages->setTextFormat(Qt::RichText);
    m_messages->setAccessibleName(tr("Validation of the entries"));
    m_addOwn->setObjectName(u"addMyAddressButton"_s);
    m_addOwn->setVisible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_messages->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_messages->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::MinimumExpanding);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_addOwn, 0, Qt::AlignLeft);
    layout->addWidget(m_messages, 1);
    connect(m_text, &QPlainTextEdit::textChanged, this, &EntriesEditor::revalidate);
    connect(m_addOwn, &QPushButton::clicked, this, [this] {
        QString text = m_text->toPlainText();
        if (!text.isEmpty() && !text.endsWith(u'\n'))
            text += u'\n';
        m_text->setPlainText(text + m_ownAddress);
    });
}

void EntriesEditor::setExisting(const QList<IpBlock> &existing)
{
    m_existing = existing;
    revalidate();
}

void EntriesEditor::setOwnAddress(const QString &address)
{
    m_ownAddress = address;
    m_addOwn->setText(tr("Add the address the server sees me from (%1)").arg(address));
    m_addOwn->setVisible(!address.isEmpty());
}

void EntriesEditor::revalidate()
{
    m_batch = EntryBatch::parse(m_text->toPlainText(), m_existing);
    QStringList lines;
    for (const EntryBatch::Item &item : m_batch.items) {
        const QString typed = item.text.toHtmlEscaped();
        if (!item.ok()) {
            // A sign, not only a colour: nothing is conveyed by colour alone.
            lines.append(u"✗ <b>%1</b>: %2"_s.arg(typed, item.error.toHtmlEscaped()));
            continue;
        }
        QString line = item.block->toString() == item.text
            ? u"✓ %1"_s.arg(typed)
            : u"✓ %1 → <b>%2</b>"_s.arg(typed, item.block->toString());
        for (const QString &w : item.warnings)
            line += u"<br>&nbsp;&nbsp;⚠ "_s + w.toHtmlEscaped();
        lines.append(line);
    }
    if (!m_batch.items.isEmpty())
        lines.prepend(
            tr("%n entry(ies) to add", nullptr, int(m_batch.blocks().size()))
            + (m_batch.errorCount() ? u", "_s + tr("%n to fix", nullptr, m_batch.errorCount()) : QString()));
    m_messages->setText(lines.join(u"<br>"_s));
    emit changed();
}
