// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The emulator's request handling: any method, request target and body, sent with a valid digest of
// the owner's key (so that every handler, not only the digest check, is reached). Every answer has a
// status from 200 to 599, a JSON body in the API's shape, and an errorCode on every refusal but 401.
#include "ApiDispatcher.h"
#include "Dataset.h"
#include "RawHttp.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <cstdint>
#include <cstdlib>

namespace {

struct Emulator
{
    ApiDispatcher *dispatcher = nullptr;
    QByteArray user;
    QByteArray password;
};

Emulator &emulator()
{
    static Emulator e = [] {
        QString error;
        Dataset dataset
            = Dataset::generate(QStringLiteral("orgs=2,keys=6,entries=3,projects=3,seed=1"), &error);
        const EmulatedKey *owner = dataset.ownerKey();
        Emulator made;
        made.user = owner->key.publicKey.toUtf8();
        made.password = owner->key.privateKey.toUtf8();
        EmulatorOptions options;
        options.maxKeysPerOrg = 40; // the fuzzer creates keys: keep the state small
        made.dispatcher = new ApiDispatcher(options, std::move(dataset));
        return made;
    }();
    return e;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 256 * 1024)
        return 0;
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    // Input: METHOD \n TARGET \n BODY
    const qsizetype first = input.indexOf('\n');
    const qsizetype second = first < 0 ? -1 : input.indexOf('\n', first + 1);
    ApiRequest request;
    request.method = first < 0 ? input : input.left(first);
    request.target = first < 0 ? QByteArray("/api/public/v1.0/orgs")
                               : input.mid(first + 1, second < 0 ? -1 : second - first - 1);
    request.body = second < 0 ? QByteArray() : input.mid(second + 1);
    if (!request.target.startsWith('/'))
        request.target.prepend("/api/public/v1.0/");
    request.host = "127.0.0.1:8080";
    request.peer = QHostAddress::LocalHost;

    Emulator &e = emulator();
    // The challenge for this request, then the request with its digest.
    const ApiResponse challenge = e.dispatcher->dispatch(request);
    QByteArray wwwAuthenticate;
    for (const auto &[name, value] : challenge.headers) {
        if (name == "WWW-Authenticate")
            wwwAuthenticate = value;
    }
    // Nothing is served without credentials — but the web console's stand-in (/v2, the page the console
    // opens in a browser for the setting no API has), which has no login by design (loopback only).
    const qsizetype query = request.target.indexOf('?');
    const QByteArray path = query < 0 ? request.target : request.target.left(query);
    const bool webConsole = path == "/v2" || path.startsWith("/v2/");
    if (challenge.status < 300 && !webConsole)
        std::abort();
    ApiResponse response = challenge;
    if (!wwwAuthenticate.isEmpty()) {
        request.authorization
            = RawHttp::digest(wwwAuthenticate, e.user, e.password, request.method, request.target, 1);
        response = e.dispatcher->dispatch(request);
    }
    if (response.status < 200 || response.status > 599)
        std::abort();
    if (response.body.size() > 64 * 1024 * 1024)
        std::abort();
    if (response.contentType.startsWith("application/json") && !response.body.isEmpty()) {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(response.body, &error);
        if (error.error != QJsonParseError::NoError)
            std::abort(); // every JSON answer parses
        if (response.status >= 400 && response.status != 401
            && doc.object().value(QLatin1StringView("errorCode")).toString().isEmpty())
            std::abort(); // every refusal but a digest failure names its errorCode
    }
    return 0;
}
