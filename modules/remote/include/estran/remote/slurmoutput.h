// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "estran/base/result.h"
#include "estran/remote/jobinfo.h"
#include "estran/remote/remote_export.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Estran::Remote {

/// One partition as `scontrol show partition -o` (or sinfo) describes it.
struct SlurmPartition {
    QString name;
    bool isDefault = false;
    bool hidden = false;
    QString state;    ///< UP, DOWN, DRAIN, INACTIVE
    QString maxTime;  ///< as Slurm prints it: "7-00:00:00", "UNLIMITED"
    int nodes = 0;
    int cpus = 0;
};

/// The Slurm commands Estran runs and how their machine-readable output is read.
/// Queries print epoch times (SLURM_TIME_FORMAT=%s) in pipe-separated fields, so job names
/// with spaces or non-ASCII bytes never shift a column.
struct ESTRAN_REMOTE_EXPORT SlurmOutput {
    /// squeue's field list (the order parseSqueue expects).
    static QString squeueFormat();
    /// sacct's field list (the order parseSacct expects).
    static QString sacctFormat();

    /// `sbatch --parsable` ("123" or "123;cluster") or plain sbatch ("Submitted batch job 123").
    [[nodiscard]] static Base::Result<QString> parseSubmit(const QString& output);
    [[nodiscard]] static Base::Result<QList<JobInfo>> parseSqueue(const QString& output);
    /// Job lines only: the .batch/.extern steps are folded into their job.
    [[nodiscard]] static Base::Result<QList<JobInfo>> parseSacct(const QString& output);
    /// `scontrol show job -o`: one line of Key=Value pairs per job; ExitCode is "code:signal".
    [[nodiscard]] static Base::Result<QList<JobInfo>> parseScontrolJobs(const QString& output);
    /// `scontrol show partition -o`: one line of Key=Value pairs per partition.
    [[nodiscard]] static Base::Result<QList<SlurmPartition>> parseScontrolPartitions(const QString& output);
    /// `sinfo --noheader --format=%P|%a|%l|%D|%c` (the text fallback): the default partition ends in '*'.
    [[nodiscard]] static Base::Result<QList<SlurmPartition>> parseSinfoPartitions(const QString& output);
    /// The format string parseSinfoPartitions expects.
    static QString sinfoPartitionFormat();
    /// PENDING, RUNNING, COMPLETED, CANCELLED by 42, TIMEOUT, OUT_OF_MEMORY, ...
    static JobState stateFromText(const QString& state);
};

}  // namespace Estran::Remote
