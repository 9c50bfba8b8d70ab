// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SecretStore.h"

#include <QStringList>

#include <functional>

class QCommandLineParser;

// What every headless command shares: one-line messages on stderr, usage errors that name the closest
// valid word, help texts that name the command and list only the exit codes it can return.
namespace Cli {

// Exit codes; each means one thing (README, "Exit codes").
enum ExitCode {
    Ok = 0,
    Findings = 1, // report: findings at or above --fail-on
    Usage = 2, // the command line is wrong (nothing was done)
    Refused = 3, // the server refused the key or the caller's address
    Network = 4, // the server could not be reached (network, TLS, timeout)
    CacheProblem = 5, // the cache cannot be opened or read
    OutputProblem = 6, // the output could not be written
    NotFound = 7, // the organization (or snapshot) is not there, or this key cannot see it
};

// Text a server may have written, made safe for a terminal: control characters (escape sequences that set
// the title or clear the screen) and bidirectional overrides are dropped; newlines and tabs stay.
QString printable(const QString &text);
void printLine(const QString &text); // stdout
void printError(const QString &text); // stderr, "apiaccess: " first
// At most 80 characters of something a person typed, for echoing it in a message.
QString shortened(const QString &typed);
// The candidate closest to word (edit distance), or empty when none is near.
QString closest(const QString &word, const QStringList &candidates);
// Prints the parser's error as one line naming the closest valid option; returns Usage. command: the
// subcommand, or empty for apiaccess itself.
int usageError(const QCommandLineParser &parser, const QString &command, const QStringList &validOptions);
// --help of a command: "Usage: apiaccess COMMAND …", its options, and the exit codes it can return.
QString helpText(const QCommandLineParser &parser, const QString &command, const QList<ExitCode> &codes);
QString exitCodeMeaning(ExitCode code);
// A SHA-256 fingerprint as typed (hex, colons allowed) in the form profiles keep, or empty when it is
// not 64 hex digits.
QByteArray normalizedFingerprint(const QString &typed);

// Waits (in a local event loop) for one keyring call's answer.
SecretStore::Result
keyringCall(const std::function<void(std::function<void(const SecretStore::Result &)>)> &start);
// The password of a PostgreSQL store kept in the keyring (apiaccess store login), handed to this process's
// connections — unless PGPASSWORD says otherwise; without either, libpq reads ~/.pgpass.
void usePasswordFromKeyring(const QString &location);

} // namespace Cli
