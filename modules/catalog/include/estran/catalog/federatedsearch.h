// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "estran/base/error.h"
#include "estran/catalog/catalog_export.h"
#include "estran/catalog/searchpage.h"
#include "estran/catalog/searchquery.h"

#include <QObject>
#include <QString>

#include <memory>
#include <vector>

namespace Estran::Catalog {

class CatalogProvider;

/// One query run on several providers at once, each on a worker thread. Pages stream out as
/// they arrive; an item whose id was already delivered by another provider is merged into the
/// first (its extra assets kept) instead of shown twice. A failing provider ends with its own
/// error and never stops the others. cancel() stops everything.
///
/// Signals are emitted on the thread that owns this object (queued from the workers), so a
/// GUI can connect widgets directly. Delete it only after finished() or after cancel() and
/// finished().
class ESTRAN_CATALOG_EXPORT FederatedSearch : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FederatedSearch)
public:
    struct Source {
        QString id;  ///< the provider's configured name, shown on its status line
        std::shared_ptr<CatalogProvider> provider;
    };

    explicit FederatedSearch(QObject* parent = nullptr);
    ~FederatedSearch() override;

    /// Starts every source; query.maxItems applies per provider.
    void start(const SearchQuery& query, std::vector<Source> sources);
    void cancel();
    bool isRunning() const;

Q_SIGNALS:
    /// New items from `sourceId` (duplicates already removed); `matched` as the server said.
    void pageArrived(const QString& sourceId, const Estran::Catalog::SearchPage& page);
    /// An item already delivered got more assets from another provider.
    void itemMerged(const Estran::Catalog::Item& item);
    void sourceFinished(const QString& sourceId, const Estran::Catalog::SearchSummary& summary);
    void sourceFailed(const QString& sourceId, const Estran::Base::Error& error);
    void finished();

private:
    struct Private;
    std::shared_ptr<Private> d;
};

}  // namespace Estran::Catalog

Q_DECLARE_METATYPE(Estran::Catalog::SearchPage)
Q_DECLARE_METATYPE(Estran::Catalog::SearchSummary)
Q_DECLARE_METATYPE(Estran::Catalog::Item)
Q_DECLARE_METATYPE(Estran::Base::Error)
