// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Memory with many maximal organizations cached (issue #23: ten of them under 150 MB). The parent syncs N
// organizations of 500 keys × 20 entries, 250 projects and a feed of 10,000 events each from the
// emulator into one cache file (one key per organization, as an admin with several would), then starts
// itself again on that file: the child opens the cache as the console does at start (every organization
// into memory, through the Repository) and reports its resident memory before and after. The same child
// on an empty cache is the baseline. The same again with the console's window over the Repository, showing
// the organization shown last (the console on an empty cache is its baseline). Prints figures, asserts
// nothing about them.
#include "ApiClient.h"
#include "ApiDispatcher.h"
#include "AppSettings.h"
#include "CacheAccess.h"
#include "EmulatorServer.h"
#include "MainWindow.h"
#include "OrgStore.h"
#include "Repository.h"
#include "TestEnvironment.h"

#include <QApplication>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

// The child: open the cache as the console does (with its window when console is set, showing the
// organization shown last), report what it holds and what it costs.
int load(const QString &path, const QString &firstOrgId, bool console)
{
    const qint64 before = TestEnvironment::residentKb("VmRSS:");
    QNetworkAccessManager manager;
    ApiClient client(&manager);
    Repository repository(&client, path);
    repository.setWorkOffline(true); // nothing but the cache
    std::unique_ptr<MainWindow> window;
    if (console) {
        AppSettings::setLastContext(QString(), {firstOrgId, {}});
        window = std::make_unique<MainWindow>(&repository);
        window->resize(1100, 720);
        window->show();
    }
    // Done when every organization is in memory and, with the window, the one picked shows its keys.
    const auto keysShown = [&] {
        auto *table = window ? window->findChild<QTableView *>(u"apiKeysTableView"_s) : nullptr;
        return table && table->model() ? table->model()->rowCount() : 0;
    };
    bool loaded = false;
    QTimer check;
    check.setInterval(5);
    QObject::connect(&check, &QTimer::timeout, qApp, [&] {
        if (loaded && (!window || firstOrgId.isEmpty() || keysShown() > 0))
            QCoreApplication::quit();
    });
    QObject::connect(&repository, &Repository::cacheLoaded, qApp, [&] { loaded = true; });
    QTimer::singleShot(120'000, qApp, &QCoreApplication::quit);
    QElapsedTimer timer;
    qint64 firstMs = -1;
    QObject::connect(&repository, &Repository::firstOrganizationLoaded, qApp,
                     [&] { firstMs = timer.elapsed(); });
    timer.start();
    check.start();
    repository.open(firstOrgId); // as the console does: the organization shown last first
    if (window)
        window->start();
    QCoreApplication::exec();
    const qint64 ms = timer.elapsed();
    int keys = 0;
    int entries = 0;
    int events = 0;
    const QList<OrgStatePtr> orgs = repository.store()->states();
    for (const OrgStatePtr &state : orgs) {
        keys += int(state->snapshot.keys.size());
        events += int(state->snapshot.events.size());
        for (const KeyRecord &k : state->snapshot.keys)
            entries += int(k.accessList.size());
    }
    std::printf(
        "LOADED ok=%d orgs=%lld keys=%d entries=%d events=%d first_ms=%lld ms=%lld rss_before_kb=%lld "
        "rss_after_kb=%lld peak_kb=%lld keys_shown=%d\n",
        int(loaded), qint64(orgs.size()), keys, entries, events, firstMs, ms, before,
        TestEnvironment::residentKb("VmRSS:"), TestEnvironment::residentKb("VmHWM:"), keysShown());
    return loaded ? 0 : 1;
}

struct Loaded
{
    bool ok = false;
    int orgs = 0;
    double rssMb = 0;
    double growthMb = 0;
    double peakMb = 0;
    qint64 ms = 0;
    qint64 firstMs = -1;
    int keysShown = 0;
    QByteArray line;
};

Loaded loadInChild(const QString &path, const QString &firstOrgId = {}, bool console = false)
{
    QProcess child;
    TestEnvironment::endsWithTest(child);
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QCoreApplication::applicationFilePath(),
                {console ? u"--load-console"_s : u"--load"_s, path, firstOrgId});
    Loaded result;
    if (!child.waitForFinished(180'000))
        return result;
    for (const QByteArray &line : child.readAllStandardOutput().split('\n')) {
        if (!line.startsWith("LOADED "))
            continue;
        result.line = line;
        QHash<QByteArray, qint64> values;
        for (const QByteArray &pair : line.mid(7).split(' '))
            values.insert(pair.left(pair.indexOf('=')), pair.mid(pair.indexOf('=') + 1).toLongLong());
        result.ok = values.value("ok") == 1;
        result.orgs = int(values.value("orgs"));
        result.ms = values.value("ms");
        result.firstMs = values.value("first_ms", -1);
        result.rssMb = double(values.value("rss_after_kb")) / 1024.0;
        result.growthMb = double(values.value("rss_after_kb") - values.value("rss_before_kb")) / 1024.0;
        result.peakMb = double(values.value("peak_kb")) / 1024.0;
        result.keysShown = int(values.value("keys_shown"));
    }
    return result;
}

} // namespace

int main(int argc, char *argv[])
{
    TestEnvironment::isolate();
    if (argc == 4 && qstrcmp(argv[1], "--load-console") == 0) {
        QApplication app(argc, argv);
        return load(QString::fromLocal8Bit(argv[2]), QString::fromLocal8Bit(argv[3]), true);
    }
    QCoreApplication app(argc, argv);
    if (argc == 4 && qstrcmp(argv[1], "--load") == 0)
        return load(QString::fromLocal8Bit(argv[2]), QString::fromLocal8Bit(argv[3]), false);

    const int orgCount = qEnvironmentVariableIntValue("BENCH_MEMORY_ORGS") > 0
        ? qEnvironmentVariableIntValue("BENCH_MEMORY_ORGS")
        : 10;
    QString error;
    Dataset dataset
        = Dataset::generate(u"orgs=%1,keys=500,entries=20,projects=250,seed=7"_s.arg(orgCount), &error);
    if (!error.isEmpty()) {
        std::fprintf(stderr, "dataset: %s\n", qPrintable(error));
        return 1;
    }
    // One Organization Owner key per organization.
    QList<const EmulatedKey *> owners;
    for (const EmulatedOrg &org : std::as_const(dataset.orgs)) {
        for (const EmulatedKey &key : std::as_const(dataset.keys)) {
            if (key.orgId == org.org.id
                && std::any_of(key.key.roles.cbegin(), key.key.roles.cend(),
                               [](const RoleAssignment &r) { return r.roleName == "ORG_OWNER"_L1; })) {
                owners.append(&key);
                break;
            }
        }
    }
    if (owners.size() != orgCount) {
        std::fprintf(stderr, "found %lld owner keys for %d organizations\n", qint64(owners.size()), orgCount);
        return 1;
    }
    QList<std::pair<QString, QString>> credentials; // public, private
    QStringList orgIds;
    for (const EmulatedKey *key : std::as_const(owners)) {
        credentials.append({key->key.publicKey, key->key.privateKey});
        orgIds.append(key->orgId);
    }
    EmulatorServer server({}, std::move(dataset));
    if (!server.start(&error)) {
        std::fprintf(stderr, "emulator: %s\n", qPrintable(error));
        return 1;
    }
    QTemporaryDir dir;
    // BENCH_MEMORY_CACHE names a cache file to keep between runs: synced when it does not exist yet.
    const QString kept = qEnvironmentVariable("BENCH_MEMORY_CACHE");
    const QString path = kept.isEmpty() ? dir.filePath(u"cache.sqlite"_s) : kept;
    const bool synced = !kept.isEmpty() && QFileInfo::exists(kept);
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < orgCount && !synced; ++i) {
        QNetworkAccessManager manager;
        ApiClient client(&manager);
        ConnectionSettings settings;
        settings.apiBase = QUrl(server.apiUrl());
        settings.publicKey = credentials.at(i).first;
        settings.privateKey = credentials.at(i).second;
        settings.proxyMode = ConnectionSettings::ProxyMode::None;
        client.setConnection(settings);
        Repository repository(&client, path);
        bool done = false;
        bool ok = false;
        QObject::connect(&repository, &Repository::cacheLoaded, &app,
                         [&] { repository.sync(orgIds.at(i), Repository::SyncMode::Full); });
        QObject::connect(&repository, &Repository::syncFinished, &app, [&] { done = ok = true; });
        QObject::connect(&repository, &Repository::syncFailed, &app, [&](const QString &, const ApiError &e) {
            std::fprintf(stderr, "sync failed: %s\n", qPrintable(e.explanation()));
            done = true;
        });
        repository.open();
        QElapsedTimer deadline;
        deadline.start();
        while (!done && deadline.elapsed() < 300'000)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 100);
        if (!ok)
            return 1;
    }
    CacheAccess::waitForAll();
    const qint64 syncMs = timer.elapsed();
    const double fileMb = double(QFileInfo(path).size()) / 1024.0 / 1024.0;

    const Loaded empty = loadInChild(dir.filePath(u"empty.sqlite"_s));
    const Loaded full = loadInChild(path, orgIds.last()); // the one shown last: loaded first
    const Loaded emptyConsole = loadInChild(dir.filePath(u"empty-console.sqlite"_s), {}, true);
    const Loaded console = loadInChild(path, orgIds.last(), true);
    if (!empty.ok || !full.ok || full.orgs != orgCount || !emptyConsole.ok || !console.ok
        || console.keysShown == 0) {
        std::fprintf(stderr, "the child did not load the caches: %s / %s / %s / %s\n", empty.line.constData(),
                     full.line.constData(), emptyConsole.line.constData(), console.line.constData());
        return 1;
    }
    std::printf("%s\n%s\n", full.line.constData(), console.line.constData());
    std::printf("BENCH memory console orgs=%d rss_mb=%.1f baseline_rss_mb=%.1f growth_mb=%.1f keys_shown=%d "
                "shown_org_loaded_ms=%lld all_loaded_ms=%lld\n",
                orgCount, console.rssMb, emptyConsole.rssMb, console.rssMb - emptyConsole.rssMb,
                console.keysShown, console.firstMs, console.ms);
    std::printf(
        "BENCH memory orgs=%d rss_mb=%.1f baseline_rss_mb=%.1f growth_mb=%.1f per_org_mb=%.1f "
        "peak_mb=%.1f shown_org_loaded_ms=%lld all_loaded_ms=%lld cache_file_mb=%.1f sync_all_s=%.1f\n",
        orgCount, full.rssMb, empty.rssMb, full.rssMb - empty.rssMb, (full.rssMb - empty.rssMb) / orgCount,
        full.peakMb, full.firstMs, full.ms, fileMb, double(syncMs) / 1000.0);
    return 0;
}
