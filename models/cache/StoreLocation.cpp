// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "StoreLocation.h"

#include <QFileInfo>
#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

bool StoreLocation::looksLikePostgres(const QString &text)
{
    return text.startsWith("postgresql://"_L1) || text.startsWith("postgres://"_L1);
}

StoreLocation StoreLocation::parse(const QString &text)
{
    StoreLocation loc;
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        loc.error = tr("No store given: a SQLite file (sqlite:PATH) or a PostgreSQL database "
                       "(postgresql://USER@HOST:PORT/DATABASE).");
        return loc;
    }
    if (!looksLikePostgres(trimmed)) {
        if (trimmed.contains("://"_L1)) {
            loc.error = tr("\"%1\" is no store this console knows: give sqlite:PATH or "
                           "postgresql://USER@HOST:PORT/DATABASE.")
                            .arg(trimmed.section("://"_L1, 0, 0));
            return loc;
        }
        loc.path = trimmed.startsWith("sqlite:"_L1) ? trimmed.mid(7) : trimmed;
        if (loc.path.isEmpty())
            loc.error = tr("sqlite: needs the path of the file, as in sqlite:/home/me/history.sqlite.");
        return loc;
    }
    loc.engine = Engine::PostgreSQL;
    const QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid()) {
        loc.error = tr("The PostgreSQL address is not valid: %1").arg(url.errorString());
        return loc;
    }
    if (!url.password().isEmpty()) {
        loc.error = tr("Leave the password out of the address (it would be kept in settings and shell "
                       "history): the console keeps it in the system keyring; headless commands read "
                       "PGPASSWORD or ~/.pgpass.");
        return loc;
    }
    loc.host = url.host();
    loc.port = url.port(5432);
    loc.user = url.userName();
    loc.database = url.path().mid(1);
    if (loc.host.isEmpty()) {
        loc.error = tr(
            "The PostgreSQL address names no server, as in postgresql://auditor@db.example.com/apiaccess.");
        return loc;
    }
    if (loc.database.isEmpty() || loc.database.contains(u'/')) {
        loc.error = tr("The PostgreSQL address names no database after the server, as in "
                       "postgresql://auditor@db.example.com/apiaccess.");
        return loc;
    }
    if (loc.user.isEmpty()) {
        loc.error = tr(
            "The PostgreSQL address names no user, as in postgresql://auditor@db.example.com/apiaccess.");
        return loc;
    }
    const QUrlQuery query(url);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == "sslmode"_L1) {
            static const QStringList modes{u"disable"_s, u"allow"_s,     u"prefer"_s,
                                           u"require"_s, u"verify-ca"_s, u"verify-full"_s};
            if (!modes.contains(value)) {
                loc.error = tr("sslmode=%1 is not one of %2.").arg(value, modes.join(u", "_s));
                return loc;
            }
            loc.sslMode = value;
        } else if (key == "sslrootcert"_L1) {
            if (!QFileInfo(value).isReadable()) {
                loc.error = tr("The CA bundle %1 (sslrootcert) cannot be read.").arg(value);
                return loc;
            }
            loc.sslRootCert = value;
        } else if (key == "connect_timeout"_L1) {
            bool ok = false;
            const int seconds = value.toInt(&ok);
            if (!ok || seconds < 1 || seconds > 60) {
                loc.error = tr("connect_timeout is a number of seconds from 1 to 60.");
                return loc;
            }
            loc.connectTimeoutSeconds = seconds;
        } else {
            loc.error = tr("The option %1 is not one this console passes on (sslmode, sslrootcert, "
                           "connect_timeout).")
                            .arg(key);
            return loc;
        }
    }
    if ((loc.sslMode == "verify-ca"_L1 || loc.sslMode == "verify-full"_L1) && loc.sslRootCert.isEmpty()) {
        loc.error
            = tr("sslmode=%1 checks the server against a CA bundle: add sslrootcert=PATH.").arg(loc.sslMode);
        return loc;
    }
    return loc;
}

QString StoreLocation::toString() const
{
    if (!isPostgres())
        return u"sqlite:"_s + path;
    QUrl url;
    url.setScheme(u"postgresql"_s);
    url.setUserName(user);
    url.setHost(host);
    if (port != 5432)
        url.setPort(port);
    url.setPath(u'/' + database);
    QUrlQuery query;
    if (!sslMode.isEmpty())
        query.addQueryItem(u"sslmode"_s, sslMode);
    if (!sslRootCert.isEmpty())
        query.addQueryItem(u"sslrootcert"_s, sslRootCert);
    if (connectTimeoutSeconds != 5)
        query.addQueryItem(u"connect_timeout"_s, QString::number(connectTimeoutSeconds));
    url.setQuery(query);
    return url.toString();
}

QString StoreLocation::connectOptions() const
{
    QStringList options{u"connect_timeout=%1"_s.arg(connectTimeoutSeconds), u"application_name=apiaccess"_s};
    if (!sslMode.isEmpty())
        options.append(u"sslmode="_s + sslMode);
    if (!sslRootCert.isEmpty()) {
        // The driver turns ';' into spaces: a path is quoted the way libpq reads it.
        QString quoted = sslRootCert;
        quoted.replace(u"\\"_s, u"\\\\"_s).replace(u"'"_s, u"\\'"_s);
        options.append(u"sslrootcert='"_s + quoted + u'\'');
    }
    return options.join(u';');
}

QString StoreLocation::keyringKey() const
{
    return u"store:postgresql://%1@%2:%3/%4"_s.arg(user, host).arg(port).arg(database);
}
