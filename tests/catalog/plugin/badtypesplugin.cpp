// SPDX-License-Identifier: GPL-3.0-or-later
// A provider plugin whose metadata lacks the name of its type: Estran must refuse it by its
// metadata, naming the file and the field, without loading it.

#include "estran/catalog/catalogprovider.h"
#include "estran/catalog/providerplugin.h"

#include <QObject>

namespace BadTypes {

class BadTypesPlugin final : public QObject, public Estran::Catalog::ProviderPlugin {
    Q_OBJECT
    Q_PLUGIN_METADATA(IID ESTRAN_PROVIDER_PLUGIN_IID FILE "badtypes.json")
    Q_INTERFACES(Estran::Catalog::ProviderPlugin)

public:
    std::unique_ptr<Estran::Catalog::CatalogProvider> createProvider(const QString&, const QString&,
                                                                     const Estran::Net::HttpClient&) override
    {
        return nullptr;
    }
};

}  // namespace BadTypes

#include "badtypesplugin.moc"
