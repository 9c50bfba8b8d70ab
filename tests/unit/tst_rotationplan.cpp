// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
// A rotation's plan (the old key, whole) and its comparison with the new key as read back, line by line; a
// stored rotation's JSON round trip, and what a stored row must hold to be read at all.
#include "Rotation.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {
KeyRecord oldKey()
{
    KeyRecord r;
    r.key.id = u"d00000000000000000000003"_s;
    r.key.desc = u"CI runners"_s;
    r.key.publicKey = u"memberky"_s;
    r.key.roles = {{u"ORG_MEMBER"_s, u"a0000000000000000000000a"_s, {}},
                   {u"GROUP_OWNER"_s, {}, u"c00000000000000000000001"_s},
                   {u"GROUP_READ_ONLY"_s, {}, u"c00000000000000000000002"_s}};
    for (const QString &e : {u"10.0.0.0/8"_s, u"192.0.2.7"_s})
        r.accessList.append(AccessListEntry::fromBlock(*IpBlock::parse(e).block, {}));
    return r;
}
QList<AccessListEntry> entries(const QStringList &blocks)
{
    QList<AccessListEntry> list;
    for (const QString &b : blocks)
        list.append(AccessListEntry::fromBlock(*IpBlock::parse(b).block, {}));
    return list;
}
} // namespace

class TestRotationPlan : public QObject
{
    Q_OBJECT
private slots:
    void thePlanIsTheWholeOldKey()
    {
        const RotationPlan plan = RotationPlan::of(oldKey(), QDate(2026, 12, 3));
        QCOMPARE(plan.description, u"CI runners (rotated 2026-12)"_s);
        QCOMPARE(plan.orgRoles, QStringList{u"ORG_MEMBER"_s});
        QCOMPARE(plan.projects.size(), 2);
        QCOMPARE(plan.projects.at(0).roles, QStringList{u"GROUP_OWNER"_s});
        QCOMPARE(plan.entries, (QStringList{u"10.0.0.0/8"_s, u"192.0.2.7"_s}));
        // A long description is cut so that the suffix fits the server's 250 characters.
        KeyRecord longer = oldKey();
        longer.key.desc = QString(250, u'x');
        QCOMPARE(RotationPlan::of(longer, QDate(2026, 12, 3)).description.size(), 250);
        QVERIFY(RotationPlan::of(longer, QDate(2026, 12, 3)).description.endsWith(u"(rotated 2026-12)"_s));
    }

    void differencesAreListed()
    {
        const RotationPlan plan = RotationPlan::of(oldKey(), QDate(2026, 12, 3));
        ApiKey same = oldKey().key;
        same.desc = plan.description;
        QCOMPARE(plan.differences(same, entries({u"192.0.2.7"_s, u"10.0.0.0/8"_s})), QStringList());

        ApiKey differs = same;
        differs.desc = u"other"_s;
        differs.roles = {{u"ORG_READ_ONLY"_s, u"a0000000000000000000000a"_s, {}},
                         {u"GROUP_READ_ONLY"_s, {}, u"c00000000000000000000001"_s},
                         {u"GROUP_READ_ONLY"_s, {}, u"c00000000000000000000009"_s}};
        const QStringList lines = plan.differences(differs, entries({u"10.0.0.0/8"_s, u"203.0.113.1"_s}));
        QCOMPARE(lines,
                 (QStringList{u"description: “other”, not “CI runners (rotated 2026-12)”"_s,
                              u"organization roles: ORG_READ_ONLY, not ORG_MEMBER"_s,
                              u"project c00000000000000000000001: roles GROUP_READ_ONLY, not GROUP_OWNER"_s,
                              u"project c00000000000000000000002: not assigned"_s,
                              u"project c00000000000000000000009: assigned, but not in the plan"_s,
                              u"access list: 192.0.2.7 missing"_s,
                              u"access list: 203.0.113.1, not in the plan"_s}));
    }

    void aStoredRotationRoundTrips()
    {
        Rotation r;
        r.orgId = u"a0000000000000000000000a"_s;
        r.oldKeyId = u"d00000000000000000000003"_s;
        r.oldPublicKey = u"memberky"_s;
        r.oldDescription = u"CI runners"_s;
        r.newKeyId = u"6b11efbf54edccc459000001"_s;
        r.newPublicKey = u"abcdefgh"_s;
        r.plan = RotationPlan::of(oldKey(), QDate(2026, 12, 3));
        r.keysBefore = {u"d00000000000000000000001"_s, r.oldKeyId};
        r.step = Rotation::Step::Created;
        r.startedAt = QDateTime(QDate(2026, 12, 3), QTime(10, 0), Qt::UTC);
        r.newKeyCreatedAt = r.startedAt.addSecs(2);
        r.updatedAt = r.startedAt.addSecs(5);
        r.problem = u"adding it to project c00000000000000000000002 failed"_s;
        const auto back = Rotation::fromJson(r.toJson());
        QVERIFY(back);
        QCOMPARE(*back, r);
        QCOMPARE(r.toJson().value("step"_L1).toString(), u"created"_s);
        QVERIFY(!r.toJson().contains("privateKey"_L1));

        QJsonObject noStep = r.toJson();
        noStep.insert(u"step"_s, u"halfway"_s);
        QVERIFY(!Rotation::fromJson(noStep));
        QJsonObject createdWithoutKey = r.toJson();
        createdWithoutKey.insert(u"newKeyId"_s, QString());
        QVERIFY(!Rotation::fromJson(createdWithoutKey));
        createdWithoutKey.insert(u"step"_s, u"planned"_s);
        QVERIFY(Rotation::fromJson(createdWithoutKey));
    }
};

QTEST_GUILESS_MAIN(TestRotationPlan)
#include "tst_rotationplan.moc"
