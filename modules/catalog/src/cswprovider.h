// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "estran/catalog/catalogprovider.h"

#include <optional>

namespace Estran::Net {
class HttpClient;
}

namespace Estran::Catalog {

/// OGC CSW 2.0.2 (GeoNetwork, pycsw, ...). GetCapabilities tells the title, the GetRecords POST
/// endpoint, whether ISO 19139 output and the apiso time queryables are offered; searches POST
/// GetRecords with an OGC filter and page with startPosition/nextRecord.
class CswProvider final : public CatalogProvider {
public:
    CswProvider(QString url, const Net::HttpClient& client);

    QString type() const override { return QStringLiteral("csw"); }
    QString url() const override { return m_url; }

    [[nodiscard]] Base::Result<Capabilities> capabilities(Base::Feedback* feedback) override;
    [[nodiscard]] Base::Result<QList<Collection>> collections(Base::Feedback* feedback) override;
    [[nodiscard]] Base::Result<SearchSummary> search(const SearchQuery& query,
                                                     const PageHandler& onPage,
                                                     Base::Feedback* feedback) override;

private:
    struct ServiceInfo {
        QString title;
        QString version;
        QString postUrl;
        bool iso = false;
        bool isoTimeQueryables = false;
    };
    [[nodiscard]] Base::Result<ServiceInfo> probe(Base::Feedback* feedback);

    QString m_url;
    const Net::HttpClient& m_client;
    std::optional<ServiceInfo> m_info;
};

}  // namespace Estran::Catalog
