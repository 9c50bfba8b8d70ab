// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "WelcomeDialog.h"

#include "ui_WelcomeDialog.h"

WelcomeDialog::WelcomeDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::WelcomeDialog>())
{
    m_ui->setupUi(this);
    connect(m_ui->connectButton, &QCommandLinkButton::clicked, this, [this] {
        accept();
        emit connectRequested();
    });
    connect(m_ui->demoButton, &QCommandLinkButton::clicked, this, [this] {
        accept();
        emit demoRequested();
    });
    // As wide as a short paragraph; as tall as the wrapped text needs at that width.
    resize(520, heightForWidth(520));
}

WelcomeDialog::~WelcomeDialog() = default;
