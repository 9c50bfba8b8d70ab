// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "OrgSnapshot.h"

#include <optional>

#include <QWidget>

#include <memory>

class Repository;

namespace Ui {
class HistoryPage;
}

// The snapshots of an organization and what changed between two of them (default: the last two).
class HistoryPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryPage)
public:
    explicit HistoryPage(Repository *repository, QWidget *parent = nullptr);
    ~HistoryPage() override;
    void setOrganization(const QString &orgId);
    void refresh();
    QString diffText() const;
    // The lines the timeline shows now (filter applied), newest first: "date\tline".
    QStringList timelineLines() const;
    // Reading snapshots from the cache.
    bool isBusy() const { return m_busy; }

private:
    void showDiff();
    void showTimeline();
    void showLoadedDiff(const std::optional<OrgSnapshot> &older, const std::optional<OrgSnapshot> &newer);

    std::unique_ptr<Ui::HistoryPage> m_ui;
    Repository *m_repository;
    QString m_orgId;
    quint64 m_request = 0;
    bool m_busy = false;
};
