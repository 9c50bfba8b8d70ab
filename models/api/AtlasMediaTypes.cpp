// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AtlasMediaTypes.h"

#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace AtlasMediaTypes {

namespace {

// A path segment, and the version of the resources under it; the first that a path contains wins, the
// last entry is every other resource. Dates from the specification (api-accounts-atlas.md §1.0):
// service accounts, their secrets, access lists and projects 2024-08-05; organization settings, API keys,
// their access lists, project keys, events, organizations and projects 2023-01-01.
constexpr std::array<std::pair<const char *, const char *>, 2> Versions{{
    {"/serviceAccounts", "2024-08-05"},
    {"", "2023-01-01"},
}};

} // namespace

QByteArray versionFor(const QString &path)
{
    const QString bare = path.left(path.indexOf(u'?') < 0 ? path.size() : path.indexOf(u'?'));
    for (const auto &[segment, version] : Versions) {
        const QString s = QString::fromLatin1(segment);
        if (s.isEmpty() || bare.contains(s + u'/') || bare.endsWith(s))
            return QByteArray(version);
    }
    return QByteArray(Versions.back().second);
}

QByteArray mediaTypeFor(const QString &path)
{
    return "application/vnd.atlas." + versionFor(path) + "+json";
}

} // namespace AtlasMediaTypes
