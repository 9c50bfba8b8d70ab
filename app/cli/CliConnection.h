// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ApiError.h"
#include "ConnectionProfile.h"

#include <QCommandLineOption>
#include <QCommandLineParser>

namespace Cli {

// How a headless command that talks to the server (sync, rotate) connects: a saved profile (--profile; with
// --public-key, another key of its server for this run) or --url with --public-key (or --client-id), --api,
// the certificate options, and the secret from
// --private-key-file (--client-secret-file), APIACCESS_PRIVATE_KEY (APIACCESS_CLIENT_SECRET) or the keyring —
// never from an argument.
struct ConnectionOptions
{
    ConnectionOptions();
    QCommandLineOption profile, url, publicKey, keyFile, clientId, secretFile, remember, caBundle, trust,
        apiOption, store;
    QList<QCommandLineOption> all() const
    {
        return {profile,   url,      publicKey, keyFile, clientId, secretFile,
                apiOption, remember, caBundle,  trust,   store};
    }
};

struct CliConnection
{
    ConnectionProfile remembered; // the profile (new, or saved with this run's changes)
    QString name;
    bool newProfile = false; // saved only once the command succeeded
    ConnectionSettings settings; // with the secret
    // Where the history is kept: --store, else the profile's store, else the profile's SQLite cache.
    QString storeLocation() const;
};

// Reads the options of parser; Ok, or the exit code after saying why (command names the command in it).
int resolveConnection(const QCommandLineParser &parser, const ConnectionOptions &o, const QString &command,
                      CliConnection *out);

// The exit code of a server's (or the network's) refusal.
int exitCodeFor(const ApiError &e);

} // namespace Cli
