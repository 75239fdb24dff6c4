// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "estran/base/feedback.h"
#include "estran/base/result.h"
#include "estran/catalog/catalog_export.h"
#include "estran/catalog/item.h"
#include "estran/catalog/queryable.h"
#include "estran/catalog/searchpage.h"
#include "estran/catalog/searchquery.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace Estran::Catalog {

/// What a catalogue endpoint supports, learnt by probing it (landing page and conformance,
/// OpenSearch description, GetCapabilities, ...).
struct Capabilities {
    QString title;
    QString protocolVersion;  ///< "STAC 1.0.0", "CSW 2.0.2", ...
    bool text = false;
    bool bbox = false;
    bool time = false;
    bool collections = false;
    bool cql2 = false;
    QStringList notes;  ///< human-readable remarks ("paging by page number (STAC 0.9)")
};

/// Extension point: one protocol client bound to one endpoint URL. Built-in providers (STAC API,
/// static STAC, OpenSearch, CSW, THREDDS, ERDDAP) register a factory with the ProviderRegistry;
/// plugins implement ProviderPlugin (providerplugin.h), whose factory the registry registers
/// when it loads them.
///
/// Threading: every call blocks and does network I/O; run them from a worker (Base::Task),
/// never the GUI thread. One provider object is used by one thread at a time.
class ESTRAN_CATALOG_EXPORT CatalogProvider {
public:
    virtual ~CatalogProvider();

    /// "stac", "stac-static", "opensearch", "csw", "thredds", "erddap".
    virtual QString type() const = 0;
    virtual QString url() const = 0;

    [[nodiscard]] virtual Base::Result<Capabilities> capabilities(Base::Feedback* feedback) = 0;
    [[nodiscard]] virtual Base::Result<QList<Collection>> collections(Base::Feedback* feedback) = 0;

    /// The properties searches can filter on (CQL2), for one collection or, with an empty id,
    /// the whole catalogue. Providers without filtering answer Error::Kind::Unsupported.
    [[nodiscard]] virtual Base::Result<QList<Queryable>> queryables(const QString& collection,
                                                                    Base::Feedback* feedback);

    /// Receives each page as it arrives; return false to stop early.
    using PageHandler = std::function<bool(const SearchPage& page)>;
    /// Runs a search, following the server's paging until query.maxItems items were delivered or
    /// the server has no more. Errors name the server URL; a page that fails after others were
    /// delivered still returns the error (the delivered pages stand).
    [[nodiscard]] virtual Base::Result<SearchSummary> search(const SearchQuery& query,
                                                             const PageHandler& onPage,
                                                             Base::Feedback* feedback) = 0;
};

}  // namespace Estran::Catalog
