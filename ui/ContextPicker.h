// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class ContextModel;
class QLineEdit;
class QSortFilterProxyModel;
class QTreeView;

// Organizations and their projects, with type-to-search; Enter or a click picks a context.
class ContextPicker final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContextPicker)
public:
    explicit ContextPicker(ContextModel *model, QWidget *parent = nullptr);

    // Selects the context without emitting contextPicked (restoring the last one, say).
    void select(const QString &orgId, const QString &projectId);
    QLineEdit *searchEdit() const { return m_search; }

signals:
    void contextPicked(const QString &orgId, const QString &projectId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void pick(const QModelIndex &proxyIndex);

    ContextModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_search;
    QTreeView *m_tree;
};
