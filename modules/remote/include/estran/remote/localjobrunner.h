// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "estran/base/result.h"
#include "estran/remote/jobinfo.h"
#include "estran/remote/remote_export.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace Estran::Remote {

/// "This computer": runs a job script as a detached local process (its own session, so it
/// outlives the application and survives a restart), with its output and exit status in the
/// job's folder:
///   <jobDir>/job.sh, stdout.log, stderr.log, pid, exit_code, cancelled, output/ ($ESTRAN_OUTPUT_DIR)
/// Every call is quick and stateless: the folder is the job's whole state, so a restarted
/// application re-attaches by reading it again. Any thread.
class ESTRAN_REMOTE_EXPORT LocalJobRunner {
public:
    /// Creates `jobDir` (must not exist), writes the script there and starts it with bash.
    /// `setup` lines run first. Returns the job id (the process id of the job's session).
    [[nodiscard]] static Base::Result<QString> submit(const QString& jobDir, const QByteArray& script,
                                                      const QStringList& setup = {});
    [[nodiscard]] static Base::Result<JobInfo> status(const QString& jobDir);
    /// Terminates the job's whole process group; the job then reads as cancelled.
    [[nodiscard]] static Base::Result<void> cancel(const QString& jobDir);

    static QString outputDir(const QString& jobDir);
    static QString stdoutPath(const QString& jobDir);
    static QString stderrPath(const QString& jobDir);
};

}  // namespace Estran::Remote
