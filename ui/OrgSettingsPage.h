// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "LockoutDialog.h"
#include "OrgSettings.h"

#include <QMessageBox>
#include <QPointer>
#include <QUrl>
#include <QWidget>

#include <functional>
#include <memory>

class Repository;

namespace Ui {
class OrgSettingsPage;
}

// The organization setting "Require IP Whitelist for Public API": on, off or unknown (and why), who may
// change it, and the confirmations before it changes.
class OrgSettingsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrgSettingsPage)
public:
    explicit OrgSettingsPage(Repository *repository, QWidget *parent = nullptr);
    ~OrgSettingsPage() override;

    void setOrganization(const QString &orgId);
    void refresh();
    QUrl webConsoleUrl() const;

    // Open confirmations, for tests and screenshots.
    LockoutDialog *lockoutDialog() const { return m_lockout; }
    QMessageBox *disableDialog() const { return m_disable; }

private:
    QString permissionReason() const;
    void showSecuritySettings();
    void requestChange(bool required);
    void send(bool required);
    void checkLockoutThen(const std::function<void()> &then, LockoutDialog::Then what);
    void openWebConsole();

    std::unique_ptr<Ui::OrgSettingsPage> m_ui;
    Repository *m_repository;
    QString m_orgId;
    QString m_orgName;
    OrgSettings m_settings;
    QPointer<LockoutDialog> m_lockout;
    QPointer<QMessageBox> m_disable;
    bool m_busy = false;
    QPointer<QWidget> m_focusMovedTo; // where the toggle's focus went while a change was sent
};
