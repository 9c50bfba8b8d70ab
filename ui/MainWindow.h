// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>

#include <functional>

#include <memory>

class AddressCheckPage;
class ApiKeysPage;
class HistoryPage;
class InstancePage;
class ReportPage;
class ServiceAccountsPage;
class ContextModel;
class ContextPicker;
class OrgSettingsPage;
class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class Repository;
struct ApiError;

namespace Ui {
class MainWindow;
}

// The console: the context picker at the top left, the organization's Settings and API Keys (a
// project's API Keys), and a status bar with the server, the key in use, the last sync, progress with
// Cancel, and an offline banner. F5 syncs the current context.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)
public:
    // repository may be null (no connection): the window then only says so.
    explicit MainWindow(Repository *repository = nullptr, QWidget *parent = nullptr);
    ~MainWindow() override;

    // What the status bar says about the server this window talks to.
    void setConnectionDescription(const QString &server, const QString &publicKey);
    void setServerToolTip(const QString &text);
    // The connection switcher: "Demo server" (an empty name), "Demo server (Atlas)"
    // (ConnectionProfile::AtlasDemoName) and the saved profiles; current is selected.
    void setConnections(const QStringList &profiles, const QString &current);
    // Remembered context and the like are filed per connection.
    void setSettingsScope(const QString &scope) { m_scope = scope; }
    // A lasting notice above the pages (the keyring could not be used, working offline, …).
    void showNotice(const QString &text);
    QString notice() const;
    // Reads the cache, restores the last context and starts talking to the server.
    void start();

    void pickContext(const QString &orgId, const QString &projectId = {});
    QString currentOrgId() const { return m_orgId; }
    QString currentProjectId() const { return m_projectId; }
    void syncCurrent();

    // Writes the current organization (csv, json, md, html or pdf, by the file's suffix) on a worker
    // thread; done (on this thread, while the window exists) gets an error text, or an empty one.
    void exportTo(const QString &path, std::function<void(const QString &error)> done);

    ContextPicker *contextPicker() const;
    AddressCheckPage *addressCheckPage() const { return m_addressPage; }
    ReportPage *reportPage() const { return m_reportPage; }
    ServiceAccountsPage *serviceAccountsPage() const { return m_serviceAccountsPage; }
    HistoryPage *historyPage() const { return m_historyPage; }
    InstancePage *instancePage() const { return m_instancePage; }
    OrgSettingsPage *settingsPage() const { return m_settingsPage; }
    ApiKeysPage *keysPage() const { return m_keysPage; }
    QComboBox *connectionSwitcher() const;
    Repository *repository() const { return m_repository; }

signals:
    // An empty name: the demo server; ConnectionProfile::AtlasDemoName: the Atlas demo.
    void connectionRequested(const QString &profile);
    void newConnectionRequested();
    void editConnectionRequested();
    void removeConnectionRequested();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void onCacheLoaded(const QString &notice);
    void openLastContext();
    void updateContext(const QString &orgId);
    void updateSyncLabel();
    void showSyncFailure(const QString &orgId, const ApiError &error);
    void fillViewMenu();
    void fillFullSyncMenu();
    void addPages();
    void connectRepository();
    void exportCurrent();

    std::unique_ptr<Ui::MainWindow> m_ui;
    Repository *m_repository;
    ContextModel *m_contexts;
    OrgSettingsPage *m_settingsPage = nullptr;
    ApiKeysPage *m_keysPage = nullptr;
    AddressCheckPage *m_addressPage = nullptr;
    ReportPage *m_reportPage = nullptr;
    ServiceAccountsPage *m_serviceAccountsPage = nullptr;
    HistoryPage *m_historyPage = nullptr;
    InstancePage *m_instancePage = nullptr;
    QLabel *m_serverLabel;
    QLabel *m_keyLabel;
    QLabel *m_lastSyncLabel;
    QProgressBar *m_progress;
    QPushButton *m_cancelSync;
    QString m_orgId;
    QString m_projectId;
    QString m_scope;
};
