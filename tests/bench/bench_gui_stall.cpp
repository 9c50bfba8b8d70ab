// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
// How long the GUI thread is blocked with a maximal organization (500 keys × 20 entries, 250 projects):
// the longest gap between ticks of a 2 ms timer on the GUI thread while the console starts from its cache,
// syncs the organization and changes it, shows History (timeline), the hygiene report and exports. And how
// long start-up takes to a window showing the organization, beside a bare QMainWindow built and shown in the
// same process. Figures only: nothing is asserted on time.
//   BENCH gui-stall <scenario> max_ms=<n> busy_ms=<n>
// busy_ms is the GUI thread's own CPU time within that longest gap: near max_ms, the console's work held
// the event loop; far below it, the thread waited (asleep past its timeout, or runnable but not scheduled).
#include "../integration/EmulatorProcess.h"
#include "ApiKeysPage.h"
#include "AppSettings.h"
#include "CacheDatabase.h"
#include "Changes.h"
#include "ConnectionProfile.h"
#include "ConsoleSession.h"
#include "HistoryPage.h"
#include "MainWindow.h"
#include "OrgStore.h"
#include "PostgresTestServer.h"
#include "ReportPage.h"
#include "Repository.h"
#include "SecretStore.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QLineEdit>
#include <QMainWindow>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QTableView>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <cstdio>
#include <ctime>
#include <functional>
#include <typeinfo>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

// The CPU time the calling thread has used (Linux: CLOCK_THREAD_CPUTIME_ID).
qint64 threadCpuNs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return qint64(t.tv_sec) * 1'000'000'000 + t.tv_nsec;
}

struct Stall
{
    // The longest time the event loop did not get to the timer, and how long the GUI thread ran in it
    // (the rest it waited: asleep or not scheduled).
    double maxMs = 0;
    double busyMs = 0;
};

std::function<void(qint64)> onTick; // the tracer's, when tracing

// The longest time the event loop did not get to a 2 ms timer, and how much of it the GUI thread was busy.
class StallMeter
{
public:
    StallMeter()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(2);
        QObject::connect(&m_timer, &QTimer::timeout, [this] { tick(); });
    }
    void start()
    {
        m_max = {};
        m_clock.start();
        m_last = 0;
        m_lastCpu = threadCpuNs();
        m_timer.start();
    }
    Stall stop()
    {
        m_timer.stop();
        tick();
        return {double(m_max.gapNs) / 1e6, double(m_max.cpuNs) / 1e6};
    }

private:
    void tick()
    {
        const qint64 now = m_clock.nsecsElapsed();
        const qint64 cpu = threadCpuNs();
        if (onTick)
            onTick(now - m_last);
        if (now - m_last > m_max.gapNs)
            m_max = {now - m_last, cpu - m_lastCpu};
        m_last = now;
        m_lastCpu = cpu;
    }
    struct Gap
    {
        qint64 gapNs = 0;
        qint64 cpuNs = 0;
    };
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_lastCpu = 0;
    Gap m_max;
};

