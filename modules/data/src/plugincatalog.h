// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "estran/base/error.h"
#include "estran/data/readerplugininfo.h"

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <memory>
#include <mutex>
#include <vector>

class QObject;

namespace Estran::Data::detail {

/// The reader plugins on disk: found by their metadata (QPluginLoader::metaData(), which reads
/// the library's metadata section without loading it), loaded one at a time when a file needs
/// them, never unloaded. One per process; every method is thread-safe, and a plugin is loaded
/// under the catalogue's lock, so two workers that need it at once load it once.
class PluginCatalog {
public:
    static PluginCatalog& instance();

    QList<ReaderPluginInfo> plugins();
    QList<Base::Error> errors();
    void rescan();
    static QStringList directories();

    /// Loads the plugins whose suffixes or prefixes match `path`; true when one was loaded now.
    bool loadMatching(const QString& path);
    /// Loads every fallback plugin not tried yet; true when one was loaded now.
    bool loadFallbacks();
    /// The plugin object of plugin `id`, loaded first if needed; nullptr with `error` set
    /// (where: the plugin file, or `where` when there is no such plugin).
    QObject* load(const QString& id, const QString& where, Base::Error* error);

    PluginCatalog(const PluginCatalog&) = delete;
    PluginCatalog& operator=(const PluginCatalog&) = delete;

private:
    PluginCatalog();
    ~PluginCatalog();
    struct Record;
    void ensureScannedLocked();
    void scanLocked();
    void addFileLocked(const QString& file);
    bool loadLocked(Record& record);
    void reportLocked(const Base::Error& error);

    std::mutex m_mutex;
    bool m_scanned = false;
    std::vector<std::unique_ptr<Record>> m_records;
    QList<Base::Error> m_errors;
    QSet<QString> m_seenFiles;
};

}  // namespace Estran::Data::detail
