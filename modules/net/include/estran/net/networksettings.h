// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "estran/net/net_export.h"

#include <QString>

namespace Estran::Net {

/// Transfer policy shared by every request. Proxies come from the environment
/// (http_proxy, https_proxy, no_proxy, as libcurl reads them). TLS verification cannot be
/// turned off: a private CA is trusted by pointing caBundle at it.
struct ESTRAN_NET_EXPORT NetworkSettings {
    QString userAgent;           ///< default "Estran/<version> (+libcurl)"
    QString caBundle;            ///< PEM file of extra trusted CAs; empty = system store
    int connectTimeoutMs = 15000;
    /// Abort when fewer than 1 byte/s flows for this long (a stalled server).
    int stallTimeoutMs = 30000;
    int maxRetries = 4;          ///< for 429, 5xx and transient connection failures
    int retryBaseDelayMs = 500;  ///< doubled at each retry, unless Retry-After says otherwise
    int maxRetryDelayMs = 30000;
    int maxRedirects = 10;

    static NetworkSettings defaults();
};

}  // namespace Estran::Net
