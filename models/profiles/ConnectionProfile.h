// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ConnectionSettings.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>

// A remembered connection: everything but the private key, which lives in a SecretStore.
struct ConnectionProfile
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionProfile)
public:
    // The Atlas demo's name where a connection is named (the switcher, the last connection): a profile's
    // name never contains "/". The Ops Manager demo's is empty.
    static inline const QString AtlasDemoName = QStringLiteral("/demo/atlas");

    QString name;
    QString serverText; // as typed in a browser
    // An API key (digest) or a service account (OAuth client credentials): then publicKey holds the
    // client ID and the keyring entry the client secret.
    ConnectionSettings::AuthMethod authMethod = ConnectionSettings::AuthMethod::ApiKey;
    // The API the server is spoken to in; a server address that ends in an API's path names it instead.
    ConnectionSettings::Api api = ConnectionSettings::Api::PublicV1;
    ConnectionSettings::Api effectiveApi() const
    {
        return ConnectionSettings::apiOfServerText(serverText).value_or(api);
    }
    QString publicKey;
    QString caBundlePath; // extra CA certificates, PEM
    QByteArray pinnedSha256; // a certificate the person trusted for this profile
    ConnectionSettings::ProxyMode proxyMode = ConnectionSettings::ProxyMode::System;
    QString proxyHost;
    quint16 proxyPort = 0;
    // The web console's organization settings page, where the setting is changed when the server has no
    // API for it; empty: ConnectionSettings::DefaultWebConsoleSettingsPage.
    QString webConsoleSettingsPage;
    // Where this connection's history, notes and rotations are kept: empty for this computer (the
    // profile's SQLite cache), or a team's PostgreSQL store ("postgresql://USER@HOST/DB…", never with a
    // password: that one is in the keyring).
    QString store;

    enum class Field { Name, Server, PublicKey, CaBundle, Proxy, WebConsole, Store };
    // Where the history of this connection is kept: its store, else this computer's SQLite cache.
    QString storeLocation() const;
    // What is wrong with each field (empty when the profile can be saved).
    QMap<Field, QString> fieldProblems() const;
    QStringList problems() const { return fieldProblems().values(); }
    // What is wrong with a private key (or a service account's secret) as typed (empty when it can be
    // tried).
    static QString privateKeyProblem(const QString &privateKey,
                                     ConnectionSettings::AuthMethod method
                                     = ConnectionSettings::AuthMethod::ApiKey);
    bool usesServiceAccount() const { return authMethod == ConnectionSettings::AuthMethod::ServiceAccount; }
    // The settings to connect with, given the private key; empty apiBase when the profile is not usable.
    ConnectionSettings settings(const QString &privateKey, QString *error) const;
    QString secretKey() const; // the SecretStore entry of this profile's private key
};

// Profiles in QSettings under "profiles/<name>/…" (never a private key).
namespace ProfileStore {
QList<ConnectionProfile> all();
std::optional<ConnectionProfile> find(const QString &name);
void save(const ConnectionProfile &profile);
void remove(const QString &name);
} // namespace ProfileStore
