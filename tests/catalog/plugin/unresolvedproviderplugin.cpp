// SPDX-License-Identifier: GPL-3.0-or-later
// A provider plugin whose metadata is fine but whose library cannot be loaded: it needs a
// variable no library defines (linked without --no-undefined on purpose), so dlopen() fails.
// Its type is listed from the metadata; creating a provider of it must fail naming the file.

#include "estran/catalog/catalogprovider.h"
#include "estran/catalog/providerplugin.h"

#include <QObject>

extern int estranTestProviderSymbolNobodyDefines;

namespace UnresolvedProvider {

class UnresolvedProviderPlugin final : public QObject, public Estran::Catalog::ProviderPlugin {
    Q_OBJECT
    Q_PLUGIN_METADATA(IID ESTRAN_PROVIDER_PLUGIN_IID FILE "unresolvedprovider.json")
    Q_INTERFACES(Estran::Catalog::ProviderPlugin)

public:
    std::unique_ptr<Estran::Catalog::CatalogProvider> createProvider(const QString&, const QString&,
                                                                     const Estran::Net::HttpClient&) override
    {
        // A data reference is resolved when the library is loaded, not on first call; the
        // volatile read keeps the compiler from dropping it.
        if (*static_cast<volatile int*>(&estranTestProviderSymbolNobodyDefines) == 0) return nullptr;
        return nullptr;
    }
};

}  // namespace UnresolvedProvider

#include "unresolvedproviderplugin.moc"
