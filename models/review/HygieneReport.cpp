// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "HygieneReport.h"

#include "DateText.h"
#include "RoleCatalogue.h"

#include <QHostAddress>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

QString Finding::severityName(Severity s)
{
    switch (s) {
    case Severity::Info:
        return u"info"_s;
    case Severity::Low:
        return u"low"_s;
    case Severity::Medium:
        return u"medium"_s;
    case Severity::High:
        return u"high"_s;
    }
    return {};
}

QString Finding::severityDisplayName(Severity s)
{
    switch (s) {
    case Severity::Info:
        return tr("info");
    case Severity::Low:
        return tr("low");
    case Severity::Medium:
        return tr("medium");
    case Severity::High:
        return tr("high");
    }
    return {};
}

std::optional<Finding::Severity> Finding::severityFromName(QStringView name)
{
    for (Severity s : {Severity::Info, Severity::Low, Severity::Medium, Severity::High}) {
        if (name == severityName(s))
            return s;
    }
    return std::nullopt;
}

QString Finding::kindName(Kind k)
{
    static const char *const names[] = {"emptyWhitelist",
                                        "unusedKey",
                                        "neverUsedKey",
                                        "unusedEntry",
                                        "broadBlock",
                                        "duplicateEntry",
                                        "coveredEntry",
                                        "organizationOwner",
                                        "notReadable",
                                        "noProject",
                                        "changeFromOutsideWhitelist",
                                        "requirementTurnedOff",
                                        "creatorGone",
                                        "secretExpiring",
                                        "secretNeverUsed",
                                        "noLiveSecret",
                                        "expiredSecret",
                                        "globalOwner",
                                        "globalListEmpty",
                                        "dueForRotation",
                                        "rotationLeftOpen",
                                        "useFromOutsideEntries"};
    return QString::fromLatin1(names[int(k)]);
}

QJsonObject Finding::toJson() const
{
    return {{QLatin1StringView("severity"), severityName(severity)},
            {QLatin1StringView("kind"), kindName(kind)},
            {QLatin1StringView("subject"), serviceAccount ? u"serviceAccount"_s : u"apiKey"_s},
            {QLatin1StringView("message"), message},
            {QLatin1StringView("id"), keyId},
            {QLatin1StringView("publicKey"),
             serviceAccount ? QJsonValue(QJsonValue::Null) : QJsonValue(publicKey)},
            {QLatin1StringView("entry"), entry.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(entry)}};
}

