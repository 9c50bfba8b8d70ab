// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The headless commands with an Atlas organization (the emulator's --flavor atlas): `sync --api atlas`
// reads it through the Administration API v2 and remembers the profile's API; export, report and check-ip
// work on the cached organization with Atlas's other security settings in the JSON export; a wrong --api
// value is a usage error; the Public API against an Atlas server, and a resource version the server no longer
// serves, are refused in plain words with a non-zero exit; no private key reaches a file.
#include "CliProcess.h"
#include "EmulatorFixture.h"
#include "TestEnvironment.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using Fx = EmulatorFixture;

namespace {
const QString OwnerSecret = u"0a1b2c3d-0000-4000-8000-00000000a001"_s;

bool startAtlas(EmulatorFixture &fx, EmulatorOptions options = {})
{
    options.flavor = EmulatorOptions::Flavor::Atlas;
    options.apiKeyListDeniedStatus = 401;
    return fx.start(options, [](Dataset &d) {
        Fx::seedServiceAccount(d);
        d.findOrg(Fx::OrgA)->atlasSettings.insert(u"multiFactorAuthRequired"_s, true);
        d.findOrg(Fx::OrgA)->atlasSettings.insert(u"maxServiceAccountSecretValidityInHours"_s, 720);
    });
}
} // namespace

class TestCliAtlas : public QObject
{
    Q_OBJECT

    EmulatorFixture m_fx;
    QTemporaryDir m_home;

    CliRun run(const QStringList &args, const QMap<QString, QString> &env = {})
    {
        return runCli(m_home.path(), args, env);
    }

private slots:
    void initTestCase() { QVERIFY(startAtlas(m_fx)); }

