// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ApiClient.h"
#include "CacheAccess.h"
#include "FixtureConnection.h"
#include "Repository.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

#include <functional>
#include <memory>

// A console's connection to the fixture's emulator without a window: network manager, client and
// Repository on one cache file. close() and connect() again is a restart of the console (the cache is
// read again, nothing in memory survives).
struct RepositoryFixture
{
    std::unique_ptr<QNetworkAccessManager> manager;
    std::unique_ptr<ApiClient> client;
    std::unique_ptr<Repository> repo;
    // Called with the Repository before it opens its cache (check intervals, signal spies).
    std::function<void(Repository &)> beforeOpen;

    bool connect(const EmulatorFixture &fx, const QString &cachePath,
                 const QString &publicKey = QStringLiteral("ownerkey"),
                 const QString &privateKey = QStringLiteral("0a1b2c3d-0000-4000-8000-00000000a001"))
    {
        close();
        manager = std::make_unique<QNetworkAccessManager>();
        client = std::make_unique<ApiClient>(manager.get());
        client->setConnection(fixtureConnection(fx, publicKey, privateKey));
        repo = std::make_unique<Repository>(client.get(), cachePath);
        if (beforeOpen)
            beforeOpen(*repo);
        QSignalSpy loaded(repo.get(), &Repository::cacheLoaded);
        repo->open();
        if (!loaded.wait(10'000))
            return false;
        QSignalSpy identified(repo.get(), &Repository::identityChanged);
        repo->identify();
        return identified.wait(10'000);
    }
    bool sync(const QString &orgId)
    {
        QSignalSpy finished(repo.get(), &Repository::syncFinished);
        QSignalSpy failed(repo.get(), &Repository::syncFailed);
        repo->sync(orgId);
        return QTest::qWaitFor([&] { return !finished.isEmpty() || !failed.isEmpty(); }, 30'000)
            && !finished.isEmpty();
    }
    void close()
    {
        repo.reset();
        client.reset();
        manager.reset();
        CacheAccess::waitForAll(); // what was queued is in the file before it is opened again
    }
};
