// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "EntriesEditor.h"

#include "ui_EntriesEditor.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

EntriesEditor::EntriesEditor(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::EntriesEditor>())
{
    m_ui->setupUi(this);
    m_ui->entriesMessageLabel->setFocusPolicy(Qt::NoFocus); // until it offers a fix (revalidate)
    connect(m_ui->entriesPlainTextEdit, &QPlainTextEdit::textChanged, this, &EntriesEditor::revalidate);
    // "Use 10.0.0.0/24" after "Did you mean 10.0.0.0/24?": one click puts it in place of what was typed.
    connect(m_ui->entriesMessageLabel, &QLabel::linkActivated, this, [this](const QString &link) {
        bool ok = false;
        const int index = link.startsWith("fix:"_L1) ? link.mid(4).toInt(&ok) : -1;
        if (ok && index >= 0 && index < m_batch.items.size())
            applySuggestion(m_batch.items.at(index));
    });
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
    for (qsizetype index = 0; index < m_batch.items.size(); ++index) {
        const EntryBatch::Item &item = m_batch.items.at(index);
        const QString typed = item.text.toHtmlEscaped();
        if (!item.ok()) {
            // A sign, not only a colour: nothing is conveyed by colour alone.
            QString line = u"✗ <b>%1</b>: %2"_s.arg(typed, item.error.toHtmlEscaped());
            if (!item.suggestion.isEmpty())
                line += u" <a href=\"fix:%1\">%2</a>"_s.arg(index).arg(
                    tr("Use %1").arg(item.suggestion).toHtmlEscaped());
            lines.append(line);
            continue;
        }
        if (!item.sent()) {
            lines.append(u"↷ %1"_s.arg(item.skipped.toHtmlEscaped()));
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
            + (m_batch.skippedCount() ? u", "_s + tr("%n skipped", nullptr, m_batch.skippedCount())
                                      : QString())
            + (m_batch.errorCount() ? u", "_s + tr("%n to fix", nullptr, m_batch.errorCount()) : QString()));
    m_ui->entriesMessageLabel->setText(lines.join(u"<br>"_s));
    // Tab stops at the checks only when they offer a fix to pick (a link); otherwise it would stop on
    // text, or on nothing at all.
    const bool offersFix = m_ui->entriesMessageLabel->text().contains(u"<a href"_s);
    m_ui->entriesMessageLabel->setFocusPolicy(offersFix ? Qt::StrongFocus : Qt::NoFocus);
    emit changed();
}

void EntriesEditor::applySuggestion(const EntryBatch::Item &item)
{
    // The part typed (between separators) is replaced where it stands; the rest stays as typed.
    const QString text = m_ui->entriesPlainTextEdit->toPlainText();
    static const QRegularExpression separators(u"[\\n,;]"_s);
    qsizetype start = 0;
    while (start <= text.size()) {
        qsizetype end = text.indexOf(separators, start);
        if (end < 0)
            end = text.size();
        const QString part = text.mid(start, end - start);
        if (part.trimmed() == item.text) {
            const qsizetype lead = part.indexOf(item.text);
            QString fixed = text;
            fixed.replace(start + lead, item.text.size(), item.suggestion);
            m_ui->entriesPlainTextEdit->setPlainText(fixed);
            return;
        }
        start = end + 1;
    }
}

void EntriesEditor::setText(const QString &text)
{
    m_ui->entriesPlainTextEdit->setPlainText(text);
}
