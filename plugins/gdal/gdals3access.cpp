// SPDX-License-Identifier: GPL-3.0-or-later
#include "gdalutil.h"

#include "estran/data/gdals3access.h"

#include <QUrl>

#include <cpl_vsi.h>

namespace Estran::Data::detail {

namespace {

constexpr const char* kPrefix = "/vsis3/";

void set(const char* key, const QString& value)
{
    if (!value.isEmpty()) VSISetPathSpecificOption(kPrefix, key, value.toUtf8().constData());
}

}  // namespace

void setGdalS3Access(const GdalS3Access& access)
{
    // Cleared first, so keys from an earlier setting never linger.
    VSIClearPathSpecificOptions(kPrefix);
    // GDAL takes the endpoint as host[:port], with AWS_HTTPS=NO for plain HTTP (a local MinIO).
    const QUrl url = QUrl::fromUserInput(access.endpoint);
    if (!access.endpoint.isEmpty() && url.isValid()) {
        QString host = url.host();
        if (url.port() > 0) host += u':' + QString::number(url.port());
        set("AWS_S3_ENDPOINT", host);
        set("AWS_HTTPS", url.scheme() == u"http" ? QStringLiteral("NO") : QStringLiteral("YES"));
    }
    set("AWS_REGION", access.region);
    set("AWS_VIRTUAL_HOSTING", access.virtualHosting ? QStringLiteral("TRUE") : QStringLiteral("FALSE"));
    if (access.accessKeyId.isEmpty()) {
        set("AWS_NO_SIGN_REQUEST", QStringLiteral("YES"));
        return;
    }
    set("AWS_NO_SIGN_REQUEST", QStringLiteral("NO"));
    set("AWS_ACCESS_KEY_ID", access.accessKeyId);
    set("AWS_SECRET_ACCESS_KEY", access.secretAccessKey);
    set("AWS_SESSION_TOKEN", access.sessionToken);
}

}  // namespace Estran::Data::detail
