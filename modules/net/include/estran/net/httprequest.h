// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace Estran::Net {

/// One HTTP(S)/FTP request. Plain data; build it on any thread.
struct HttpRequest {
    enum class Method { Get, Post, Head };

    QString url;
    Method method = Method::Get;
    QList<QPair<QByteArray, QByteArray>> headers;  ///< extra request headers
    QByteArray body;                               ///< POST body
    /// Byte offset to resume from (sends "Range: bytes=N-"); 0 for the whole resource.
    qint64 rangeStart = 0;
    /// Error statuses the caller handles itself (e.g. 416 when resuming a complete file):
    /// they are returned as a response, not an Error, and never retried.
    QList<int> acceptedErrorStatuses;
    /// AWS Signature Version 4 signing ("aws:amz:<region>:<service>"), with the key id and
    /// secret; set by S3Location::request(). Empty: not signed.
    QString awsSigV4;
    QString awsKeyId;
    QString awsSecret;
};

}  // namespace Estran::Net
