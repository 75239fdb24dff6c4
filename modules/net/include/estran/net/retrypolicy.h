// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "estran/net/net_export.h"

#include <QByteArray>
#include <QDateTime>

namespace Estran::Net {

/// When and how long to wait before retrying a request (shared by HttpClient and tests).
namespace RetryPolicy {

/// Whether an HTTP status is worth retrying: rate limiting and server-side trouble.
ESTRAN_NET_EXPORT bool isRetryableStatus(int status);
/// Whether a libcurl result code is a transient connection failure.
ESTRAN_NET_EXPORT bool isRetryableCurlCode(int curlCode);
/// Delay before retry number `attempt` (0-based): Retry-After when the server gave one
/// (seconds or an HTTP date, relative to `now`), else base * 2^attempt; capped at `maxMs`.
ESTRAN_NET_EXPORT int retryDelayMs(int attempt, const QByteArray& retryAfter, int baseMs, int maxMs,
                 const QDateTime& now = QDateTime::currentDateTimeUtc());

}  // namespace RetryPolicy
}  // namespace Estran::Net
