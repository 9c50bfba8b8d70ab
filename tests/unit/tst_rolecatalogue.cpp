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

    // Hostile and odd descriptions: each refused with a message naming the problem, before anything is
    // sent; what the server accepts (emoji, right-to-left script, 250 characters) passes.
    void descriptions_data()
    {
        QTest::addColumn<QString>("description");
        QTest::addColumn<QString>("problem"); // a part of the message; empty: accepted
        const QString emoji = QString::fromUtf8("\xF0\x9F\x98\x80"); // 😀, two UTF-16 units
        QTest::newRow("empty") << QString() << u"Enter a description"_s;
        QTest::newRow("spaces only") << u"   "_s << u"Enter a description"_s;
        QTest::newRow("one character") << u"x"_s << QString();
        QTest::newRow("250 characters") << QString(250, u'x') << QString();
        QTest::newRow("251 characters") << QString(251, u'x') << u"251"_s;
        QTest::newRow("10 kB") << QString(10'000, u'x') << u"10000"_s;
        QTest::newRow("emoji") << (u"CI runner "_s + emoji) << QString();
        QTest::newRow("125 emoji") << emoji.repeated(125) << QString();
        QTest::newRow("126 emoji") << emoji.repeated(126) << u"252"_s;
        QTest::newRow("family emoji (zero-width joiners)")
            << QString::fromUtf8("\xF0\x9F\x91\xA8\xE2\x80\x8D\xF0\x9F\x91\xA9") << QString();
        QTest::newRow("arabic") << QString::fromUtf8("\xD9\x85\xD9\x81\xD8\xAA\xD8\xA7\xD8\xAD") << QString();
        QTest::newRow("NUL") << QString(u"key\0name"_s) << u"U+0000"_s;
        QTest::newRow("escape sequence") << u"key\x1b]0;title\x07"_s << u"U+001B"_s;
        QTest::newRow("newline") << u"two\nlines"_s << u"U+000A"_s;
        QTest::newRow("tab") << u"a\tb"_s << u"position 2"_s;
        QTest::newRow("DEL") << u"a\x7f"_s << u"U+007F"_s;
        QTest::newRow("C1 control") << u"a\u0085b"_s << u"U+0085"_s;
        QTest::newRow("right-to-left override") << u"invoice\u202Etxt.exe"_s << u"U+202E"_s;
        QTest::newRow("direction isolate") << u"a\u2066b"_s << u"direction"_s;
    }

    void descriptions()
    {
        QFETCH(QString, description);
        QFETCH(QString, problem);
        const QString message = keyDescriptionProblem(description);
        if (problem.isEmpty())
            QVERIFY2(message.isEmpty(), qPrintable(message));
        else
            QVERIFY2(message.contains(problem), qPrintable(message));
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
