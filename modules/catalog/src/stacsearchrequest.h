// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "estran/catalog/item.h"
#include "estran/catalog/searchquery.h"
#include "estran/net/httprequest.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace Estran::Catalog {

/// One STAC item-search request, and how the server says to get the next page.
struct StacSearchRequest {
    QString url;
    bool post = true;
    QJsonObject body;  ///< POST body
    QList<QPair<QByteArray, QByteArray>> headers;

    /// The first page: query parameters as a POST body or a GET query string.
    static StacSearchRequest first(const QString& searchUrl, bool post, const SearchQuery& query,
                                   bool sendText);
    Net::HttpRequest toHttpRequest() const;

    /// The request for the page after `page`, from its rel=next link (a POST link's body
    /// replaces the previous body, or is merged into it when "merge" is true); for STAC 0.9
    /// servers without next links, the next page number from `context`. nullopt at the end.
    std::optional<StacSearchRequest> next(const QJsonObject& page, qsizetype returned) const;
    bool hasNext(const QJsonObject& page, qsizetype returned) const { return next(page, returned).has_value(); }

    /// numberMatched (1.0), context.matched (0.9) or search:metadata.numberMatched.
    static std::optional<qint64> matched(const QJsonObject& page);
    /// Client-side free-text match for servers without the free-text extension: every word
    /// must occur in the id, title, collection or description.
    static bool matchesText(const Item& item, const QString& text);

    bool operator==(const StacSearchRequest& other) const
    {
        return url == other.url && post == other.post && body == other.body;
    }
};

}  // namespace Estran::Catalog
