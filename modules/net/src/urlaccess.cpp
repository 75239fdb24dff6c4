// SPDX-License-Identifier: GPL-3.0-or-later
#include "estran/net/urlaccess.h"

#include <QCoreApplication>

namespace Estran::Net {

namespace {

QString environment(const char* name) { return qEnvironmentVariable(name).trimmed(); }

bool environmentSaysNo(const char* name)
{
    const QString value = environment(name).toUpper();
    return value == u"NO" || value == u"FALSE" || value == u"OFF" || value == u"0";
}

}  // namespace

Base::Result<HttpRequest> UrlAccess::request(const QString& url) const
{
    if (url.startsWith(QStringLiteral("s3://"), Qt::CaseInsensitive)) {
        Base::Result<S3Location> location = S3Location::parse(url);
        if (!location) return location.error();
        return location->request(s3Endpoint, s3Credentials);
    }
    HttpRequest request;
    request.url = url;
    request.headers = headers;
    return request;
}

UrlAccess UrlAccess::fromEnvironment()
{
    UrlAccess access;
    // GDAL's AWS_S3_ENDPOINT is a host name; AWS_HTTPS=NO selects plain HTTP (local MinIO).
    QString endpoint = environment("AWS_S3_ENDPOINT");
    if (!endpoint.isEmpty() && !endpoint.contains(QStringLiteral("://")))
        endpoint = (environmentSaysNo("AWS_HTTPS") ? QStringLiteral("http://") : QStringLiteral("https://")) + endpoint;
    access.s3Endpoint.endpoint = endpoint;
    if (const QString region = environment("AWS_REGION"); !region.isEmpty()) access.s3Endpoint.region = region;
    else if (const QString fallback = environment("AWS_DEFAULT_REGION"); !fallback.isEmpty())
        access.s3Endpoint.region = fallback;
    // GDAL defaults to virtual hosting on AWS; a custom endpoint is usually path-style.
    const QString virtualHosting = environment("AWS_VIRTUAL_HOSTING");
    access.s3Endpoint.pathStyle = virtualHosting.isEmpty() ? !endpoint.isEmpty() : environmentSaysNo("AWS_VIRTUAL_HOSTING");
    // AWS_NO_SIGN_REQUEST=YES asks for anonymous access even when keys are in the environment.
    const QString keyId = environment("AWS_ACCESS_KEY_ID");
    const QString noSign = environment("AWS_NO_SIGN_REQUEST").toUpper();
    if (!keyId.isEmpty() && noSign != u"YES" && noSign != u"TRUE") {
        access.s3Credentials = S3Credentials{keyId, environment("AWS_SECRET_ACCESS_KEY"), environment("AWS_SESSION_TOKEN")};
    }
    return access;
}

}  // namespace Estran::Net
