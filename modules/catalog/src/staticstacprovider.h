// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "estran/catalog/catalogprovider.h"

#include <QJsonObject>

namespace Estran::Net {
class HttpClient;
}

namespace Estran::Catalog {

/// A static STAC catalogue (plain JSON files linked by relative hrefs, e.g. the Copernicus
/// Marine Data Store): crawled lazily, breadth first, only as far as the search needs; the
/// query is applied here since there is no server to apply it. A child that cannot be read is
/// reported in SearchSummary::skipped and the crawl goes on.
class StaticStacProvider final : public CatalogProvider {
public:
    StaticStacProvider(QString url, const Net::HttpClient& client);

    QString type() const override { return QStringLiteral("stac-static"); }
    QString url() const override { return m_url; }
    Base::Result<Capabilities> capabilities(Base::Feedback* feedback) override;
    Base::Result<QList<Collection>> collections(Base::Feedback* feedback) override;
    Base::Result<SearchSummary> search(const SearchQuery& query, const PageHandler& onPage,
                                       Base::Feedback* feedback) override;

    /// Whether an item passes the query's area, period, collections and text.
    static bool matches(const Item& item, const SearchQuery& query);

private:
    Base::Result<QJsonObject> getJson(const QString& url, Base::Feedback* feedback) const;

    QString m_url;
    const Net::HttpClient& m_client;
};

}  // namespace Estran::Catalog
