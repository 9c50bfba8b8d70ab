// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SecretStore.h"

// The keyring first; when it cannot be reached, this session's memory, and the person is told
// (Result::sessionOnly and a notice). Never a plain file.
class FallbackSecretStore final : public SecretStore
{
    Q_OBJECT
public:
    // Takes ownership of primary.
    explicit FallbackSecretStore(SecretStore *primary, QObject *parent = nullptr);
    void readSecret(const QString &key, Callback done) override;
    void writeSecret(const QString &key, const QString &secret, Callback done) override;
    void removeSecret(const QString &key, Callback done) override;
    QString description() const override;

    // What to show once a key was kept for this session only; empty while the keyring works.
    QString notice() const { return m_notice; }

signals:
    void fellBack(const QString &notice);

private:
    SecretStore *m_primary;
    MemorySecretStore *m_session;
    QString m_notice;
};
