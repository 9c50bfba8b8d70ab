// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>

#include <memory>

class QLabel;

namespace Ui {
class MainWindow;
}

class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // What the status bar says about the server this window talks to.
    void setConnectionDescription(const QString &server, const QString &publicKey);

private:
    std::unique_ptr<Ui::MainWindow> m_ui;
    QLabel *m_serverLabel = nullptr;
    QLabel *m_keyLabel = nullptr;
};
