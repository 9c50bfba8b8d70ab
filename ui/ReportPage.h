// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "HygieneReport.h"

#include <QWidget>

#include <memory>

class Repository;

namespace Ui {
class ReportPage;
}

// The key-hygiene report; activating a finding jumps to its key.
class ReportPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportPage)
public:
    explicit ReportPage(Repository *repository, QWidget *parent = nullptr);
    ~ReportPage() override;
    void setOrganization(const QString &orgId);
    // Checks the organization again: on a worker thread, and only while the page is shown (a hidden page
    // checks when it is shown next).
    void refresh();
    bool isBusy() const { return m_busy; }
    // What the report checks with ("Stale after"): exports list the same findings.
    HygieneOptions options() const;

signals:
    // A row was opened: its key, and the whitelist entry it is about (empty when none).
    void keyActivated(const QString &keyId, const QString &entry);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void showFindings(const QList<Finding> &findings);

    std::unique_ptr<Ui::ReportPage> m_ui;
    Repository *m_repository;
    QString m_orgId;
    quint64 m_request = 0;
    bool m_stale = false;
    bool m_busy = false;
};
