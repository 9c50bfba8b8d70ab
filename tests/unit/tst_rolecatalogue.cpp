// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ApiKey.h"
#include "RoleCatalogue.h"
#include "TestEnvironment.h"

using namespace Qt::StringLiterals;

class TestRoleCatalogue : public QObject
{
    Q_OBJECT
private slots:
    void opsManagerRejectsBillingRoles()
    {
        QStringList om;
        for (const auto &r : RoleCatalogue::forScope(RoleScope::Organization, ServerKind::OpsManager))
            om.append(r.apiName());
        QCOMPARE(om,
                 (QStringList{u"ORG_OWNER"_s, u"ORG_MEMBER"_s, u"ORG_GROUP_CREATOR"_s, u"ORG_READ_ONLY"_s}));
        QStringList cm;
        for (const auto &r : RoleCatalogue::forScope(RoleScope::Organization, ServerKind::CloudManager))
            cm.append(r.apiName());
        QVERIFY(cm.contains(u"ORG_BILLING_ADMIN"_s));
        QVERIFY(cm.contains(u"ORG_BILLING_READ_ONLY"_s));
        for (const auto &r : RoleCatalogue::forScope(RoleScope::Project, ServerKind::OpsManager))
            QVERIFY(!RoleCatalogue::isBillingRole(r.apiName()));
    }

    void projectRoles()
    {
        QStringList names;
        for (const auto &r : RoleCatalogue::forScope(RoleScope::Project, ServerKind::CloudManager))
            names.append(r.apiName());
        for (const char *expected :
             {"GROUP_AUTOMATION_ADMIN", "GROUP_BACKUP_ADMIN", "GROUP_DATA_ACCESS_ADMIN",
              "GROUP_DATA_ACCESS_READ_ONLY", "GROUP_DATA_ACCESS_READ_WRITE", "GROUP_MONITORING_ADMIN",
              "GROUP_OWNER", "GROUP_READ_ONLY", "GROUP_USER_ADMIN"})
            QVERIFY2(names.contains(QLatin1StringView(expected)), expected);
    }

    void displayNames()
    {
        QCOMPARE(RoleCatalogue::displayName(u"ORG_OWNER"), u"Organization Owner"_s);
        QCOMPARE(RoleCatalogue::displayName(u"SOMETHING_NEW"), u"SOMETHING_NEW"_s);
        QVERIFY(!RoleCatalogue::description(u"GROUP_READ_ONLY").isEmpty());
        QVERIFY(!RoleCatalogue::find(u"ORG_OWNERS"));
        QCOMPARE(RoleCatalogue::find(u"GROUP_OWNER")->scope, RoleScope::Project);
    }

    void descriptions()
    {
        QVERIFY(!keyDescriptionProblem(QString()).isEmpty());
        QVERIFY(!keyDescriptionProblem(u"   "_s).isEmpty());
        QVERIFY(keyDescriptionProblem(u"x"_s).isEmpty());
        QVERIFY(keyDescriptionProblem(QString(250, u'x')).isEmpty());
        QVERIFY(keyDescriptionProblem(QString(251, u'x')).contains(u"251"_s));
    }

    void objectIds()
    {
        QVERIFY(isObjectId(u"5d1113b25a115342acc2d1aa"));
        QVERIFY(!isObjectId(u"ewmaqvdo"));
        QVERIFY(!isObjectId(u"5D1113B25A115342ACC2D1AA"));
        QVERIFY(!isObjectId(u"5d1113b25a115342acc2d1a"));
    }
};

APIACCESS_GUILESS_TEST_MAIN(TestRoleCatalogue)
#include "tst_rolecatalogue.moc"
