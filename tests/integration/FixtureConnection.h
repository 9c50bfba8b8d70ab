// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ConnectionSettings.h"
#include "EmulatorFixture.h"

// What an ApiClient needs to talk to the fixture's emulator as the owner key (or another key), no proxy.
inline ConnectionSettings
fixtureConnection(const EmulatorFixture &fx, const QString &publicKey = QStringLiteral("ownerkey"),
                  const QString &privateKey = QStringLiteral("0a1b2c3d-0000-4000-8000-00000000a001"))
{
    ConnectionSettings settings;
    settings.apiBase = QUrl(fx.server->apiUrl());
    if (settings.apiBase.path().endsWith(QStringLiteral("/api/atlas/v2"))) // the emulator's --flavor atlas
        settings.api = ConnectionSettings::Api::AtlasV2;
    settings.publicKey = publicKey;
    settings.privateKey = privateKey;
    settings.proxyMode = ConnectionSettings::ProxyMode::None;
    return settings;
}
