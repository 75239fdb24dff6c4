// SPDX-License-Identifier: GPL-3.0-or-later
#include "estran/data/readerregistry.h"

#include "estran/data/dataset.h"
#include "estran/data/datasetreader.h"
#include "estran/data/hdf5reader.h"
#include "estran/data/netcdfreader.h"
#include "filecheck.h"
#include "plugincatalog.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <mutex>

namespace Estran::Data {

using Base::Error;

namespace {

QString tr(const char* text) { return QCoreApplication::translate("Estran::Data", text); }

/// For an unrecognised file: the plugins made for files like it that could not be loaded (a
/// broken or half-removed GDAL plugin would otherwise leave a .tif just "not recognised").
QString whyNoPluginRead(detail::PluginCatalog& plugins, const QString& path)
{
    QString why;
    for (const ReaderPluginInfo& p : plugins.matching(path)) {
        if (p.loadError.isEmpty()) continue;
        why += u'\n' + tr("The plugin \"%1\" (%2), made for such files, cannot be loaded: %3")
                           .arg(p.name, p.file, p.loadError);
    }
    return why;
}

}  // namespace

struct ReaderRegistry::Private {
    mutable std::mutex mutex;
    std::vector<std::shared_ptr<DatasetReader>> readers;
};

ReaderRegistry::ReaderRegistry() : d(std::make_unique<Private>())
{
    add(std::make_unique<NetcdfReader>());
    add(std::make_unique<Hdf5Reader>());
    // GDAL's readers come from plugins/gdal, loaded when a file needs them (PluginCatalog).
}

ReaderRegistry::~ReaderRegistry() = default;

ReaderRegistry& ReaderRegistry::instance()
{
    static ReaderRegistry registry;
    return registry;
}

void ReaderRegistry::add(std::unique_ptr<DatasetReader> reader)
{
    if (!reader) return;
    std::lock_guard<std::mutex> lock(d->mutex);
    // A plugin registering an id again replaces the built-in one.
    const QString id = reader->id();
    std::erase_if(d->readers, [&](const auto& r) { return r->id() == id; });
    d->readers.push_back(std::shared_ptr<DatasetReader>(std::move(reader)));
}

QStringList ReaderRegistry::readerIds() const
{
    std::lock_guard<std::mutex> lock(d->mutex);
    QStringList ids;
    for (const auto& r : d->readers) ids.append(r->id());
    return ids;
}

QList<ReaderPluginInfo> ReaderRegistry::plugins() const { return detail::PluginCatalog::instance().plugins(); }

QList<Base::Error> ReaderRegistry::pluginErrors() const { return detail::PluginCatalog::instance().errors(); }

void ReaderRegistry::rescanPlugins() { detail::PluginCatalog::instance().rescan(); }

QStringList ReaderRegistry::pluginDirectories() { return detail::PluginCatalog::directories(); }

QString ReaderRegistry::userPluginDirectory() { return Base::PluginCatalog::userDirectory(); }

Base::Result<void> ReaderRegistry::loadPlugin(const QString& id)
{
    Error error;
    if (detail::PluginCatalog::instance().load(id, id, &error)) return {};
    return error;
}

std::shared_ptr<DatasetReader> ReaderRegistry::bestReader(const QString& path, const QByteArray& header) const
{
    std::vector<std::shared_ptr<DatasetReader>> readers;
    {
        std::lock_guard<std::mutex> lock(d->mutex);
        readers = d->readers;
    }
    std::shared_ptr<DatasetReader> best;
    int bestScore = 0;
    for (const auto& r : readers) {
        const int score = r->probe(path, header);
        if (score > bestScore) {
            bestScore = score;
            best = r;
        }
    }
    return best;
}

Base::Result<std::unique_ptr<Dataset>> ReaderRegistry::open(const QString& path) const
{
    if (path.isEmpty()) return Error(Error::Kind::InvalidInput, path, tr("No file given"));
    // GDAL virtual paths (/vsis3/bucket/key, /vsizip/...) are not files on this disk either.
    const bool url = path.contains(QStringLiteral("://")) || path.startsWith(QStringLiteral("/vsi"));
    QByteArray header;
    qint64 size = -1;
    if (!url) {
        const QFileInfo info(path);
        if (!info.exists()) return Error(Error::Kind::NotFound, path, tr("File not found"));
        if (info.isFile()) {
            size = info.size();
            if (size == 0) return Error(Error::Kind::InvalidInput, path, tr("The file is empty (0 bytes)"));
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly)) {
                return Error(Error::Kind::Io, path, tr("Cannot read the file"), file.errorString());
            }
            header = file.read(4096);
            if (std::optional<Error> e = detail::checkHdf5Truncation(path, header, size)) return *e;
            if (detail::isNetcdf3Signature(header)) {
                if (std::optional<Error> e = detail::checkNetcdf3Truncation(path, size)) return *e;
            }
        } else if (!info.isDir()) {
            return Error(Error::Kind::InvalidInput, path, tr("Not a regular file"));
        }
    }

    // Plugins load only for files that need them: a matching suffix or prefix first, then the
    // fallbacks when no reader loaded so far claims the file. A netCDF file never loads GDAL.
    detail::PluginCatalog& plugins = detail::PluginCatalog::instance();
    plugins.loadMatching(path);
    std::shared_ptr<DatasetReader> best = bestReader(path, header);
    if (!best && plugins.loadFallbacks()) best = bestReader(path, header);
    if (!best) {
        if (QFileInfo(path).isDir()) {
            return Error(Error::Kind::Unsupported, path,
                         tr("Not a recognised data format (a directory that is not a Zarr store)"));
        }
        return Error(Error::Kind::Unsupported, path, tr("Not a recognised data format"),
                     detail::describeHeader(header) + whyNoPluginRead(plugins, path));
    }
    return best->open(path);
}

}  // namespace Estran::Data
