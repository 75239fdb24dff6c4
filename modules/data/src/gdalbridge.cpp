// SPDX-License-Identifier: GPL-3.0-or-later
#include "gdalbridge.h"

#include "estran/data/gdals3access.h"
#include "gdalservices.h"
#include "plugincatalog.h"

#include <QCoreApplication>
#include <QObject>

#include <mutex>
#include <optional>

namespace Estran::Data::detail {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Estran::Data)
};

/// The S3 settings and the loaded plugin's services, under one lock so a setting made while
/// the plugin loads on a worker is applied exactly once, and in order.
struct Bridge {
    std::mutex mutex;
    std::optional<GdalS3Access> s3;
    GdalServices* services = nullptr;
};

Bridge& bridge()
{
    static Bridge b;
    return b;
}

}  // namespace

void pluginLoaded(QObject* plugin)
{
    auto* services = qobject_cast<GdalServices*>(plugin);
    if (!services) return;
    Bridge& b = bridge();
    std::lock_guard<std::mutex> lock(b.mutex);
    b.services = services;
    if (b.s3) services->applyS3Access(*b.s3);
}

GdalServices* gdalServices(const QString& where, Base::Error* error)
{
    {
        Bridge& b = bridge();
        std::lock_guard<std::mutex> lock(b.mutex);
        if (b.services) return b.services;
    }
    QObject* plugin = PluginCatalog::instance().load(QStringLiteral("gdal"), where, error);
    if (!plugin) return nullptr;
    auto* services = qobject_cast<GdalServices*>(plugin);
    if (!services && error) {
        *error = Base::Error(Base::Error::Kind::Internal, where,
                             Tr::tr("The \"gdal\" plugin does not offer GDAL's services"));
    }
    return services;
}

}  // namespace Estran::Data::detail

namespace Estran::Data {

void applyGdalS3Access(const GdalS3Access& access)
{
    // Stored, and applied now only if GDAL is already loaded: the app calls this at start-up,
    // which must not load GDAL; the plugin gets the settings the moment it loads.
    detail::Bridge& b = detail::bridge();
    std::lock_guard<std::mutex> lock(b.mutex);
    b.s3 = access;
    if (b.services) b.services->applyS3Access(access);
}

}  // namespace Estran::Data
