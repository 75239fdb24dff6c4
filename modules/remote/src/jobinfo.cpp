// SPDX-License-Identifier: GPL-3.0-or-later
#include "estran/remote/jobinfo.h"

namespace Estran::Remote {

QString jobStateName(JobState state)
{
    switch (state) {
    case JobState::Queued: return QStringLiteral("queued");
    case JobState::Running: return QStringLiteral("running");
    case JobState::Completed: return QStringLiteral("completed");
    case JobState::Failed: return QStringLiteral("failed");
    case JobState::Cancelled: return QStringLiteral("cancelled");
    case JobState::TimedOut: return QStringLiteral("timed_out");
    case JobState::Unknown: break;
    }
    return QStringLiteral("unknown");
}

}  // namespace Estran::Remote
