// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "estran/catalog/item.h"

#include <QList>
#include <QString>

#include <optional>

namespace Estran::Catalog {

/// One parsed OpenSearch results page, whatever its encoding (Atom, resto GeoJSON, DHuS JSON).
struct OpenSearchPage {
    QList<Item> items;
    std::optional<qint64> totalResults;
    QString nextUrl;  ///< rel="next" link, when the server gives one
};

}  // namespace Estran::Catalog