    void syncAnAtlasOrganization()
    {
        const CliRun r = run({u"sync"_s, u"--url"_s, m_fx.server->serverUrl(), u"--api"_s, u"atlas"_s,
                              u"--public-key"_s, u"ownerkey"_s, u"--org"_s, Fx::OrgA},
                             {{u"APIACCESS_PRIVATE_KEY"_s, OwnerSecret}});
        QVERIFY2(r.code == 0, r.err.constData());
        const CliRun profiles = run({u"profiles"_s, u"--json"_s});
        QCOMPARE(profiles.code, 0);
        const QJsonArray list = profiles.json().value("profiles"_L1).toArray();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.first().toObject().value("api"_L1).toString(), u"atlas"_s);
        // Synced again through the saved profile: it remembers the API.
        const CliRun again = run({u"sync"_s, u"--profile"_s,
                                  list.first().toObject().value("name"_L1).toString(), u"--org"_s, Fx::OrgA},
                                 {{u"APIACCESS_PRIVATE_KEY"_s, OwnerSecret}});
        QVERIFY2(again.code == 0, again.err.constData());
        const CliRun snapshots = run({u"snapshots"_s, u"--org"_s, Fx::OrgA, u"--json"_s});
        QCOMPARE(snapshots.json().value("snapshots"_L1).toArray().size(), 2);
    }

    void exportCarriesAtlasSettings()
    {
        const QString out = m_home.filePath(u"atlas.json"_s);
        QCOMPARE(run({u"export"_s, u"--org"_s, Fx::OrgA, u"--format"_s, u"json"_s, u"--out"_s, out}).code, 0);
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
        const QJsonObject org = root.value("organization"_L1).toObject();
        QCOMPARE(org.value("apiAccessListRequired"_L1), QJsonValue(false));
        QCOMPARE(org.value("multiFactorAuthRequired"_L1), QJsonValue(true));
        QCOMPARE(org.value("restrictEmployeeAccess"_L1), QJsonValue(false));
        QCOMPARE(org.value("maxServiceAccountSecretValidityInHours"_L1).toInt(), 720);
        QCOMPARE(root.value("apiKeys"_L1).toArray().size(), 4);
        QCOMPARE(root.value("serviceAccounts"_L1).toArray().size(), 1);
    }

    void reviewCommandsWork()
    {
        const CliRun report = run({u"report"_s, u"--org"_s, Fx::OrgA, u"--json"_s});
        QCOMPARE(report.code, 0);
        QVERIFY(!report.json().value("findings"_L1).toArray().isEmpty());
        const CliRun check = run({u"check-ip"_s, u"127.0.0.1"_s, u"--org"_s, Fx::OrgA, u"--json"_s});
        QCOMPARE(check.code, 0);
        QCOMPARE(check.json().value("keys"_L1).toArray().size(), 4);
    }

    void aWrongApiValueIsAUsageError()
    {
        const CliRun r = run({u"sync"_s, u"--url"_s, m_fx.server->serverUrl(), u"--api"_s, u"v3"_s,
                              u"--public-key"_s, u"ownerkey"_s},
                             {{u"APIACCESS_PRIVATE_KEY"_s, OwnerSecret}});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("--api takes public-v1 or atlas, not v3"), r.err.constData());
    }

    void thePublicApiAgainstAnAtlasServerIsRefused()
    {
        QTemporaryDir home;
        const CliRun r = runCli(home.path(),
                                {u"sync"_s, u"--url"_s, m_fx.server->serverUrl(), u"--public-key"_s,
                                 u"ownerkey"_s, u"--org"_s, Fx::OrgA},
                                {{u"APIACCESS_PRIVATE_KEY"_s, OwnerSecret}});
        QCOMPARE(r.code, 7);
        QVERIFY2(
            r.err.contains("answers the Atlas Administration API v2, not the Public API v1.0: sync again "
                           "with --api atlas."),
            r.err.constData());
        // A first sync that failed leaves no profile behind.
        QCOMPARE(
            runCli(home.path(), {u"profiles"_s, u"--json"_s}).json().value("profiles"_L1).toArray().size(),
            0);
    }

    void aSavedProfilesApiIsChangedBySyncApi()
    {
        QTemporaryDir home;
        const QMap<QString, QString> key{{u"APIACCESS_PRIVATE_KEY"_s, OwnerSecret}};
        // Saved speaking the Public API to an Atlas server: its sync is refused with the fix…
        QCOMPARE(runCli(home.path(),
                        {u"profiles"_s, u"add"_s, u"wrong"_s, u"--url"_s, m_fx.server->serverUrl(),
                         u"--public-key"_s, u"ownerkey"_s})
                     .code,
                 0);
        const CliRun refused
            = runCli(home.path(), {u"sync"_s, u"--profile"_s, u"wrong"_s, u"--org"_s, Fx::OrgA}, key);
        QCOMPARE(refused.code, 7);
        QVERIFY2(refused.err.contains("sync again with --api atlas"), refused.err.constData());
        // …which works, and is remembered.
        const CliRun fixed = runCli(
            home.path(),
            {u"sync"_s, u"--profile"_s, u"wrong"_s, u"--api"_s, u"atlas"_s, u"--org"_s, Fx::OrgA}, key);
        QVERIFY2(fixed.code == 0, fixed.err.constData());
        const QJsonArray list
            = runCli(home.path(), {u"profiles"_s, u"--json"_s}).json().value("profiles"_L1).toArray();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.first().toObject().value("api"_L1).toString(), u"atlas"_s);
        QVERIFY2(runCli(home.path(), {u"sync"_s, u"--profile"_s, u"wrong"_s, u"--org"_s, Fx::OrgA}, key).code
                     == 0,
                 "the saved profile speaks Atlas now");
    }

    void aVersionGoneSaysUpdateTheConsole()
    {
        EmulatorFixture gone;
        EmulatorOptions options;
        options.atlasGoneBefore = QDate(2024, 1, 1);
        QVERIFY(startAtlas(gone, options));
        QTemporaryDir home;
        const CliRun r = runCli(home.path(),
                                {u"sync"_s, u"--url"_s, gone.server->serverUrl(), u"--api"_s, u"atlas"_s,
                                 u"--public-key"_s, u"ownerkey"_s, u"--org"_s, Fx::OrgA},
                                {{u"APIACCESS_PRIVATE_KEY"_s, OwnerSecret}});
        QVERIFY(r.code != 0);
        QVERIFY2(r.err.contains("Update API Access Console"), r.err.constData());
        QVERIFY2(r.err.contains("application/vnd.atlas.2023-01-01+json"), r.err.constData());
    }

    void noPrivateKeyInAnyFile()
    {
        QDirIterator files(m_home.path(), QDir::Files, QDirIterator::Subdirectories);
        int read = 0;
        while (files.hasNext()) {
            QFile f(files.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY2(!f.readAll().contains(OwnerSecret.toLatin1()), qPrintable(f.fileName()));
            ++read;
        }
        QVERIFY(read >= 3); // settings, cache, export
    }
};

QTEST_GUILESS_MAIN(TestCliAtlas)
#include "tst_cli_atlas.moc"
