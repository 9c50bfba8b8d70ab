// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "EntriesEditor.h"

#include "ui_EntriesEditor.h"

using namespace Qt::StringLiterals;

EntriesEditor::EntriesEditor(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::EntriesEditor>())
{
    m_ui->setupUi(this);
    connect(m_ui->entriesPlainTextEdit, &QPlainTextEdit::textChanged, this, &EntriesEditor::revalidate);
    connect(m_ui->addMyAddressButton, &QPushButton::clicked, this, [this] {
        QString text = m_ui->entriesPlainTextEdit->toPlainText();
        if (!text.isEmpty() && !text.endsWith(u'\n'))
            text += u'\n';
        m_ui->entriesPlainTextEdit->setPlainText(text + m_ownAddress);
    });
}

EntriesEditor::~EntriesEditor() = default;

void EntriesEditor::setExisting(const QList<IpBlock> &existing)
{
    m_existing = existing;
    revalidate();
}

void EntriesEditor::setOwnAddress(const QString &address)
{
    m_ownAddress = address;
    m_ui->addMyAddressButton->setText(tr("Add the address the server sees me from (%1)").arg(address));
    m_ui->addMyAddressButton->setVisible(!address.isEmpty());
}

void EntriesEditor::revalidate()
{
    m_batch = EntryBatch::parse(m_ui->entriesPlainTextEdit->toPlainText(), m_existing);
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
    m_ui->entriesMessageLabel->setText(lines.join(u"<br>"_s));
    emit changed();
}

void EntriesEditor::setText(const QString &text)
{
    m_ui->entriesPlainTextEdit->setPlainText(text);
}
