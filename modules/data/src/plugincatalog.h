// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "estran/base/error.h"
#include "estran/base/plugincatalog.h"
#include "estran/data/readerplugininfo.h"

#include <QList>
#include <QString>
#include <QStringList>

class QObject;

namespace Estran::Data::detail {

/// The reader plugins on disk: Base::PluginCatalog's plugins of the reader interface
/// (found by their metadata alone, loaded once when a file needs them, never unloaded), with
/// the reader fields of their metadata (suffixes, prefixes, fallback, libraries). One per
/// process; every method is thread-safe.
class PluginCatalog {
public:
    static PluginCatalog& instance();

    QList<ReaderPluginInfo> plugins();
    QList<Base::Error> errors();
    void rescan();
    static QStringList directories();

    /// The plugins whose suffixes or prefixes match `path` (loaded or not).
    QList<ReaderPluginInfo> matching(const QString& path);
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

    Base::PluginCatalog m_catalog;
};

}  // namespace Estran::Data::detail
