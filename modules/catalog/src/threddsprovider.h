// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "estran/catalog/catalogprovider.h"

namespace Estran::Net {
class HttpClient;
}

namespace Estran::Catalog {

struct ThreddsCatalog;

/// THREDDS catalogs (InvCatalog 1.x from TDS 4/5, Hyrax, RAMADDA). A search walks the catalog
/// tree breadth first from the given catalog, fetching each catalogRef only when more items are
/// wanted, down to maxDepth levels; every catalog read is one page. The query's text filters
/// dataset names; box and time filter datasets whose metadata give them (others are kept).
class ThreddsProvider final : public CatalogProvider {
public:
    ThreddsProvider(QString url, const Net::HttpClient& client, int maxDepth = 4);

    QString type() const override { return QStringLiteral("thredds"); }
    QString url() const override { return m_url; }

    [[nodiscard]] Base::Result<Capabilities> capabilities(Base::Feedback* feedback) override;
    [[nodiscard]] Base::Result<QList<Collection>> collections(Base::Feedback* feedback) override;
    [[nodiscard]] Base::Result<SearchSummary> search(const SearchQuery& query,
                                                     const PageHandler& onPage,
                                                     Base::Feedback* feedback) override;

    /// The XML twin of a catalog URL a user copied from a browser (catalog.html → catalog.xml).
    static QString xmlCatalogUrl(const QString& url);

private:
    [[nodiscard]] Base::Result<ThreddsCatalog> fetchCatalog(const QString& url,
                                                            Base::Feedback* feedback) const;

    QString m_url;
    const Net::HttpClient& m_client;
    int m_maxDepth;
};

}  // namespace Estran::Catalog
