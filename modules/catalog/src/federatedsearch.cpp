// SPDX-License-Identifier: GPL-3.0-or-later
#include "estran/catalog/federatedsearch.h"

#include "estran/base/feedback.h"
#include "estran/catalog/catalogprovider.h"

#include <QHash>
#include <QMetaObject>
#include <QThreadPool>

#include <mutex>

namespace Estran::Catalog {

/// Shared with the workers, so a worker that outlives a cancelled search touches valid memory.
struct FederatedSearch::Private {
    std::mutex mutex;
    /// The object results are posted to; cleared (under `mutex`) by its destructor, so a worker
    /// never posts to a deleted object. Posting while holding the mutex is safe: Qt drops events
    /// still queued for an object when it is destroyed.
    FederatedSearch* owner = nullptr;

    /// Runs `call(owner)` on the owner's thread, unless the owner is gone.
    template <typename Call>
    void post(Call call)
    {
        std::lock_guard lock(mutex);
        if (!owner) return;
        FederatedSearch* target = owner;
        QMetaObject::invokeMethod(target, [target, call] { call(target); }, Qt::QueuedConnection);
    }
    QHash<QString, Item> delivered;  // by id
    int running = 0;
    Base::Feedback feedback;
};

namespace {
/// Catalogue requests wait on the network, not the CPU: enough threads for one per provider.
/// Never destroyed, so no worker can end up joining its own pool.
QThreadPool& searchPool()
{
    static QThreadPool* pool = [] {
        auto* p = new QThreadPool;
        p->setMaxThreadCount(16);
        return p;
    }();
    return *pool;
}
}  // namespace

FederatedSearch::FederatedSearch(QObject* parent) : QObject(parent), d(std::make_shared<Private>())
{
    d->owner = this;
    static const bool registered = [] {
        qRegisterMetaType<SearchPage>();
        qRegisterMetaType<SearchSummary>();
        qRegisterMetaType<Item>();
        qRegisterMetaType<Base::Error>();
        return true;
    }();
    Q_UNUSED(registered)
}

FederatedSearch::~FederatedSearch()
{
    d->feedback.cancel();
    // Workers hold a shared_ptr to Private; they stop at the next cancellation check and, with
    // the owner cleared, post nothing more.
    std::lock_guard lock(d->mutex);
    d->owner = nullptr;
}

bool FederatedSearch::isRunning() const
{
    std::lock_guard lock(d->mutex);
    return d->running > 0;
}

void FederatedSearch::cancel() { d->feedback.cancel(); }

void FederatedSearch::start(const SearchQuery& query, std::vector<Source> sources)
{
    {
        std::lock_guard lock(d->mutex);
        d->delivered.clear();
        d->running = int(sources.size());
    }
    if (sources.empty()) {
        QMetaObject::invokeMethod(this, &FederatedSearch::finished, Qt::QueuedConnection);
        return;
    }
    const std::shared_ptr<Private> shared = d;
    for (Source& source : sources) {
        searchPool().start([shared, query, source]() {
            const auto onPage = [&](const SearchPage& page) {
                SearchPage fresh = page;
                fresh.items.clear();
                QList<Item> merged;
                {
                    std::lock_guard lock(shared->mutex);
                    for (Item item : page.items) {
                        item.providerId = source.id;
                        auto it = shared->delivered.find(item.id);
                        if (it == shared->delivered.end()) {
                            shared->delivered.insert(item.id, item);
                            fresh.items.append(item);
                            continue;
                        }
                        bool added = false;
                        for (const Asset& asset : item.assets) {
                            const bool known = std::any_of(it->assets.cbegin(), it->assets.cend(),
                                                           [&](const Asset& a) { return a.href == asset.href; });
                            if (!known) {
                                it->assets.append(asset);
                                added = true;
                            }
                        }
                        if (added) merged.append(*it);
                    }
                }
                shared->post([source, fresh, merged](FederatedSearch* self) {
                    if (!fresh.items.isEmpty() || fresh.pageNumber == 0) Q_EMIT self->pageArrived(source.id, fresh);
                    for (const Item& item : merged) Q_EMIT self->itemMerged(item);
                });
                return !shared->feedback.isCancelled();
            };
            const Base::Result<SearchSummary> result = source.provider->search(query, onPage, &shared->feedback);
            int left = 0;
            {
                std::lock_guard lock(shared->mutex);
                left = --shared->running;
            }
            shared->post([source, result, left](FederatedSearch* self) {
                if (result) Q_EMIT self->sourceFinished(source.id, *result);
                else Q_EMIT self->sourceFailed(source.id, result.error());
                if (left == 0) Q_EMIT self->finished();
            });
        });
    }
}

}  // namespace Estran::Catalog
