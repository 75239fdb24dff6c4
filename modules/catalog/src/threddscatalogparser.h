// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "estran/base/result.h"
#include "estran/catalog/item.h"

#include <QList>
#include <QString>

namespace Estran::Catalog {

namespace Xml {
struct Element;
}

/// A <catalogRef>: a child catalog, not fetched until needed.
struct ThreddsCatalogRef {
    QString title;
    QString href;  ///< absolute
};

/// What one THREDDS catalog (InvCatalog 1.x, from TDS 4/5, Hyrax or RAMADDA) holds.
struct ThreddsCatalog {
    QString name;
    QString version;
    QList<Item> datasets;           ///< datasets that have an access (urlPath or <access>)
    QList<ThreddsCatalogRef> refs;  ///< in document order
    QList<Collection> containers;   ///< top-level datasets that only group others
};

/// Reads a catalog document. Services (compound ones included) are resolved by name, with
/// inherited metadata (serviceName, dataType, dataFormat, coverage); service bases are resolved
/// against `catalogUrl` (the URL after redirects), so non-standard context paths work.
/// Access URLs become assets: OPeNDAP (role data), HTTPServer download (data), NCSS (data),
/// WMS/WCS (overview/data), ISO/NcML/UDDC (metadata).
[[nodiscard]] Base::Result<ThreddsCatalog> parseThreddsCatalog(const Xml::Element& root,
                                                               const QString& catalogUrl);

}  // namespace Estran::Catalog
