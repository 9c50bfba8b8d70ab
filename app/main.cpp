// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Appearance.h"
#include "AppSettings.h"
#include "CliCommands.h"
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
        "Headless commands (each has --help):\n"
        "  sync (--profile NAME | --url BASE --public-key KEY) [--org ID | --all-orgs]\n"
        "       the private key from --private-key-file FILE or APIACCESS_PRIVATE_KEY\n"
        "  check-ip ADDRESS --org ID [--json]\n"
        "  report --org ID [--json] [--stale-days N] [--fail-on SEVERITY]\n"
        "  diff --org ID [--from SNAPSHOT] [--to SNAPSHOT] [--json]\n"
        "  export --org ID --format csv|json|md|html|pdf --out FILE [--snapshot ID]\n"
        "  screenshots --out DIR [--lang L] [--theme light|dark] [--scale N]\n"
        "Exit codes: 0 ok, 1 findings at or above --fail-on, 2 usage, 3 authentication or whitelist refusal, "
        "4 network or TLS, 5 cache problem."));
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

} // namespace

int main(int argc, char *argv[])
{
    if (argc > 1 && !std::strcmp(argv[1], "screenshots")) {
        if (const int status = Screenshots::prepareEnvironment(argc, argv))
            return status;
        QApplication app(argc, argv);
        setApplicationIdentity();
        return Screenshots::run(QCoreApplication::arguments());
    }
    if (argc > 1 && Cli::isCommand(QString::fromLocal8Bit(argv[1]))) {
        if (Cli::needsGui(QString::fromLocal8Bit(argv[1]))) {
            if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
                qputenv("QT_QPA_PLATFORM", "offscreen"); // headless: no display needed
            QGuiApplication app(argc, argv);
            setApplicationIdentity();
            installSystemLanguage();
            return Cli::run(QCoreApplication::arguments());
        }
        QCoreApplication app(argc, argv);
        setApplicationIdentity();
        installSystemLanguage();
        return Cli::run(QCoreApplication::arguments());
    }
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
    ConsoleSession session(new FallbackSecretStore(new KeychainSecretStore, &app));
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
    return QApplication::exec();
}
