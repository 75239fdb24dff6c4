// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "estran/base/result.h"
#include "estran/remote/jobinfo.h"
#include "estran/remote/remote_export.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace Estran::Remote {

/// PBS Pro / OpenPBS output: `qsub` (the job id) and `qstat -f -F json [-x]`, which recent
/// servers offer (Datarmor's job ids end in ".datarmor0").
struct ESTRAN_REMOTE_EXPORT PbsOutput {
    [[nodiscard]] static Base::Result<QString> parseSubmit(const QString& output);
    /// Every job of a `qstat -f -F json` document; `where` names the host for errors.
    [[nodiscard]] static Base::Result<QList<JobInfo>> parseQstatJson(const QByteArray& json, const QString& where = {});
    /// job_state letters (Q, H, W, T, R, E, B, X, F) with Exit_status for finished jobs.
    static JobState stateFrom(const QString& jobState, std::optional<int> exitStatus);
};

}  // namespace Estran::Remote
