// SPDX-License-Identifier: GPL-3.0-or-later
#include "estran/net/retrypolicy.h"

#include <QLocale>
#include <QTimeZone>

#include <curl/curl.h>

#include <algorithm>

namespace Estran::Net::RetryPolicy {

bool isRetryableStatus(int status)
{
    return status == 408 || status == 429 || status == 500 || status == 502 || status == 503 ||
           status == 504;
}

bool isRetryableCurlCode(int curlCode)
{
    // A refused connection is not retried: the service is down or the machine offline, and the
    // user should hear so at once rather than after the whole backoff.
    switch (curlCode) {
    case CURLE_OPERATION_TIMEDOUT:
    case CURLE_RECV_ERROR:
    case CURLE_SEND_ERROR:
    case CURLE_GOT_NOTHING:
    case CURLE_PARTIAL_FILE:
    case CURLE_HTTP2:
    case CURLE_HTTP2_STREAM: return true;
    default: return false;
    }
}

int retryDelayMs(int attempt, const QByteArray& retryAfter, int baseMs, int maxMs,
                 const QDateTime& now)
{
    const QByteArray value = retryAfter.trimmed();
    if (!value.isEmpty()) {
        bool isNumber = false;
        const qint64 seconds = value.toLongLong(&isNumber);
        if (isNumber && seconds >= 0) return int(std::min<qint64>(seconds * 1000, maxMs));
        // HTTP dates are RFC 7231 IMF-fixdate, always in GMT and English.
        QDateTime when = QLocale::c().toDateTime(QString::fromLatin1(value),
                                                 QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
        when.setTimeZone(QTimeZone::utc());
        if (when.isValid()) return int(std::clamp<qint64>(now.msecsTo(when), 0, maxMs));
    }
    const qint64 delay = qint64(baseMs) << std::min(attempt, 20);
    return int(std::min<qint64>(delay, maxMs));
}

}  // namespace Estran::Net::RetryPolicy
