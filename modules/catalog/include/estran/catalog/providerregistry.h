// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "estran/base/result.h"
#include "estran/catalog/catalog_export.h"
#include "estran/catalog/providerplugininfo.h"

#include <QList>

#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace Estran::Net {
class HttpClient;
}

namespace Estran::Catalog {

class CatalogProvider;

/// Creates providers by type. Built-ins register on first instance() through add().
/// Provider plugins (ProviderPlugin) are found in Estran's plugin folders by their metadata
/// alone: their types are listed by types() and displayName() at once, and a plugin's library
/// is loaded only when create() is first asked for one of its types. A type Estran already
/// has stays Estran's. See docs/plugins.md.
/// Thread-safe: every method may be called from any thread, loading included.
class ESTRAN_CATALOG_EXPORT ProviderRegistry {
public:
    /// Builds a provider for `url`; the client outlives the provider.
    using Factory =
        std::function<std::unique_ptr<CatalogProvider>(const QString& url, const Net::HttpClient& client)>;

    static ProviderRegistry& instance();

    void add(const QString& type, const QString& displayName, Factory factory);
    /// Every type: registered ones and those plugins declare (loaded or not), sorted.
    QStringList types() const;
    /// The type's name for people; a plugin's from its metadata. Empty for an unknown type.
    QString displayName(const QString& type) const;
    /// Error (InvalidInput naming the type) for an unknown type. A provider of a plugin's type
    /// that is not loaded yet is created without loading it: its first call (capabilities,
    /// search, ...; on a worker) loads the plugin, or fails with an error whose where is the
    /// plugin file. Once that failed, create() returns that error at once.
    [[nodiscard]] Base::Result<std::unique_ptr<CatalogProvider>> create(
        const QString& type, const QString& url, const Net::HttpClient& client) const;

    /// Provider plugins found in the plugin folders (scanned on the first call of types(),
    /// create() of a type not registered, or any plugin method), with whether they are loaded.
    QList<ProviderPluginInfo> plugins() const;
    /// Plugin files that cannot be used as provider plugins, one error each, where is the file
    /// (not a plugin, bad metadata field, another interface version, failed to load). Each is
    /// also written to the log when found.
    QList<Base::Error> pluginErrors() const;
    /// The id of the plugin that provides `type` (loaded or not); empty for a type registered
    /// with add() (a built-in one, which a plugin declaring it too does not replace) or unknown.
    QString pluginOf(const QString& type) const;
    /// Loads provider plugin `id` now, if it was not tried yet (a user checking that a plugin
    /// works before searching with it) and registers its types. The error names the plugin
    /// and carries the file and the loader's reason; plugins() then shows it as loaded or with
    /// its loadError. Blocking: on a worker.
    [[nodiscard]] Base::Result<void> loadPlugin(const QString& id);
    /// Looks again for plugin files; loaded plugins stay loaded.
    void rescanPlugins();

    ProviderRegistry(const ProviderRegistry&) = delete;
    ProviderRegistry& operator=(const ProviderRegistry&) = delete;

private:
    ProviderRegistry();
    ~ProviderRegistry();
    struct Private;
    std::unique_ptr<Private> d;
};

}  // namespace Estran::Catalog
