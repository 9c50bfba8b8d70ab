// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConnectionProfile.h"

#include "CacheDatabase.h"
#include "StoreLocation.h"

#include "SecretStore.h"
#include "ServiceAccount.h"
#include "TextChecks.h"

#include <QFile>
#include <QSettings>

#include <algorithm>

using namespace Qt::StringLiterals;

QMap<ConnectionProfile::Field, QString> ConnectionProfile::fieldProblems() const
{
    QMap<Field, QString> p;
    if (name.trimmed().isEmpty())
        p.insert(Field::Name, tr("Give the connection a name."));
    else if (name.contains(u'/') || name.contains(u'\\'))
        p.insert(Field::Name, tr("The name cannot contain “/” or “\\”."));
    QString error;
    ConnectionSettings::apiBaseFromServerText(serverText, &error);
    if (!error.isEmpty())
        p.insert(Field::Server, error);
    if (usesServiceAccount()) {
        if (publicKey.trimmed().isEmpty())
            p.insert(Field::PublicKey, tr("Enter the service account's client ID."));
        else if (!ServiceAccount::isClientId(publicKey.trimmed()))
            p.insert(Field::PublicKey,
                     tr("“%1” is not a client ID: it is mdb_sa_id_ followed by 24 hexadecimal "
                        "digits.")
                         .arg(publicKey.left(64)));
    } else if (publicKey.trimmed().isEmpty())
        p.insert(Field::PublicKey, tr("Enter the API key's public key."));
    else if (publicKey.trimmed().contains(u' ') || publicKey.size() > 64)
        p.insert(Field::PublicKey, tr("“%1” does not look like a public key.").arg(publicKey));
    if (!caBundlePath.isEmpty() && QSslCertificate::fromPath(caBundlePath, QSsl::Pem).isEmpty())
        p.insert(Field::CaBundle, tr("%1 holds no PEM certificate.").arg(caBundlePath));
    if (proxyMode == ConnectionSettings::ProxyMode::Manual
        && (proxyHost.trimmed().isEmpty() || proxyPort == 0))
        p.insert(Field::Proxy, tr("Enter the proxy's host and port."));
    if (const QString problem = ConnectionSettings::webConsoleSettingsPageProblem(webConsoleSettingsPage);
        !problem.isEmpty())
        p.insert(Field::WebConsole, problem);
    if (!store.trimmed().isEmpty()) {
        if (!StoreLocation::looksLikePostgres(store.trimmed()) && !store.trimmed().startsWith(u"sqlite:"_s))
            p.insert(Field::Store,
                     tr("Give a PostgreSQL database as postgresql://USER@HOST/DATABASE, or leave it "
                        "empty to keep the history on this computer."));
        else if (const StoreLocation location = StoreLocation::parse(store); !location.ok())
            p.insert(Field::Store, location.error);
    }
    return p;
}

QString ConnectionProfile::storeLocation() const
{
    return store.trimmed().isEmpty() ? CacheDatabase::pathForProfile(name) : store.trimmed();
}

QString ConnectionProfile::privateKeyProblem(const QString &privateKey, ConnectionSettings::AuthMethod method)
{
    const QString key = privateKey.trimmed();
    if (method == ConnectionSettings::AuthMethod::ServiceAccount) {
        if (key.isEmpty())
            return tr("Enter the client secret (it was shown once, when the secret was created).");
        const bool odd = std::any_of(key.cbegin(), key.cend(),
                                     [](QChar c) { return c.isSpace() || TextChecks::isInvisible(c); });
        if (odd || key.size() > 256 || !key.startsWith(u"mdb_sa_sk_"_s))
            return tr(
                "This does not look like a client secret: it starts with mdb_sa_sk_ and has no spaces.");
        return {};
    }
    if (key.isEmpty())
        return tr("Enter the private key (it was shown once, when the key was created).");
    const bool oddCharacter = std::any_of(key.cbegin(), key.cend(),
                                          [](QChar c) { return c.isSpace() || TextChecks::isInvisible(c); });
    if (oddCharacter || key.size() > 128)
        return tr("This does not look like a private key: it has no spaces and is about 36 characters long.");
    return {};
}

