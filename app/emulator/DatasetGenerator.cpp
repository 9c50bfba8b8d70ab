// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Dataset::generate: a deterministic organization set of any size, for scale tests and benchmarks.
#include "Dataset.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace {

// SplitMix64: tiny, deterministic on every platform (std:: distributions are not).
class Random
{
public:
    explicit Random(quint64 seed)
        : m_state(seed)
    { }
    quint64 next()
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    int below(int n) { return n <= 0 ? 0 : int(next() % quint64(n)); }

private:
    quint64 m_state;
};

QString objectId(int kind, quint64 n)
{
    return QString::asprintf("%02x%06x%016llx", kind & 0xff, 0x5eed00 & 0xffffff,
                             static_cast<unsigned long long>(n));
}

QString publicKey(Random &rng)
{
    QString key;
    for (int i = 0; i < 8; ++i)
        key += QChar(u'a' + rng.below(26));
    return key;
}

QString privateKey(Random &rng)
{
    const quint64 a = rng.next();
    const quint64 b = rng.next();
    return QString::asprintf(
        "%08llx-%04llx-%04llx-%04llx-%012llx", static_cast<unsigned long long>(a >> 32),
        static_cast<unsigned long long>((a >> 16) & 0xffff), static_cast<unsigned long long>(a & 0xffff),
        static_cast<unsigned long long>(b >> 48), static_cast<unsigned long long>(b & 0xffffffffffffull));
}

AccessListEntry makeEntry(const QString &text, const QDateTime &created)
{
    const auto parsed = IpBlock::parse(text);
    Q_ASSERT(parsed.ok());
    return AccessListEntry::fromBlock(*parsed.block, created);
}

} // namespace

