// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AccessListEntry.h"
#include "ApiEvent.h"
#include "ApiKey.h"
#include "GlobalAccessEntry.h"
#include "Organization.h"
#include "OrgSettings.h"
#include "ServiceAccount.h"

#include <QJsonObject>
#include <QList>

#include <optional>

// Mapping of every entity to and from the documented JSON shapes (models/api/README.md).
// Unknown fields are ignored; a missing required field or a field of the wrong type is an error
// naming the field.
namespace Json {

template<typename T> struct Parsed
{
    std::optional<T> value;
    QString error;

    bool ok() const { return value.has_value(); }
};

// One page of a list response: results, totalCount, links.
template<typename T> struct Page
{
    QList<T> results;
    qint64 totalCount = 0;
    QString nextHref; // empty on the last page
};

Parsed<Organization> organization(const QJsonValue &value,
                                  const QString &path = QStringLiteral("organization"));
Parsed<Project> project(const QJsonValue &value, const QString &path = QStringLiteral("project"));
Parsed<RoleAssignment> role(const QJsonValue &value, const QString &path = QStringLiteral("role"));
Parsed<ApiKey> apiKey(const QJsonValue &value, const QString &path = QStringLiteral("apiKey"));
Parsed<AccessListEntry> accessListEntry(const QJsonValue &value,
                                        const QString &path = QStringLiteral("accessListEntry"));
// {"apiAccessListRequired": bool}
// An events-feed entry; the whitelist entry comes as accessListEntry (Ops Manager 5.0+, Cloud Manager)
// or whitelistEntry (older servers, Atlas): both are read.
Parsed<ApiEvent> event(const QJsonValue &value, const QString &path = QStringLiteral("event"));
Parsed<OrgSettings> orgSettings(const QJsonValue &value, const QString &path = QStringLiteral("settings"));

Parsed<Page<Organization>> organizationPage(const QJsonValue &value);
Parsed<Page<Project>> projectPage(const QJsonValue &value);
Parsed<Page<ApiKey>> apiKeyPage(const QJsonValue &value);
Parsed<Page<AccessListEntry>> accessListPage(const QJsonValue &value);
Parsed<Page<ApiEvent>> eventPage(const QJsonValue &value);
// GET /orgs/{ORG-ID}/users: id and username of each user (other fields are not read).
Parsed<OrgUser> orgUser(const QJsonValue &value, const QString &path = QStringLiteral("user"));
Parsed<Page<OrgUser>> orgUserPage(const QJsonValue &value);
QJsonObject toJson(const OrgUser &user);

QJsonObject toJson(const Organization &org);
QJsonObject toJson(const Project &project);
QJsonObject toJson(const RoleAssignment &role);
QJsonObject toJson(const ApiKey &key);
QJsonObject toJson(const AccessListEntry &entry);
// Known settings only; an unknown requirement has no JSON form.
QJsonObject toJson(const OrgSettings &settings);
QJsonObject toJson(const ApiEvent &event);

QString formatDate(const QDateTime &dateTime);

// Service accounts. An account's access-list entries name their fields
// createdAt, lastUsedAt, lastUsedAddress and requestCount — not created, lastUsed, count as a key's do —
// and are read into the same AccessListEntry.
Parsed<ServiceAccountSecret> serviceAccountSecret(const QJsonValue &value,
                                                  const QString &path = QStringLiteral("secret"));
Parsed<ServiceAccount> serviceAccount(const QJsonValue &value,
                                      const QString &path = QStringLiteral("serviceAccount"));
Parsed<AccessListEntry> serviceAccountEntry(const QJsonValue &value,
                                            const QString &path = QStringLiteral("accessListEntry"));
Parsed<Page<ServiceAccount>> serviceAccountPage(const QJsonValue &value);
// GET /orgs/{ORG-ID}/serviceAccounts/{CLIENT-ID}/groups: {groupId, roles[]} per project.
Parsed<Page<ServiceAccountProject>> serviceAccountProjectPage(const QJsonValue &value);
Parsed<Page<AccessListEntry>> serviceAccountEntryPage(const QJsonValue &value);
// The full secret value is written only when the secret holds it (the answer that creates it).
QJsonObject toJson(const ServiceAccountSecret &secret);
QJsonObject toJson(const ServiceAccount &account);
QJsonObject serviceAccountEntryJson(const AccessListEntry &entry);

// Ops Manager's global access list: {id, cidrBlock, description, created, updated, type}.
Parsed<GlobalAccessEntry> globalAccessEntry(const QJsonValue &value,
                                            const QString &path = QStringLiteral("globalAccessListEntry"));
Parsed<Page<GlobalAccessEntry>> globalAccessEntryPage(const QJsonValue &value);
QJsonObject toJson(const GlobalAccessEntry &entry);

} // namespace Json
