// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "OrgSettings.h"

#include <QMessageBox>
#include <QPointer>
#include <QUrl>
#include <QWidget>

class QCheckBox;
class QLabel;
class QPushButton;
class Repository;
#include "LockoutDialog.h"

// The organization setting "Require IP Whitelist for Public API": on, off or unknown (and why), who may
// change it, and the confirmations before it changes.
class OrgSettingsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrgSettingsPage)
public:
    explicit OrgSettingsPage(Repository *repository, QWidget *parent = nullptr);

    void setOrganization(const QString &orgId);
    void refresh();
    QUrl webConsoleUrl() const;

    // Open confirmations, for tests and screenshots.
    LockoutDialog *lockoutDialog() const { return m_lockout; }
    QMessageBox *disableDialog() const { return m_disable; }

private:
    void requestChange(bool required);
    void send(bool required);

    Repository *m_repository;
    QString m_orgId;
    QString m_orgName;
    OrgSettings m_settings;
    QCheckBox *m_toggle;
    QLabel *m_state;
    QLabel *m_permission;
    QLabel *m_message;
    QPushButton *m_openWebConsole;
    QPointer<LockoutDialog> m_lockout;
    QPointer<QMessageBox> m_disable;
    bool m_busy = false;
};
