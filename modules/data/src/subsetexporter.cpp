// SPDX-License-Identifier: GPL-3.0-or-later
#include "estran/data/subsetexporter.h"

#include "estran/data/dataset.h"
#include "estran/data/subsetplan.h"
#include "netcdfsubsetwriter.h"
#include "tablesubsetwriters.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cstdio>
#include <unistd.h>

namespace Estran::Data {

namespace {
QString tr(const char* text) { return QCoreApplication::translate("Estran::Data", text); }
}  // namespace

Base::Result<SubsetExporter::Format> SubsetExporter::formatFor(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"nc" || suffix == u"nc4" || suffix == u"netcdf") return Format::NetCdf;
    if (suffix == u"tif" || suffix == u"tiff") return Format::GeoTiff;
    if (suffix == u"csv") return Format::Csv;
    return Base::Error(Base::Error::Kind::InvalidInput, path,
                       tr("Unknown output format: use .nc (netCDF-4), .tif (GeoTIFF) or .csv"));
}

Base::Result<void> SubsetExporter::write(Dataset& dataset, const SubsetPlan& plan, const QString& path,
                                         const QString& command, Base::Feedback* feedback)
{
    Base::Result<Format> format = formatFor(path);
    if (!format) return format.error();
    const QFileInfo target(path);
    if (!target.absoluteDir().exists())
        return Base::Error(Base::Error::Kind::NotFound, target.absolutePath(), tr("The output folder does not exist"));
    // Written beside the target so the final rename stays on one file system (atomic).
    const QString temporary = target.absoluteDir().filePath(
        QStringLiteral(".%1.part-%2").arg(target.fileName()).arg(qint64(::getpid())));

    Base::Result<void> result;
    switch (*format) {
    case Format::NetCdf: result = detail::writeNetcdfSubset(dataset, plan, temporary, command, feedback); break;
    case Format::GeoTiff: result = detail::writeGeoTiffSubset(dataset, plan, temporary, feedback); break;
    case Format::Csv: result = detail::writeCsvSubset(dataset, plan, temporary, feedback); break;
    }
    if (result && Base::isCancelled(feedback)) result = Base::Error::cancelled(path);
    if (!result) {
        QFile::remove(temporary);
        return result;
    }
    if (std::rename(QFile::encodeName(temporary).constData(), QFile::encodeName(target.absoluteFilePath()).constData()) != 0) {
        QFile::remove(temporary);
        return Base::Error(Base::Error::Kind::Io, path, tr("Cannot move the finished file into place"),
                           QString::fromLocal8Bit(strerror(errno)));
    }
    return {};
}

}  // namespace Estran::Data
