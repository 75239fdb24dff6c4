// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The job folder every scheduler adapter shares (private to the remote module). The folder is
// the job's whole state on the host, so a job is re-attached by reading it again and a job the
// scheduler has forgotten is still known:
//   job.sh       the request's script
//   run.sh       the wrapper the scheduler (or setsid) runs
//   job_name     the request's name, for lists
//   stdout.log   stderr.log   the script's output, written as it runs
//   started      epoch seconds, written when the wrapper starts
//   exit_code    written atomically when the script ends
//   output/      $ESTRAN_OUTPUT_DIR
//   scheduler.log  what Slurm or PBS itself printed (time limit and cancel notices)
//   job_id       the scheduler's id;  pid, boot_id: the local process (no scheduler)
//   cancelled    marker written before a cancel;  timed_out: the local time limit struck

#include "estran/base/result.h"
#include "estran/remote/jobinfo.h"
#include "estran/remote/remotehost.h"
#include "estran/remote/scheduler.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <functional>
#include <optional>

namespace Estran::Remote::JobFolder {

/// QCoreApplication::translate in the module's context, "Estran::Remote" (this file's own strings
/// call translate() directly: lupdate would file tr() here under "Estran::Remote::JobFolder").
QString tr(const char* text);

/// A bash word for a path written in a profile: a leading ~ and $NAME / ${NAME} are expanded by
/// the host's shell (an unset variable stops the command with bash's message naming it);
/// everything else is quoted, so no other character is interpreted.
QString pathWord(const QString& path);

/// Letters, digits, '.', '_' and '-' only, at most `maxLength` characters, never empty.
QString sanitisedName(const QString& name, int maxLength = 40);

/// Variable names must be shell identifiers; `where` names the host for the error.
[[nodiscard]] Base::Result<void> checkEnvironment(const JobRequest& request, const QString& where);

/// The wrapper's text after its `cd` line (see createCommand). `timeLimitMinutes` > 0 runs the
/// script under timeout(1) (used where no scheduler enforces the walltime).
QByteArray wrapperBody(const JobRequest& request, const Profile& profile, int timeLimitMinutes);

/// Creates a new uniquely named folder under the profile's work_dir and writes job.sh (read from
/// standard input: pass request.script as the run's input), run.sh and job_name into it;
/// prints the folder's absolute path. `header` goes first in run.sh (#!/bin/bash, #PBS lines).
QString createCommand(const Profile& profile, const JobRequest& request, const QByteArray& header,
                      const QByteArray& body);

/// How one scheduler starts a job in the folder submitWith() creates.
struct Submission {
    QByteArray header;         ///< run.sh's first lines (#!/bin/bash, #PBS directives)
    int timeLimitMinutes = 0;  ///< > 0: the wrapper enforces it with timeout(1), where no scheduler does
    QString program;           ///< what starts the job, for messages ("sbatch", "qsub", "setsid")
    /// Bash lines, given the new folder's absolute path, run inside it: they start the job and
    /// leave its id in $id, or exit with the submitting program's status when it refuses.
    std::function<QString(const QString& jobDir)> start;
    /// The id from what was printed (the value of $id); unset: the trimmed text, when not empty.
    std::function<Base::Result<QString>(const QString& printed)> parseId;
    /// The error for a refused job, given the folder (already removed) and what was printed.
    std::function<Base::Error(const QString& jobDir, const CommandOutput& output)> refused;
};

/// The submission all adapters share: checks the request's variables, creates a new folder under
/// the profile's work_dir with job.sh, run.sh and job_name (createCommand), runs
/// `submission.start` in it and records the id in job_id; a refused job's folder is removed, so
/// it is never mistaken for a job that ran. A cancelled Feedback stops it before the job is
/// started, never while the submitting command runs: a job cut off there may have been accepted.
[[nodiscard]] Base::Result<SubmittedJob> submitWith(RemoteHost& host, const Profile& profile, const JobRequest& request,
                                                    const Submission& submission,
                                                    const Base::Feedback* feedback = nullptr);

/// A snippet printing the state of the folder named by the shell variable $d as key=value lines.
QString stateSnippet();
/// `d=<jobDir>` followed by stateSnippet().
QString stateCommand(const QString& jobDir);

struct State {
    bool exists = false;
    std::optional<int> exitCode;
    bool cancelled = false;
    bool timedOut = false;
    bool alive = false;  ///< the job's session still has processes (LocalScheduler only)
    QString pid;
    QString jobId;
    QString name;
    QString dir;
    QDateTime submitted, started, ended;
};

/// Reads stateSnippet()'s lines (one folder).
State parseState(const QByteArray& output);

/// Splits the output of a loop over folders at its "@@end" lines.
QList<QByteArray> blocks(const QByteArray& output);

/// The job as its folder alone tells it: exit_code decides; no exit_code and no running process
/// means the job was killed (cancelled when the marker says so).
JobInfo infoFromState(const State& state, const QString& id, const QString& queue);

/// Applies the folder's knowledge to what a scheduler said about a finished job: the exit code,
/// and a cancel the scheduler reported as a plain failure.
void completeFromState(JobInfo& job, const State& state);

/// An error naming the host and the command, carrying what the command printed on stderr.
Base::Error commandError(Base::Error::Kind kind, const RemoteHost& host, const QString& command,
                         const CommandOutput& output, const QString& message);

/// Runs a command and returns its output only when it exited with status 0; otherwise the error
/// names the host and `what` (the program, for messages).
[[nodiscard]] Base::Result<CommandOutput> runChecked(RemoteHost& host, const QString& what, const QString& commandLine,
                                                     const QByteArray& input = {},
                                                     const Base::Feedback* feedback = nullptr);

/// Whether a failed command's stderr says `needle` (case-insensitive).
bool saidSo(const CommandOutput& output, QStringView needle);

}  // namespace Estran::Remote::JobFolder
