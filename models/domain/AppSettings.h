// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

// The console's own preferences, in QSettings, with every key named here once. Never a secret: private
// keys live in the OS keyring or in memory only. (Connection profiles keep their own group, see
// ProfileStore.)
namespace AppSettings {

// Values are saved to disk by a writer thread (a setter never waits on the disk) and read back at once.
// flush() waits until everything set so far is saved; it runs by itself when the application object goes.
void flush();

// "system", "light" or "dark"; empty when never chosen.
QString theme();
void setTheme(const QString &name);

// A language code ("de", "zh_CN"), or empty for the system's language.
QString language();
void setLanguage(const QString &code);

QByteArray windowGeometry();
void setWindowGeometry(const QByteArray &geometry);

// The organization and project shown last, per connection (scope: a profile name, empty for the demo).
struct Context
{
    QString orgId;
    QString projectId;
};
Context lastContext(const QString &scope);
void setLastContext(const QString &scope, const Context &context);

// The connection opened last: a profile name, or empty for the demo.
QString lastConnection();
void setLastConnection(const QString &profile);

// The user name typed last in "My whitelist", per connection (scope as above).
QString userName(const QString &scope);
void setUserName(const QString &scope, const QString &name);

// A view's saved layout (a header's columns, a splitter's sizes) under a stable name such as
// "keys/header"; empty when never saved.
QByteArray viewState(const QString &name);
void setViewState(const QString &name, const QByteArray &state);

// How often a sync reads every whitelist (hours; 0: only when asked for). Syncs in between are
// incremental where the events feed allows.
constexpr int DefaultFullSyncHours = 24;
int fullSyncHours();
void setFullSyncHours(int hours);

// Whether the first-run welcome has been answered.
bool welcomed();
void setWelcomed();

} // namespace AppSettings
