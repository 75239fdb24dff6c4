// SPDX-License-Identifier: GPL-3.0-or-later
#include "estran/data/webbasemap.h"

#include "gdalbridge.h"
#include "gdalservices.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

namespace Estran::Data {

namespace {

QString tr(const char* text) { return QCoreApplication::translate("Estran::Data", text); }

}  // namespace

QString WebBasemap::defaultUrl() { return QStringLiteral("https://tile.openstreetmap.org/{z}/{x}/{y}.png"); }

QString WebBasemap::defaultCacheDirectory()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation)).filePath(QStringLiteral("estran/basemap"));
}

Base::Result<WebBasemap::Image> WebBasemap::render(const QString& urlTemplate, const QString& cacheDirectory, int width,
                                                   Base::Feedback* feedback)
{
    if (!urlTemplate.contains(QStringLiteral("{z}")) || !urlTemplate.contains(QStringLiteral("{x}")) ||
        !urlTemplate.contains(QStringLiteral("{y}"))) {
        return Base::Error(Base::Error::Kind::InvalidInput, urlTemplate,
                           tr("A tile URL needs {z}, {x} and {y}, e.g. https://tile.openstreetmap.org/{z}/{x}/{y}.png"));
    }
    if (!QDir().mkpath(cacheDirectory))
        return Base::Error(Base::Error::Kind::Io, cacheDirectory, tr("Cannot create the basemap cache folder"));
    // Drawn by the GDAL plugin (WMS driver, warp), loaded now if nothing needed GDAL before.
    Base::Error unavailable;
    GdalServices* gdal = detail::gdalServices(urlTemplate, &unavailable);
    if (!gdal) return unavailable;
    return gdal->renderWebBasemap(urlTemplate, cacheDirectory, width, feedback);
}

}  // namespace Estran::Data
