// SPDX-License-Identifier: GPL-3.0-or-later
#include "estran/catalog/item.h"
#include "estran/catalog/catalogprovider.h"

#include <QCoreApplication>
#include "estran/catalog/catalogprovider.h"

namespace Estran::Catalog {

CatalogProvider::~CatalogProvider() = default;

Base::Result<QList<Queryable>> CatalogProvider::queryables(const QString&, Base::Feedback*)
{
    return Base::Error(Base::Error::Kind::Unsupported, url(),
                       QCoreApplication::translate("Estran::Catalog", "This kind of catalogue has no filterable properties (queryables)"));
}

QString Item::quicklookHref() const
{
    for (const QString& role : {QStringLiteral("thumbnail"), QStringLiteral("overview"),
                               QStringLiteral("visual")}) {
        for (const Asset& asset : assets) {
            if (asset.roles.contains(role) || asset.key == role) return asset.href;
        }
    }
    for (const Link& link : links) {
        if (link.rel == u"icon" || link.rel == u"preview" || link.rel == u"thumbnail") return link.href;
    }
    return {};
}

QList<Asset> Item::dataAssets() const
{
    QList<Asset> data;
    for (const Asset& asset : assets) {
        if (asset.roles.contains(QStringLiteral("data"))) data.append(asset);
    }
    return data.isEmpty() ? assets : data;
}

}  // namespace Estran::Catalog
