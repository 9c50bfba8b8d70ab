// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScreenshotCommand.h"

#include "CacheAccess.h"

#include "AddEntriesDialog.h"
#include "AddressCheckPage.h"
#include "ApiKeysPage.h"
#include "Appearance.h"
#include "Clock.h"
#include "ConsoleSession.h"
#include "ContextPicker.h"
#include "CreateKeyDialog.h"
#include "HistoryPage.h"
#include "LayoutCheck.h"
#include "LockoutDialog.h"
#include "MainWindow.h"
#include "OrgSettingsPage.h"
#include "ProfileDialog.h"
#include "ProjectKeyDialog.h"
#include "ReportPage.h"
#include "Repository.h"
#include "RoleList.h"
#include "SecretStore.h"
#include "Translations.h"
#include "WelcomeDialog.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFontDatabase>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTabWidget>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>

#include <functional>
#include <sys/stat.h>

using namespace Qt::StringLiterals;

namespace {

const QSize WindowSize(1100, 720);
const QDateTime FixedNow(QDate(2026, 11, 28), QTime(9, 30), Qt::UTC);

QString argumentValue(int argc, char **argv, const char *name)
{
    for (int i = 1; i + 1 < argc; ++i) {
        if (!std::strcmp(argv[i], name))
            return QString::fromLocal8Bit(argv[i + 1]);
    }
    return {};
}

class Shooter
{
public:
    Shooter(const QString &dir, ConsoleSession *session)
        : m_dir(dir)
        , m_session(session)
    { }

    MainWindow *window() const { return m_session->window(); }
    QString error() const { return m_error; }
    QStringList clipped() const { return m_clipped; }

