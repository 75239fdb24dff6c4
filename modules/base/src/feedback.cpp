// SPDX-License-Identifier: GPL-3.0-or-later
#include "estran/base/feedback.h"

#include <cmath>

namespace Estran::Base {

Feedback::Feedback(QObject* parent) : QObject(parent) {}

void Feedback::setProgress(double percent)
{
    const double clamped = std::clamp(percent, 0.0, 100.0);
    const double previous = m_progress.exchange(clamped);
    // Signals are throttled to whole percents: a reader reporting per chunk would
    // otherwise flood the GUI thread's event queue.
    if (std::floor(previous) != std::floor(clamped)) Q_EMIT progressChanged(clamped);
}

void Feedback::setStatus(const QString& status) { Q_EMIT statusChanged(status); }

void Feedback::cancel()
{
    if (!m_cancelled.exchange(true)) Q_EMIT cancelled();
}

}  // namespace Estran::Base