ConnectionSettings ConnectionProfile::settings(const QString &privateKey, QString *error) const
{
    ConnectionSettings s;
    s.api = effectiveApi();
    s.apiBase = ConnectionSettings::apiBaseFromServerText(serverText, error, s.api);
    s.authMethod = authMethod;
    s.publicKey = publicKey.trimmed();
    s.privateKey = privateKey;
    if (!caBundlePath.isEmpty())
        s.extraCaCertificates = QSslCertificate::fromPath(caBundlePath, QSsl::Pem);
    s.pinnedCertificateSha256 = pinnedSha256;
    s.webConsoleSettingsPage = webConsoleSettingsPage.trimmed();
    s.proxyMode = proxyMode;
    if (proxyMode == ConnectionSettings::ProxyMode::Manual)
        s.manualProxy = QNetworkProxy(QNetworkProxy::HttpProxy, proxyHost, proxyPort);
    return s;
}

QString ConnectionProfile::secretKey() const
{
    QString ignored;
    return SecretStore::keyFor(
        ConnectionSettings::apiBaseFromServerText(serverText, &ignored, effectiveApi()).toString(),
        publicKey.trimmed());
}

namespace ProfileStore {

namespace {
QString group(const QString &name)
{
    return u"connections/"_s + name;
}
} // namespace

QList<ConnectionProfile> all()
{
    QSettings settings;
    settings.beginGroup(u"connections"_s);
    const QStringList names = settings.childGroups();
    settings.endGroup();
    QList<ConnectionProfile> result;
    for (const QString &name : names) {
        if (auto p = find(name))
            result.append(*p);
    }
    return result;
}

std::optional<ConnectionProfile> find(const QString &name)
{
    QSettings settings;
    settings.beginGroup(group(name));
    if (!settings.contains(u"server"_s))
        return std::nullopt;
    ConnectionProfile p;
    p.name = name;
    p.serverText = settings.value(u"server"_s).toString();
    p.publicKey = settings.value(u"publicKey"_s).toString();
    p.authMethod = settings.value(u"authMethod"_s).toString() == "serviceAccount"_L1
        ? ConnectionSettings::AuthMethod::ServiceAccount
        : ConnectionSettings::AuthMethod::ApiKey;
    p.api = ConnectionSettings::apiFromName(settings.value(u"api"_s).toString())
                .value_or(ConnectionSettings::Api::PublicV1);
    p.caBundlePath = settings.value(u"caBundle"_s).toString();
    p.pinnedSha256 = settings.value(u"pinnedSha256"_s).toByteArray();
    p.proxyMode = ConnectionSettings::ProxyMode(settings.value(u"proxyMode"_s, 0).toInt());
    p.proxyHost = settings.value(u"proxyHost"_s).toString();
    p.proxyPort = quint16(settings.value(u"proxyPort"_s, 0).toUInt());
    p.webConsoleSettingsPage = settings.value(u"webConsoleSettingsPage"_s).toString();
    p.store = settings.value(u"store"_s).toString();
    return p;
}

void save(const ConnectionProfile &p)
{
    QSettings settings;
    settings.beginGroup(group(p.name));
    settings.setValue(u"server"_s, p.serverText.trimmed());
    settings.setValue(u"publicKey"_s, p.publicKey.trimmed());
    if (p.usesServiceAccount())
        settings.setValue(u"authMethod"_s, u"serviceAccount"_s);
    else
        settings.remove(u"authMethod"_s);
    if (p.api == ConnectionSettings::Api::AtlasV2)
        settings.setValue(u"api"_s, ConnectionSettings::apiName(p.api));
    else
        settings.remove(u"api"_s);
    settings.setValue(u"caBundle"_s, p.caBundlePath);
    settings.setValue(u"pinnedSha256"_s, p.pinnedSha256);
    settings.setValue(u"proxyMode"_s, int(p.proxyMode));
    settings.setValue(u"proxyHost"_s, p.proxyHost);
    settings.setValue(u"proxyPort"_s, p.proxyPort);
    if (p.store.trimmed().isEmpty())
        settings.remove(u"store"_s);
    else
        settings.setValue(u"store"_s, p.store.trimmed());
    if (p.webConsoleSettingsPage.trimmed().isEmpty())
        settings.remove(u"webConsoleSettingsPage"_s);
    else
        settings.setValue(u"webConsoleSettingsPage"_s, p.webConsoleSettingsPage.trimmed());
}

void remove(const QString &name)
{
    QSettings settings;
    settings.remove(group(name));
}

} // namespace ProfileStore
