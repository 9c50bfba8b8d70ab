// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <memory>

class ContextModel;
class QLineEdit;
class QSortFilterProxyModel;

namespace Ui {
class ContextPicker;
}

// Organizations and their projects, with type-to-search; Enter or a click picks a context.
class ContextPicker final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContextPicker)
public:
    explicit ContextPicker(QWidget *parent = nullptr);
    ~ContextPicker() override;

    // The organizations and projects to pick from (once, before use).
    void setModel(ContextModel *model);

    // Selects the context without emitting contextPicked (restoring the last one, say).
    void select(const QString &orgId, const QString &projectId);
    QLineEdit *searchEdit() const;

signals:
    void contextPicked(const QString &orgId, const QString &projectId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void pick(const QModelIndex &proxyIndex);

    std::unique_ptr<Ui::ContextPicker> m_ui;
    ContextModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy;
};
