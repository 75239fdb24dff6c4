// SPDX-License-Identifier: GPL-3.0-or-later
#include "subsetsteps.h"

#include "estran/data/dataset.h"
#include "estran/data/subsetplan.h"

#include <cmath>
#include <deque>
#include <future>

#include <QThreadPool>

namespace Estran::Data::detail {

namespace {
/// Steps in flight: two decode while the writer handles a third.
constexpr size_t kReadAhead = 3;

/// Long-lived reader threads: the readers keep their multi-megabyte scratch buffers in
/// thread_local storage, so a fresh thread per step (std::async) paid for new pages every
/// step (measured: 0.7 s of system time on 90 steps of a 0.25° file).
QThreadPool& readerPool()
{
    static QThreadPool* pool = [] {
        auto* p = new QThreadPool;
        p->setMaxThreadCount(2);
        p->setExpiryTimeout(60000);
        return p;
    }();
    return *pool;
}
}  // namespace

Base::Result<void> forEachStep(Dataset& dataset, const SubsetPlan& plan, const QString& variable,
                               const std::function<Base::Result<void>(const SubsetStep&)>& consume,
                               Base::Feedback* feedback)
{
    std::vector<std::pair<qint64, qint64>> steps;  // (time, level)
    const std::vector<qint64> times = plan.times.empty() ? std::vector<qint64>{0} : plan.times;
    const std::vector<qint64> levels = plan.levels.empty() ? std::vector<qint64>{0} : plan.levels;
    for (qint64 t : times) {
        for (qint64 l : levels) steps.emplace_back(t, l);
    }
    const int nx = plan.grid->nx;
    const auto readStep = [&, nx](qint64 index) -> Base::Result<SubsetStep> {
        const auto [t, l] = steps[size_t(index)];
        Base::Result<Slice> slice = dataset.readSlice(variable, SliceIndex{t, l}, nullptr);
        if (!slice) return slice.error();
        SubsetStep step;
        step.index = index;
        step.time = t;
        step.level = l;
        step.values.resize(plan.rows.size() * plan.columns.size());
        size_t k = 0;
        for (int row : plan.rows) {
            const float* src = slice->values.data() + size_t(row) * size_t(nx);
            for (int col : plan.columns) step.values[k++] = src[col];
        }
        for (size_t i = 0; i < plan.masked.size(); ++i) {
            if (plan.masked[i]) step.values[i] = NAN;
        }
        return step;
    };

    std::deque<std::future<Base::Result<SubsetStep>>> inFlight;
    qint64 next = 0;
    const qint64 total = qint64(steps.size());
    while (next < total || !inFlight.empty()) {
        while (next < total && inFlight.size() < kReadAhead) {
            auto promise = std::make_shared<std::promise<Base::Result<SubsetStep>>>();
            inFlight.push_back(promise->get_future());
            const qint64 index = next++;
            readerPool().start([promise, readStep, index] { promise->set_value(readStep(index)); });
        }
        Base::Result<SubsetStep> step = inFlight.front().get();
        inFlight.pop_front();
        if (Base::isCancelled(feedback)) {
            for (auto& f : inFlight) f.wait();
            return Base::Error::cancelled(dataset.path());
        }
        if (!step) {
            for (auto& f : inFlight) f.wait();
            return step.error();
        }
        if (Base::Result<void> r = consume(*step); !r) {
            for (auto& f : inFlight) f.wait();
            return r;
        }
    }
    return {};
}

}  // namespace Estran::Data::detail
