// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SecretStore.h"

#include <QTimer>

#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;

namespace {
const QString Service = u"apiaccess"_s;
}

QString SecretStore::keyFor(const QString &apiBase, const QString &publicKey)
{
    return apiBase + u'|' + publicKey;
}

MemorySecretStore::~MemorySecretStore()
{
    for (QString &secret : m_secrets)
        secret.fill(QChar(u'\0'));
}

void MemorySecretStore::readSecret(const QString &key, Callback done)
{
    const auto it = m_secrets.constFind(key);
    Result r;
    if (it == m_secrets.constEnd())
        r.status = Result::Status::NotFound;
    else
        r.secret = *it;
    done(r);
}

void MemorySecretStore::writeSecret(const QString &key, const QString &secret, Callback done)
{
    m_secrets.insert(key, secret);
    done({});
}

void MemorySecretStore::removeSecret(const QString &key, Callback done)
{
    if (auto it = m_secrets.find(key); it != m_secrets.end()) {
        it->fill(QChar(u'\0'));
        m_secrets.erase(it);
    }
    done({});
}

QString MemorySecretStore::description() const
{
    return tr("this session only (the key is forgotten when the console closes)");
}

KeychainSecretStore::KeychainSecretStore(QObject *parent)
    : SecretStore(parent)
{ }

QString KeychainSecretStore::description() const
{
    return tr("the system keyring");
}

void KeychainSecretStore::readSecret(const QString &key, Callback done)
{
    run(Operation::Read, key, {}, std::move(done), false);
}

void KeychainSecretStore::writeSecret(const QString &key, const QString &secret, Callback done)
{
    run(Operation::Write, key, secret, std::move(done), false);
}

void KeychainSecretStore::removeSecret(const QString &key, Callback done)
{
    run(Operation::Remove, key, {}, std::move(done), false);
}

void KeychainSecretStore::run(Operation op, const QString &key, const QString &secret, Callback done,
                              bool retried)
{
    QKeychain::Job *job = nullptr;
    switch (op) {
    case Operation::Read:
        job = new QKeychain::ReadPasswordJob(Service, this);
        break;
    case Operation::Write: {
        auto *write = new QKeychain::WritePasswordJob(Service, this);
        write->setTextData(secret);
        job = write;
        break;
    }
    case Operation::Remove:
        job = new QKeychain::DeletePasswordJob(Service, this);
        break;
    }
    job->setKey(key);
    job->setInsecureFallback(false); // never a plaintext copy
    connect(
        job, &QKeychain::Job::finished, this,
        [this, op, key, secret, done, retried](QKeychain::Job *finished) {
            Result r;
            switch (finished->error()) {
            case QKeychain::NoError:
                if (op == Operation::Read)
                    r.secret = static_cast<QKeychain::ReadPasswordJob *>(finished)->textData();
                break;
            case QKeychain::EntryNotFound:
                r.status = op == Operation::Remove ? Result::Status::Ok : Result::Status::NotFound;
                break;
            case QKeychain::OtherError:
            case QKeychain::NoBackendAvailable:
                if (!retried) { // the keyring may still be starting (nextcloud's lesson): once more, later
                    QTimer::singleShot(m_retryDelayMs, this,
                                       [this, op, key, secret, done] { run(op, key, secret, done, true); });
                    return;
                }
                r.status = Result::Status::Unavailable;
                r.error = tr("The system keyring is not available (%1).").arg(finished->errorString());
                break;
            default:
                r.status = Result::Status::Unavailable;
                r.error = tr("The system keyring refused: %1").arg(finished->errorString());
                break;
            }
            done(r);
        });
    job->start();
}
