// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "estran/remote/remote_export.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace Estran::Remote {

/// One job model for every scheduler (Slurm, PBS Pro, this computer).
enum class JobState { Queued, Running, Completed, Failed, Cancelled, TimedOut, Unknown };

struct JobInfo {
    QString id;          ///< as the scheduler prints it ("123", "4567.datarmor0")
    QString name;
    QString queue;       ///< Slurm partition or PBS queue
    JobState state = JobState::Unknown;
    std::optional<int> exitCode;
    QString reason;      ///< why it waits or ended (Slurm Reason, PBS comment)
    QDateTime submitted; ///< UTC; invalid when unknown
    QDateTime started;
    QDateTime ended;

    bool isFinished() const
    {
        return state == JobState::Completed || state == JobState::Failed || state == JobState::Cancelled ||
               state == JobState::TimedOut;
    }
};

/// "queued", "running", "completed", ... (stable, for JSON).
ESTRAN_REMOTE_EXPORT QString jobStateName(JobState state);

}  // namespace Estran::Remote
