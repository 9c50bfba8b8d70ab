// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Every JSON-to-domain mapping of the client (events-feed entries included), fed any bytes as a server
// answer: each either maps or reports an error with the path of the bad field; what maps, written back with
// toJson(), maps again to the same JSON (nothing invented, nothing lost).
#include "JsonMapping.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cstdint>
#include <cstdlib>

namespace {

template<typename T, typename Parse> void check(const QJsonValue &value, Parse parse)
{
    const Json::Parsed<T> parsed = parse(value);
    if (!parsed.ok()) {
        if (parsed.error.isEmpty())
            std::abort(); // a refusal says what was wrong
        return;
    }
    const QJsonObject written = Json::toJson(*parsed.value);
    const Json::Parsed<T> again = parse(QJsonValue(written));
    if (!again.ok() || Json::toJson(*again.value) != written)
        std::abort();
}

template<typename T, typename Parse> void checkPage(const QJsonValue &value, Parse parse)
{
    const auto parsed = parse(value);
    if (!parsed.ok()) {
        if (parsed.error.isEmpty())
            std::abort();
        return;
    }
    for (const T &item : parsed.value->results)
        (void)Json::toJson(item);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 1 << 20)
        return 0;
    const QJsonDocument doc = QJsonDocument::fromJson(
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size)));
    const QJsonValue value = doc.isObject() ? QJsonValue(doc.object())
        : doc.isArray()                     ? QJsonValue(doc.array())
                                            : QJsonValue();
    check<Organization>(value, [](const QJsonValue &v) { return Json::organization(v); });
    check<Project>(value, [](const QJsonValue &v) { return Json::project(v); });
    check<RoleAssignment>(value, [](const QJsonValue &v) { return Json::role(v); });
    check<ApiKey>(value, [](const QJsonValue &v) { return Json::apiKey(v); });
    check<AccessListEntry>(value, [](const QJsonValue &v) { return Json::accessListEntry(v); });
    check<OrgSettings>(value, [](const QJsonValue &v) { return Json::orgSettings(v); });
    check<ApiEvent>(value, [](const QJsonValue &v) { return Json::event(v); });
    checkPage<Organization>(value, Json::organizationPage);
    checkPage<Project>(value, Json::projectPage);
    checkPage<ApiKey>(value, Json::apiKeyPage);
    checkPage<AccessListEntry>(value, Json::accessListPage);
    checkPage<ApiEvent>(value, Json::eventPage);
    return 0;
}
