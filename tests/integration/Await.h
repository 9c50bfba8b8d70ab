// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ApiError.h"

#include <QEventLoop>
#include <QTimer>

#include <optional>

// Runs the event loop until an ApiClient callback delivers its result (or 60 s pass).
template<typename T, typename Start> ApiResult<T> await(Start &&start)
{
    std::optional<ApiResult<T>> result;
    QEventLoop loop;
    start([&](ApiResult<T> r) {
        result.emplace(std::move(r));
        loop.quit();
    });
    if (!result) {
        QTimer::singleShot(60'000, &loop, &QEventLoop::quit);
        loop.exec();
    }
    if (!result)
        return ApiError::ofKind(ApiError::Kind::Timeout);
    return std::move(*result);
}