Dataset Dataset::generate(const QString &spec, QString *error)
{
    QHash<QString, qint64> values{{u"orgs"_s, 1},     {u"keys"_s, 10},      {u"entries"_s, 3},
                                  {u"projects"_s, 5}, {u"accounts"_s, 3},   {u"accountEntries"_s, 2},
                                  {u"secrets"_s, 0},  {u"globalKeys"_s, 3}, {u"seed"_s, 1}};
    error->clear();
    for (const QString &part : spec.split(u',', Qt::SkipEmptyParts)) {
        const QString name = part.section(u'=', 0, 0).trimmed();
        bool ok = false;
        const qint64 value = part.section(u'=', 1).trimmed().toLongLong(&ok);
        if (!values.contains(name) || !ok || value < 0) {
            *error = u"--generate: “%1” is not one of orgs=N, keys=M, entries=K, projects=P, accounts=A, "
                     "accountEntries=E, secrets=1|2, globalKeys=G, seed=S"_s.arg(part);
            return {};
        }
        values[name] = value;
    }
    const int orgCount = int(std::max<qint64>(1, values[u"orgs"_s]));
    const int keyCount = int(std::max<qint64>(1, values[u"keys"_s]));
    const int entryCount = int(values[u"entries"_s]);
    const int projectCount = int(values[u"projects"_s]);
    const int accountCount = int(std::min<qint64>(values[u"accounts"_s], 10'000));
    const int accountEntryCount = int(std::min<qint64>(values[u"accountEntries"_s], 200));
    const int secretCount = int(std::min<qint64>(values[u"secrets"_s], ServiceAccount::MaxSecrets));
    // Secrets expire relative to now (to the hour: two datasets generated alike are equal).
    QDateTime now = QDateTime::currentDateTimeUtc();
    now.setTime(QTime(now.time().hour(), 0));
    Random rng{quint64(values.value(u"seed"_s))};
    const QDateTime base(QDate(2026, 6, 1), QTime(0, 0), Qt::UTC);
    static const char *const orgRoles[] = {"ORG_READ_ONLY", "ORG_MEMBER", "ORG_GROUP_CREATOR", "ORG_MEMBER"};
    static const char *const projectRoles[] = {"GROUP_READ_ONLY", "GROUP_OWNER", "GROUP_MONITORING_ADMIN",
                                               "GROUP_AUTOMATION_ADMIN", "GROUP_BACKUP_ADMIN"};

    Dataset d;
    // Ops Manager's global keys and global access list (served with --flavor ops-manager).
    d.addGlobalAccess(int(std::min<qint64>(values[u"globalKeys"_s], 1'000)), now);
    quint64 serial = 1;
    for (int o = 0; o < orgCount; ++o) {
        EmulatedOrg org;
        org.org.id = objectId(0x5a, serial++);
        org.org.name = u"Generated Organization %1"_s.arg(o + 1);
        org.apiAccessListRequired = o % 2 == 1;
        for (int p = 0; p < projectCount; ++p) {
            Project project;
            project.id = objectId(0x6a, serial++);
            project.name = u"project-%1-%2"_s.arg(o + 1).arg(p + 1, 3, 10, QChar(u'0'));
            project.orgId = org.org.id;
            project.activeAgentCount = rng.below(20);
            project.replicaSetCount = rng.below(5);
            org.projects.append(project);
        }
        for (int k = 0; k < keyCount; ++k) {
            EmulatedKey key;
            key.orgId = org.org.id;
            key.key.id = objectId(0x7a, serial++);
            key.key.publicKey = publicKey(rng);
            key.key.privateKey = privateKey(rng);
            const bool owner = k == 0 || k % 50 == 17;
            key.key.desc = owner ? u"Owner key %1"_s.arg(k + 1) : u"Automation key %1"_s.arg(k + 1);
            key.key.roles.append(
                {QString::fromLatin1(owner ? "ORG_OWNER" : orgRoles[k % 4]), org.org.id, {}});
            if (projectCount > 0 && !owner) {
                const Project &project = org.projects.at(k % projectCount);
                key.key.roles.append({QString::fromLatin1(projectRoles[k % 5]), {}, project.id});
                if (k % 3 == 0 && projectCount > 1) {
                    const Project &second = org.projects.at((k / 3) % projectCount);
                    if (second.id != project.id)
                        key.key.roles.append({u"GROUP_READ_ONLY"_s, {}, second.id});
                }
            }
            for (int e = 0; e < entryCount; ++e) {
                QString text;
                if (k == 0 && e == 0)
                    text = u"127.0.0.1"_s;
                else if (e % 5 == 4)
                    text = u"172.%1.%2.0/24"_s.arg(16 + e % 16).arg(k % 256);
                else if (e % 7 == 6)
                    text = u"2001:db8:%1:%2::%3"_s.arg(o, 0, 16).arg(k, 0, 16).arg(e + 1, 0, 16);
                else
                    text = u"10.%1.%2.%3"_s.arg(o % 256).arg(k % 256).arg(e % 256);
                AccessListEntry entry = makeEntry(text, base.addDays(-rng.below(400)));
                if ((k + e) % 6 != 5) {
                    entry.count = 1 + rng.below(5000);
                    entry.lastUsed = base.addSecs(-qint64(rng.below(200 * 86400)));
                    entry.lastUsedAddress = entry.block().network().toString();
                }
                key.accessList.append(entry);
            }
            if (k == 0 && entryCount == 0)
                key.accessList.clear();
            d.keys.append(key);
        }
        // Service accounts (served with --flavor cloud-manager), their secrets in every state.
        for (int a = 0; a < accountCount; ++a) {
            EmulatedServiceAccount account;
            account.orgId = org.org.id;
            account.account.clientId = u"mdb_sa_id_"_s + objectId(0x9a, serial++);
            account.account.name = u"service-account-%1"_s.arg(a + 1);
            account.account.description = u"Generated service account %1"_s.arg(a + 1);
            account.account.roles = {QString::fromLatin1(a == 0 ? "ORG_OWNER" : orgRoles[a % 4])};
            account.account.createdAt = base.addDays(-rng.below(300));
            const quint64 secretSeed = rng.next();
            account.account.secrets = EmulatedServiceAccount::secretsInState(
                a, now,
                [secretSeed](int n) {
                    return QString::asprintf(
                        "mdb_sa_sk_%016llx%016llx%08x", static_cast<unsigned long long>(secretSeed),
                        static_cast<unsigned long long>(secretSeed * 31 + 7), unsigned(n));
                },
                secretCount);
            for (int e = 0; e < accountEntryCount; ++e) {
                const QString text = a == 0 && e == 0
                    ? u"127.0.0.1"_s
                    : u"100.%1.%2.%3"_s.arg(64 + o % 64).arg(a % 256).arg(e % 256);
                AccessListEntry entry = makeEntry(text, account.account.createdAt);
                if ((a + e) % 5 != 4) {
                    entry.count = 1 + rng.below(900);
                    entry.lastUsed = now.addSecs(-qint64(rng.below(30 * 86400)));
                    entry.lastUsedAddress = entry.block().network().toString();
                }
                account.accessList.append(entry);
            }
            d.serviceAccounts.append(account);
        }
        d.orgs.append(org);
    }
    EmulatedUser user;
    user.id = objectId(0x8a, serial++);
    user.username = u"admin@example.org"_s;
    user.apiKey = privateKey(rng);
    user.roles.append({u"ORG_OWNER"_s, d.orgs.first().org.id, {}});
    user.accessList.append(makeEntry(u"127.0.0.1"_s, base));
    d.users.append(user);
    d.addHistory();
    return d;
}