namespace {

// The words of the entry check (README): IPv4 /9–/15 and IPv6 /33–/47 are broad, wider is very broad and
// rated high. The severity and the sentence, or nothing for a block that is not broad.
std::optional<std::pair<Finding::Severity, QString>> broadBlock(const IpBlock &b, const QString &value,
                                                                const QString &owner)
{
    if (!b.isBroad())
        return std::nullopt;
    const bool veryBroad = b.breadth() == IpBlock::Breadth::VeryBroad;
    return std::pair{veryBroad ? Finding::Severity::High : Finding::Severity::Medium,
                     (veryBroad ? Finding::tr("%1 on %2 is a very broad block (%3 addresses).")
                                : Finding::tr("%1 on %2 is a broad block (%3 addresses)."))
                         .arg(value, owner, b.sizeText())};
}

// What the organization's events show: whitelist changes a key made from outside its own whitelist, and
// the requirement turned off recently.
void eventFindings(const OrgSnapshot &snapshot, const HygieneOptions &options, QList<Finding> *findings)
{
    // Keys whose creator (a user, by the creation event) is no longer a user of the organization: someone
    // should take them over. Only where the users could be read.
    if (snapshot.usersState.readable && !snapshot.users.isEmpty()) {
        QSet<QString> users;
        for (const OrgUser &u : snapshot.users)
            users.insert(u.username.toLower());
        // The newest creation event of each public key, found in one pass (not a pass per key).
        QHash<QString, const ApiEvent *> creations;
        for (const ApiEvent &e : snapshot.events) {
            if (e.kind() == ApiEvent::Kind::KeyCreated && !e.targetPublicKey.isEmpty()
                && !creations.contains(e.targetPublicKey))
                creations.insert(e.targetPublicKey, &e);
        }
        for (const KeyRecord &k : snapshot.keys) {
            const ApiEvent *created = creations.value(k.key.publicKey);
            if (!created || created->username.isEmpty() || users.contains(created->username.toLower()))
                continue;
            findings->append(
                {Finding::Severity::Medium,
                 Finding::Kind::CreatorGone,
                 Finding::tr("%1 (%2) was created on %3 by %4, who is no longer a user of the "
                             "organization: find who owns it now.")
                     .arg(k.key.desc, k.key.publicKey, DateText::shown(created->created), created->username),
                 k.key.id,
                 k.key.publicKey,
                 {}});
        }
    }
    QSet<QString> reported; // one finding per acting key and address
    QHash<QString, const KeyRecord *> keysById;
    for (const KeyRecord &k : snapshot.keys)
        keysById.insert(k.key.id, &k);
    for (const ApiEvent &e : snapshot.events) {
        const ApiEvent::Kind kind = e.kind();
        if (kind == ApiEvent::Kind::RequirementOff && e.created.isValid()
            && e.created.daysTo(options.now) <= options.recentDays) {
            const bool stillOff = snapshot.settings.requirement != WhitelistRequirement::Required;
            findings->append(
                {stillOff ? Finding::Severity::High : Finding::Severity::Medium,
                 Finding::Kind::RequirementTurnedOff,
                 Finding::tr("Require IP Whitelist for Public API was turned off on %1 by %2%3.")
                     .arg(DateText::shown(e.created), e.actor(),
                          e.remoteAddress.isEmpty() ? QString()
                                                    : Finding::tr(" from %1").arg(e.remoteAddress)),
                 {},
                 {},
                 {}});
            continue;
        }
        if ((kind != ApiEvent::Kind::EntryAdded && kind != ApiEvent::Kind::EntryDeleted)
            || e.apiKeyId.isEmpty() || e.remoteAddress.isEmpty())
            continue;
        const KeyRecord *actor = keysById.value(e.apiKeyId);
        const auto address = IpBlock::parse(e.remoteAddress);
        if (!actor || !actor->accessListState.readable || actor->accessList.isEmpty() || !address.block)
            continue;
        const bool inside
            = std::any_of(actor->accessList.begin(), actor->accessList.end(), [&](const AccessListEntry &a) {
                  const auto block = IpBlock::parse(a.cidrBlock);
                  return block.block && block.block->covers(*address.block);
              });
        if (inside || reported.contains(e.apiKeyId + u'|' + e.remoteAddress))
            continue;
        reported.insert(e.apiKeyId + u'|' + e.remoteAddress);
        findings->append(
            {Finding::Severity::Medium, Finding::Kind::ChangeFromOutsideWhitelist,
             Finding::tr("%1 (%2) changed a whitelist from %3 on %4, an address outside every entry "
                         "of its own whitelist (%5).")
                 .arg(actor->key.desc, actor->key.publicKey, e.remoteAddress, DateText::shown(e.created),
                      snapshot.eventSummary(e)),
             actor->key.id, actor->key.publicKey, e.entry});
    }
}

// The findings of the service accounts: their secrets (expiring, expired, never used, none left) and their
// access lists (empty, unreadable, broad blocks).
void accountFindings(const OrgSnapshot &snapshot, const HygieneOptions &options, QList<Finding> *findings)
{
    const bool required = snapshot.settings.requirement == WhitelistRequirement::Required;
    for (const ServiceAccountRecord &r : snapshot.serviceAccounts) {
        const ServiceAccount &a = r.account;
        const auto add = [&](Finding::Severity severity, Finding::Kind kind, const QString &message,
                             const QString &entry = {}) {
            Finding f{severity, kind, message, a.clientId, a.clientId, entry};
            f.serviceAccount = true;
            findings->append(f);
        };
        const QString name = Finding::tr("Service account %1 (%2)").arg(a.name, a.clientId);
        if (a.roles.contains(u"ORG_OWNER"_s))
            add(Finding::Severity::Info, Finding::Kind::OrganizationOwner,
                Finding::tr("%1 is an Organization Owner: it can change every key and the organization's "
                            "settings.")
                    .arg(name));
        if (a.liveSecrets(options.now) == 0)
            add(Finding::Severity::Medium, Finding::Kind::NoLiveSecret,
                a.secrets.isEmpty()
                    ? Finding::tr("%1 has no secret: nothing can sign in with it.").arg(name)
                    : Finding::tr(
                          "%1 has no unexpired secret: nothing can sign in with it until a new secret "
                          "is added.")
                          .arg(name));
        for (const ServiceAccountSecret &secret : a.secrets) {
            const QString masked = secret.maskedSecretValue.isEmpty() ? secret.id : secret.maskedSecretValue;
            if (secret.expiredAt(options.now)) {
                add(Finding::Severity::Low, Finding::Kind::ExpiredSecret,
                    Finding::tr("The secret %1 of %2 expired on %3 and is still in place: delete it.")
                        .arg(masked, name, DateText::shown(secret.expiresAt)),
                    secret.id);
                continue;
            }
            if (secret.expiresAt.isValid() && options.now.daysTo(secret.expiresAt) <= options.secretDays)
                add(Finding::Severity::Medium, Finding::Kind::SecretExpiring,
                    Finding::tr("The secret %1 of %2 expires on %3, in %n day(s): add a new secret and move "
                                "its clients over.",
                                nullptr, int(std::max<qint64>(0, options.now.daysTo(secret.expiresAt))))
                        .arg(masked, name, DateText::shown(secret.expiresAt)),
                    secret.id);
            if (!secret.lastUsedAt.isValid())
                add(Finding::Severity::Low, Finding::Kind::SecretNeverUsed,
                    Finding::tr("The secret %1 of %2 (created %3) has never been used.")
                        .arg(masked, name, DateText::shown(secret.createdAt)),
                    secret.id);
        }
        if (!r.accessListState.readable) {
            add(Finding::Severity::Medium, Finding::Kind::NotReadable,
                Finding::tr("The access list of %1 could not be read: %2")
                    .arg(name, r.accessListState.reason));
            continue;
        }
        if (r.accessList.isEmpty()) {
            if (required)
                add(Finding::Severity::Medium, Finding::Kind::EmptyWhitelist,
                    Finding::tr("%1 has no access list; the organization requires one, so its tokens work "
                                "from no address.")
                        .arg(name));
            else
                add(Finding::Severity::High, Finding::Kind::EmptyWhitelist,
                    Finding::tr("%1 has no access list: its tokens work from any address.").arg(name));
            continue;
        }
        for (const AccessListEntry &e : r.accessList) {
            const IpBlock b = e.block();
            if (const auto broad = broadBlock(b, e.displayValue(), name))
                add(broad->first, Finding::Kind::BroadBlock, broad->second, e.displayValue());
        }
    }
}

// Ops Manager's instance: its global keys' roles and the global access list, which covers them all (there is
// no usage to read: the server keeps none for global entries).
QList<Finding> instanceFindings(const OrgSnapshot &s)
{
    QList<Finding> findings;
    const auto add
        = [&findings](Finding::Severity severity, Finding::Kind kind, const QString &message,
                      const QString &keyId = {}, const QString &publicKey = {}, const QString &entry = {}) {
              findings.append({severity, kind, message, keyId, publicKey, entry, false});
          };
    for (const KeyRecord &k : s.keys) {
        if (k.key.globalRoleNames().contains(Role::GlobalOwner))
            add(Finding::Severity::Info, Finding::Kind::GlobalOwner,
                Finding::tr("%1 (%2) is a Global Owner: it can change every organization, every key and the "
                            "global access list.")
                    .arg(k.key.desc, k.key.publicKey),
                k.key.id, k.key.publicKey);
    }
    const QString owner = Finding::tr("the global access list");
    if (!s.globalAccessListState.readable) {
        add(Finding::Severity::Medium, Finding::Kind::NotReadable,
            Finding::tr("The global access list could not be read: %1").arg(s.globalAccessListState.reason));
        return findings;
    }
    if (s.globalAccessList.isEmpty() && !s.keys.isEmpty())
        add(Finding::Severity::Medium, Finding::Kind::GlobalListEmpty,
            Finding::tr("The global access list is empty while %n global key(s) exist: either no address may "
                        "use them or any may (Ops Manager's documentation does not say which).",
                        nullptr, int(s.keys.size())));
    for (qsizetype i = 0; i < s.globalAccessList.size(); ++i) {
        const GlobalAccessEntry &e = s.globalAccessList.at(i);
        const IpBlock b = e.block();
        const QString value = e.displayValue();
        if (const auto broad = broadBlock(b, value, owner))
            add(broad->first, Finding::Kind::BroadBlock, broad->second, {}, {}, value);
        for (qsizetype j = 0; j < s.globalAccessList.size(); ++j) {
            const IpBlock other = s.globalAccessList.at(j).block();
            if (i == j || !other.isValid() || !b.isValid())
                continue;
            if (other == b && j < i) {
                add(Finding::Severity::Low, Finding::Kind::DuplicateEntry,
                    Finding::tr("%1 is listed twice on %2.").arg(value, owner), {}, {}, value);
                break;
            }
            if (other.covers(b) && !(other == b)) {
                add(Finding::Severity::Low, Finding::Kind::CoveredEntry,
                    Finding::tr("%1 on %2 is already covered by %3.").arg(value, owner, other.toString()), {},
                    {}, value);
                break;
            }
        }
    }
    return findings;
}

} // namespace

