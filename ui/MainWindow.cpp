// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include "ui_MainWindow.h"

#include <QLabel>

using namespace Qt::StringLiterals;

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_serverLabel(new QLabel(this))
    , m_keyLabel(new QLabel(this))
{
    m_ui->setupUi(this);
    m_serverLabel->setObjectName(u"serverStatusLabel"_s);
    m_serverLabel->setAccessibleName(tr("Server"));
    m_keyLabel->setObjectName(u"keyStatusLabel"_s);
    m_keyLabel->setAccessibleName(tr("API key in use"));
    m_ui->statusBar->addWidget(m_serverLabel);
    m_ui->statusBar->addWidget(m_keyLabel);
    connect(m_ui->quitAction, &QAction::triggered, this, &QWidget::close);
    setConnectionDescription(tr("Not connected"), {});
}

MainWindow::~MainWindow() = default;

void MainWindow::setConnectionDescription(const QString &server, const QString &publicKey)
{
    m_serverLabel->setText(server);
    m_keyLabel->setText(publicKey.isEmpty() ? QString() : tr("Key: %1").arg(publicKey));
    m_keyLabel->setVisible(!publicKey.isEmpty());
}
