// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PostgresTestServer.h"

#include <QAtomicInteger>
#include <QDebug>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace PostgresTestServer {

namespace {

QUrl base()
{
    return QUrl(qEnvironmentVariable("APIACCESS_TEST_POSTGRES"));
}

QAtomicInteger<int> counter;

} // namespace

bool available()
{
    return !qEnvironmentVariableIsEmpty("APIACCESS_TEST_POSTGRES");
}

bool selected()
{
    return qEnvironmentVariable("APIACCESS_TEST_STORE_ENGINE") == "postgresql"_L1 && available();
}

QString location(const QString &database)
{
    QUrl url = base();
    url.setPath(u'/' + database);
    return url.toString();
}

bool exec(const QString &database, const QString &sql)
{
    const QString name = u"apiaccess-test-admin-%1"_s.arg(counter.fetchAndAddRelaxed(1));
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
        const QUrl url = base();
        db.setHostName(url.host());
        db.setPort(url.port(5432));
        db.setUserName(url.userName());
        db.setDatabaseName(database.isEmpty() ? url.path().mid(1) : database);
        if (!db.open()) {
            qWarning() << "test server:" << db.lastError().text();
        } else {
            QSqlQuery q(db);
            ok = q.exec(sql);
            if (!ok)
                qWarning() << "test server:" << sql.left(80) << q.lastError().text();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

QString createDatabase(const QString &database)
{
    dropDatabase(database);
    return exec({}, u"CREATE DATABASE \"%1\""_s.arg(database)) ? location(database) : QString();
}

bool dropDatabase(const QString &database)
{
    return exec({}, u"DROP DATABASE IF EXISTS \"%1\" WITH (FORCE)"_s.arg(database));
}

QByteArray dump(const QString &database)
{
    const QUrl url = base();
    QProcess pgDump;
    pgDump.start(u"pg_dump"_s,
                 {u"-h"_s, url.host(), u"-p"_s, QString::number(url.port(5432)), u"-U"_s, url.userName(),
                  u"-d"_s, database, u"--no-owner"_s});
    if (!pgDump.waitForFinished(60'000) || pgDump.exitCode() != 0) {
        qWarning() << "pg_dump:" << pgDump.readAllStandardError();
        pgDump.kill();
        pgDump.waitForFinished();
        return {};
    }
    return pgDump.readAllStandardOutput();
}

bool control(const QString &command)
{
    const QString ctl = qEnvironmentVariable("APIACCESS_TEST_POSTGRES_CTL");
    if (ctl.isEmpty())
        return false;
    const QStringList words = ctl.split(u' ');
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedChannels);
    process.start(words.first(), words.mid(1) << command);
    if (!process.waitForFinished(60'000)) {
        process.kill();
        process.waitForFinished();
        return false;
    }
    return process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}

} // namespace PostgresTestServer