// Rotation: keys older than options.rotationDays by their creation event (one pass over the events),
// rotations left open, and keys used from an address none of their entries holds.
void rotationFindings(const OrgSnapshot &snapshot, const HygieneOptions &options, QList<Finding> *findings)
{
    QHash<QString, QDateTime> createdAt;
    for (const ApiEvent &e : snapshot.events) {
        if (e.kind() == ApiEvent::Kind::KeyCreated && !e.targetPublicKey.isEmpty() && e.created.isValid()
            && !createdAt.contains(e.targetPublicKey))
            createdAt.insert(e.targetPublicKey, e.created);
    }
    QSet<QString> rotating;
    for (const Rotation &r : options.rotations) {
        rotating.insert(r.oldKeyId);
        const qint64 days = r.startedAt.isValid() ? r.startedAt.daysTo(options.now) : 0;
        if (days > options.openRotationDays)
            findings->append(
                {Finding::Severity::Medium,
                 Finding::Kind::RotationLeftOpen,
                 Finding::tr("The rotation of %1 (%2) started %n day(s) ago and is not finished: "
                             "%3.",
                             nullptr, int(days))
                     .arg(r.oldDescription, r.oldPublicKey,
                          r.step == Rotation::Step::Ready
                              ? Finding::tr("switch the clients to %1, then finish it").arg(r.newPublicKey)
                              : Finding::tr("resume it, or cancel it")),
                 r.oldKeyId,
                 r.oldPublicKey,
                 {}});
    }
    for (const KeyRecord &k : snapshot.keys) {
        const QString name = u"%1 (%2)"_s.arg(k.key.desc, k.key.publicKey);
        const QDateTime created = createdAt.value(k.key.publicKey);
        if (created.isValid() && created.daysTo(options.now) > options.rotationDays
            && !rotating.contains(k.key.id))
            findings->append(
                {Finding::Severity::Low,
                 Finding::Kind::DueForRotation,
                 Finding::tr("%1 was created %2, %n day(s) ago: due for rotation (every %3 days). "
                             "Rotate… makes a new key with the same roles, projects and entries.",
                             nullptr, int(created.daysTo(options.now)))
                     .arg(name, DateText::shown(created))
                     .arg(options.rotationDays),
                 k.key.id,
                 k.key.publicKey,
                 {}});
        if (!k.accessListState.readable)
            continue;
        QList<IpBlock> blocks;
        for (const AccessListEntry &e : k.accessList)
            blocks.append(e.block());
        for (const AccessListEntry &e : k.accessList) {
            const QHostAddress from(e.lastUsedAddress);
            if (e.lastUsedAddress.isEmpty() || from.isNull())
                continue;
            const bool held = std::any_of(blocks.cbegin(), blocks.cend(),
                                          [&](const IpBlock &b) { return b.isValid() && b.contains(from); });
            if (!held)
                findings->append({Finding::Severity::Medium, Finding::Kind::UseFromOutsideEntries,
                                  Finding::tr("%1 was last used from %2 (through %3), an address none of its "
                                              "entries holds: find out which client that is.")
                                      .arg(name, e.lastUsedAddress, e.displayValue()),
                                  k.key.id, k.key.publicKey, e.displayValue()});
        }
    }
}

