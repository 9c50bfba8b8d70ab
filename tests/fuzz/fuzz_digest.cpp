// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
// HTTP header parsing: the emulator's Digest Authorization parser and verifier (any header value, any
// method and URI) and the client's X-MongoDB-Service-Version parser. Nothing crashes; a header that is
// not a valid digest for the one known user is never accepted.
#include "DigestAuth.h"
#include "ServerInfo.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    // Input: METHOD \n URI \n header value
    const QList<QByteArray> parts = input.split('\n');
    const QByteArray method = parts.value(0);
    const QByteArray uri = parts.value(1);
    const QByteArray header = parts.size() > 2 ? input.mid(method.size() + uri.size() + 2) : input;

    const QHash<QByteArray, QByteArray> parameters = DigestAuth::parseParameters(header);
    for (auto it = parameters.cbegin(); it != parameters.cend(); ++it) {
        if (it.key().isEmpty() || it.key().size() > header.size() || it.value().size() > header.size())
            std::abort();
    }

    static DigestAuth digest(DigestAuth::Settings{});
    const DigestAuth::Result result = digest.verify(header, method, uri, [](const QByteArray &user) {
        return user == "fuzzuser" ? std::optional<QByteArray>("fuzz-password") : std::nullopt;
    });
    // Without a nonce this verifier issued, nothing can be right.
    if (result.ok())
        std::abort();

    ServerInfo info;
    if (info.parseServiceVersionHeader(header) && info.versionString.isEmpty())
        std::abort();
    return 0;
}
