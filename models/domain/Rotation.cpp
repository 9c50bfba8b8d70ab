// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Rotation.h"

#include <QJsonArray>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

QJsonArray toArray(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QStringList toStrings(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &v : value.toArray())
        list.append(v.toString());
    return list;
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

} // namespace

RotationPlan RotationPlan::of(const KeyRecord &old, const QDate &today)
{
    RotationPlan plan;
    const QString suffix = u" (rotated %1)"_s.arg(today.toString(u"yyyy-MM"_s));
    plan.description = old.key.desc.left(250 - suffix.size()) + suffix;
    plan.orgRoles = old.key.orgRoleNames();
    for (const QString &groupId : old.key.projectIds())
        plan.projects.append({groupId, old.key.projectRoleNames(groupId)});
    for (const AccessListEntry &e : old.accessList) {
        if (e.block().isValid())
            plan.entries.append(e.block().toString());
    }
    return plan;
}

QStringList RotationPlan::differences(const ApiKey &key, const QList<AccessListEntry> &accessList) const
{
    QStringList lines;
    if (key.desc != description)
        lines.append(tr("description: “%1”, not “%2”").arg(key.desc, description));
    if (sorted(key.orgRoleNames()) != sorted(orgRoles))
        lines.append(tr("organization roles: %1, not %2")
                         .arg(sorted(key.orgRoleNames()).join(u", "_s), sorted(orgRoles).join(u", "_s)));
    QStringList projectIds = key.projectIds();
    for (const Project &p : projects) {
        const QStringList has = sorted(key.projectRoleNames(p.groupId));
        if (has.isEmpty())
            lines.append(tr("project %1: not assigned").arg(p.groupId));
        else if (has != sorted(p.roles))
            lines.append(tr("project %1: roles %2, not %3")
                             .arg(p.groupId, has.join(u", "_s), sorted(p.roles).join(u", "_s)));
        projectIds.removeAll(p.groupId);
    }
    for (const QString &extra : std::as_const(projectIds))
        lines.append(tr("project %1: assigned, but not in the plan").arg(extra));
    QStringList listed;
    for (const AccessListEntry &e : accessList)
        listed.append(e.block().toString());
    for (const QString &entry : entries) {
        if (!listed.removeOne(entry))
            lines.append(tr("access list: %1 missing").arg(entry));
    }
    for (const QString &extra : std::as_const(listed))
        lines.append(tr("access list: %1, not in the plan").arg(extra));
    return lines;
}

QString Rotation::stepName(Step step)
{
    switch (step) {
    case Step::Planned:
        return u"planned"_s;
    case Step::Created:
        return u"created"_s;
    case Step::Ready:
        return u"ready"_s;
    }
    return {};
}

std::optional<Rotation::Step> Rotation::stepFromName(const QString &name)
{
    for (const Step step : {Step::Planned, Step::Created, Step::Ready}) {
        if (stepName(step) == name)
            return step;
    }
    return std::nullopt;
}

QJsonObject Rotation::toJson() const
{
    QJsonArray projects;
    for (const RotationPlan::Project &p : plan.projects)
        projects.append(QJsonObject{{u"groupId"_s, p.groupId}, {u"roles"_s, toArray(p.roles)}});
    const auto time
        = [](const QDateTime &t) { return t.isValid() ? t.toString(Qt::ISODateWithMs) : QString(); };
    return {
        {u"orgId"_s, orgId},
        {u"oldKeyId"_s, oldKeyId},
        {u"oldPublicKey"_s, oldPublicKey},
        {u"oldDescription"_s, oldDescription},
        {u"newKeyId"_s, newKeyId},
        {u"newPublicKey"_s, newPublicKey},
        {u"plan"_s,
         QJsonObject{{u"description"_s, plan.description},
                     {u"orgRoles"_s, toArray(plan.orgRoles)},
                     {u"projects"_s, projects},
                     {u"entries"_s, toArray(plan.entries)}}},
        {u"keysBefore"_s, toArray(keysBefore)},
        {u"step"_s, stepName(step)},
        {u"startedAt"_s, time(startedAt)},
        {u"newKeyCreatedAt"_s, time(newKeyCreatedAt)},
        {u"updatedAt"_s, time(updatedAt)},
        {u"problem"_s, problem},
    };
}

std::optional<Rotation> Rotation::fromJson(const QJsonObject &o)
{
    Rotation r;
    const auto step = stepFromName(o.value("step"_L1).toString());
    r.orgId = o.value("orgId"_L1).toString();
    r.oldKeyId = o.value("oldKeyId"_L1).toString();
    if (!step || r.orgId.isEmpty() || r.oldKeyId.isEmpty())
        return std::nullopt;
    r.step = *step;
    r.oldPublicKey = o.value("oldPublicKey"_L1).toString();
    r.oldDescription = o.value("oldDescription"_L1).toString();
    r.newKeyId = o.value("newKeyId"_L1).toString();
    r.newPublicKey = o.value("newPublicKey"_L1).toString();
    const QJsonObject plan = o.value("plan"_L1).toObject();
    r.plan.description = plan.value("description"_L1).toString();
    r.plan.orgRoles = toStrings(plan.value("orgRoles"_L1));
    for (const QJsonValue &p : plan.value("projects"_L1).toArray())
        r.plan.projects.append(
            {p.toObject().value("groupId"_L1).toString(), toStrings(p.toObject().value("roles"_L1))});
    r.plan.entries = toStrings(plan.value("entries"_L1));
    r.keysBefore = toStrings(o.value("keysBefore"_L1));
    const auto time = [&](QLatin1StringView name) {
        return QDateTime::fromString(o.value(name).toString(), Qt::ISODateWithMs);
    };
    r.startedAt = time("startedAt"_L1);
    r.newKeyCreatedAt = time("newKeyCreatedAt"_L1);
    r.updatedAt = time("updatedAt"_L1);
    r.problem = o.value("problem"_L1).toString();
    if (r.step != Step::Planned && r.newKeyId.isEmpty())
        return std::nullopt;
    return r;
}
