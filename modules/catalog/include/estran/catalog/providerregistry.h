// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "estran/base/result.h"
#include "estran/catalog/catalog_export.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace Estran::Net {
class HttpClient;
}

namespace Estran::Catalog {

class CatalogProvider;

/// Creates providers by type. Built-ins register on first instance(); plugins call add().
/// Thread-safe.
class ESTRAN_CATALOG_EXPORT ProviderRegistry {
public:
    /// Builds a provider for `url`; the client outlives the provider.
    using Factory =
        std::function<std::unique_ptr<CatalogProvider>(const QString& url, const Net::HttpClient& client)>;

    static ProviderRegistry& instance();

    void add(const QString& type, const QString& displayName, Factory factory);
    QStringList types() const;
    QString displayName(const QString& type) const;
    /// Error (InvalidInput naming the type) for an unknown type.
    [[nodiscard]] Base::Result<std::unique_ptr<CatalogProvider>> create(
        const QString& type, const QString& url, const Net::HttpClient& client) const;

    ProviderRegistry(const ProviderRegistry&) = delete;
    ProviderRegistry& operator=(const ProviderRegistry&) = delete;

private:
    ProviderRegistry();
    ~ProviderRegistry();
    struct Private;
    std::unique_ptr<Private> d;
};

}  // namespace Estran::Catalog
