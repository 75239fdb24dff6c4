// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "estran/base/feedback.h"
#include "estran/base/result.h"
#include "estran/net/httprequest.h"
#include "estran/net/httpresponse.h"
#include "estran/net/net_export.h"
#include "estran/net/networksettings.h"

#include <functional>

namespace Estran::Net {

/// Blocking HTTP/HTTPS/FTP transfers on libcurl: HTTP/1.1 and 2, redirects, compression,
/// timeouts, retries with exponential backoff for 429/5xx honouring Retry-After, proxies from
/// the environment, TLS verification always on.
///
/// Threading: every call blocks its caller, so call it from a worker (a Base::Task), never the
/// GUI thread. One HttpClient may be used from several threads at once.
class ESTRAN_NET_EXPORT HttpClient {
public:
    /// Receives body bytes as they arrive; return false to abort the transfer.
    using BodySink = std::function<bool(const char* data, size_t size)>;
    /// Called once response headers are known, before any body byte reaches the sink (and
    /// again for each retry). Return false to abort.
    using HeaderCheck = std::function<bool(const HttpResponse& headersOnly)>;

    explicit HttpClient(NetworkSettings settings = NetworkSettings::defaults());

    const NetworkSettings& settings() const { return m_settings; }

    /// Fetches the whole body into the response. HTTP errors (status >= 400 after retries)
    /// are returned as Error::Kind::Network naming the URL, with the body's start as detail.
    [[nodiscard]] Base::Result<HttpResponse> fetch(const HttpRequest& request,
                                                   Base::Feedback* feedback = nullptr) const;

    /// Streams the body to `sink`; the response's body stays empty. Retries happen only
    /// before the first body byte was delivered, so a sink never sees data twice.
    [[nodiscard]] Base::Result<HttpResponse> stream(const HttpRequest& request,
                                                    const BodySink& sink,
                                                    const HeaderCheck& headerCheck = {},
                                                    Base::Feedback* feedback = nullptr) const;

private:
    NetworkSettings m_settings;
};

}  // namespace Estran::Net
