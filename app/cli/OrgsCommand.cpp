// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
// apiaccess orgs: the organizations the caches hold.
#include "CliShared.h"

#include "CacheDatabase.h"
#include "SnapshotStore.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

using namespace Qt::StringLiterals;

namespace Cli {

int orgs(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption profile(
        u"profile"_s, QCoreApplication::translate("cli", "Only this profile's cache."), u"NAME"_s);
    const QCommandLineOption json(u"json"_s, QCoreApplication::translate("cli", "Print JSON."));
    const QCommandLineOption ids(u"ids"_s,
                                 QCoreApplication::translate("cli",
                                                             "Only the organization IDs, one per line "
                                                             "(for completion)."));
    if (auto code = parseListing(parser, arguments, u"orgs"_s,
                                 QCoreApplication::translate("cli",
                                                             "The cached organizations: per profile, the "
                                                             "last sync and how many snapshots are kept."),
                                 {profile, json, ids}))
        return *code;
    const QStringList names
        = parser.isSet(profile) ? QStringList{cacheNameOf(parser.value(profile))} : cacheNames();
    if (parser.isSet(profile)
        && !QFileInfo::exists(profilesRoot() + u'/' + names.first() + u"/cache.sqlite"_s)) {
        err(QCoreApplication::translate("cli", "Profile %1 has no cache yet.")
                .arg(shortened(parser.value(profile))));
        return NotFound;
    }
    QJsonArray array;
    QSet<QString> listedIds; // --ids: each organization once, whichever caches hold it
    for (const QString &name : names) {
        CacheDatabase db;
        if (!db.open(profilesRoot() + u'/' + name + u"/cache.sqlite"_s)) {
            err(db.error());
            return CacheProblem;
        }
        SnapshotStore store(db);
        for (const auto &cached : store.organizations()) {
            if (parser.isSet(ids)) {
                if (!listedIds.contains(cached.organization.id))
                    out(cached.organization.id);
                listedIds.insert(cached.organization.id);
                continue;
            }
            const int kept = int(store.history(cached.organization.id).size());
            if (parser.isSet(json)) {
                array.append(QJsonObject{{"profile"_L1, profileOfCache(name)},
                                         {"id"_L1, cached.organization.id},
                                         {"name"_L1, cached.organization.name},
                                         {"lastSync"_L1, isoDate(cached.latest.lastSeen())},
                                         {"snapshots"_L1, kept}});
                continue;
            }
            out(u"%1  %2  %3  %4  %5"_s.arg(
                profileOfCache(name), cached.organization.id, cached.organization.name,
                isoDate(cached.latest.lastSeen()),
                QCoreApplication::translate("cli", "%n snapshot(s)", nullptr, kept)));
        }
    }
    if (parser.isSet(json))
        out(QString::fromUtf8(
            QJsonDocument(QJsonObject{{"organizations"_L1, array}}).toJson(QJsonDocument::Indented)));
    return Ok;
}

} // namespace Cli
