// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QtPlugin>

#include <memory>

namespace Estran::Net {
class HttpClient;
}

namespace Estran::Catalog {

class CatalogProvider;

/// The interface a catalogue provider plugin implements: a shared library (a CMake MODULE)
/// holding one QObject that derives from ProviderPlugin and declares
///
///     Q_OBJECT
///     Q_PLUGIN_METADATA(IID ESTRAN_PROVIDER_PLUGIN_IID FILE "myprovider.json")
///     Q_INTERFACES(Estran::Catalog::ProviderPlugin)
///
/// The JSON file says, without the library being loaded, what the plugin is and which
/// provider types it creates: "id", "name", "version", "description" and "types", a list of
/// {"type": "mytype", "name": "My catalogue"} (see docs/plugins.md). The types appear in the
/// provider dialog and `estran-cli search --help` from the metadata alone; Estran loads the
/// library the first time a provider of one of them is used (its first capabilities(),
/// collections(), queryables() or search(), on the worker that calls it).
/// Plugins are found in the folders every Estran plugin is found in (Base::PluginCatalog).
///
/// Threading: createProvider() may be called from any thread, several at once (searches run
/// on workers); the providers it returns are used by one thread at a time (CatalogProvider).
/// The plugin object lives until the process ends; Estran never unloads it.
/// The library's static initialisers and the plugin's constructor run while the plugin is
/// marked as loading (outside Estran's plugin lock): they must not use a provider of their own
/// types, which would wait for this very load.
class ProviderPlugin {
public:
    virtual ~ProviderPlugin() = default;

    /// A provider of `type` (one of the metadata's "types") bound to the endpoint `url`;
    /// `client` outlives it and does every transfer (proxies, retries, credentials).
    /// nullptr is reported as an error naming the plugin file.
    virtual std::unique_ptr<CatalogProvider> createProvider(const QString& type, const QString& url,
                                                            const Net::HttpClient& client) = 0;
};

}  // namespace Estran::Catalog

/// The interface id with its version: a plugin built against another major version is refused
/// with an error naming the file, before its code is loaded.
#define ESTRAN_PROVIDER_PLUGIN_IID "org.estran.Estran.Catalog.ProviderPlugin/1.0"
Q_DECLARE_INTERFACE(Estran::Catalog::ProviderPlugin, ESTRAN_PROVIDER_PLUGIN_IID)
