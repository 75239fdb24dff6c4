// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "estran/base/result.h"
#include "estran/data/data_export.h"
#include "estran/data/readerplugininfo.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace Estran::Data {

class Dataset;
class DatasetReader;

/// Finds the reader for a file and opens it. The built-in readers (netCDF, HDF5) are
/// registered on first use of instance(). Reader plugins (ReaderPlugin; GDAL's readers are
/// one) are found in the plugin folders by their metadata alone and loaded only when a file
/// needs them: its name matches a plugin's suffixes or prefixes, or no loaded reader claims
/// it and the plugin is a fallback. See docs/plugins.md.
/// Thread-safe: every method may be called from any thread, loading included.
class ESTRAN_DATA_EXPORT ReaderRegistry {
public:
    static ReaderRegistry& instance();

    void add(std::unique_ptr<DatasetReader> reader);
    /// The readers registered so far: the built-in ones and those of loaded plugins.
    QStringList readerIds() const;

    /// Reader plugins found in the plugin folders (scanned on the first call of any plugin
    /// method or of open()), with what their metadata says and whether they are loaded.
    QList<ReaderPluginInfo> plugins() const;
    /// Plugin files that cannot be used, one error each: where is the file, the message says
    /// why (not a plugin, bad metadata field, another interface version, failed to load).
    /// Each is also written to the log when it is found. The application keeps running.
    QList<Base::Error> pluginErrors() const;
    /// Looks again for plugin files (after ESTRAN_PLUGIN_PATH changed, or a file was added).
    /// Loaded plugins stay loaded; Estran never unloads a library.
    void rescanPlugins();
    /// The folders searched, first match of an id wins: ESTRAN_PLUGIN_PATH's folders, the
    /// user's (~/.local/share/Estran/plugins), then Estran's own (<prefix>/lib/estran/plugins,
    /// found relative to the data library or the executable, as in the build tree).
    static QStringList pluginDirectories();
    /// The user's own plugin folder, ~/.local/share/Estran/plugins ($XDG_DATA_HOME/Estran/plugins),
    /// whether it exists or not (pluginDirectories() lists only existing folders). For the
    /// "open my plugin folder" of the Plugins dialog and the CLI's listing.
    static QString userPluginDirectory();
    /// Loads reader plugin `id` now, if it was not tried yet (a user checking that a plugin
    /// works, before any file needs it). The error names the plugin and carries the loader's
    /// reason; plugins() then shows it as loaded or with its loadError. Blocking: on a worker.
    [[nodiscard]] Base::Result<void> loadPlugin(const QString& id);

    /// Opens with the best-scoring reader; errors name the file and say what is wrong
    /// (missing, empty, truncated, not a recognised format, ...).
    [[nodiscard]] Base::Result<std::unique_ptr<Dataset>> open(const QString& path) const;

    ReaderRegistry(const ReaderRegistry&) = delete;
    ReaderRegistry& operator=(const ReaderRegistry&) = delete;

private:
    ReaderRegistry();
    ~ReaderRegistry();
    std::shared_ptr<DatasetReader> bestReader(const QString& path, const QByteArray& header) const;
    struct Private;
    std::unique_ptr<Private> d;
};

}  // namespace Estran::Data
