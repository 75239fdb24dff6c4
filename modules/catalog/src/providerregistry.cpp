// SPDX-License-Identifier: GPL-3.0-or-later
#include "estran/catalog/providerregistry.h"

#include "builtinproviders.h"
#include "estran/catalog/catalogprovider.h"

#include <QCoreApplication>
#include <QMap>

#include <mutex>

namespace Estran::Catalog {

struct ProviderRegistry::Private {
    struct Entry {
        QString displayName;
        Factory factory;
    };
    mutable std::mutex mutex;
    QMap<QString, Entry> entries;
};

ProviderRegistry::ProviderRegistry() : d(std::make_unique<Private>()) {}
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
    std::lock_guard lock(d->mutex);
    return d->entries.keys();
}

QString ProviderRegistry::displayName(const QString& type) const
{
    std::lock_guard lock(d->mutex);
    return d->entries.value(type).displayName;
}

Base::Result<std::unique_ptr<CatalogProvider>> ProviderRegistry::create(
    const QString& type, const QString& url, const Net::HttpClient& client) const
{
    Factory factory;
    {
        std::lock_guard lock(d->mutex);
        const auto it = d->entries.constFind(type);
        if (it == d->entries.cend()) {
            return Base::Error(Base::Error::Kind::InvalidInput, type,
                               QCoreApplication::translate("Estran::Catalog",
                                                           "Unknown catalogue type; known types: %1")
                                   .arg(d->entries.keys().join(QStringLiteral(", "))));
        }
        factory = it->factory;
    }
    return factory(url, client);
}

}  // namespace Estran::Catalog
