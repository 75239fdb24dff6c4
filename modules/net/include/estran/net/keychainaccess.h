// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "estran/base/result.h"
#include "estran/net/credentialstore.h"
#include "estran/net/net_export.h"
#include "estran/net/s3location.h"
#include "estran/net/urlaccess.h"

#include <QString>

namespace Estran::Net {

/// Where the secrets a URL needs are kept, without the secrets: the header and keychain entry of
/// an API key, and the S3 service whose keys the keychain may hold ("s3:<endpoint>"). Queued
/// downloads carry this; the secrets are read only on the worker, just before the transfer.
struct ESTRAN_NET_EXPORT KeychainAccess {
    QString apiKeyHeader;  ///< e.g. "X-API-Key"; empty: no API key
    QString apiKeyEntry;   ///< keychain entry holding the key
    S3Endpoint s3Endpoint;

    /// The keychain entry of the S3 keys for `endpoint` (AWS when empty).
    static QString s3Entry(const S3Endpoint& endpoint);

    /// Reads the secrets `url` needs (blocking: worker threads only): the API key, and the S3
    /// keys for s3:// URLs; the keychain is not touched when nothing is needed. An entry that is
    /// not there is not an error: the request goes without it, as public data needs nothing. A
    /// keychain that fails (locked, no Secret Service) is an error naming the entry.
    [[nodiscard]] Base::Result<UrlAccess> resolve(const CredentialStore& store, const QString& url) const;
    /// What `url` gets when the keychain cannot be read: the endpoint, no secrets.
    UrlAccess withoutSecrets() const;
};

}  // namespace Estran::Net
