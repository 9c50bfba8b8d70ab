// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "EntryBatch.h"

#include <QWidget>

#include <memory>

namespace Ui {
class EntriesEditor;
}

// Whitelist entries typed or pasted (one per line, or comma-separated), each validated live with its
// own message and normal form, with warnings for broad blocks and entries another one covers.
class EntriesEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EntriesEditor)
public:
    explicit EntriesEditor(QWidget *parent = nullptr);
    ~EntriesEditor() override;

    void setExisting(const QList<IpBlock> &existing);
    // "Add the address the server sees me from", when that address is known.
    void setOwnAddress(const QString &address);
    // Starts with these entries typed in (one per line), checked like typed ones.
    void setText(const QString &text);
    const EntryBatch &batch() const { return m_batch; }
    bool isEmpty() const { return m_batch.items.isEmpty(); }

signals:
    void changed();

private:
    void revalidate();
    void applySuggestion(const EntryBatch::Item &item);

    std::unique_ptr<Ui::EntriesEditor> m_ui;
    QList<IpBlock> m_existing;
    QString m_ownAddress;
    EntryBatch m_batch;
};
