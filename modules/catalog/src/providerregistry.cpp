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
    static_cast<Base::PluginInfo&>(info) = p;  // what every plugin says about itself
    return info;
}

/// Stands for a provider of a plugin's type until the plugin is loaded: the first call loads it
/// (on the calling thread, a worker) and creates the real provider, to which every call then
/// goes. type() and url() need no plugin. Used by one thread at a time, as every provider.
class PluginProvider final : public CatalogProvider {
public:
    using Loader = std::function<Base::Result<std::unique_ptr<CatalogProvider>>()>;
    PluginProvider(QString type, QString url, Loader load)
        : m_type(std::move(type)), m_url(std::move(url)), m_load(std::move(load))
    {
    }

    QString type() const override { return m_type; }
    QString url() const override { return m_url; }
    Base::Result<Capabilities> capabilities(Base::Feedback* feedback) override
    {
        if (auto error = resolve()) return *error;
        return m_real->capabilities(feedback);
    }
    Base::Result<QList<Collection>> collections(Base::Feedback* feedback) override
    {
        if (auto error = resolve()) return *error;
        return m_real->collections(feedback);
    }
    Base::Result<QList<Queryable>> queryables(const QString& collection, Base::Feedback* feedback) override
    {
        if (auto error = resolve()) return *error;
        return m_real->queryables(collection, feedback);
    }
    Base::Result<SearchSummary> search(const SearchQuery& query, const PageHandler& onPage,
                                       Base::Feedback* feedback) override
    {
        if (auto error = resolve()) return *error;
        return m_real->search(query, onPage, feedback);
    }

private:
    std::optional<Base::Error> resolve()
    {
        if (m_real) return std::nullopt;
        Base::Result<std::unique_ptr<CatalogProvider>> created = m_load();
        if (!created) return created.error();
        m_real = std::move(*created);
        return std::nullopt;
    }

    QString m_type;
    QString m_url;
    Loader m_load;
    std::unique_ptr<CatalogProvider> m_real;
};

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
    // A provider of a type no plugin has registered yet: the plugin that declares it is loaded
    // by the provider's first call, on the worker that makes it (providers do their work on
    // workers), so creating one on the GUI thread never waits for dlopen().
    auto loadAndCreate = [this, factoryOf, type, url, &client](
                             const ProviderPluginInfo& plugin) -> Base::Result<std::unique_ptr<CatalogProvider>> {
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
        const Factory factory = factoryOf(type);
        std::unique_ptr<CatalogProvider> provider = factory ? factory(url, client) : nullptr;
        if (!provider) {
            return Base::Error(Base::Error::Kind::Internal, plugin.file,
                               tr("The plugin created no provider of type \"%1\"").arg(type));
        }
        return provider;
    };

    Factory factory = factoryOf(type);
    if (!factory) {
        for (const ProviderPluginInfo& plugin : plugins()) {
            if (!plugin.types.contains(type)) continue;
            // Tried and failed already: say so now, nothing to wait for.
            if (!plugin.loadError.isEmpty()) return loadAndCreate(plugin);
            return std::unique_ptr<CatalogProvider>(std::make_unique<PluginProvider>(
                type, url, [loadAndCreate, plugin] { return loadAndCreate(plugin); }));
        }
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

Base::Result<void> ProviderRegistry::loadPlugin(const QString& id)
{
    Base::Error error;
    if (d->plugins->load(id, id, &error)) return {};
    return error;
}

void ProviderRegistry::rescanPlugins() { d->plugins->rescan(); }

}  // namespace Estran::Catalog
