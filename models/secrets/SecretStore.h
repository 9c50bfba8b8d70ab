// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

// Where private keys live: the OS keychain, or memory for one session — never a plain file, never
// SQLite or settings. Asynchronous, because the keychain answers over D-Bus.
class SecretStore : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretStore)
public:
    struct Result
    {
        enum class Status { Ok, NotFound, Unavailable };
        Status status = Status::Ok;
        QString secret; // for reads
        QString error; // a plain explanation when not Ok
        bool sessionOnly = false; // kept in memory for this session, not in the keyring
        bool ok() const { return status == Status::Ok; }
    };
    using Callback = std::function<void(const Result &)>;

    using QObject::QObject;
    ~SecretStore() override = default;

    // Each answer goes to done while context exists, and is dropped once context has been destroyed.
    void read(const QString &key, const QObject *context, Callback done)
    {
        readSecret(key, bound(context, std::move(done)));
    }
    void write(const QString &key, const QString &secret, const QObject *context, Callback done)
    {
        writeSecret(key, secret, bound(context, std::move(done)));
    }
    void remove(const QString &key, const QObject *context, Callback done)
    {
        removeSecret(key, bound(context, std::move(done)));
    }
    // For notices: "the system keyring", "this session only".
    virtual QString description() const = 0;

    // The entry of a connection: "<api base>|<public key>".
    static QString keyFor(const QString &apiBase, const QString &publicKey);

protected:
    virtual void readSecret(const QString &key, Callback done) = 0;
    virtual void writeSecret(const QString &key, const QString &secret, Callback done) = 0;
    virtual void removeSecret(const QString &key, Callback done) = 0;

private:
    static Callback bound(const QObject *context, Callback done)
    {
        Q_ASSERT(context);
        return [guard = QPointer<const QObject>(context), done = std::move(done)](const Result &r) {
            if (guard)
                done(r);
        };
    }
};

// Secrets held in memory for this session only: for "don't remember", for tests, and as the fallback
// when no keyring is available (the person is told).
class MemorySecretStore final : public SecretStore
{
    Q_OBJECT
public:
    using SecretStore::SecretStore;
    ~MemorySecretStore() override;
    QString description() const override;

protected:
    void readSecret(const QString &key, Callback done) override;
    void writeSecret(const QString &key, const QString &secret, Callback done) override;
    void removeSecret(const QString &key, Callback done) override;

private:
    QHash<QString, QString> m_secrets;
};

// The OS keychain through QtKeychain (the Secret Service on Linux), without its plaintext fallback.
// A failure to reach the keyring is retried once after a delay, as the keyring may still be starting.
class KeychainSecretStore final : public SecretStore
{
    Q_OBJECT
public:
    explicit KeychainSecretStore(QObject *parent = nullptr);
    void setRetryDelay(int ms) { m_retryDelayMs = ms; }
    QString description() const override;

protected:
    void readSecret(const QString &key, Callback done) override;
    void writeSecret(const QString &key, const QString &secret, Callback done) override;
    void removeSecret(const QString &key, Callback done) override;

private:
    enum class Operation { Read, Write, Remove };
    void run(Operation op, const QString &key, const QString &secret, Callback done, bool retried);

    int m_retryDelayMs = 10'000;
};
