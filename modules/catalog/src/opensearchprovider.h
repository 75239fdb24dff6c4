// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "opensearchdescription.h"
#include "opensearchpage.h"

#include "estran/catalog/catalogprovider.h"

#include <optional>

namespace Estran::Net {
class HttpClient;
struct HttpResponse;
}  // namespace Estran::Net

namespace Estran::Catalog {

/// OpenSearch 1.1 with the Geo and Time extensions. The URL is either a description document
/// (whose Atom or GeoJSON template is filled by parameter meaning and paged by startIndex or
/// startPage) or directly a results endpoint (paged by its next links or by its offset/page
/// query parameter).
class OpenSearchProvider final : public CatalogProvider {
public:
    OpenSearchProvider(QString url, const Net::HttpClient& client);

    QString type() const override { return QStringLiteral("opensearch"); }
    QString url() const override { return m_url; }

    [[nodiscard]] Base::Result<Capabilities> capabilities(Base::Feedback* feedback) override;
    [[nodiscard]] Base::Result<QList<Collection>> collections(Base::Feedback* feedback) override;
    [[nodiscard]] Base::Result<SearchSummary> search(const SearchQuery& query,
                                                     const PageHandler& onPage,
                                                     Base::Feedback* feedback) override;

private:
    [[nodiscard]] Base::Result<void> probe(Base::Feedback* feedback);
    [[nodiscard]] Base::Result<OpenSearchPage> fetchPage(const QString& url,
                                                         Base::Feedback* feedback);
    [[nodiscard]] Base::Result<OpenSearchPage> parsePage(const Net::HttpResponse& response,
                                                         const QString& url) const;

    QString m_url;
    const Net::HttpClient& m_client;
    bool m_probed = false;
    std::optional<OpenSearchDescription> m_description;  ///< empty for a direct endpoint
    std::optional<OpenSearchPage> m_firstPage;  ///< a direct endpoint's answer to the probe
};

}  // namespace Estran::Catalog
