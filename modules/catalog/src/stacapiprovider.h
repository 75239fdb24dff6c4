// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "estran/catalog/catalogprovider.h"

#include <QJsonObject>
#include <QUrl>

#include <optional>

namespace Estran::Net {
class HttpClient;
}

namespace Estran::Catalog {

/// A STAC API (1.0, and the 0.9/1.0-beta servers still in service): landing page and
/// conformance, collections, item search by POST or GET, paging strictly by following `next`
/// links (POST links with a body, merged into the previous request when `merge` is true),
/// numberMatched or context.matched, CQL2-JSON filters where the server declares them, free
/// text (`q`) where it declares the free-text extension.
class StacApiProvider final : public CatalogProvider {
public:
    StacApiProvider(QString url, const Net::HttpClient& client);

    QString type() const override { return QStringLiteral("stac"); }
    QString url() const override { return m_url; }
    Base::Result<Capabilities> capabilities(Base::Feedback* feedback) override;
    Base::Result<QList<Collection>> collections(Base::Feedback* feedback) override;
    Base::Result<QList<Queryable>> queryables(const QString& collection, Base::Feedback* feedback) override;
    Base::Result<SearchSummary> search(const SearchQuery& query, const PageHandler& onPage,
                                       Base::Feedback* feedback) override;

private:
    /// What the landing page says about searching; fetched once.
    struct Landing {
        QString title;
        QString stacVersion;
        QStringList conformsTo;
        QString searchUrl;
        bool searchByPost = true;
        QString collectionsUrl;
        QString queryablesUrl;  ///< the landing page's queryables link, when it has one
    };
    Base::Result<Landing> landing(Base::Feedback* feedback);
    Base::Result<QJsonObject> getJson(const QString& url, Base::Feedback* feedback) const;
    bool conformsTo(const Landing& landing, const QString& suffix) const;

    QString m_url;
    const Net::HttpClient& m_client;
    std::optional<Landing> m_landing;
};

}  // namespace Estran::Catalog
