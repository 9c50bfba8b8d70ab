// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "WelcomeDialog.h"

#include <QCommandLinkButton>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

WelcomeDialog::WelcomeDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"welcomeDialog"_s);
    setWindowTitle(tr("Welcome to API Access Console"));
    auto *intro = new QLabel(
        tr("Manage the programmatic API keys of MongoDB Ops Manager and Cloud Manager: their IP "
           "whitelists, their project assignments and the organization setting “Require IP Whitelist "
           "for Public API”. Everything you sync stays readable offline."),
        this);
    intro->setWordWrap(true);
    auto *connectButton = new QCommandLinkButton(
        tr("Connect to my Ops Manager"),
        tr("Enter the server address and an API key; the private key goes to the system keyring."), this);
    connectButton->setObjectName(u"connectButton"_s);
    auto *demoButton = new QCommandLinkButton(
        tr("Explore the demo"),
        tr("A local demo server with made-up organizations and keys: nothing leaves this computer."), this);
    demoButton->setObjectName(u"demoButton"_s);
    demoButton->setDefault(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(connectButton);
    layout->addWidget(demoButton);
    connect(connectButton, &QCommandLinkButton::clicked, this, [this] {
        accept();
        emit connectRequested();
    });
    connect(demoButton, &QCommandLinkButton::clicked, this, [this] {
        accept();
        emit demoRequested();
    });
    resize(520, 0);
}
