// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "estran/catalog/catalogprovider.h"

namespace Estran::Net {
class HttpClient;
struct HttpResponse;
}  // namespace Estran::Net

namespace Estran::Catalog {

struct ErddapTable;

/// ERDDAP: full-text search (/search/index.csv), advanced search (/search/advanced.csv) when a
/// box or time range is given, the dataset list (/info/index.json) when nothing is, and dataset
/// info (/info/<id>/index.csv) to give small result pages their box and time coverage.
/// ERDDAP answers "no results" with HTTP 404 and a text body: that is an empty result.
class ErddapProvider final : public CatalogProvider {
public:
    ErddapProvider(QString url, const Net::HttpClient& client);

    QString type() const override { return QStringLiteral("erddap"); }
    QString url() const override { return m_url; }

    [[nodiscard]] Base::Result<Capabilities> capabilities(Base::Feedback* feedback) override;
    [[nodiscard]] Base::Result<QList<Collection>> collections(Base::Feedback* feedback) override;
    [[nodiscard]] Base::Result<SearchSummary> search(const SearchQuery& query,
                                                     const PageHandler& onPage,
                                                     Base::Feedback* feedback) override;

    /// Pages of at most this many datasets get their /info fetched (box, time, variables).
    static constexpr int kInfoLimit = 25;

    /// "https://host/erddap" from what a user pastes (".../erddap/", ".../erddap/index.html").
    static QString baseUrl(const QString& url);

private:
    /// The table at `url`; an empty table for ERDDAP's "no matching results" 404.
    [[nodiscard]] Base::Result<ErddapTable> fetchTable(const QString& url,
                                                       Base::Feedback* feedback) const;

    QString m_url;
    const Net::HttpClient& m_client;
};

}  // namespace Estran::Catalog
