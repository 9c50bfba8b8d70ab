// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "FallbackSecretStore.h"

#include <QPointer>

FallbackSecretStore::FallbackSecretStore(SecretStore *primary, QObject *parent)
    : SecretStore(parent)
    , m_primary(primary)
    , m_session(new MemorySecretStore(this))
{
    m_primary->setParent(this);
}

void FallbackSecretStore::readSecret(const QString &key, Callback done)
{
    // A key kept for this session wins: it is the one the person typed last.
    m_session->read(key, this, [this, key, done](const Result &session) {
        if (session.ok()) {
            Result r = session;
            r.sessionOnly = true;
            return done(r);
        }
        m_primary->read(key, this, done);
    });
}

void FallbackSecretStore::writeSecret(const QString &key, const QString &secret, Callback done)
{
    m_primary->write(key, secret, this, [this, key, secret, done](const Result &r) {
        if (r.status != Result::Status::Unavailable) {
            m_session->remove(key, this, [](const Result &) {});
            return done(r);
        }
        m_session->write(key, secret, this, [self = this, r, done](const Result &) {
            self->m_notice = tr("The system keyring is not available (%1): the private key is kept for "
                                "this session only and you will be asked for it next time.")
                                 .arg(r.error);
            Result kept;
            kept.sessionOnly = true;
            kept.error = self->m_notice;
            emit self->fellBack(self->m_notice);
            done(kept);
        });
    });
}

void FallbackSecretStore::removeSecret(const QString &key, Callback done)
{
    m_session->remove(key, this, [](const Result &) {});
    m_primary->remove(key, this, [done](const Result &r) {
        // Nothing in the keyring (or no keyring) is fine for a removal.
        done(r.status == Result::Status::Unavailable ? Result() : r);
    });
}

QString FallbackSecretStore::description() const
{
    return m_notice.isEmpty() ? m_primary->description() : m_session->description();
}
