// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ContextPicker.h"

#include "ContextModel.h"

#include "ui_ContextPicker.h"

#include <QKeyEvent>
#include <QSortFilterProxyModel>

using namespace Qt::StringLiterals;

ContextPicker::ContextPicker(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ContextPicker>())
    , m_proxy(new QSortFilterProxyModel(this))
{
    m_ui->setupUi(this);
    m_proxy->setRecursiveFilteringEnabled(true);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_ui->contextTreeView->setModel(m_proxy);
    connect(m_ui->contextSearchLineEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text.trimmed());
        if (!text.isEmpty())
            m_ui->contextTreeView->expandAll();
    });
    connect(m_ui->contextSearchLineEdit, &QLineEdit::returnPressed, this, [this] {
        const QModelIndex first = m_proxy->index(0, 0);
        const QModelIndex target = m_proxy->rowCount(first) > 0
                && !m_ui->contextSearchLineEdit->text().isEmpty()
                && !first.data().toString().contains(m_ui->contextSearchLineEdit->text(), Qt::CaseInsensitive)
            ? m_proxy->index(0, 0, first)
            : first;
        pick(target);
    });
    connect(m_ui->contextTreeView, &QTreeView::activated, this, &ContextPicker::pick);
    connect(m_ui->contextTreeView, &QTreeView::clicked, this, &ContextPicker::pick);
    m_ui->contextSearchLineEdit->installEventFilter(this);
}

ContextPicker::~ContextPicker() = default;

void ContextPicker::setModel(ContextModel *model)
{
    m_model = model;
    m_proxy->setSourceModel(model);
    connect(m_model, &QAbstractItemModel::rowsInserted, m_ui->contextTreeView,
            [this] { m_ui->contextTreeView->expandAll(); });
}

QLineEdit *ContextPicker::searchEdit() const
{
    return m_ui->contextSearchLineEdit;
}

bool ContextPicker::eventFilter(QObject *watched, QEvent *event)
{
    // Down from the search box goes into the list.
    if (watched == m_ui->contextSearchLineEdit && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Down) {
        m_ui->contextTreeView->setFocus();
        if (!m_ui->contextTreeView->currentIndex().isValid())
            m_ui->contextTreeView->setCurrentIndex(m_proxy->index(0, 0));
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void ContextPicker::pick(const QModelIndex &proxyIndex)
{
    if (!proxyIndex.isValid())
        return;
    m_ui->contextTreeView->setCurrentIndex(proxyIndex);
    emit contextPicked(proxyIndex.data(ContextModel::OrgIdRole).toString(),
                       proxyIndex.data(ContextModel::ProjectIdRole).toString());
}

void ContextPicker::select(const QString &orgId, const QString &projectId)
{
    const QModelIndex source = projectId.isEmpty() ? m_model->indexOfOrganization(orgId)
                                                   : m_model->indexOfProject(orgId, projectId);
    m_ui->contextTreeView->setCurrentIndex(m_proxy->mapFromSource(source));
}
