// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AccessRules.h"
#include "ApiEvent.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>

// The organization setting "Require IP Whitelist for Public API" (models/api/README.md): known when the
// server exposes GET /orgs/{ORG-ID}/settings, otherwise unknown with the reason.
struct OrgSettings
{
    Q_DECLARE_TR_FUNCTIONS(OrgSettings)
public:
    enum class UnknownReason {
        None,
        NotRead, // not asked yet
        NotExposedByServer, // the server answered 404/405 to /settings
        NotReadable, // the key may not read it
        NotInAnswer, // the server accepted a change without saying the new value
    };

    // Where a known value comes from.
    enum class Source {
        SettingsEndpoint, // GET/PATCH /orgs/{ORG-ID}/settings answered it
        Events, // the newest ORG_PUBLIC_API_(ACCESS_LIST|WHITELIST)_(NOT_)REQUIRED event
        Refusal, // the server refused a request with ORG_REQUIRES_ACCESS_LIST: it is on
    };

    WhitelistRequirement requirement = WhitelistRequirement::Unknown;
    UnknownReason unknownReason = UnknownReason::NotRead;
    QString detail; // what the server said, when it refused
    Source source = Source::SettingsEndpoint;
    // From the event that last changed it (Source::Events).
    QDateTime since;
    QString changedBy;
    QString changedFrom;
    // Atlas's settings endpoint answers the organization's other security settings too; kept as read, by
    // their API field names (only those in SecurityFields), and shown read-only beside the requirement.
    QJsonObject security;
    static const QStringList &securityFields(); // multiFactorAuthRequired, restrictEmployeeAccess, …

    static OrgSettings known(bool required);
    static OrgSettings unknown(UnknownReason reason, const QString &detail = {});
    static OrgSettings fromRefusal();
    static OrgSettings fromEvent(const ApiEvent &event);
    // What a settings read said, completed by the feed: where the read left the value unknown, the newest
    // change event decides; a value read or proven by a refusal stays.
    static OrgSettings withEvents(const OrgSettings &read, const ApiEvents &events);
    QString unknownExplanation() const;
    // Where a known value comes from, in words: "On since 12 Mar 2026 14:02, turned on by
    // alice@example.com from 198.51.100.7 — from the organization's events". Empty for the endpoint.
    QString sourceText() const;
    // "on", "off" or "unknown", for sentences such as "changed from off to on".
    static QString requirementText(WhitelistRequirement requirement);

    friend bool operator==(const OrgSettings &, const OrgSettings &) = default;
};
