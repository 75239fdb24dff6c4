// SPDX-License-Identifier: GPL-3.0-or-later
#include "estran/gui/cloudstorage.h"

#include "estran/base/log.h"
#include "estran/data/gdals3access.h"
#include "estran/net/credentialstore.h"
#include "estran/net/keychainaccess.h"

#include <QCoreApplication>
#include <QSettings>

namespace Estran::Gui {

namespace {

QString tr(const char* text) { return QCoreApplication::translate("Estran::Gui", text); }

QString entryFor(const Net::S3Endpoint& endpoint)
{
    return QStringLiteral("s3:") + Net::KeychainAccess::s3Entry(endpoint);
}

Data::GdalS3Access gdalAccess(const Net::S3Endpoint& endpoint, const Net::S3Credentials& keys)
{
    Data::GdalS3Access access;
    access.endpoint = endpoint.endpoint;
    access.region = endpoint.region;
    access.virtualHosting = !endpoint.pathStyle;
    access.accessKeyId = keys.accessKeyId;
    access.secretAccessKey = keys.secretAccessKey;
    access.sessionToken = keys.sessionToken;
    return access;
}

}  // namespace

Net::S3Endpoint CloudStorage::endpoint()
{
    const QSettings settings;
    Net::S3Endpoint e;
    e.endpoint = settings.value(QStringLiteral("s3/endpoint")).toString();
    e.region = settings.value(QStringLiteral("s3/region"), e.region).toString();
    // AWS prefers virtual hosting; other S3 services are reached path-style.
    e.pathStyle = settings.value(QStringLiteral("s3/pathStyle"), !e.endpoint.isEmpty()).toBool();
    return e;
}

void CloudStorage::setEndpoint(const Net::S3Endpoint& e)
{
    QSettings settings;
    settings.setValue(QStringLiteral("s3/endpoint"), e.endpoint.trimmed());
    settings.setValue(QStringLiteral("s3/region"), e.region.trimmed());
    settings.setValue(QStringLiteral("s3/pathStyle"), e.pathStyle);
}

void CloudStorage::applyToGdal(QObject* context)
{
    const Net::S3Endpoint e = endpoint();
    Data::applyGdalS3Access(gdalAccess(e, {}));
    // Most users never store S3 keys: don't wake the keychain (D-Bus) at every start for them.
    if (!QSettings().value(QStringLiteral("s3/hasKeys"), false).toBool()) return;
    Net::CredentialStore().read(entryFor(e), context, [e](const Base::Result<QString>& text) {
        if (!text) {
            if (text.error().kind() != Base::Error::Kind::NotFound)
                Base::Log::warning(text.error().where(), tr("S3 keys not read from the keychain; s3:// data is read anonymously"),
                                   text.error().toString());
            return;
        }
        const std::optional<Net::S3Credentials> keys = Net::CredentialStore::decodeS3Credentials(*text);
        if (!keys) {
            Base::Log::warning(entryFor(e), tr("The stored S3 keys are unreadable; enter them again in Settings"));
            return;
        }
        Data::applyGdalS3Access(gdalAccess(e, *keys));
    });
}

void CloudStorage::storeKeys(const Net::S3Credentials& keys, QObject* context, Done done)
{
    const Net::S3Endpoint e = endpoint();
    Net::S3Credentials trimmed = keys;
    trimmed.accessKeyId = keys.accessKeyId.trimmed();
    const bool storing = !trimmed.accessKeyId.isEmpty();
    // GDAL gets the keys in hand once the keychain has them, not after a second read.
    const auto apply = [e, trimmed, storing, done](const Base::Result<void>& r) {
        if (r) {
            QSettings().setValue(QStringLiteral("s3/hasKeys"), storing);
            Data::applyGdalS3Access(gdalAccess(e, storing ? trimmed : Net::S3Credentials{}));
        }
        if (done) done(r);
    };
    if (storing) Net::CredentialStore().write(entryFor(e), Net::CredentialStore::encodeS3Credentials(trimmed), context, apply);
    else Net::CredentialStore().remove(entryFor(e), context, apply);
}

}  // namespace Estran::Gui
