// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "estran/base/feedback.h"
#include "estran/base/result.h"
#include "estran/remote/jobinfo.h"
#include "estran/remote/profile.h"
#include "estran/remote/remote_export.h"
#include "estran/remote/remotehost.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <memory>

namespace Estran::Remote {

/// What to run and with which resources; the profile supplies the defaults (queue, account, QOS).
struct JobRequest {
    QString name;                         ///< shown by squeue/qstat; sanitised by the adapter
    QByteArray script;                    ///< bash; runs in the job folder with $ESTRAN_OUTPUT_DIR set
    QMap<QString, QString> environment;   ///< exported (quoted) before the script runs
    QString queue;                        ///< empty: the profile's partition/queue
    int cpus = 1;
    int memoryMb = 0;                     ///< 0: the scheduler's default
    int walltimeMinutes = 0;              ///< 0: the scheduler's default
};

/// A submitted job: enough to follow it again after the application restarts.
struct SubmittedJob {
    QString id;      ///< the scheduler's id ("123", "4567.datarmor0", a process id)
    QString jobDir;  ///< absolute on the host: job.sh, stdout.log, stderr.log, exit_code, output/
};

/// What connecting found out: shown in the remote panel ("Slurm 22.05.8, partitions ...").
struct SchedulerInfo {
    QString scheduler;          ///< "slurm", "pbs", "local"
    QString version;
    QStringList queues;         ///< partitions or queues the user may submit to
    QString defaultQueue;
    bool machineReadable = false;  ///< the JSON forms are available (else text forms are parsed)
    QStringList limits;         ///< human-readable lines ("cpu2022: 7-00:00:00, 120 nodes")
};

/// One job model over Slurm, PBS Pro and plain processes. Every adapter drives its host through
/// RemoteHost::run() and keeps the same job folder under the profile's work_dir:
///   job.sh (the request's script), run.sh (the wrapper the scheduler runs), stdout.log,
///   stderr.log, exit_code (written when the script ends), output/ ($ESTRAN_OUTPUT_DIR).
/// Blocking; call from a worker thread.
class ESTRAN_REMOTE_EXPORT Scheduler {
public:
    virtual ~Scheduler();

    /// The adapter for `profile.scheduler` on `host`.
    static std::unique_ptr<Scheduler> create(const Profile& profile, std::shared_ptr<RemoteHost> host);

    virtual Profile::Scheduler kind() const = 0;
    /// Versions, queues and limits, and whether the JSON forms are available (recent versions).
    [[nodiscard]] virtual Base::Result<SchedulerInfo> probe(const Base::Feedback* feedback = nullptr) = 0;
    // Every call takes a Feedback: cancelling it stops the command under way (and, through the
    // host's watchdog, what it started there) and returns Error::Kind::Cancelled, so a follower
    // or a panel that goes away is not held up by a slow cluster.

    /// Creates a new job folder under the profile's work_dir, writes the scripts and submits. A
    /// cancel stops it before the job is handed to the scheduler, not while it is being handed.
    [[nodiscard]] virtual Base::Result<SubmittedJob> submit(const JobRequest& request,
                                                            const Base::Feedback* feedback = nullptr) = 0;
    /// The job's state; a job the scheduler has forgotten is read from its folder (exit_code).
    [[nodiscard]] virtual Base::Result<JobInfo> status(const SubmittedJob& job,
                                                       const Base::Feedback* feedback = nullptr) = 0;
    [[nodiscard]] virtual Base::Result<void> cancel(const SubmittedJob& job, const Base::Feedback* feedback = nullptr) = 0;
    /// The user's jobs known to the scheduler now.
    [[nodiscard]] virtual Base::Result<QList<JobInfo>> list(const Base::Feedback* feedback = nullptr) = 0;

    static QString stdoutPath(const QString& jobDir);
    static QString stderrPath(const QString& jobDir);
    static QString outputDir(const QString& jobDir);
};

}  // namespace Estran::Remote
