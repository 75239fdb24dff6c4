// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What every catalogue-provider test needs: a client that fails fast, a provider made through
// the registry (as the application makes them), and the pages a search streamed.

#include "estran/catalog/catalogprovider.h"
#include "estran/catalog/providerregistry.h"
#include "estran/net/httpclient.h"

#include <gtest/gtest.h>

#include <memory>

namespace Estran::Test {

/// Network settings without retries, so error tests end at the first answer.
inline Net::NetworkSettings quick()
{
    Net::NetworkSettings s = Net::NetworkSettings::defaults();
    s.maxRetries = 0;
    return s;
}

inline std::unique_ptr<Catalog::CatalogProvider> makeProvider(const QString& type, const QString& url,
                                                              const Net::HttpClient& client)
{
    auto p = Catalog::ProviderRegistry::instance().create(type, url, client);
    EXPECT_TRUE(p.ok()) << type.toStdString();
    return p ? std::move(*p) : nullptr;
}

/// Items and page sizes in the order a search delivered them.
struct Collected {
    QList<Catalog::Item> items;
    QList<int> pageSizes;
};

inline Base::Result<Catalog::SearchSummary> run(Catalog::CatalogProvider& provider, const Catalog::SearchQuery& q,
                                                Collected& out, Base::Feedback* feedback = nullptr)
{
    return provider.search(
        q,
        [&out](const Catalog::SearchPage& page) {
            out.items += page.items;
            out.pageSizes << int(page.items.size());
            return true;
        },
        feedback);
}

inline const Catalog::Asset* assetByKey(const Catalog::Item& item, const QString& key)
{
    for (const Catalog::Asset& a : item.assets) {
        if (a.key == key) return &a;
    }
    return nullptr;
}

}  // namespace Estran::Test
