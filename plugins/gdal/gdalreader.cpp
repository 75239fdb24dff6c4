// SPDX-License-Identifier: GPL-3.0-or-later
#include "gdalreader.h"

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

/// A URL GDAL should read in place with HTTP range requests: http(s) and s3 URLs become
/// /vsicurl/ and /vsis3/ paths; /vsi paths pass through. Empty when `path` is local.
QString remoteGdalPath(const QString& path)
{
    if (path.startsWith(u"/vsi")) return path;
    if (path.startsWith(u"http://", Qt::CaseInsensitive) || path.startsWith(u"https://", Qt::CaseInsensitive))
        return QStringLiteral("/vsicurl/") + path;
    if (path.startsWith(u"s3://", Qt::CaseInsensitive)) return QStringLiteral("/vsis3/") + path.mid(5);
    return {};
}

/// What a remote object is, from its name (no bytes are fetched to probe it).
bool looksLikeRemoteTiff(const QString& path)
{
    const QString name = path.section(u'?', 0, 0).toLower();
    return name.endsWith(u".tif") || name.endsWith(u".tiff") || name.endsWith(u".cog");
}

bool looksLikeRemoteZarr(const QString& path)
{
    const QString name = path.section(u'?', 0, 0).toLower();
    return name.endsWith(u".zarr") || name.endsWith(u".zarr/");
}

/// netCDF and HDF5 files, which their own readers in the data module take.
bool isNetcdfOrHdf5(const QByteArray& h)
{
    if (h.startsWith(QByteArray("\x89HDF\r\n\x1a\n", 8))) return true;
    return h.size() >= 4 && h.startsWith("CDF") && (h[3] == '\x01' || h[3] == '\x02' || h[3] == '\x05');
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
    if (path.startsWith(u"/vsi")) return 70;  // an explicit GDAL virtual path: GDAL's to open
    if (!remoteGdalPath(path).isEmpty()) {
        // Above the netCDF reader's OPeNDAP guess (30) for names that say what they are.
        if (looksLikeRemoteZarr(path)) return 80;
        if (looksLikeRemoteTiff(path)) return 70;
        return 0;
    }
    if (isTiff(header)) return 60;
    if (header.startsWith("GRIB")) return 60;
    if (isNetcdfOrHdf5(header)) return 5;
    if (header.isEmpty()) return 0;
    // Any other raster GDAL recognises, at a low score so a dedicated reader always wins.
    detail::ensureGdalRegistered();
    detail::GdalErrorCapture quiet;
    GDALDriverH driver = GDALIdentifyDriverEx(path.toUtf8().constData(), GDAL_OF_RASTER, nullptr, nullptr);
    return driver ? 10 : 0;
}

Base::Result<std::unique_ptr<Dataset>> GdalReader::open(const QString& path) const
{
    const QString remote = remoteGdalPath(path);
    if (!remote.isEmpty() && looksLikeRemoteZarr(path)) {
        auto ds = detail::GdalMultidimDataset::open(QStringLiteral("ZARR:\"%1\"").arg(remote));
        if (!ds) return Base::Error(ds.error().kind(), path, ds.error().message(), ds.error().detail());
        return std::unique_ptr<Dataset>(std::move(*ds));
    }
    if (!remote.isEmpty()) {
        auto ds = detail::GdalDataset::open(remote);
        // Name what the user gave, not GDAL's /vsicurl/ spelling of it.
        if (!ds) return Base::Error(ds.error().kind(), path, ds.error().message(), ds.error().detail());
        return std::unique_ptr<Dataset>(std::move(*ds));
    }
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
