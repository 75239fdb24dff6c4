// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "estran/base/base_export.h"

#include <QObject>
#include <QString>

#include <atomic>

namespace Estran::Base {

/// Progress and cancellation passed down to long functions (last parameter, may be null).
/// Thread-safe: the worker calls setProgress()/isCancelled(), any thread may cancel().
/// Signals are emitted from the worker thread; connect with a context object to receive
/// them queued on the GUI thread.
class ESTRAN_BASE_EXPORT Feedback : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Feedback)
public:
    explicit Feedback(QObject* parent = nullptr);

    /// Percent in [0, 100]; emits progressChanged only when the integer percent changes.
    void setProgress(double percent);
    double progress() const { return m_progress.load(); }

    void setStatus(const QString& status);

    void cancel();
    bool isCancelled() const { return m_cancelled.load(std::memory_order_relaxed); }

Q_SIGNALS:
    void progressChanged(double percent);
    void statusChanged(const QString& status);
    void cancelled();

private:
    std::atomic<double> m_progress{0.0};
    std::atomic<bool> m_cancelled{false};
};

/// Null-safe helpers so long functions can take `Feedback* fb = nullptr`.
inline bool isCancelled(const Feedback* fb) { return fb && fb->isCancelled(); }
inline void reportProgress(Feedback* fb, double percent)
{
    if (fb) fb->setProgress(percent);
}

}  // namespace Estran::Base
