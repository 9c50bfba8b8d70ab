// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

// The throw-away PostgreSQL server a test runs beside (tests/support/with-postgres.sh): a database per
// test case, made and dropped here, and the server stopped and started for tests of a lost connection.
namespace PostgresTestServer {

// Under with-postgres.sh (APIACCESS_TEST_POSTGRES set).
bool available();
// Tests built to run on both engines run on PostgreSQL when APIACCESS_TEST_STORE_ENGINE=postgresql.
bool selected();
// postgresql://apiaccess@127.0.0.1:PORT/<database> (the password comes from PGPASSWORD).
QString location(const QString &database);
// A new, empty database (an existing one of that name is dropped first). Empty when it failed.
QString createDatabase(const QString &database);
bool dropDatabase(const QString &database);
// Runs SQL as the server's owner in a database ("" for the default one); false with a warning on failure.
bool exec(const QString &database, const QString &sql);
// pg_dump of a database as text (the secret scan reads it).
QByteArray dump(const QString &database);
// "stop", "start" or "restart" of the same server (data kept); false when it failed.
bool control(const QString &command);

} // namespace PostgresTestServer
