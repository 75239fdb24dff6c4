// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QMap>
#include <QString>

namespace Estran::Net {

/// What a server answered. Header names are lower-case; a repeated header keeps its last value.
struct HttpResponse {
    int status = 0;  ///< HTTP status; 0 for protocols without one (file, FTP success is 226→0)
    QMap<QByteArray, QByteArray> headers;
    QByteArray body;        ///< empty when the body was streamed to a sink
    QString effectiveUrl;   ///< after redirects
    int retries = 0;        ///< how many times the request was retried

    QByteArray header(const QByteArray& name) const { return headers.value(name.toLower()); }
};

}  // namespace Estran::Net
