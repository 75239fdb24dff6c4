// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "opensearchpage.h"

namespace Estran::Catalog {

namespace Xml {
struct Element;
}

/// Reads an OpenSearch Atom feed (Atom + opensearch/geo/time/georss/media/dc elements):
/// entries become items, os:totalResults the total, link rel="next" the next page.
/// Relative hrefs are resolved against `baseUrl`.
OpenSearchPage parseOpenSearchAtom(const Xml::Element& feed, const QString& baseUrl);

/// Reads one Atom entry (also used for CMR and pycsw feeds).
Item parseOpenSearchAtomEntry(const Xml::Element& entry, const QString& baseUrl);

}  // namespace Estran::Catalog
