// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Appearance.h"
#include "AppSettings.h"
#include "CacheAccess.h"
#include "CacheDatabase.h"
#include "CliCommands.h"
#include "CliSupport.h"
#include "ConnectionProfile.h"
#include "ConsoleSession.h"
#include "FallbackSecretStore.h"
#include "ScreenshotCommand.h"
#include "Translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QLocale>

#include <cstring>

using namespace Qt::StringLiterals;

namespace {

// --help and --version must work without a display, so they get a QCoreApplication.
bool needsGui(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const char *arg = argv[i];
        if (!std::strcmp(arg, "--help") || !std::strcmp(arg, "-h") || !std::strcmp(arg, "--version")
            || !std::strcmp(arg, "-v") || !std::strcmp(arg, "--help-all"))
            return false;
    }
    return true;
}

void describeOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(QCoreApplication::translate(
        "main",
        "API Access Console: programmatic API keys, their IP whitelists and the organization setting "
        "\"Require IP Whitelist for Public API\" of MongoDB Ops Manager and Cloud Manager.\n\n"
        "Headless commands (each has --help; none needs a display):\n"
        "  sync (--profile NAME | --url BASE --public-key KEY) [--org ID | --all-orgs]\n"
        "       the private key from --private-key-file FILE or APIACCESS_PRIVATE_KEY\n"
        "  rotate key --org ID --key KEY --private-key-out FILE|-   a new key like the old; then\n"
        "  rotate finish|cancel --org ID --key KEY · rotate status [--json]\n"
        "  store copy --from LOCATION --to LOCATION   history and notes into a team store (and back)\n"
        "  store info|login --store postgresql://USER@HOST/DB   what it holds · its password to the keyring\n"
        "  profiles [--json]                 saved connections and their last sync\n"
        "  orgs [--profile NAME] [--json]    cached organizations\n"
        "  snapshots --org ID [--json]       stored snapshots and what each changed\n"
        "  check-ip ADDRESS --org ID [--json]\n"
        "  report --org ID [--json] [--stale-days N] [--fail-on SEVERITY]\n"
        "  diff --org ID [--from SNAPSHOT] [--to SNAPSHOT] [--json]\n"
        "  export --org ID --format csv|json|md|html|pdf --out FILE|- [--snapshot ID]\n"
        "  events --org ID [--json]          who changed what, from where\n"
        "  screenshots --out DIR [--lang L] [--theme light|dark] [--scale N]\n"
        "  completion bash|zsh|fish          the shell's completion script\n"
        "Exit codes: 0 ok, 1 findings at or above --fail-on, 2 usage, 3 authentication or whitelist refusal, "
        "4 network or TLS, 5 cache problem, 6 output not written, 7 organization or snapshot not found."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(
        {u"demo"_s,
         QCoreApplication::translate("main",
                                     "Start with the built-in demo server (the default while no connection "
                                     "profile exists).")});
    parser.addOption(
        {u"profile"_s, QCoreApplication::translate("main", "Open the saved connection NAME."), u"NAME"_s});
    parser.addOption({u"lang"_s,
                      QCoreApplication::translate("main",
                                                  "The language: en, de, fr, es, ja or zh_CN (default: the "
                                                  "one chosen in View → Language, else the system's)."),
                      u"L"_s});
    parser.addOption({u"theme"_s,
                      QCoreApplication::translate("main", "system, light or dark (default: View → Theme)."),
                      u"THEME"_s});
    parser.addOption({u"offline"_s,
                      QCoreApplication::translate("main",
                                                  "Show the cached data only: nothing is sent to any "
                                                  "server.")});
}

// The GUI's options, for "did you mean".
QStringList guiOptionNames()
{
    return {u"help"_s, u"version"_s, u"demo"_s,    u"profile"_s,
            u"lang"_s, u"theme"_s,   u"offline"_s, u"help-all"_s};
}

QStringList argumentList(int argc, char **argv)
{
    QStringList list;
    for (int i = 0; i < argc; ++i)
        list.append(QString::fromLocal8Bit(argv[i]));
    return list;
}

// Checks the command line before any application object exists, so that a mistake never needs a display
// and never opens a window: an unknown command or option exits 2 naming the closest valid one.
int checkCommandLine(int argc, char **argv)
{
    const QStringList arguments = argumentList(argc, argv);
    if (argc > 1 && !arguments[1].startsWith(u'-')) {
        QString message
            = QCoreApplication::translate("main", "unknown command '%1'").arg(Cli::shortened(arguments[1]));
        const QString near = Cli::closest(arguments[1], Cli::commands());
        if (!near.isEmpty())
            message += QCoreApplication::translate("main", " — did you mean '%1'?").arg(near);
        Cli::printError(message + u' '
                        + QCoreApplication::translate("main", "(apiaccess --help lists the commands)"));
        return Cli::Usage;
    }
    QCommandLineParser parser;
    describeOptions(parser);
    if (!parser.parse(arguments))
        return Cli::usageError(parser, QString(), guiOptionNames());
    if (!parser.positionalArguments().isEmpty()) {
        Cli::printError(QCoreApplication::translate("main",
                                                    "unexpected argument '%1' (apiaccess --help lists the "
                                                    "commands; a command comes first)")
                            .arg(Cli::shortened(parser.positionalArguments().first())));
        return Cli::Usage;
    }
    return Cli::Ok;
}

// Headless commands speak in one-line messages of their own: Qt's warnings (a reply read after it
// closed, a missing XDG_RUNTIME_DIR) would reach cron's mail. APIACCESS_DEBUG=1 shows them.
void quietQtMessages(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (type == QtFatalMsg || type == QtCriticalMsg || qEnvironmentVariableIsSet("APIACCESS_DEBUG"))
        fprintf(stderr, "%s\n", qPrintable(message));
}

void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(u"apiaccess"_s);
    QCoreApplication::setOrganizationDomain(u"apiaccess.example.org"_s);
    QCoreApplication::setApplicationName(u"apiaccess"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(APIACCESS_VERSION));
}

