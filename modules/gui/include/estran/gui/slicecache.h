// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "estran/base/error.h"
#include "estran/data/slice.h"
#include "estran/gui/gui_export.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QString>

#include <memory>
#include <optional>

class QThreadPool;

namespace Estran::Data {
class Dataset;
}

namespace Estran::Gui {

/// Decoded slices kept in memory under a byte budget (least recently used evicted first),
/// read on QThreadPool workers.
///
/// request() is the interactive path: only the latest request is answered (a generation counter
/// drops stale results), through a queued call to a guarded context so a destroyed cache never
/// receives anything. prefetch() warms the cache (e.g. the next time steps while playing)
/// without answering. GUI thread only; the reads themselves run on workers.
class ESTRAN_GUI_EXPORT SliceCache : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SliceCache)
public:
    explicit SliceCache(qint64 byteBudget = 512ll << 20, QObject* parent = nullptr);
    ~SliceCache() override;

    void setByteBudget(qint64 bytes);
    qint64 byteBudget() const { return m_budget; }
    qint64 bytesUsed() const { return m_bytes; }
    int count() const { return int(m_entries.size()); }

    /// The cached slice, or null (marks it recently used).
    std::shared_ptr<const Data::Slice> find(const Data::Dataset* dataset, const QString& variable,
                                            const Data::SliceIndex& index);

    /// Asks for a slice. When cached it is returned at once and nothing is emitted; otherwise
    /// null is returned and sliceReady()/sliceFailed() follows, unless a newer request came first.
    std::shared_ptr<const Data::Slice> request(const std::shared_ptr<Data::Dataset>& dataset,
                                               const QString& variable,
                                               const Data::SliceIndex& index);
    /// Reads the slices not cached and not already being read, silently.
    void prefetch(const std::shared_ptr<Data::Dataset>& dataset, const QString& variable,
                  const QList<Data::SliceIndex>& indices);
    /// Drops every slice of `dataset` (when it is closed).
    void removeDataset(const Data::Dataset* dataset);
    void clear();

    /// Slices read so far (cache misses that hit the disk), for tests and the benchmarks.
    qint64 readCount() const { return m_reads; }

Q_SIGNALS:
    void sliceReady(std::shared_ptr<const Estran::Data::Slice> slice, const QString& variable);
    void sliceFailed(const Estran::Base::Error& error);

private:
    struct Entry {
        QString key;
        const Data::Dataset* dataset = nullptr;
        std::shared_ptr<const Data::Slice> slice;
        qint64 bytes = 0;
    };
    struct Guard;

    void startRead(const std::shared_ptr<Data::Dataset>& dataset, const QString& variable,
                   const Data::SliceIndex& index);
    void finishRead(const QString& key, const Data::Dataset* dataset, const QString& variable,
                    const std::shared_ptr<const Data::Slice>& slice,
                    const std::optional<Base::Error>& error);
    bool isCached(const QString& key) const;
    QString keyOf(const Data::Dataset* dataset, const QString& variable,
                  const Data::SliceIndex& index);
    void store(const QString& key, const Data::Dataset* dataset,
               std::shared_ptr<const Data::Slice> slice);
    void evict();

    qint64 m_budget;
    qint64 m_bytes = 0;
    qint64 m_reads = 0;
    quint64 m_generation = 0;
    /// The slice the latest request() waits for, and that request's generation; a completed
    /// read answers only when both still match (a newer request bumps m_generation).
    QString m_wantedKey;
    quint64 m_wantedGeneration = 0;
    QList<Entry> m_entries;  ///< least recently used first
    QList<QString> m_inFlight;
    /// A serial per dataset object, part of every key: a dataset closed and another opened at
    /// the same address must never be answered with the first one's slices.
    QHash<const Data::Dataset*, quint64> m_serials;
    quint64 m_nextSerial = 1;
    QThreadPool* m_pool;  ///< process-wide slice-reading pool, owned by the application
    std::shared_ptr<Guard> m_guard;
};

}  // namespace Estran::Gui
