// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CacheWriter.h"

CacheWriter::CacheWriter(const QString &path, int retention)
    : m_path(path)
    , m_retention(retention)
{ }

CacheWriter::~CacheWriter() = default;

bool CacheWriter::ensureOpen(QString *error)
{
    if (m_db && m_db->isOpen())
        return true;
    m_db = std::make_unique<CacheDatabase>();
    if (!m_db->open(m_path)) {
        *error = m_db->error();
        m_db.reset();
        return false;
    }
    return true;
}

void CacheWriter::write(const OrgSnapshot &snapshot, const QString &source, int requests, quint64 ticket)
{
    QString error;
    if (!ensureOpen(&error)) {
        emit failed(ticket, snapshot.organization.id, error);
        return;
    }
    SnapshotStore store(*m_db);
    store.setRetention(m_retention);
    const qint64 id = store.write(snapshot, source, requests);
    if (id == 0)
        emit failed(ticket, snapshot.organization.id, store.error());
    else
        emit written(ticket, snapshot.organization.id, id);
}