    // Runs the event loop until ready() holds, at most ms.
    bool waitFor(const std::function<bool()> &ready, const QString &what, int ms = 30'000)
    {
        QElapsedTimer timer;
        timer.start();
        while (!ready()) {
            if (timer.elapsed() > ms) {
                m_error = u"timed out waiting for %1"_s.arg(what);
                return false;
            }
            QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        }
        settle();
        return true;
    }
    static void settle()
    {
        for (int i = 0; i < 5; ++i) {
            QCoreApplication::sendPostedEvents();
            QCoreApplication::processEvents();
        }
    }
    bool shoot(const QString &name, QWidget *widget)
    {
        settle();
        for (const QString &clipped : LayoutCheck::clippedTexts(widget))
            m_clipped.append(name + u": "_s + clipped);
        const QString file = QDir(m_dir).filePath(name + u".png"_s);
        if (!widget->grab().toImage().save(file, "PNG")) {
            m_error = u"cannot write %1"_s.arg(file);
            return false;
        }
        return true;
    }
    template<typename T> T *find(const QString &name) const { return window()->findChild<T *>(name); }

private:
    QString m_dir;
    ConsoleSession *m_session;
    QString m_error;
    QStringList m_clipped;
};

bool shootAll(Shooter &s)
{
    MainWindow *w = s.window();
    Repository *repo = w->repository();
    if (!repo
        || !s.waitFor(
            [&] {
                const OrgStatePtr state = repo->state(w->currentOrgId());
                return !w->currentOrgId().isEmpty() && state && !state->history.isEmpty()
                    && !repo->isSyncing();
            },
            u"the first sync"_s))
        return false;
    const QString orgId = w->currentOrgId();
    const OrgStatePtr state = repo->state(orgId);
    if (!state)
        return false;
    const OrgSnapshot *snapshot = &state->snapshot;
    auto *tabs = s.find<QTabWidget>(u"contextTabWidget"_s);

    // 01: the context picker, searching.
    w->contextPicker()->searchEdit()->setFocus();
    w->contextPicker()->searchEdit()->setText(u"bill"_s);
    if (!s.shoot(u"01-context-picker"_s, w))
        return false;
    w->contextPicker()->searchEdit()->clear();

    // 02–04: the organization setting off, the lock-out check, on.
    w->pickContext(orgId);
    tabs->setCurrentWidget(w->settingsPage());
    auto *toggle = s.find<QCheckBox>(u"requireWhitelistCheckBox"_s);
    if (!s.waitFor([&] { return toggle->isEnabled(); }, u"the settings toggle"_s)
        || !s.shoot(u"02-organization-settings-off"_s, w))
        return false;
    toggle->click();
    LockoutDialog *lockout = w->settingsPage()->lockoutDialog();
    if (!lockout || !s.waitFor([&] { return lockout->isVisible(); }, u"the lock-out check"_s)
        || !s.shoot(u"03-lockout-check"_s, lockout))
        return false;
    lockout->findChild<QCheckBox *>(u"understandCheckBox"_s)->click();
    lockout->findChild<QPushButton *>(u"confirmButton"_s)->click();
    if (!s.waitFor([&] { return toggle->isChecked() && !w->settingsPage()->lockoutDialog(); },
                   u"the setting to turn on"_s)
        || !s.shoot(u"04-organization-settings-on"_s, w))
        return false;

    // 05–06: the keys, then one key's whitelist.
    tabs->setCurrentWidget(w->keysPage());
    if (!s.shoot(u"05-api-keys"_s, w))
        return false;
    QString richest;
    qsizetype most = -1;
    // Not the console's own key: its request counts move with every call this run makes.
    const QString own = repo->policy().callerKeyId();
    for (const KeyRecord &k : snapshot->keys) {
        if (k.key.id != own && k.accessList.size() > most) {
            most = k.accessList.size();
            richest = k.key.id;
        }
    }
    w->keysPage()->selectKey(richest);
    if (!s.shoot(u"06-key-details"_s, w))
        return false;

    // 07–08: create a key; the private key, masked.
    s.find<QAction>(u"createKeyAction"_s)->trigger();
    CreateKeyDialog *create = w->keysPage()->createDialog();
    if (!create || !s.waitFor([&] { return create->isVisible(); }, u"the create-key dialog"_s))
        return false;
    create->findChild<QLineEdit *>(u"descriptionLineEdit"_s)
        ->setText(QCoreApplication::translate("Screenshots", "Nightly backup export"));
    create->findChild<RoleList *>(u"rolesListWidget"_s)->setCheckedRoles({u"ORG_READ_ONLY"_s});
    if (!s.shoot(u"07-create-key"_s, create))
        return false;
    create->findChild<QPushButton *>(u"createButton"_s)->click();
    if (!s.waitFor([&] { return create->isOnPrivateKeyPage(); }, u"the new key"_s)
        || !s.shoot(u"08-create-key-private-key"_s, create))
        return false;
    create->findChild<QCheckBox *>(u"copiedCheckBox"_s)->click();
    create->findChild<QPushButton *>(u"finishButton"_s)->click();
    if (!s.waitFor([&] { return !w->keysPage()->createDialog() && !repo->isSyncing(); },
                   u"the create-key dialog to close"_s))
        return false;

    // 09: add entries, with a mistake.
    w->keysPage()->selectKey(richest);
    s.find<QAction>(u"addEntriesAction"_s)->trigger();
    AddEntriesDialog *add = w->keysPage()->addEntriesDialog();
    if (!add || !s.waitFor([&] { return add->isVisible(); }, u"the add-entries dialog"_s))
        return false;
    add->findChild<QPlainTextEdit *>(u"entriesPlainTextEdit"_s)
        ->setPlainText(u"198.51.100.7\n10.20.0.1/16\n300.1.2.3"_s);
    if (!s.shoot(u"09-add-entries-error"_s, add))
        return false;
    add->reject();

    // 10–11: a project's keys; inviting an organization key.
    QString project;
    for (const Project &p : snapshot->projects) {
        if (!snapshot->projectKeys(p.id).isEmpty()) {
            project = p.id;
            break;
        }
    }
    w->pickContext(orgId, project);
    if (!s.waitFor([&] { return !repo->isSyncing(); }, u"the project"_s) || !s.shoot(u"10-project-keys"_s, w))
        return false;
    s.find<QAction>(u"inviteKeyAction"_s)->trigger();
    ProjectKeyDialog *invite = w->keysPage()->projectKeyDialog();
    if (!invite || !s.waitFor([&] { return invite->isVisible(); }, u"the invite dialog"_s))
        return false;
    QString outsider;
    for (const KeyRecord &k : snapshot->keys) {
        const auto assigned = snapshot->projectKeys(project);
        if (std::none_of(assigned.cbegin(), assigned.cend(),
                         [&](const KeyRecord *a) { return a->key.id == k.key.id; })) {
            outsider = k.key.publicKey;
            break;
        }
    }
    invite->findChild<QLineEdit *>(u"keyIdentifierLineEdit"_s)->setText(outsider);
    invite->findChild<RoleList *>(u"rolesListWidget"_s)->setCheckedRoles({u"GROUP_READ_ONLY"_s});
    if (!s.shoot(u"11-invite-project-key"_s, invite))
        return false;
    invite->reject();

    // 12–14: offline review.
    w->pickContext(orgId);
    tabs->setCurrentWidget(w->addressCheckPage());
    w->addressCheckPage()->findChild<QLineEdit *>()->setText(u"203.0.113.5"_s);
    w->addressCheckPage()->check();
    if (!s.shoot(u"12-address-check"_s, w))
        return false;
    tabs->setCurrentWidget(w->reportPage());
    w->reportPage()->refresh();
    if (!s.waitFor([&] { return !w->reportPage()->isBusy(); }, u"the report"_s)
        || !s.shoot(u"13-hygiene-report"_s, w))
        return false;
    tabs->setCurrentWidget(w->historyPage());
    w->historyPage()->refresh();
    if (!s.waitFor([&] { return !w->historyPage()->isBusy(); }, u"the history"_s)
        || !s.shoot(u"14-history-diff"_s, w))
        return false;

    // 15–16: a connection profile; the first-run welcome.
    MemorySecretStore secrets;
    ConnectionProfile example;
    example.name = QCoreApplication::translate("Screenshots", "Production Ops Manager");
    example.serverText = u"https://opsmanager.example.com:8443"_s;
    example.publicKey = u"abcdefgh"_s;
    example.proxyMode = ConnectionSettings::ProxyMode::System;
    auto *profile = new ProfileDialog(&secrets, std::nullopt, w);
    profile->findChild<QLineEdit *>(u"nameLineEdit"_s)->setText(example.name);
    profile->findChild<QLineEdit *>(u"serverLineEdit"_s)->setText(example.serverText);
    profile->findChild<QLineEdit *>(u"publicKeyLineEdit"_s)->setText(example.publicKey);
    profile->open();
    if (!s.shoot(u"15-connection-profile"_s, profile))
        return false;
    delete profile;
    auto *welcome = new WelcomeDialog(w);
    welcome->open();
    const bool ok = s.shoot(u"16-welcome"_s, welcome);
    delete welcome;
    return ok;
}

} // namespace

QStringList Screenshots::viewNames()
{
    return {u"01-context-picker.png"_s,     u"02-organization-settings-off.png"_s,
            u"03-lockout-check.png"_s,      u"04-organization-settings-on.png"_s,
            u"05-api-keys.png"_s,           u"06-key-details.png"_s,
            u"07-create-key.png"_s,         u"08-create-key-private-key.png"_s,
            u"09-add-entries-error.png"_s,  u"10-project-keys.png"_s,
            u"11-invite-project-key.png"_s, u"12-address-check.png"_s,
            u"13-hygiene-report.png"_s,     u"14-history-diff.png"_s,
            u"15-connection-profile.png"_s, u"16-welcome.png"_s};
}

int Screenshots::prepareEnvironment(int argc, char **argv)
{
    const QString scale = argumentValue(argc, argv, "--scale");
    if (!scale.isEmpty()) {
        bool ok = false;
        const double factor = scale.toDouble(&ok);
        if (!ok || factor < 1 || factor > 4) {
            std::fprintf(stderr, "apiaccess screenshots: --scale takes a number from 1 to 4, not \"%s\"\n",
                         qPrintable(scale));
            return 2;
        }
        qputenv("QT_SCALE_FACTOR", scale.toLatin1());
    }
    qputenv("QT_QPA_PLATFORM", "offscreen");
    qunsetenv("QT_QPA_PLATFORMTHEME");
    qunsetenv("QT_FONT_DPI");
    qputenv("TZ", "UTC");
    tzset();
    // Throw-away settings, data and cache: the demo's cache here is not the person's.
    char dir[] = "/tmp/apiaccess-screenshots-XXXXXX";
    if (!mkdtemp(dir)) {
        std::perror("apiaccess screenshots: mkdtemp");
        return 5;
    }
    const QByteArray base(dir);
    qputenv("XDG_CONFIG_HOME", base + "/config");
    qputenv("XDG_DATA_HOME", base + "/data");
    qputenv("XDG_CACHE_HOME", base + "/cache");
    const QByteArray runtime = base + "/runtime";
    if (mkdir(runtime.constData(), 0700) == 0)
        qputenv("XDG_RUNTIME_DIR", runtime);
    qputenv("APIACCESS_SCREENSHOT_TMP", base);
    return 0;
}

int Screenshots::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "Screenshots",
        "Renders every documented view on the built-in demo data, offscreen; two runs give "
        "byte-identical files."));
    parser.addHelpOption();
    parser.addPositionalArgument(u"screenshots"_s, QString());
    parser.addOption(
        {u"out"_s, QCoreApplication::translate("Screenshots", "Write the PNG files to DIR."), u"DIR"_s});
    parser.addOption({u"lang"_s,
                      QCoreApplication::translate("Screenshots", "Language: en, de, fr, es, ja or zh_CN."),
                      u"L"_s, u"en"_s});
    parser.addOption(
        {u"theme"_s, QCoreApplication::translate("Screenshots", "light or dark."), u"THEME"_s, u"light"_s});
    parser.addOption({u"scale"_s,
                      QCoreApplication::translate("Screenshots", "Device pixels per pixel, 1 to 4."), u"N"_s,
                      u"1"_s});
    parser.addOption(
        {u"check-layout"_s,
         QCoreApplication::translate("Screenshots", "Exit with 3 when a text does not fit its widget.")});
    parser.process(arguments);
    const auto cleanup = qScopeGuard([] {
        const QString tmp = qEnvironmentVariable("APIACCESS_SCREENSHOT_TMP");
        CacheAccess::waitForAll(); // the caches in it are closed before it goes
        if (tmp.startsWith("/tmp/apiaccess-screenshots-"_L1))
            QDir(tmp).removeRecursively();
    });
    const QString out = parser.value(u"out"_s);
    if (out.isEmpty()) {
        std::fprintf(stderr, "apiaccess screenshots: --out DIR is required\n");
        return 2;
    }
    const QString lang = Translations::match(parser.value(u"lang"_s));
    if (lang.isEmpty()) {
        std::fprintf(stderr, "apiaccess screenshots: unknown language \"%s\" (available: %s)\n",
                     qPrintable(parser.value(u"lang"_s)),
                     qPrintable(Translations::available().join(u", "_s)));
        return 2;
    }
    const QString theme = parser.value(u"theme"_s);
    if (theme != "light"_L1 && theme != "dark"_L1) {
        std::fprintf(stderr, "apiaccess screenshots: --theme is light or dark\n");
        return 2;
    }
    if (!QDir().mkpath(out)) {
        std::fprintf(stderr, "apiaccess screenshots: cannot create %s\n", qPrintable(out));
        return 5;
    }
    // The offscreen platform says it cannot resize to size hints; nothing to tell the writer.
    qInstallMessageHandler([](QtMsgType type, const QMessageLogContext &, const QString &message) {
        if (!message.contains("propagateSizeHints"_L1))
            std::fprintf(stderr, "%s%s\n", type >= QtWarningMsg ? "warning: " : "", qPrintable(message));
    });
    Translations::install(lang);
    Appearance::applyTheme(Appearance::themeFromName(theme));
    // Fonts from Debian packages (fonts-dejavu-core, fonts-noto-cjk), chosen by name.
    const bool cjk = lang == "ja"_L1 || lang == "zh_CN"_L1;
    QFont font(cjk ? (lang == "ja"_L1 ? u"Noto Sans CJK JP"_s : u"Noto Sans CJK SC"_s) : u"DejaVu Sans"_s);
    font.setPointSize(9);
    font.setHintingPreference(QFont::PreferNoHinting);
    QApplication::setFont(font);
    QApplication::setCursorFlashTime(0); // a steady text cursor
    for (const auto effect : {Qt::UI_AnimateMenu, Qt::UI_FadeMenu, Qt::UI_AnimateCombo, Qt::UI_AnimateTooltip,
                              Qt::UI_FadeTooltip, Qt::UI_AnimateToolBox})
        QApplication::setEffectEnabled(effect, false);
    Clock::setFixed(FixedNow);

    MemorySecretStore secrets;
    ConsoleSession session(&secrets);
    EmulatorOptions demo;
    demo.threads = 2;
    demo.fixedClock = FixedNow;
    demo.idSeed = 20261128;
    session.setDemoOptions(demo);
    session.openDemo();
    MainWindow *window = session.window();
    window->resize(WindowSize);
    Shooter shooter(out, &session);
    if (!shootAll(shooter)) {
        std::fprintf(stderr, "apiaccess screenshots: %s\n", qPrintable(shooter.error()));
        return 1;
    }
    // Text that does not fit its widget, in this language at this scale.
    for (const QString &clipped : shooter.clipped())
        std::fprintf(stderr, "clipped: %s\n", qPrintable(clipped));
    if (parser.isSet(u"check-layout"_s) && !shooter.clipped().isEmpty())
        return 3;
    std::printf("%s\n",
                qPrintable(QCoreApplication::translate("Screenshots", "Wrote %n screenshot(s) to %1.",
                                                       nullptr, int(viewNames().size()))
                               .arg(out)));
    return 0;
}
