// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "estran/base/base_export.h"
#include "estran/base/error.h"
#include "estran/base/plugininfo.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <initializer_list>
#include <memory>
#include <optional>

class QObject;

namespace Estran::Base {

/// The plugins of one kind (reader plugins, catalogue provider plugins, ...) found in Estran's
/// plugin folders. Every kind uses the same folders and the same rules (docs/plugins.md):
///
/// * folders, first match of an id wins: ESTRAN_PLUGIN_PATH's, the user's
///   (~/.local/share/Estran/plugins), then Estran's own (<prefix>/lib/estran/plugins, found
///   beside Estran's libraries or the executable, as in the build tree);
/// * each shared library there is examined once per process, by its metadata alone
///   (QPluginLoader::metaData() reads the section Q_PLUGIN_METADATA writes without loading the
///   library), and handed to the kind whose interface id it declares;
/// * the kind checks the fields it needs (validate), then loads a plugin once, only when asked
///   (loadWhere(), load()); a library is never unloaded;
/// * a file that cannot be used is an Error whose where is the file, logged once and listed
///   by errors(); the other plugins keep working.
///
/// A kind is identified by its interface id, "org.estran.Estran.<Module>.<Name>/<major.minor>":
/// a plugin of the same stem but another version is refused before any code is loaded. Files of
/// another Estran kind are left to that kind; files that are not Estran plugins at all are
/// reported by every kind's errors().
///
/// Thread-safe: every method may be called from any thread. A plugin is loaded once: threads
/// that need it while another loads it wait for that load, others go on (the library is
/// loaded and activated outside the catalogue's lock); the loaded object is moved to the
/// application's thread (it lives as long as the process).
class ESTRAN_BASE_EXPORT PluginCatalog {
public:
    /// One plugin of this kind, from its metadata and, if that happened, from loading it.
    struct Plugin : PluginInfo {
        QJsonObject metaData;    ///< the whole JSON the plugin declared, for the kind's own fields
        bool attempted = false;  ///< loading was tried
    };

    /// Checks the kind's own metadata fields (id, name, version and description are checked
    /// already); returns the problem, a translated sentence naming the field, or nothing.
    using Validator = std::function<std::optional<QString>(const QJsonObject& metaData)>;
    /// Called once a plugin's library is loaded, outside the catalogue's lock: takes the object into use
    /// (registers what it provides) or returns why it cannot (it does not implement the
    /// interface). Called once per plugin, on the thread that needed it.
    using Activator = std::function<std::optional<QString>(QObject* object, const Plugin& plugin)>;

    /// `iid` is the full interface id with its version, `kindName` a translated noun used in
    /// messages ("reader", "catalogue provider").
    PluginCatalog(QString iid, QString kindName, Validator validate, Activator activate);
    ~PluginCatalog();

    /// The plugins of this kind found so far (the folders are scanned on the first call).
    QList<Plugin> plugins();
    /// Files that cannot be used as plugins of this kind, and files that are no Estran plugin.
    QList<Error> errors();
    /// Several kinds' errors() as one list, each file's problem once: a file that is no
    /// Estran plugin at all is reported by every kind.
    static QList<Error> mergedErrors(std::initializer_list<QList<Error>> kinds);
    /// Looks again for files (after ESTRAN_PLUGIN_PATH changed or a file was added). Plugins
    /// found before stay, loaded ones stay loaded.
    void rescan();
    /// Loads every plugin not tried yet for which `wanted` is true; true when one was loaded now.
    bool loadWhere(const std::function<bool(const Plugin&)>& wanted);
    /// The object of plugin `id`, loaded first if needed; nullptr with `error` set (where: the
    /// plugin file, or `where` when no such plugin is installed, naming the folders searched).
    QObject* load(const QString& id, const QString& where, Error* error);

    /// The folders searched, in order, those that exist only.
    static QStringList directories();
    /// The user's own plugin folder, ~/.local/share/Estran/plugins ($XDG_DATA_HOME/Estran/plugins),
    /// whether it exists or not.
    static QString userDirectory();

    PluginCatalog(const PluginCatalog&) = delete;
    PluginCatalog& operator=(const PluginCatalog&) = delete;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

}  // namespace Estran::Base
