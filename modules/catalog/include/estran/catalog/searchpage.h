// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "estran/base/error.h"
#include "estran/catalog/item.h"

#include <QList>

#include <optional>

namespace Estran::Catalog {

/// One page of search results, delivered as soon as it is parsed.
struct SearchPage {
    QList<Item> items;
    /// Total matches the server reported (numberMatched, totalResults, numberOfRecordsMatched).
    std::optional<qint64> matched;
    int pageNumber = 0;  ///< 0-based
};

/// What a finished search did.
struct SearchSummary {
    qint64 itemCount = 0;
    std::optional<qint64> matched;
    int pages = 0;
    bool truncated = false;  ///< stopped at maxItems while the server had more
    /// Parts that failed without stopping the search (a broken child of a static catalogue).
    QList<Base::Error> skipped;
};

}  // namespace Estran::Catalog