// Headless commands speak the system's language (English where it is not one of ours).
void installSystemLanguage()
{
    const QString code = Translations::match(QLocale::system().name());
    Translations::install(code.isEmpty() ? QStringLiteral("en") : code);
}

// Caches filed under the old folder names move to their own folder once (CacheDatabase).
void adoptLegacyCacheFolders()
{
    QStringList names;
    for (const ConnectionProfile &p : ProfileStore::all())
        names.append(p.name);
    CacheDatabase::adoptLegacyFolders(names);
}

} // namespace

int main(int argc, char *argv[])
{
    if (argc > 1 && !std::strcmp(argv[1], "screenshots")) {
        if (const int status = Screenshots::prepareEnvironment(argc, argv))
            return status;
        QApplication app(argc, argv);
        setApplicationIdentity();
        const int status = Screenshots::run(QCoreApplication::arguments());
        CacheAccess::waitForAll();
        return status;
    }
    if (argc > 1 && Cli::isCommand(QString::fromLocal8Bit(argv[1]))) {
        qInstallMessageHandler(quietQtMessages);
        if (Cli::needsGui(QString::fromLocal8Bit(argv[1]))) {
            if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
                qputenv("QT_QPA_PLATFORM", "offscreen"); // headless: no display needed
            QGuiApplication app(argc, argv);
            setApplicationIdentity();
            installSystemLanguage();
            adoptLegacyCacheFolders();
            const int status = Cli::run(QCoreApplication::arguments());
            CacheAccess::waitForAll(); // what a command queued for its cache is written before it exits
            return status;
        }
        QCoreApplication app(argc, argv);
        setApplicationIdentity();
        installSystemLanguage();
        adoptLegacyCacheFolders();
        const int status = Cli::run(QCoreApplication::arguments());
        CacheAccess::waitForAll();
        return status;
    }
    if (const int status = checkCommandLine(argc, argv))
        return status;
    if (!needsGui(argc, argv)) {
        QCoreApplication app(argc, argv);
        setApplicationIdentity();
        QCommandLineParser parser;
        describeOptions(parser);
        parser.process(app);
        return 0;
    }

    QApplication app(argc, argv);
    setApplicationIdentity();
    QApplication::setApplicationDisplayName(QApplication::translate("main", "API Access Console"));
    QApplication::setWindowIcon(QIcon(u":/apiaccess/apiaccess.svg"_s));
    QGuiApplication::setDesktopFileName(u"apiaccess"_s);
    QCommandLineParser parser;
    describeOptions(parser);
    parser.process(app);

    if (parser.isSet(u"demo"_s) && parser.isSet(u"profile"_s)) {
        fprintf(stderr, "apiaccess: use either --demo or --profile, not both\n");
        return 2;
    }
    // The language: --lang, else the one chosen in the console, else the system's, else English.
    QString language = parser.value(u"lang"_s);
    if (!language.isEmpty() && Translations::match(language).isEmpty()) {
        fprintf(stderr, "apiaccess: unknown language \"%s\" (available: %s)\n", qPrintable(language),
                qPrintable(Translations::available().join(u", "_s)));
        return 2;
    }
    if (language.isEmpty())
        language = AppSettings::language();
    if (language.isEmpty())
        language = QLocale::system().name();
    Translations::install(Translations::match(language).isEmpty() ? u"en"_s : Translations::match(language));
    const QString theme = parser.isSet(u"theme"_s) ? parser.value(u"theme"_s) : AppSettings::theme();
    if (parser.isSet(u"theme"_s) && !QStringList{u"system"_s, u"light"_s, u"dark"_s}.contains(theme)) {
        fprintf(stderr, "apiaccess: --theme is system, light or dark\n");
        return 2;
    }
    if (Appearance::themeFromName(theme) != Appearance::Theme::System)
        Appearance::applyTheme(Appearance::themeFromName(theme));
    const bool offline = parser.isSet(u"offline"_s);
    adoptLegacyCacheFolders();
    auto owned = std::make_unique<ConsoleSession>(new FallbackSecretStore(new KeychainSecretStore, &app));
    ConsoleSession &session = *owned;
    if (parser.isSet(u"demo"_s)) {
        session.openDemo(offline);
    } else if (parser.isSet(u"profile"_s)) {
        const QString name = parser.value(u"profile"_s);
        if (!ProfileStore::find(name)) {
            QStringList names;
            for (const ConnectionProfile &p : ProfileStore::all())
                names.append(p.name);
            fprintf(stderr, "apiaccess: no saved connection named \"%s\" (saved: %s)\n", qPrintable(name),
                    names.isEmpty() ? "none" : qPrintable(names.join(u", "_s)));
            return 2;
        }
        session.openProfile(name, offline);
    } else {
        session.openLast(offline);
        session.showWelcomeIfFirstRun();
    }
    const int status = QApplication::exec();
    session.signOut();
    // The window is gone: the notes and snapshots still queued for the caches are written before the
    // process ends (nothing a person wrote is lost on quit), within a bound.
    owned.reset();
    CacheAccess::waitForAll();
    return status;
}
