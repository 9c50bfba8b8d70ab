// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ContextPicker.h"

#include "ContextModel.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

ContextPicker::ContextPicker(ContextModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_proxy(new QSortFilterProxyModel(this))
    , m_search(new QLineEdit(this))
    , m_tree(new QTreeView(this))
{
    m_proxy->setSourceModel(model);
    m_proxy->setRecursiveFilteringEnabled(true);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_search->setObjectName(u"contextSearchLineEdit"_s);
    m_search->setPlaceholderText(tr("Find an organization or project"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Find an organization or project"));
    m_tree->setObjectName(u"contextTreeView"_s);
    m_tree->setModel(m_proxy);
    m_tree->setHeaderHidden(true);
    m_tree->setAccessibleName(tr("Organizations and projects"));
    m_tree->setAccessibleDescription(tr("Pick the organization or project to work on"));
    m_tree->setUniformRowHeights(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search);
    layout->addWidget(m_tree);

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text.trimmed());
        if (!text.isEmpty())
            m_tree->expandAll();
    });
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        const QModelIndex first = m_proxy->index(0, 0);
        const QModelIndex target = m_proxy->rowCount(first) > 0 && !m_search->text().isEmpty()
                && !first.data().toString().contains(m_search->text(), Qt::CaseInsensitive)
            ? m_proxy->index(0, 0, first)
            : first;
        pick(target);
    });
    connect(m_tree, &QTreeView::activated, this, &ContextPicker::pick);
    connect(m_tree, &QTreeView::clicked, this, &ContextPicker::pick);
    connect(m_model, &QAbstractItemModel::rowsInserted, m_tree, [this] { m_tree->expandAll(); });
    m_search->installEventFilter(this);
}

bool ContextPicker::eventFilter(QObject *watched, QEvent *event)
{
    // Down from the search box goes into the list.
    if (watched == m_search && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Down) {
        m_tree->setFocus();
        if (!m_tree->currentIndex().isValid())
            m_tree->setCurrentIndex(m_proxy->index(0, 0));
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void ContextPicker::pick(const QModelIndex &proxyIndex)
{
    if (!proxyIndex.isValid())
        return;
    m_tree->setCurrentIndex(proxyIndex);
    emit contextPicked(proxyIndex.data(ContextModel::OrgIdRole).toString(),
                       proxyIndex.data(ContextModel::ProjectIdRole).toString());
}

void ContextPicker::select(const QString &orgId, const QString &projectId)
{
    const QModelIndex source = projectId.isEmpty() ? m_model->indexOfOrganization(orgId)
                                                   : m_model->indexOfProject(orgId, projectId);
    m_tree->setCurrentIndex(m_proxy->mapFromSource(source));
}
