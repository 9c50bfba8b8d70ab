// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "HygieneReport.h"
#include "Note.h"
#include "OrgSnapshot.h"

#include <QByteArray>
#include <QHash>

// Exports of one organization's snapshot, with local notes and findings. Only the masked private keys
// the cache holds exist here, and even those are left out: no export carries any private key.
struct ExportInput
{
    OrgSnapshot snapshot;
    Notes keyNotes;
    Notes entryNotes;
    QList<Finding> findings;
};

namespace Exporter {

// projectRoles: each project as "NAME: ROLE+ROLE" ("; " between projects, the project's ID where its
// name is not known), with projectIds beside it for scripts.
QByteArray keysCsv(const ExportInput &in);
QByteArray entriesCsv(const ExportInput &in);
// The service accounts, one line each: client ID, name, description, roles, secrets (how many, how many
// live, the next expiry, the last use — never a secret's value), the access list and whether it was read.
QByteArray serviceAccountsCsv(const ExportInput &in);
// The hygiene report's findings: severity, kind, key, entry, message.
QByteArray findingsCsv(const ExportInput &in);
// The API's own field names: id, publicKey, desc, roles[{orgId|groupId, roleName}],
// accessList[{ipAddress, cidrBlock, created, count, lastUsed, lastUsedAddress}], plus notes.
QByteArray json(const ExportInput &in);
QByteArray markdown(const ExportInput &in);
QString html(const ExportInput &in);
// "API access report: <organization>": the heading of the reports and the PDF's document title.
QString reportTitle(const ExportInput &in);

// RFC 4180 quoting.
QString csvField(const QString &value);

} // namespace Exporter
