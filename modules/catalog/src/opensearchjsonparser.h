// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "opensearchpage.h"

#include "estran/base/result.h"

#include <QJsonObject>

namespace Estran::Catalog {

/// Reads a JSON OpenSearch response: resto / OGC 17-047 GeoJSON FeatureCollections
/// (properties.totalResults, links rel=next, services.download, quicklook) and DHuS JSON feeds
/// ({"feed": {"opensearch:totalResults", "entry": [...] or one object}}). An error reported
/// inside a 200 answer (DHuS feed.error) becomes an Error naming `where`.
[[nodiscard]] Base::Result<OpenSearchPage> parseOpenSearchJson(const QJsonObject& root,
                                                               const QString& baseUrl,
                                                               const QString& where);

}  // namespace Estran::Catalog
