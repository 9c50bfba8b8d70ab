// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "OrgSettings.h"

#include "DateText.h"

using namespace Qt::StringLiterals;

const QStringList &OrgSettings::securityFields()
{
    static const QStringList fields{u"multiFactorAuthRequired"_s, u"restrictEmployeeAccess"_s,
                                    u"maxServiceAccountSecretValidityInHours"_s};
    return fields;
}

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

OrgSettings OrgSettings::fromRefusal()
{
    OrgSettings s = known(true);
    s.source = Source::Refusal;
    return s;
}

OrgSettings OrgSettings::fromEvent(const ApiEvent &event)
{
    OrgSettings s = known(event.kind() == ApiEvent::Kind::RequirementOn);
    s.source = Source::Events;
    s.since = event.created;
    s.changedBy = event.actor();
    s.changedFrom = event.remoteAddress;
    return s;
}

OrgSettings OrgSettings::withEvents(const OrgSettings &read, const ApiEvents &events)
{
    if (read.requirement != WhitelistRequirement::Unknown)
        return read;
    const ApiEvent *change = ApiEventLog::newestRequirementChange(events);
    return change ? fromEvent(*change) : read;
}

QString OrgSettings::sourceText() const
{
    if (requirement == WhitelistRequirement::Unknown)
        return {};
    const bool on = requirement == WhitelistRequirement::Required;
    switch (source) {
    case Source::SettingsEndpoint:
        return {};
    case Source::Refusal:
        return tr("On — the server refused a request with ORG_REQUIRES_ACCESS_LIST, which it does only "
                  "while the requirement is on.");
    case Source::Events: {
        const QString when = DateText::shown(since);
        const QString by = changedFrom.isEmpty() ? changedBy : tr("%1 from %2").arg(changedBy, changedFrom);
        return on ? tr("On since %1, turned on by %2 — from the organization's events.").arg(when, by)
                  : tr("Off since %1, turned off by %2 — from the organization's events.").arg(when, by);
    }
    }
    return {};
}

QString OrgSettings::unknownExplanation() const
{
    switch (unknownReason) {
    case UnknownReason::None:
        return {};
    case UnknownReason::NotRead:
        return tr("The setting has not been read from the server yet.");
    case UnknownReason::NotExposedByServer:
        return tr("This server does not expose the setting through its API, and the organization's "
                  "events name no change of it; see the organization's settings page in the web console.");
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
