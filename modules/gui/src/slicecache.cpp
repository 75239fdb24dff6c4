// SPDX-License-Identifier: GPL-3.0-or-later
#include "estran/gui/slicecache.h"

#include "deliveryguard.h"

#include "estran/data/dataset.h"

#include <QCoreApplication>
#include <QPointer>
#include <QThreadPool>

#include <algorithm>

namespace Estran::Gui {

struct SliceCache::Guard : DeliveryGuard {
    using DeliveryGuard::DeliveryGuard;
};

namespace {

// One pool for every cache: slice reads are serialised inside netCDF/HDF5 anyway, and a pool of
// its own keeps a burst of prefetches from queueing ahead of dataset-open tasks on the global
// pool. Parented to the application, so it lives as long as any window.
QThreadPool* slicePool()
{
    static QPointer<QThreadPool> pool;
    if (!pool) {
        pool = new QThreadPool(QCoreApplication::instance());
        pool->setObjectName(QStringLiteral("estran-slice-readers"));
        pool->setMaxThreadCount(2);
    }
    return pool;
}

qint64 bytesOf(const Data::Slice& slice)
{
    return qint64(slice.values.size() * sizeof(float)) + qint64(sizeof(Data::Slice));
}

}  // namespace

SliceCache::SliceCache(qint64 byteBudget, QObject* parent)
    : QObject(parent), m_budget(byteBudget), m_pool(slicePool()),
      m_guard(std::make_shared<Guard>(this))
{
}

SliceCache::~SliceCache() { m_guard->close(); }

QString SliceCache::keyOf(const Data::Dataset* dataset, const QString& variable,
                          const Data::SliceIndex& index)
{
    auto it = m_serials.find(dataset);
    if (it == m_serials.end()) it = m_serials.insert(dataset, m_nextSerial++);
    return QString::number(it.value()) + u'|' + variable + u'|' + QString::number(index.time)
           + u'|' + QString::number(index.level);
}

void SliceCache::setByteBudget(qint64 bytes)
{
    m_budget = std::max<qint64>(bytes, 0);
    evict();
}

std::shared_ptr<const Data::Slice> SliceCache::find(const Data::Dataset* dataset,
                                                    const QString& variable,
                                                    const Data::SliceIndex& index)
{
    const QString key = keyOf(dataset, variable, index);
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        if (m_entries[i].key == key) {
            m_entries.move(i, m_entries.size() - 1);
            return m_entries.last().slice;
        }
    }
    return nullptr;
}

std::shared_ptr<const Data::Slice> SliceCache::request(
    const std::shared_ptr<Data::Dataset>& dataset, const QString& variable,
    const Data::SliceIndex& index)
{
    // A new request supersedes the previous one: its result, when it lands, is only cached.
    ++m_generation;
    m_wantedKey.clear();
    if (auto cached = find(dataset.get(), variable, index)) return cached;
    m_wantedKey = keyOf(dataset.get(), variable, index);
    m_wantedGeneration = m_generation;
    // When a prefetch is already reading this slice, its completion answers the request.
    if (!m_inFlight.contains(m_wantedKey)) startRead(dataset, variable, index);
    return nullptr;
}

bool SliceCache::isCached(const QString& key) const
{
    return std::any_of(m_entries.cbegin(), m_entries.cend(),
                       [&](const Entry& e) { return e.key == key; });
}

void SliceCache::prefetch(const std::shared_ptr<Data::Dataset>& dataset, const QString& variable,
                          const QList<Data::SliceIndex>& indices)
{
    for (const Data::SliceIndex& index : indices) {
        const QString key = keyOf(dataset.get(), variable, index);
        if (!m_inFlight.contains(key) && !isCached(key)) startRead(dataset, variable, index);
    }
}

void SliceCache::startRead(const std::shared_ptr<Data::Dataset>& dataset, const QString& variable,
                           const Data::SliceIndex& index)
{
    const QString key = keyOf(dataset.get(), variable, index);
    m_inFlight.append(key);
    ++m_reads;
    auto guard = m_guard;
    // The worker holds the dataset (a closed dataset stays alive until its read ends) and the
    // guard; `this` is only used inside the posted call, which runs only while the cache lives.
    m_pool->start([this, guard, dataset, variable, index, key] {
        auto result = dataset->readSlice(variable, index);
        std::shared_ptr<const Data::Slice> slice;
        std::optional<Base::Error> error;
        if (result) {
            // Stamped here so the view and the clock see the index the cache was asked for.
            result->index = index;
            slice = std::make_shared<const Data::Slice>(std::move(*result));
        } else {
            error = result.error();
        }
        const Data::Dataset* raw = dataset.get();
        guard->post([this, key, raw, variable, slice, error] {
            finishRead(key, raw, variable, slice, error);
        });
    });
}

void SliceCache::finishRead(const QString& key, const Data::Dataset* dataset,
                            const QString& variable,
                            const std::shared_ptr<const Data::Slice>& slice,
                            const std::optional<Base::Error>& error)
{
    m_inFlight.removeOne(key);
    // The dataset was removed while this read ran: its slices are no longer wanted.
    if (!key.startsWith(QString::number(m_serials.value(dataset)) + u'|')) return;
    if (slice) store(key, dataset, slice);
    // Stale (a newer request came) or a prefetch nobody waits for.
    if (key != m_wantedKey || m_wantedGeneration != m_generation) return;
    m_wantedKey.clear();
    if (slice) {
        Q_EMIT sliceReady(slice, variable);
    } else if (error) {
        Q_EMIT sliceFailed(*error);
    }
}

void SliceCache::store(const QString& key, const Data::Dataset* dataset,
                       std::shared_ptr<const Data::Slice> slice)
{
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        if (m_entries[i].key == key) {
            m_bytes -= m_entries[i].bytes;
            m_entries.removeAt(i);
            break;
        }
    }
    Entry entry{key, dataset, slice, bytesOf(*slice)};
    m_bytes += entry.bytes;
    m_entries.append(std::move(entry));
    evict();
}

void SliceCache::evict()
{
    // Keep the most recent slice even when it alone exceeds the budget: it is on screen.
    while (m_bytes > m_budget && m_entries.size() > 1) {
        m_bytes -= m_entries.first().bytes;
        m_entries.removeFirst();
    }
}

void SliceCache::removeDataset(const Data::Dataset* dataset)
{
    m_serials.remove(dataset);
    for (qsizetype i = m_entries.size() - 1; i >= 0; --i) {
        if (m_entries[i].dataset == dataset) {
            m_bytes -= m_entries[i].bytes;
            m_entries.removeAt(i);
        }
    }
}

void SliceCache::clear()
{
    m_entries.clear();
    m_bytes = 0;
    ++m_generation;
    m_wantedKey.clear();
}

}  // namespace Estran::Gui