QList<Finding> hygieneReport(const OrgSnapshot &snapshot, const HygieneOptions &options)
{
    if (snapshot.isInstance())
        return instanceFindings(snapshot);
    QList<Finding> findings;
    const bool required = snapshot.settings.requirement == WhitelistRequirement::Required;
    for (const KeyRecord &k : snapshot.keys) {
        const auto add = [&](Finding::Severity severity, Finding::Kind kind, const QString &message,
                             const QString &entry = {}) {
            findings.append({severity, kind, message, k.key.id, k.key.publicKey, entry});
        };
        const QString name = u"%1 (%2)"_s.arg(k.key.desc, k.key.publicKey);
        if (k.key.hasOrgRole(Role::OrgOwner))
            add(Finding::Severity::Info, Finding::Kind::OrganizationOwner,
                Finding::tr(
                    "%1 is an Organization Owner: it can change every key and the organization's settings.")
                    .arg(name));
        if (k.key.orgRoleNames() == QStringList{u"ORG_MEMBER"_s} && k.key.projectIds().isEmpty())
            add(Finding::Severity::Low, Finding::Kind::NoProject,
                Finding::tr(
                    "%1 is only an Organization Member and is assigned to no project: it can do very little.")
                    .arg(name));
        if (!k.accessListState.readable) {
            add(Finding::Severity::Medium, Finding::Kind::NotReadable,
                Finding::tr("The whitelist of %1 could not be read: %2").arg(name, k.accessListState.reason));
            continue;
        }
        if (k.accessList.isEmpty()) {
            if (required)
                add(Finding::Severity::Medium, Finding::Kind::EmptyWhitelist,
                    Finding::tr("%1 has no whitelist; the organization requires one, so the key cannot be "
                                "used at all.")
                        .arg(name));
            else
                add(Finding::Severity::High, Finding::Kind::EmptyWhitelist,
                    Finding::tr("%1 has no whitelist: it can call the API from any address.").arg(name));
            continue;
        }
        const QDateTime lastUsed = k.lastUsed();
        if (!lastUsed.isValid())
            add(Finding::Severity::Medium, Finding::Kind::NeverUsedKey,
                Finding::tr("%1 has never been used from any of its %n whitelist entries.", nullptr,
                            int(k.accessList.size()))
                    .arg(name));
        else if (lastUsed.daysTo(options.now) > options.staleDays)
            add(Finding::Severity::Medium, Finding::Kind::UnusedKey,
                Finding::tr("%1 was last used %2 days ago (more than %3).")
                    .arg(name)
                    .arg(lastUsed.daysTo(options.now))
                    .arg(options.staleDays));
        QList<IpBlock> blocks;
        for (const auto &e : k.accessList)
            blocks.append(e.block());
        for (int i = 0; i < k.accessList.size(); ++i) {
            const IpBlock &b = blocks[i];
            const QString value = k.accessList[i].displayValue();
            if (lastUsed.isValid() && k.accessList[i].neverUsed())
                add(Finding::Severity::Low, Finding::Kind::UnusedEntry,
                    Finding::tr("%1 on %2 has never been used.").arg(value, name), value);
            if (const auto broad = broadBlock(b, value, name))
                add(broad->first, Finding::Kind::BroadBlock, broad->second, value);
            for (int j = 0; j < blocks.size(); ++j) {
                if (i == j)
                    continue;
                if (blocks[j] == b && j < i) {
                    add(Finding::Severity::Low, Finding::Kind::DuplicateEntry,
                        Finding::tr("%1 is listed twice on %2.").arg(value, name), value);
                    break;
                }
                if (blocks[j].covers(b) && !(blocks[j] == b)) {
                    add(Finding::Severity::Low, Finding::Kind::CoveredEntry,
                        Finding::tr("%1 on %2 is already covered by %3.")
                            .arg(value, name, blocks[j].toString()),
                        value);
                    break;
                }
            }
        }
    }
    eventFindings(snapshot, options, &findings);
    rotationFindings(snapshot, options, &findings);
    accountFindings(snapshot, options, &findings);
    std::stable_sort(findings.begin(), findings.end(),
                     [](const Finding &a, const Finding &b) { return a.severity > b.severity; });
    return findings;
}
