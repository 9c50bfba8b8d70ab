// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

// Where a history store is: a SQLite file ("sqlite:PATH", or a bare path) or a PostgreSQL database
// ("postgresql://USER@HOST[:PORT]/DATABASE[?sslmode=…&sslrootcert=…&connect_timeout=…]").
// A password in the address is refused: it would end up in settings, shell history and logs. The
// password comes from the system keyring (CacheDatabase::setPassword, filled by the console), or from
// libpq's own PGPASSWORD / ~/.pgpass for headless runs.
struct StoreLocation
{
    Q_DECLARE_TR_FUNCTIONS(StoreLocation)
public:
    enum class Engine { SQLite, PostgreSQL };

    Engine engine = Engine::SQLite;
    QString path; // SQLite
    QString host;
    int port = 5432;
    QString database;
    QString user;
    QString sslMode; // disable, require, verify-ca, verify-full (libpq's names); empty: libpq's default
    QString sslRootCert; // the CA bundle for verify-ca / verify-full
    int connectTimeoutSeconds = 5;
    QString error; // why the text is no store location (set by parse)

    bool ok() const { return error.isEmpty(); }
    bool isPostgres() const { return engine == Engine::PostgreSQL; }
    static bool looksLikePostgres(const QString &text);
    static StoreLocation parse(const QString &text);
    // The location written back (no password ever: there is none in it).
    QString toString() const;
    // libpq's connection options for QSqlDatabase::setConnectOptions ("key=value;…").
    QString connectOptions() const;
    // The key under which the console keeps this store's password in the system keyring.
    QString keyringKey() const;
};
