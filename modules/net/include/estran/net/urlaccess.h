// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "estran/base/result.h"
#include "estran/net/httprequest.h"
#include "estran/net/net_export.h"
#include "estran/net/s3location.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

#include <optional>

namespace Estran::Net {

/// What a protected URL needs: request headers (an API key such as GEODES' X-API-Key) and, for
/// s3:// URLs, the S3 service and its keys. The secrets are read from the keychain just before
/// use and live only in this value; it is never written anywhere. Plain data; any thread.
struct ESTRAN_NET_EXPORT UrlAccess {
    QList<QPair<QByteArray, QByteArray>> headers;
    S3Endpoint s3Endpoint;
    std::optional<S3Credentials> s3Credentials;  ///< none: anonymous access to public buckets

    /// The GET request for `url`: s3:// becomes an HTTPS request to the endpoint, signed when
    /// keys are set; every other URL gets the headers. Errors name the URL.
    [[nodiscard]] Base::Result<HttpRequest> request(const QString& url) const;

    /// The S3 service described by GDAL's environment variables (AWS_S3_ENDPOINT, AWS_REGION,
    /// AWS_VIRTUAL_HOSTING, AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_SESSION_TOKEN), so the
    /// CLI reaches the same buckets GDAL does in the same shell.
    static UrlAccess fromEnvironment();
};

}  // namespace Estran::Net
