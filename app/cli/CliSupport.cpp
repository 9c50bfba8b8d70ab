// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliSupport.h"
#include "CacheDatabase.h"
#include "StoreLocation.h"
#include <QEventLoop>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QRegularExpression>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace Cli {

QString printable(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        const bool bidi = (u >= 0x202A && u <= 0x202E) || (u >= 0x2066 && u <= 0x2069);
        if ((c.category() == QChar::Other_Control && c != u'\n' && c != u'\t') || bidi)
            continue;
        out += c;
    }
    return out;
}

void printLine(const QString &text)
{
    fputs(qPrintable(printable(text) + u'\n'), stdout);
}

void printError(const QString &text)
{
    fputs(qPrintable(u"apiaccess: "_s + printable(text) + u'\n'), stderr);
}

QString shortened(const QString &typed)
{
    return typed.size() <= 80 ? typed : typed.left(77) + u"…"_s;
}

namespace {
int distance(const QString &a, const QString &b)
{
    QList<int> row(b.size() + 1);
    for (int j = 0; j <= b.size(); ++j)
        row[j] = j;
    for (int i = 1; i <= a.size(); ++i) {
        int diagonal = row[0];
        row[0] = i;
        for (int j = 1; j <= b.size(); ++j) {
            const int above = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diagonal = above;
        }
    }
    return row[b.size()];
}
} // namespace

QString closest(const QString &word, const QStringList &candidates)
{
    if (word.size() > 40)
        return {};
    QString best;
    int bestDistance = std::max(2, int(word.size()) / 3) + 1;
    for (const QString &c : candidates) {
        const int d = c.startsWith(word) && word.size() >= 2 ? 1 : distance(word, c);
        if (d < bestDistance) {
            bestDistance = d;
            best = c;
        }
    }
    return best;
}

int usageError(const QCommandLineParser &parser, const QString &command, const QStringList &validOptions)
{
    const QStringList unknown = parser.unknownOptionNames();
    if (unknown.isEmpty()) {
        printError(command.isEmpty() ? shortened(parser.errorText())
                                     : command + u": "_s + shortened(parser.errorText()));
        return Usage;
    }
    const auto dashed
        = [](const QString &name) -> QString { return (name.size() == 1 ? u"-"_s : u"--"_s) + name; };
    QString message
        = QCoreApplication::translate("cli", "unknown option '%1'").arg(dashed(shortened(unknown.first())));
    if (!command.isEmpty())
        message = command + u": "_s + message;
    const QString near = closest(unknown.first(), validOptions);
    if (!near.isEmpty())
        message += QCoreApplication::translate("cli", " — did you mean '%1'?").arg(dashed(near));
    printError(message);
    return Usage;
}

QByteArray normalizedFingerprint(const QString &typed)
{
    const QString hex = QString(typed).remove(u':').trimmed().toLower();
    static const QRegularExpression digits(u"^[0-9a-f]{64}$"_s);
    return digits.match(hex).hasMatch() ? hex.toLatin1() : QByteArray();
}

QString exitCodeMeaning(ExitCode code)
{
    switch (code) {
    case Ok:
        return QCoreApplication::translate("cli", "done");
    case Findings:
        return QCoreApplication::translate("cli", "findings at or above --fail-on");
    case Usage:
        return QCoreApplication::translate("cli", "the command line is wrong; nothing was done");
    case Refused:
        return QCoreApplication::translate("cli", "the server refused the key or the address it calls from");
    case Network:
        return QCoreApplication::translate("cli", "the server could not be reached (network, TLS, timeout)");
    case CacheProblem:
        return QCoreApplication::translate("cli", "the cache cannot be opened or read");
    case OutputProblem:
        return QCoreApplication::translate("cli", "the output could not be written");
    case NotFound:
        return QCoreApplication::translate("cli",
                                           "the organization or snapshot is not there, or this key "
                                           "cannot see it");
    }
    return {};
}

QString helpText(const QCommandLineParser &parser, const QString &command, const QList<ExitCode> &codes)
{
    QString text = parser.helpText();
    // QCommandLineParser names the program by its path: name it as a person types it, with the command.
    const QString program = QCoreApplication::arguments().value(0);
    const qsizetype at = program.isEmpty() ? -1 : text.indexOf(program);
    if (at >= 0)
        text.replace(at, program.size(), u"apiaccess "_s + command);
    text += u'\n' + QCoreApplication::translate("cli", "Exit codes:") + u'\n';
    for (const ExitCode code : codes)
        text += u"  %1  %2\n"_s.arg(int(code)).arg(exitCodeMeaning(code));
    return text;
}

SecretStore::Result
keyringCall(const std::function<void(std::function<void(const SecretStore::Result &)>)> &start)
{
    SecretStore::Result result;
    QEventLoop loop;
    bool finished = false;
    start([&](const SecretStore::Result &r) {
        result = r;
        finished = true;
        loop.quit();
    });
    if (!finished)
        loop.exec();
    return result;
}

void usePasswordFromKeyring(const QString &text)
{
    const StoreLocation location = StoreLocation::parse(text);
    if (!location.isPostgres() || !qEnvironmentVariableIsEmpty("PGPASSWORD"))
        return;
    KeychainSecretStore keyring;
    const SecretStore::Result stored
        = keyringCall([&](auto done) { keyring.read(location.keyringKey(), &keyring, done); });
    if (stored.ok())
        CacheDatabase::setPassword(location.keyringKey(), stored.secret);
}

} // namespace Cli
