// SPDX-License-Identifier: GPL-3.0-or-later
#include "estran/net/s3location.h"

#include <QCoreApplication>
#include <QUrl>

namespace Estran::Net {

Base::Result<S3Location> S3Location::parse(const QString& s3Url)
{
    const QUrl url(s3Url);
    if (url.scheme() != u"s3" || url.host().isEmpty() || url.path().size() < 2) {
        return Base::Error(Base::Error::Kind::InvalidInput, s3Url,
                           QCoreApplication::translate("Estran::Net", "Not an S3 URL (expected s3://bucket/key)"));
    }
    S3Location location;
    location.m_bucket = url.host();
    location.m_key = url.path(QUrl::FullyEncoded).mid(1);
    return location;
}

QString S3Location::httpUrl(const S3Endpoint& e) const
{
    QString endpoint = e.endpoint;
    if (endpoint.isEmpty()) endpoint = QStringLiteral("https://s3.%1.amazonaws.com").arg(e.region);
    while (endpoint.endsWith(u'/')) endpoint.chop(1);
    if (e.pathStyle) return endpoint + u'/' + m_bucket + u'/' + m_key;
    QUrl base(endpoint);
    base.setHost(m_bucket + u'.' + base.host());
    return base.toString() + u'/' + m_key;
}

HttpRequest S3Location::request(const S3Endpoint& endpoint,
                                const std::optional<S3Credentials>& credentials) const
{
    HttpRequest request;
    request.url = httpUrl(endpoint);
    if (credentials && !credentials->accessKeyId.isEmpty()) {
        request.awsSigV4 = QStringLiteral("aws:amz:%1:s3").arg(endpoint.region);
        request.awsKeyId = credentials->accessKeyId;
        request.awsSecret = credentials->secretAccessKey;
        if (!credentials->sessionToken.isEmpty())
            request.headers.append({QByteArrayLiteral("x-amz-security-token"), credentials->sessionToken.toUtf8()});
    }
    return request;
}

}  // namespace Estran::Net
