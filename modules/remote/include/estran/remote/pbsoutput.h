// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "estran/base/result.h"
#include "estran/remote/jobinfo.h"
#include "estran/remote/remote_export.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace Estran::Remote {

/// One queue as `qstat -Q -f` describes it.
struct PbsQueue {
    QString name;
    QString type;         ///< Execution or Route
    bool enabled = false;
    bool started = false;
    QString maxWalltime;  ///< resources_max.walltime, empty when unlimited
    int totalJobs = 0;
};

/// PBS Pro / OpenPBS output: `qsub` (the job id) and `qstat -f -F json [-x]`, which recent
/// servers offer (Datarmor's job ids end in ".datarmor0").
struct ESTRAN_REMOTE_EXPORT PbsOutput {
    [[nodiscard]] static Base::Result<QString> parseSubmit(const QString& output);
    /// Every job of a `qstat -f -F json` document; `where` names the host for errors.
    [[nodiscard]] static Base::Result<QList<JobInfo>> parseQstatJson(const QByteArray& json, const QString& where = {});
    /// The same jobs from the text form `qstat -f [-x]` (servers without -F json): "Job Id:"
    /// blocks of "name = value" lines; a value PBS wraps continues on a tab-indented line.
    [[nodiscard]] static Base::Result<QList<JobInfo>> parseQstatText(const QString& text, const QString& where = {});
    /// `qstat -Q -f -F json`.
    [[nodiscard]] static Base::Result<QList<PbsQueue>> parseQueuesJson(const QByteArray& json, const QString& where = {});
    /// `qstat -Q -f` ("Queue:" blocks).
    [[nodiscard]] static Base::Result<QList<PbsQueue>> parseQueuesText(const QString& text, const QString& where = {});
    /// "pbs_version" of any -F json document, empty when absent.
    static QString versionFromJson(const QByteArray& json);
    /// job_state letters (Q, H, W, T, R, E, B, X, F) with Exit_status for finished jobs.
    static JobState stateFrom(const QString& jobState, std::optional<int> exitStatus);
};

}  // namespace Estran::Remote
