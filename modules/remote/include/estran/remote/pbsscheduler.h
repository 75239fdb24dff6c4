// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "estran/remote/scheduler.h"

#include <atomic>

namespace Estran::Remote {

/// PBS Pro / OpenPBS through its commands on the host: qsub (bash asked for with -S /bin/bash
/// and `#PBS -S /bin/bash`, because Datarmor's login shell is csh; -N, -q, -A,
/// -l select=1:ncpus=N[:mem=Mmb], -l walltime=), `qstat -f -F json` and `qstat -fx -F json` for
/// finished jobs, with the text form `qstat -f` when the server refuses -F json; qdel. Job array
/// ids ("123[].server") are quoted like any value. probe() reads the queues (`qstat -Q -f`) and
/// the server's version. Verified against recorded outputs of a real PBS server only: no PBS
/// server is packaged for Debian. Blocking; one worker thread at a time.
class ESTRAN_REMOTE_EXPORT PbsScheduler final : public Scheduler {
public:
    PbsScheduler(Profile profile, std::shared_ptr<RemoteHost> host);

    Profile::Scheduler kind() const override { return Profile::Scheduler::Pbs; }
    [[nodiscard]] Base::Result<SchedulerInfo> probe(const Base::Feedback* feedback = nullptr) override;
    [[nodiscard]] Base::Result<SubmittedJob> submit(const JobRequest& request,
                                                     const Base::Feedback* feedback = nullptr) override;
    [[nodiscard]] Base::Result<JobInfo> status(const SubmittedJob& job, const Base::Feedback* feedback = nullptr) override;
    [[nodiscard]] Base::Result<void> cancel(const SubmittedJob& job, const Base::Feedback* feedback = nullptr) override;
    [[nodiscard]] Base::Result<QList<JobInfo>> list(const Base::Feedback* feedback = nullptr) override;

    /// qsub's arguments for a job folder, each one quoted.
    QString qsubArguments(const JobRequest& request, const QString& jobDir) const;

private:
    /// `qstat -f [-x] [-F json] <args>` and its parse, in the form the server accepts.
    [[nodiscard]] Base::Result<QList<JobInfo>> qstat(const QString& flags, const QString& args, CommandOutput* failed,
                                                       const Base::Feedback* feedback);

    Profile m_profile;
    std::shared_ptr<RemoteHost> m_host;
    std::atomic<int> m_json{-1};  ///< -F json accepted: -1 not known yet, 0 no, 1 yes
};

}  // namespace Estran::Remote
