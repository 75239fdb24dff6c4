// SPDX-License-Identifier: GPL-3.0-or-later
#include "estran/catalog/providerregistry.h"

#include "builtinproviders.h"
#include "estran/base/plugincatalog.h"
#include "estran/catalog/catalogprovider.h"
#include "estran/catalog/providerplugin.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QRegularExpression>

#include <mutex>
#include <optional>

namespace Estran::Catalog {

namespace {

QString tr(const char* text) { return QCoreApplication::translate("Estran::Catalog", text); }

/// The "types" of a provider plugin's metadata, checked entry by entry; the first problem.
std::optional<QString> readTypes(const QJsonObject& meta, QStringList& types, QStringList& names)
{
    const QJsonValue value = meta.value(QLatin1String("types"));
    if (!value.isArray() || value.toArray().isEmpty())
        return tr("Bad plugin metadata: \"types\" must be a non-empty list of {\"type\", \"name\"} objects");
    static const QRegularExpression typePattern(QStringLiteral("^[a-z0-9][a-z0-9._-]*$"));
    for (const QJsonValue& entry : value.toArray()) {
        const QString type = entry.toObject().value(QLatin1String("type")).toString().trimmed();
        const QString name = entry.toObject().value(QLatin1String("name")).toString().trimmed();
        if (!entry.isObject() || type.isEmpty() || name.isEmpty())
            return tr("Bad plugin metadata: each entry of \"types\" needs a \"type\" and a \"name\" text");
        if (!typePattern.match(type).hasMatch())
            return tr("Bad plugin metadata: the type \"%1\" may hold only lower-case letters, digits, '.', '_' and '-'")
                .arg(type);
        types.append(type);
        names.append(name);
    }
    return std::nullopt;
}

ProviderPluginInfo providerInfo(const Base::PluginCatalog::Plugin& p)
{
    ProviderPluginInfo info;
    (void)readTypes(p.metaData, info.types, info.typeNames);  // checked when the plugin was found
    info.file = p.file;
    info.id = p.id;
    info.name = p.name;
    info.version = p.version;
    info.description = p.description;
    info.loaded = p.loaded;
    info.loadError = p.loadError;
    return info;
}

}  // namespace

struct ProviderRegistry::Private {
    struct Entry {
        QString displayName;
        Factory factory;
    };
    mutable std::mutex mutex;
    QMap<QString, Entry> entries;
    QMap<QString, QString> pluginFiles;  // type -> the plugin file that registered it
    std::unique_ptr<Base::PluginCatalog> plugins;
};

ProviderRegistry::ProviderRegistry() : d(std::make_unique<Private>())
{
    d->plugins = std::make_unique<Base::PluginCatalog>(
        QStringLiteral(ESTRAN_PROVIDER_PLUGIN_IID), tr("catalogue provider"),
        [](const QJsonObject& meta) {
            QStringList types, names;
            return readTypes(meta, types, names);
        },
        // Runs under the plugin catalogue's lock, never under d->mutex (add() takes it).
        [this](QObject* object, const Base::PluginCatalog::Plugin& p) -> std::optional<QString> {
            auto* plugin = qobject_cast<ProviderPlugin*>(object);
            if (!plugin) return tr("The plugin object does not implement the catalogue provider interface");
            const ProviderPluginInfo info = providerInfo(p);
            const QStringList known = [this] {
                std::lock_guard lock(d->mutex);
                return d->entries.keys();
            }();
            for (qsizetype i = 0; i < info.types.size(); ++i) {
                if (known.contains(info.types.at(i))) continue;  // Estran's own type stays Estran's
                const QString type = info.types.at(i);
                add(type, info.typeNames.at(i), [plugin, type](const QString& url, const Net::HttpClient& client) {
                    return plugin->createProvider(type, url, client);
                });
                std::lock_guard lock(d->mutex);
                d->pluginFiles.insert(type, info.file);
            }
            return std::nullopt;
        });
}

ProviderRegistry::~ProviderRegistry() = default;

ProviderRegistry& ProviderRegistry::instance()
{
    static ProviderRegistry* registry = [] {
        auto* r = new ProviderRegistry;
        registerBuiltinProviders(*r);
        return r;
    }();
    return *registry;
}

void ProviderRegistry::add(const QString& type, const QString& displayName, Factory factory)
{
    std::lock_guard lock(d->mutex);
    d->entries.insert(type, {displayName, std::move(factory)});
}

QStringList ProviderRegistry::types() const
{
    QStringList list;
    for (const ProviderPluginInfo& plugin : plugins()) list += plugin.types;
    {
        std::lock_guard lock(d->mutex);
        list += d->entries.keys();
    }
    list.sort();
    list.removeDuplicates();
    return list;
}

QString ProviderRegistry::displayName(const QString& type) const
{
    {
        std::lock_guard lock(d->mutex);
        const auto it = d->entries.constFind(type);
        if (it != d->entries.cend()) return it->displayName;
    }
    for (const ProviderPluginInfo& plugin : plugins()) {
        const qsizetype i = plugin.types.indexOf(type);
        if (i >= 0) return plugin.typeNames.at(i);
    }
    return {};
}

Base::Result<std::unique_ptr<CatalogProvider>> ProviderRegistry::create(
    const QString& type, const QString& url, const Net::HttpClient& client) const
{
    auto factoryOf = [this](const QString& t) -> Factory {
        std::lock_guard lock(d->mutex);
        const auto it = d->entries.constFind(t);
        return it == d->entries.cend() ? Factory() : it->factory;
    };
    Factory factory = factoryOf(type);
    if (!factory) {
        // Not registered: a plugin that declares the type is loaded now, and registers it.
        for (const ProviderPluginInfo& plugin : plugins()) {
            if (!plugin.types.contains(type)) continue;
            Base::Error error;
            if (!d->plugins->load(plugin.id, plugin.file, &error)) {
                // The message names the file too: the catalogue dock's row shows the message.
                QString reason = error.detail();
                for (const ProviderPluginInfo& now : plugins()) {
                    if (now.id == plugin.id && !now.loadError.isEmpty()) reason = now.loadError;  // the loader's own words
                }
                return Base::Error(error.kind(), plugin.file,
                                   tr("The plugin %1, which provides the \"%2\" catalogue type, cannot be loaded")
                                       .arg(QFileInfo(plugin.file).fileName(), type),
                                   reason);
            }
            factory = factoryOf(type);
            break;
        }
    }
    if (!factory) {
        return Base::Error(Base::Error::Kind::InvalidInput, type,
                           tr("Unknown catalogue type; known types: %1").arg(types().join(QStringLiteral(", "))));
    }
    std::unique_ptr<CatalogProvider> provider = factory(url, client);
    if (!provider) {
        const QString pluginFile = [&] {
            std::lock_guard lock(d->mutex);
            return d->pluginFiles.value(type, type);
        }();
        return Base::Error(Base::Error::Kind::Internal, pluginFile,
                           tr("The plugin created no provider of type \"%1\"").arg(type));
    }
    return provider;
}

QList<ProviderPluginInfo> ProviderRegistry::plugins() const
{
    QList<ProviderPluginInfo> list;
    for (const Base::PluginCatalog::Plugin& p : d->plugins->plugins()) list.append(providerInfo(p));
    return list;
}

QString ProviderRegistry::pluginOf(const QString& type) const
{
    {
        std::lock_guard lock(d->mutex);
        if (d->entries.contains(type) && !d->pluginFiles.contains(type)) return {};
    }
    for (const ProviderPluginInfo& plugin : plugins()) {
        if (plugin.types.contains(type)) return plugin.id;
    }
    return {};
}

QList<Base::Error> ProviderRegistry::pluginErrors() const { return d->plugins->errors(); }

void ProviderRegistry::rescanPlugins() { d->plugins->rescan(); }

}  // namespace Estran::Catalog
