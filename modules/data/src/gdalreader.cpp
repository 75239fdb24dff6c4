// SPDX-License-Identifier: GPL-3.0-or-later
#include "estran/data/gdalreader.h"

#include "filecheck.h"
#include "gdaldataset.h"
#include "gdalmultidimdataset.h"
#include "gdalutil.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <gdal.h>

namespace Estran::Data {

namespace {

bool isZarr(const QString& path)
{
    if (path.startsWith(u"ZARR:", Qt::CaseInsensitive)) return true;
    const QFileInfo info(path);
    if (!info.isDir()) return false;
    const QDir dir(path);
    for (const char* marker : {".zgroup", ".zarray", ".zmetadata", "zarr.json"}) {
        if (dir.exists(QString::fromLatin1(marker))) return true;
    }
    return false;
}

bool isTiff(const QByteArray& h)
{
    return h.startsWith(QByteArray("II*\0", 4)) || h.startsWith(QByteArray("MM\0*", 4))
           || h.startsWith(QByteArray("II+\0", 4)) || h.startsWith(QByteArray("MM\0+", 4));
}

}  // namespace

QString GdalReader::id() const { return QStringLiteral("gdal"); }

QString GdalReader::name() const
{
    return QCoreApplication::translate("Estran::Data", "GDAL (GeoTIFF, COG, GRIB, Zarr, ...)");
}

int GdalReader::probe(const QString& path, const QByteArray& header) const
{
    if (isZarr(path)) return 80;
    if (isTiff(header)) return 60;
    if (header.startsWith("GRIB")) return 60;
    if (detail::isHdf5Signature(header) || detail::isNetcdf3Signature(header)) return 5;
    if (header.isEmpty()) return 0;
    // Any other raster GDAL recognises, at a low score so a dedicated reader always wins.
    detail::ensureGdalRegistered();
    detail::GdalErrorCapture quiet;
    GDALDriverH driver = GDALIdentifyDriverEx(path.toUtf8().constData(), GDAL_OF_RASTER, nullptr, nullptr);
    return driver ? 10 : 0;
}

Base::Result<std::unique_ptr<Dataset>> GdalReader::open(const QString& path) const
{
    if (isZarr(path)) {
        auto ds = detail::GdalMultidimDataset::open(path);
        if (!ds) return ds.error();
        return std::unique_ptr<Dataset>(std::move(*ds));
    }
    auto ds = detail::GdalDataset::open(path);
    if (!ds) return ds.error();
    return std::unique_ptr<Dataset>(std::move(*ds));
}

}  // namespace Estran::Data
