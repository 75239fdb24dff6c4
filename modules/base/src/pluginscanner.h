// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "estran/base/error.h"

#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>

#include <mutex>

namespace Estran::Base::detail {

/// Every shared library in the plugin folders, with the interface id and metadata it declares,
/// read once per process without loading it. Shared by every PluginCatalog (one per plugin
/// kind), so a folder holding reader and provider plugins is listed and read once. Files that
/// are no Estran plugin at all are reported here, once. Thread-safe.
class PluginScanner {
public:
    struct File {
        QString path;          ///< canonical path
        QString iid;           ///< "org.estran.Estran.Data.ReaderPlugin/1.0"
        QJsonObject metaData;  ///< the plugin's own JSON ("MetaData")
    };

    static PluginScanner& instance();

    /// Scans the folders the first time only.
    void ensureScanned();
    /// Looks again; files seen before are not read again.
    void rescan();
    /// The Estran plugin files found so far, in the order found (folder order, then name).
    QList<File> files();
    QList<Error> errors();

private:
    PluginScanner() = default;
    void scanLocked();

    std::mutex m_mutex;
    bool m_scanned = false;
    QList<File> m_files;
    QList<Error> m_errors;
    QSet<QString> m_seen;
};

}  // namespace Estran::Base::detail
