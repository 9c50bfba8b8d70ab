// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class WelcomeDialog;
}

// The first start: connect to one's own Ops Manager, or look around the built-in demo.
class WelcomeDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WelcomeDialog)
public:
    explicit WelcomeDialog(QWidget *parent = nullptr);
    ~WelcomeDialog() override;

signals:
    void connectRequested();
    void demoRequested();

private:
    std::unique_ptr<Ui::WelcomeDialog> m_ui;
};
