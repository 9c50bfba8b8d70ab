// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ErrorCodes.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QString>

#include <variant>

// Why a request failed, in a form the UI can act on and explain: the kind, what the server said
// (status, errorCode, detail, parameters) and a translated explanation with the next step.
struct ApiError
{
    Q_DECLARE_TR_FUNCTIONS(ApiError)
public:
    enum class Kind {
        Network,
        Tls,
        Timeout,
        Authentication, // the key pair was not accepted (digest failed)
        AddressNotOnList, // IP_ADDRESS_NOT_ON_ACCESS_LIST / _WHITELIST
        OrgRequiresList, // ORG_REQUIRES_ACCESS_LIST / _WHITELIST
        ResourceRequiresList, // RESOURCE_REQUIRES_ACCESS_LIST / _WHITELIST
        Permission, // authenticated, but the key's roles do not allow it
        NotFound,
        Conflict,
        Validation,
        RateLimited,
        Server,
        MalformedResponse,
        Cancelled,
    };

    Kind kind = Kind::Network;
    int httpStatus = 0;
    QString errorCode;
    QString detail;
    QJsonArray parameters;
    QString publicKey; // the key the request was made with (a service account's client ID)
    bool serviceAccount = false; // the request was made as a service account (a bearer token)
    QString method; // GET, POST, ...
    QString path; // the API path, without secrets
    QString networkError; // Qt's text for network and TLS errors
    QString certificateSha256; // TLS: the fingerprint of the server's certificate
    QString redirectedTo; // a 3xx answer: where the server wanted the request to go (never followed)
    int retryAfterSeconds = 0;
    QString mediaType; // Atlas: the versioned media type the request was sent with
    // Atlas refused the resource version the request named (410 VERSION_GONE, 406 INVALID_VERSION_DATE):
    // never retried, explained as "update the console".
    bool isApiVersionRefusal() const
    {
        return errorCode == ErrorCodes::VersionGone || errorCode == ErrorCodes::InvalidVersionDate;
    }
    // Set when the server accepted a change and only reading the new value back failed: the change is
    // made, the console just does not know its result yet.
    bool changeAccepted = false;

    static ApiError ofKind(Kind kind)
    {
        ApiError e;
        e.kind = kind;
        return e;
    }

    // The address the server saw, from the whitelist errors' parameters.
    QString callerAddress() const;
    // A translated explanation in plain words, with the next step.
    QString explanation() const;
    // A short translated title ("Address not on the whitelist").
    QString title() const;
    // The explanation where a service account's differs from a key's; empty where it does not.
    QString accountExplanation(const QString &address, const QString &said) const;
    bool isWhitelistRefusal() const
    {
        return kind == Kind::AddressNotOnList || kind == Kind::OrgRequiresList
            || kind == Kind::ResourceRequiresList;
    }
};

template<typename T> class ApiResult
{
public:
    ApiResult(T value)
        : m_value(std::move(value))
    { }
    ApiResult(ApiError error)
        : m_value(std::move(error))
    { }
    bool ok() const { return std::holds_alternative<T>(m_value); }
    const T &value() const { return std::get<T>(m_value); }
    T &value() { return std::get<T>(m_value); }
    const ApiError &error() const { return std::get<ApiError>(m_value); }

private:
    std::variant<T, ApiError> m_value;
};

using Done = std::monostate;
