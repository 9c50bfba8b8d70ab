// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

// The Atlas Administration API v2 serves each resource in versions named by date; a request names the
// version it was written against in Accept (and Content-Type for a body): application/vnd.atlas.DATE+json.
// The one table of the versions this console speaks (models/api/README.md, "Atlas").
namespace AtlasMediaTypes {

// The resource version this console was written against for an API path (relative to /api/atlas/v2).
QByteArray versionFor(const QString &path);
// application/vnd.atlas.<versionFor(path)>+json
QByteArray mediaTypeFor(const QString &path);

} // namespace AtlasMediaTypes
