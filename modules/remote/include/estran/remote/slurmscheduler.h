// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "estran/remote/scheduler.h"

#include <atomic>

namespace Estran::Remote {

/// Slurm through its commands on the host: sbatch --parsable (partition, account and QOS from
/// the request or the profile), squeue in SlurmOutput's pipe format with epoch times, sacct for
/// jobs squeue has forgotten when accounting is on (else the job folder's exit_code), scancel.
/// probe() reads `sinfo --version`, the partitions (`scontrol show partition -o`, or sinfo's text
/// form) and whether `squeue --json` works. Blocking; one worker thread at a time.
class ESTRAN_REMOTE_EXPORT SlurmScheduler final : public Scheduler {
public:
    SlurmScheduler(Profile profile, std::shared_ptr<RemoteHost> host);

    Profile::Scheduler kind() const override { return Profile::Scheduler::Slurm; }
    [[nodiscard]] Base::Result<SchedulerInfo> probe(const Base::Feedback* feedback = nullptr) override;
    [[nodiscard]] Base::Result<SubmittedJob> submit(const JobRequest& request,
                                                     const Base::Feedback* feedback = nullptr) override;
    [[nodiscard]] Base::Result<JobInfo> status(const SubmittedJob& job, const Base::Feedback* feedback = nullptr) override;
    [[nodiscard]] Base::Result<void> cancel(const SubmittedJob& job, const Base::Feedback* feedback = nullptr) override;
    [[nodiscard]] Base::Result<QList<JobInfo>> list(const Base::Feedback* feedback = nullptr) override;

    /// sbatch's arguments for a job folder, each one quoted (shown in logs, checked by tests).
    QString sbatchArguments(const JobRequest& request, const QString& jobDir) const;

private:
    [[nodiscard]] Base::Result<JobInfo> forgotten(const SubmittedJob& job, const Base::Feedback* feedback);

    Profile m_profile;
    std::shared_ptr<RemoteHost> m_host;
    std::atomic<int> m_accounting{-1};  ///< sacct answers: -1 not known yet, 0 no, 1 yes
};

}  // namespace Estran::Remote
