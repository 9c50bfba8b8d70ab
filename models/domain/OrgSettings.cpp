// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "OrgSettings.h"

OrgSettings OrgSettings::known(bool required)
{
    OrgSettings s;
    s.requirement = required ? WhitelistRequirement::Required : WhitelistRequirement::NotRequired;
    s.unknownReason = UnknownReason::None;
    return s;
}

OrgSettings OrgSettings::unknown(UnknownReason reason, const QString &detail)
{
    OrgSettings s;
    s.requirement = WhitelistRequirement::Unknown;
    s.unknownReason = reason;
    s.detail = detail;
    return s;
}

QString OrgSettings::unknownExplanation() const
{
    switch (unknownReason) {
    case UnknownReason::None:
        return {};
    case UnknownReason::NotRead:
        return tr("The setting has not been read from the server yet.");
    case UnknownReason::NotExposedByServer:
        return tr("This server does not expose the setting through its API; see the organization's "
                  "settings page in the web console.");
    case UnknownReason::NotReadable:
        return tr("The API key in use may not read the organization's settings.");
    case UnknownReason::NotInAnswer:
        return tr("The server accepted the change without saying the new value; the next sync reads it.");
    }
    return {};
}

QString OrgSettings::requirementText(WhitelistRequirement requirement)
{
    switch (requirement) {
    case WhitelistRequirement::Required:
        return tr("on");
    case WhitelistRequirement::NotRequired:
        return tr("off");
    case WhitelistRequirement::Unknown:
        break;
    }
    return tr("unknown");
}
