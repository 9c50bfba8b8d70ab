// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "HygieneReport.h"
#include "OrgSnapshot.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;
class QTextBrowser;
class Repository;

// Offline review of the cached organization: who may call from an address.
class AddressCheckPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AddressCheckPage)
public:
    explicit AddressCheckPage(Repository *repository, QWidget *parent = nullptr);
    void setOrganization(const QString &orgId);
    void check();

signals:
    void keyActivated(const QString &keyId);

private:
    Repository *m_repository;
    QString m_orgId;
    QLineEdit *m_address;
    QPushButton *m_mine;
    QLabel *m_message;
    QTableWidget *m_table;
};

// The key-hygiene report; activating a finding jumps to its key.
class ReportPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportPage)
public:
    explicit ReportPage(Repository *repository, QWidget *parent = nullptr);
    void setOrganization(const QString &orgId);
    // Checks the organization again: on a worker thread, and only while the page is shown (a hidden page
    // checks when it is shown next).
    void refresh();
    bool isBusy() const { return m_busy; }

signals:
    void keyActivated(const QString &keyId);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void showFindings(const QList<Finding> &findings);

    Repository *m_repository;
    QString m_orgId;
    quint64 m_request = 0;
    bool m_stale = false;
    bool m_busy = false;
    QSpinBox *m_staleDays;
    QLabel *m_summary;
    QTableWidget *m_table;
};

// The snapshots of an organization and what changed between two of them (default: the last two).
class HistoryPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryPage)
public:
    explicit HistoryPage(Repository *repository, QWidget *parent = nullptr);
    void setOrganization(const QString &orgId);
    void refresh();
    QString diffText() const;
    // Reading snapshots from the cache.
    bool isBusy() const { return m_busy; }

private:
    void showDiff();
    void showLoadedDiff(const std::optional<OrgSnapshot> &older, const std::optional<OrgSnapshot> &newer);

    Repository *m_repository;
    QString m_orgId;
    quint64 m_request = 0;
    bool m_busy = false;
    QComboBox *m_from;
    QComboBox *m_to;
    QTextBrowser *m_diff;
};