// Runs the event loop until done() holds (checked every checkMs; no sleeps that would look like stalls).
bool runUntil(const std::function<bool()> &done, int timeoutMs = 300'000, int checkMs = 5)
{
    QEventLoop loop;
    QTimer check;
    check.setTimerType(Qt::PreciseTimer);
    check.setInterval(checkMs);
    QObject::connect(&check, &QTimer::timeout, &loop, [&] {
        if (done())
            loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, [&] { loop.exit(1); });
    check.start();
    return done() || loop.exec() == 0;
}

struct Console
{
    QNetworkAccessManager manager;
    ApiClient client{&manager};
    std::unique_ptr<Repository> repo;
    std::unique_ptr<MainWindow> window;

    Console(const EmulatorProcess &emulator, const QString &cachePath, bool offline)
    {
        ConnectionSettings settings;
        settings.apiBase = QUrl(emulator.url());
        settings.publicKey = emulator.publicKey();
        settings.privateKey = emulator.privateKey();
        settings.proxyMode = ConnectionSettings::ProxyMode::None;
        client.setConnection(settings);
        repo = std::make_unique<Repository>(&client, cachePath);
        repo->setWorkOffline(offline);
        window = std::make_unique<MainWindow>(repo.get());
        window->resize(1100, 720);
    }
    ~Console()
    {
        window.reset();
        repo.reset();
    }
    int keysShown() const
    {
        auto *table = window->findChild<QTableView *>(u"apiKeysTableView"_s);
        return table && table->model() ? table->model()->rowCount() : 0;
    }
    bool quiet() const
    {
        return !repo->isSyncing() && repo->changes()->inFlight() == 0 && repo->pendingWrites() == 0;
    }
};

void report(const char *scenario, const Stall &stall)
{
    std::printf("BENCH gui-stall %s max_ms=%.1f busy_ms=%.1f\n", scenario, stall.maxMs, stall.busyMs);
    std::fflush(stdout);
}

// With APIACCESS_BENCH_TRACE_MS=N, every event the GUI thread's loop delivers that takes N ms or more is
// printed to stderr (receiver class and name, event type): where a stall comes from. Off by default.
class TracingApplication : public QApplication
{
public:
    using QApplication::QApplication;
    bool notify(QObject *receiver, QEvent *event) override
    {
        if (m_thresholdNs <= 0 || QThread::currentThread() != thread()) // other threads deliver events too
            return QApplication::notify(receiver, event);
        // Self time: an event that runs a nested loop (a modal dialog, a test's wait) is charged only for
        // its own work, not for the events the nested loop delivered.
        const QString what = QString::fromLatin1(typeid(*receiver).name()) + u' ' + receiver->objectName();
        const int type = event->type();
        QElapsedTimer clock;
        clock.start();
        m_nestedNs.push_back(0);
        const bool result = QApplication::notify(receiver, event);
        const qint64 total = clock.nsecsElapsed();
        const qint64 self = total - m_nestedNs.back();
        m_nestedNs.pop_back();
        if (!m_nestedNs.empty())
            m_nestedNs.back() += total;
        if (self >= 500'000)
            m_recent.push_back({self, type, what});
        return result;
    }
    // Called at every tick of the stall meter: a gap of the threshold or more prints the events that filled
    // it (those of 0.5 ms or more).
    void tick(qint64 gapNs)
    {
        if (m_thresholdNs > 0 && gapNs >= m_thresholdNs) {
            std::fprintf(stderr, "TRACE gap %.1f ms:", double(gapNs) / 1e6);
            for (const auto &e : m_recent)
                std::fprintf(stderr, " [%.1f ms event %d to %s]", double(e.ns) / 1e6, e.type,
                             qPrintable(e.what));
            std::fprintf(stderr, "\n");
        }
        m_recent.clear();
    }

private:
    const qint64 m_thresholdNs = qEnvironmentVariableIntValue("APIACCESS_BENCH_TRACE_MS") * 1'000'000LL;
    std::vector<qint64> m_nestedNs;
    struct Recent
    {
        qint64 ns;
        int type;
        QString what;
    };
    std::vector<Recent> m_recent;
};

} // namespace

int main(int argc, char *argv[])
{
    TracingApplication app(argc, argv);
    if (qEnvironmentVariableIsSet("APIACCESS_BENCH_TRACE_MS"))
        onTick = [&app](qint64 gapNs) { app.tick(gapNs); };
    QApplication::setOrganizationName(u"apiaccess-bench"_s);
    QTemporaryDir dir;
    // Its own settings and data (profiles' caches, the demo's): nothing left by an earlier run counts.
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, dir.path());
    qputenv("XDG_DATA_HOME", QFile::encodeName(dir.filePath(u"data"_s)));
    AppSettings::flush(); // nothing still to be saved lands after the clear
    QSettings().clear();
    const QString cachePath = dir.filePath(u"cache.sqlite"_s);

    EmulatorProcess emulator;
    if (!emulator.start({u"--generate"_s, u"orgs=1,keys=500,entries=20,projects=250,seed=1"_s})) {
        std::fprintf(stderr, "the emulator did not start: %s\n", emulator.stderrText().constData());
        return 1;
    }
    StallMeter meter;

    // The baseline: a bare main window, built and shown.
    QElapsedTimer clock;
    clock.start();
    {
        QMainWindow bare;
        bare.resize(1100, 720);
        bare.show();
        runUntil([&] { return bare.isVisible(); });
    }
    const double bareMs = double(clock.nsecsElapsed()) / 1e6;

    // A full sync of the maximal organization into an empty cache, the window showing it.
    {
        Console console(emulator, cachePath, false);
        console.window->show();
        meter.start();
        console.repo->open(AppSettings::lastContext(QString()).orgId);
        console.window->start();
        if (!runUntil([&] { return console.keysShown() == 500 && console.quiet(); })) {
            std::fprintf(stderr, "the sync did not finish\n");
            return 1;
        }
        report("sync", meter.stop());
    }

    // Start-up from that cache (offline: nothing but the cache), to the window showing the organization.
    const qint64 rssBefore = TestEnvironment::residentKb("VmRSS:");
    clock.restart();
    {
        Console console(emulator, cachePath, true);
        console.window->show();
        runUntil([&] { return console.window->isVisible(); });
        const double windowMs = double(clock.nsecsElapsed()) / 1e6;
        meter.start();
        console.repo->open(AppSettings::lastContext(QString()).orgId);
        console.window->start();
        // Checked every millisecond: at 5 ms the figure was up to 5 ms late.
        if (!runUntil([&] { return console.keysShown() == 500 && console.quiet(); }, 300'000, 1)) {
            std::fprintf(stderr, "start-up did not show the organization\n");
            return 1;
        }
        const double startupMs = double(clock.nsecsElapsed()) / 1e6;
        report("startup", meter.stop());
        const qint64 rss = TestEnvironment::residentKb("VmRSS:");
        std::printf("BENCH startup window_ms=%.1f organization_shown_ms=%.1f bare_mainwindow_ms=%.1f "
                    "window_ratio=%.1f organization_ratio=%.1f rss_mb=%.1f rss_growth_mb=%.1f\n",
                    windowMs, startupMs, bareMs, windowMs / std::max(bareMs, 0.001),
                    startupMs / std::max(bareMs, 0.001), double(rss) / 1024.0,
                    double(rss - rssBefore) / 1024.0);
        std::fflush(stdout);
    }

    // A change in it: the setting, then an entry, each answered, shown and written.
    {
        Console console(emulator, cachePath, false);
        console.window->show();
        console.repo->open(AppSettings::lastContext(QString()).orgId);
        console.window->start();
        if (!runUntil(
                [&] { return console.keysShown() == 500 && console.quiet() && console.repo->identity(); })) {
            std::fprintf(stderr, "the console did not settle\n");
            return 1;
        }
        const QString orgId = emulator.orgId();
        meter.start();
        int answered = 0;
        console.repo->changes()->setWhitelistRequired(orgId, false, &app, [&](auto) { ++answered; });
        const QString keyId = console.repo->state(orgId)->snapshot.keys.last().key.id;
        console.repo->changes()->addEntries(orgId, keyId, {*IpBlock::parse(u"203.0.113.9"_s).block}, &app,
                                            [&](auto) { ++answered; });
        if (!runUntil([&] { return answered == 2 && console.quiet(); })) {
            std::fprintf(stderr, "the changes were not answered\n");
            return 1;
        }
        report("change", meter.stop());

        // The review pages on that maximal organization: History with its timeline of 10,000 events and
        // more, the hygiene report, and an export (JSON and PDF), each from the click to its result.
        auto *tabs = console.window->findChild<QTabWidget *>(u"contextTabWidget"_s);
        meter.start();
        tabs->setCurrentWidget(console.window->historyPage());
        if (!runUntil([&] {
                return console.window->historyPage()->timelineLines().size() > 10'000
                    && !console.window->historyPage()->isBusy();
            })) {
            std::fprintf(stderr, "the timeline was not shown\n");
            return 1;
        }
        const qsizetype lines = console.window->historyPage()->timelineLines().size();
        report("history", meter.stop());
        meter.start();
        auto *filter = console.window->findChild<QLineEdit *>(u"timelineFilterLineEdit"_s);
        filter->setText(u"entry added"_s);
        runUntil([&] { return console.window->historyPage()->timelineLines().size() < lines; });
        filter->clear();
        report("history-filter", meter.stop());
        meter.start();
        tabs->setCurrentWidget(console.window->reportPage());
        if (!runUntil([&] { return !console.window->reportPage()->isBusy(); })) {
            std::fprintf(stderr, "the report was not shown\n");
            return 1;
        }
        report("report", meter.stop());
        for (const QString &name : {u"export.json"_s, u"export.pdf"_s}) {
            meter.start();
            bool exported = false;
            console.window->exportTo(dir.filePath(name), [&](const QString &error) {
                if (!error.isEmpty())
                    std::fprintf(stderr, "export: %s\n", qPrintable(error));
                exported = true;
            });
            if (!runUntil([&] { return exported; })) {
                std::fprintf(stderr, "the export did not finish\n");
                return 1;
            }
            report(name == u"export.json"_s ? "export-json" : "export-pdf", meter.stop());
        }
    }

    // Through the application's own session code (ConsoleSession): start with a saved profile whose cache
    // holds the maximal organization (the private key through the secret store, as from the keyring; the
    // window shows the cache, then goes online and re-syncs), switch to the demo connection, and quit.
    {
        const QString profileName = u"bench"_s;
        ConnectionProfile profile;
        profile.name = profileName;
        profile.serverText = emulator.url().section(u"/api/"_s, 0, 0);
        profile.publicKey = emulator.publicKey();
        profile.proxyMode = ConnectionSettings::ProxyMode::None;
        ProfileStore::save(profile);
        MemorySecretStore secrets;
        secrets.write(profile.secretKey(), emulator.privateKey(), &secrets,
                      [](const SecretStore::Result &) {});
        const QString profileCache = CacheDatabase::pathForProfile(profileName);
        QDir().mkpath(QFileInfo(profileCache).path());
        QFile::remove(profileCache);
        if (!QFile::copy(cachePath, profileCache)) {
            std::fprintf(stderr, "could not copy the cache for the session\n");
            return 1;
        }
        AppSettings::setLastContext(profileName, {emulator.orgId(), {}});
        // Settled: the window shows `keys` keys (any, for 0), online, nothing syncing or being written.
        const auto settled = [](ConsoleSession &session, int keys) {
            MainWindow *window = session.window();
            Repository *repo = session.repository();
            auto *table = window ? window->findChild<QTableView *>(u"apiKeysTableView"_s) : nullptr;
            const int rows = table && table->model() ? table->model()->rowCount() : -1;
            return (keys > 0 ? rows == keys : rows > 0) && window->isVisible() && repo && repo->isOnline()
                && !repo->isSyncing() && repo->pendingWrites() == 0;
        };
        auto session = std::make_unique<ConsoleSession>(&secrets);
        meter.start();
        session->openProfile(profileName);
        if (!runUntil([&] { return settled(*session, 500); })) {
            std::fprintf(stderr, "the session did not show the profile\n");
            return 1;
        }
        report("session-start", meter.stop());
        meter.start();
        // As from the connection box: inside the event loop, which gets control back before the new window
        // is shown.
        QMetaObject::invokeMethod(
            session.get(), [&] { session->openDemo(); }, Qt::QueuedConnection);
        if (!runUntil([&] { return session->currentProfile().isEmpty() && settled(*session, 0); })) {
            std::fprintf(stderr, "the session did not switch to the demo\n");
            return 1;
        }
        report("session-switch", meter.stop());
        meter.start();
        session.reset(); // quit: the windows and connections go; the caches finish on their threads
        QTimer::singleShot(50, &app, [] {}); // the meter sees the event loop come back
        runUntil([] { return true; });
        report("session-quit", meter.stop());
    }
    // A team's PostgreSQL store (under tests/support/with-postgres.sh; ctest runs the benchmark so): the
    // same sync into it, a start-up from it, and another console's write of 50 changed keys arriving
    // through LISTEN/NOTIFY, read on the cache thread and shown.
    if (PostgresTestServer::available()) {
        const QString store = PostgresTestServer::createDatabase(u"bench_gui_stall"_s);
        if (store.isEmpty()) {
            std::fprintf(stderr, "could not create the team store\n");
            return 1;
        }
        {
            Console console(emulator, store, false);
            console.window->show();
            meter.start();
            console.repo->open(AppSettings::lastContext(QString()).orgId);
            console.window->start();
            if (!runUntil([&] { return console.keysShown() == 500 && console.quiet(); })) {
                std::fprintf(stderr, "the sync into the team store did not finish\n");
                return 1;
            }
            report("team-store-sync", meter.stop());
        }
        {
            Console console(emulator, store, true);
            clock.restart();
            console.window->show();
            meter.start();
            console.repo->open(AppSettings::lastContext(QString()).orgId);
            console.window->start();
            if (!runUntil([&] { return console.keysShown() == 500 && console.quiet(); }, 300'000, 1)) {
                std::fprintf(stderr, "start-up from the team store did not show the organization\n");
                return 1;
            }
            const double shownMs = double(clock.nsecsElapsed()) / 1e6;
            report("team-store-startup", meter.stop());
            std::printf("BENCH team-store startup organization_shown_ms=%.1f\n", shownMs);

            // Another console writes: 50 keys described anew.
            const QString orgId = emulator.orgId();
            const OrgStatePtr shown = console.repo->state(orgId);
            if (!shown) {
                std::fprintf(stderr, "the team store's organization is not shown\n");
                return 1;
            }
            OrgState changed = *shown;
            for (int i = 0; i < 50 && i < changed.snapshot.keys.size(); ++i)
                changed.snapshot.keys[i].key.desc = u"changed by another console %1"_s.arg(i);
            changed.snapshot.takenAt = QDateTime::currentDateTimeUtc();
            changed.snapshot.id = 0;
            changed.eventsPending = false;
            ApiClient otherClient(&console.manager);
            Repository other(&otherClient, store);
            const auto arrived = [&] {
                const OrgStatePtr now = console.repo->state(orgId);
                return now && now->snapshot.keys.first().key.desc == u"changed by another console 0"_s;
            };
            meter.start();
            clock.restart();
            QString otherError;
            bool otherWritten = false;
            other.persist(std::make_shared<const OrgState>(std::move(changed)), SnapshotSource::Change, 0,
                          [&](qint64, const QString &error) {
                              otherWritten = true;
                              otherError = error;
                          });
            if (!runUntil(arrived, 60'000, 1)) {
                std::fprintf(stderr, "the other console's write did not arrive (%s%s)\n",
                             otherWritten ? "written" : "not written", qPrintable(otherError));
                return 1;
            }
            const double arrivedMs = double(clock.nsecsElapsed()) / 1e6;
            report("team-store-update", meter.stop());
            std::printf("BENCH team-store update written_and_shown_ms=%.1f\n", arrivedMs);
        }
        PostgresTestServer::dropDatabase(u"bench_gui_stall"_s);
    } else {
        std::printf("BENCH gui-stall team-store skipped (run under tests/support/with-postgres.sh: "
                    "./test.sh -L bench does)\n");
    }
    std::printf("BENCH peak_rss_mb=%.1f\n", double(TestEnvironment::residentKb("VmHWM:")) / 1024.0);
    return 0;
}
