// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "estran/base/result.h"
#include "estran/net/httprequest.h"
#include "estran/net/net_export.h"

#include <QString>

#include <optional>

namespace Estran::Net {

/// Keys for a signed S3 request. Kept in the system keychain (CredentialStore), never in
/// settings files.
struct S3Credentials {
    QString accessKeyId;
    QString secretAccessKey;
    QString sessionToken;  ///< for temporary credentials; empty otherwise
};

/// Where an S3-compatible service lives: AWS (endpoint empty: https://s3.<region>.amazonaws.com)
/// or another provider (e.g. https://s3.waw3-1.cloudferro.com for Copernicus Marine).
struct S3Endpoint {
    QString endpoint;
    QString region = QStringLiteral("us-east-1");
    /// Path-style URLs (endpoint/bucket/key) work on every S3-compatible server; virtual-host
    /// style (bucket.endpoint/key) is AWS's default.
    bool pathStyle = true;
};

/// Turns "s3://bucket/key" into an HTTPS request, signed with AWS Signature Version 4 when
/// credentials are given and anonymous otherwise (public buckets).
class ESTRAN_NET_EXPORT S3Location {
public:
    [[nodiscard]] static Base::Result<S3Location> parse(const QString& s3Url);

    const QString& bucket() const { return m_bucket; }
    const QString& key() const { return m_key; }

    /// The HTTPS URL of the object on `endpoint`.
    QString httpUrl(const S3Endpoint& endpoint) const;
    /// A GET request for the object; signed when `credentials` is set.
    HttpRequest request(const S3Endpoint& endpoint,
                        const std::optional<S3Credentials>& credentials) const;

private:
    QString m_bucket;
    QString m_key;
};

}  // namespace Estran::Net
