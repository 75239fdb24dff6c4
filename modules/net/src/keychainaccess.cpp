// SPDX-License-Identifier: GPL-3.0-or-later
#include "estran/net/keychainaccess.h"

namespace Estran::Net {

QString KeychainAccess::s3Entry(const S3Endpoint& endpoint)
{
    return endpoint.endpoint.isEmpty() ? QStringLiteral("aws") : endpoint.endpoint;
}

UrlAccess KeychainAccess::withoutSecrets() const
{
    UrlAccess access;
    access.s3Endpoint = s3Endpoint;
    return access;
}

Base::Result<UrlAccess> KeychainAccess::resolve(const CredentialStore& store, const QString& url) const
{
    UrlAccess access = withoutSecrets();
    if (!apiKeyHeader.isEmpty() && !apiKeyEntry.isEmpty()) {
        Base::Result<QString> key = store.readNow(apiKeyEntry);
        if (key) access.headers.append({apiKeyHeader.toUtf8(), key->toUtf8()});
        else if (key.error().kind() != Base::Error::Kind::NotFound) return key.error();
    }
    if (!url.startsWith(QStringLiteral("s3://"), Qt::CaseInsensitive)) return access;
    Base::Result<std::optional<S3Credentials>> keys = store.s3Credentials(s3Entry(s3Endpoint));
    if (!keys) return keys.error();
    access.s3Credentials = *keys;
    return access;
}

}  // namespace Estran::Net
