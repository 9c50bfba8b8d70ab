// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SnapshotRowJson.h"

#include "JsonMapping.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace SnapshotRows::RowJson {

namespace {

// The one string table of where a known setting comes from.
constexpr std::pair<OrgSettings::Source, const char *> SourceNames[] = {
    {OrgSettings::Source::SettingsEndpoint, "settingsEndpoint"},
    {OrgSettings::Source::Events, "events"},
    {OrgSettings::Source::Refusal, "refusal"},
};

// The one string table of the reasons a setting is unknown (persisted; older caches hold the number).
constexpr std::pair<OrgSettings::UnknownReason, const char *> ReasonNames[] = {
    {OrgSettings::UnknownReason::None, "none"},
    {OrgSettings::UnknownReason::NotRead, "notRead"},
    {OrgSettings::UnknownReason::NotExposedByServer, "notExposedByServer"},
    {OrgSettings::UnknownReason::NotReadable, "notReadable"},
    {OrgSettings::UnknownReason::NotInAnswer, "notInAnswer"},
};

QString reasonName(OrgSettings::UnknownReason reason)
{
    for (const auto &[r, name] : ReasonNames) {
        if (r == reason)
            return QString::fromLatin1(name);
    }
    return u"notRead"_s;
}

OrgSettings::UnknownReason reasonFrom(const QJsonValue &v)
{
    if (v.isDouble()) { // schema 3 and older wrote the enum's number
        const int n = v.toInt();
        return n >= 0 && n <= int(OrgSettings::UnknownReason::NotReadable)
            ? OrgSettings::UnknownReason(n)
            : OrgSettings::UnknownReason::NotRead;
    }
    for (const auto &[r, name] : ReasonNames) {
        if (v.toString() == QLatin1StringView(name))
            return r;
    }
    return OrgSettings::UnknownReason::NotRead;
}

} // namespace

QByteArray canonical(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact); // keys are sorted: equal data, equal bytes
}

QJsonObject readability(const Readability &r)
{
    return {{"readable"_L1, r.readable}, {"reason"_L1, r.reason}};
}

Readability readabilityFrom(const QJsonObject &o)
{
    return {o.value("readable"_L1).toBool(true), o.value("reason"_L1).toString()};
}

QJsonObject settingsJson(const OrgSettings &s)
{
    const char *requirement = s.requirement == WhitelistRequirement::Required ? "required"
        : s.requirement == WhitelistRequirement::NotRequired                  ? "notRequired"
                                                                              : "unknown";
    QJsonObject o{{"requirement"_L1, QLatin1StringView(requirement)},
                  {"reason"_L1, reasonName(s.unknownReason)},
                  {"detail"_L1, s.detail}};
    if (s.source != OrgSettings::Source::SettingsEndpoint) {
        for (const auto &[source, name] : SourceNames) {
            if (source == s.source)
                o.insert("source"_L1, QLatin1StringView(name));
        }
    }
    if (s.since.isValid())
        o.insert("since"_L1, Json::formatDate(s.since));
    if (!s.changedBy.isEmpty())
        o.insert("changedBy"_L1, s.changedBy);
    if (!s.changedFrom.isEmpty())
        o.insert("changedFrom"_L1, s.changedFrom);
    if (!s.security.isEmpty())
        o.insert("security"_L1, s.security);
    return o;
}

OrgSettings settingsFrom(const QJsonObject &o)
{
    const QString requirement = o.value("requirement"_L1).toString();
    if (requirement != "required"_L1 && requirement != "notRequired"_L1)
        return OrgSettings::unknown(reasonFrom(o.value("reason"_L1)), o.value("detail"_L1).toString());
    OrgSettings s = OrgSettings::known(requirement == "required"_L1);
    for (const auto &[source, name] : SourceNames) {
        if (o.value("source"_L1).toString() == QLatin1StringView(name))
            s.source = source;
    }
    s.since = QDateTime::fromString(o.value("since"_L1).toString(), Qt::ISODate);
    s.changedBy = o.value("changedBy"_L1).toString();
    s.changedFrom = o.value("changedFrom"_L1).toString();
    const QJsonObject security = o.value("security"_L1).toObject();
    for (const QString &field : OrgSettings::securityFields()) {
        if (security.contains(field))
            s.security.insert(field, security.value(field));
    }
    return s;
}

QJsonObject readAt(QJsonObject o, const QDateTime &at)
{
    if (at.isValid())
        o.insert("readAt"_L1, Json::formatDate(at));
    return o;
}

QDateTime readAtFrom(const QJsonObject &o)
{
    return QDateTime::fromString(o.value("readAt"_L1).toString(), Qt::ISODate);
}

} // namespace SnapshotRows::RowJson
