// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AccessRules.h"

#include <QCoreApplication>
#include <QString>

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

    WhitelistRequirement requirement = WhitelistRequirement::Unknown;
    UnknownReason unknownReason = UnknownReason::NotRead;
    QString detail; // what the server said, when it refused

    static OrgSettings known(bool required);
    static OrgSettings unknown(UnknownReason reason, const QString &detail = {});
    QString unknownExplanation() const;
    // "on", "off" or "unknown", for sentences such as "changed from off to on".
    static QString requirementText(WhitelistRequirement requirement);

    friend bool operator==(const OrgSettings &, const OrgSettings &) = default;
};
