// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
// apiaccess events: the organization's events that concern API access.
#include "CliShared.h"

#include "JsonMapping.h"

#include <algorithm>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Cli {

// The organization's events that concern API access, as the last sync read them (newest first).
int events(const QStringList &arguments)
{
    Common c;
    const QCommandLineOption since(
        u"since"_s,
        QCoreApplication::translate("cli",
                                    "Only events at or after DATE (2026-03-12, or 2026-03-12T14:02Z)."),
        u"DATE"_s);
    const QCommandLineOption type(
        u"type"_s,
        QCoreApplication::translate("cli",
                                    "Only event types that start with PREFIX (API_KEY_, ORG_PUBLIC_API_, …); "
                                    "may be given more than once."),
        u"PREFIX"_s);
    if (auto code
        = prepare(c, arguments, u"events"_s,
                  QCoreApplication::translate("cli",
                                              "Who changed which API key or setting, from where and "
                                              "when: the organization's events feed as the last sync "
                                              "read it, newest first."),
                  {since, type}, {Ok, Usage, CacheProblem, NotFound}))
        return *code;
    QDateTime from;
    if (c.parser.isSet(since)) {
        const QString text = c.parser.value(since).trimmed();
        from = QDateTime::fromString(text, Qt::ISODate);
        if (!from.isValid()) {
            const QDate day = QDate::fromString(text, Qt::ISODate);
            if (day.isValid())
                from = day.startOfDay(Qt::UTC);
        }
        if (!from.isValid()) {
            err(QCoreApplication::translate("cli",
                                            "events: --since takes a date such as 2026-03-12 or "
                                            "2026-03-12T14:02Z, not '%1'.")
                    .arg(shortened(text)));
            return Usage;
        }
    }
    const QStringList prefixes = c.parser.values(type);
    for (const QString &prefix : prefixes) {
        static const QRegularExpression name(u"^[A-Za-z_]{1,80}$"_s);
        if (!name.match(prefix).hasMatch()) {
            err(QCoreApplication::translate("cli",
                                            "events: --type takes the start of an event type name, letters "
                                            "and underscores (API_KEY_), not '%1'.")
                    .arg(shortened(prefix)));
            return Usage;
        }
    }
    const OrgSnapshot &s = *c.snapshot;
    if (!s.eventsReadAt.isValid()) {
        err(QCoreApplication::translate("cli",
                                        "No events of %1 are cached: the last sync could not read the "
                                        "organization's events feed%2. Reading it needs the Organization "
                                        "Member role; sync again once the key has it.")
                .arg(c.orgId,
                     s.eventsState.reason.isEmpty() ? QString() : u" ("_s + s.eventsState.reason + u')'));
        return NotFound;
    }
    QJsonArray array;
    const QHash<QString, QString> names = s.descriptionsByPublicKey();
    for (const ApiEvent &e : s.events) {
        if (from.isValid() && e.created < from)
            continue;
        if (!prefixes.isEmpty() && std::none_of(prefixes.begin(), prefixes.end(), [&](const QString &p) {
                return e.eventTypeName.startsWith(p, Qt::CaseInsensitive);
            }))
            continue;
        if (c.json) {
            QJsonObject o = Json::toJson(e);
            o.insert("summary"_L1, OrgSnapshot::eventSummary(e, names));
            array.append(o);
            continue;
        }
        out(u"%1  %2"_s.arg(isoDate(e.created), OrgSnapshot::eventSummary(e, names)));
    }
    if (c.json)
        out(QString::fromUtf8(QJsonDocument(QJsonObject{{"orgId"_L1, c.orgId},
                                                        {"readAt"_L1, isoDate(s.eventsReadAt)},
                                                        {"complete"_L1, s.eventsState.readable},
                                                        {"events"_L1, array}})
                                  .toJson(QJsonDocument::Indented)));
    else if (!s.eventsState.readable)
        err(QCoreApplication::translate("cli",
                                        "The last sync could not read the feed (%1): these are the "
                                        "events read up to %2.")
                .arg(s.eventsState.reason, isoDate(s.eventsReadAt)));
    return Ok;
}

} // namespace Cli
