// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "LockoutCheck.h"

#include <QDialog>

#include <memory>

namespace Ui {
class LockoutDialog;
}

// The lock-out check shown before "Require IP Whitelist for Public API" is turned on; the person confirms
// explicitly.
class LockoutDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LockoutDialog)
public:
    // What confirming does, said on its button: send the change from here, or open the web console
    // where the server offers no settings endpoint (the change is made there).
    enum class Then { SendChange, OpenWebConsole };
    LockoutDialog(const LockoutCheck &check, const QString &orgName, Then then = Then::SendChange,
                  QWidget *parent = nullptr);
    ~LockoutDialog() override;

    QString findingsText() const;

private:
    std::unique_ptr<Ui::LockoutDialog> m_ui;
};
