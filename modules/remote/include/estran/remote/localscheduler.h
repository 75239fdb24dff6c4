// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "estran/remote/scheduler.h"

namespace Estran::Remote {

/// No scheduler: each job is a detached process in its own session (setsid) on the host, so it
/// outlives the application and the ssh connection that started it. Works on this computer
/// (LocalHost) and on any ssh host without a batch system. Job ids are the session's process id;
/// the job folder holds pid and boot_id so a reboot is never mistaken for a running job.
/// JobRequest::walltimeMinutes is enforced with timeout(1) (the job then reads as timed out);
/// queue, cpus and memory have no meaning here and are ignored.
class ESTRAN_REMOTE_EXPORT LocalScheduler final : public Scheduler {
public:
    LocalScheduler(Profile profile, std::shared_ptr<RemoteHost> host);

    Profile::Scheduler kind() const override { return Profile::Scheduler::Local; }
    [[nodiscard]] Base::Result<SchedulerInfo> probe(const Base::Feedback* feedback = nullptr) override;
    [[nodiscard]] Base::Result<SubmittedJob> submit(const JobRequest& request,
                                                     const Base::Feedback* feedback = nullptr) override;
    [[nodiscard]] Base::Result<JobInfo> status(const SubmittedJob& job, const Base::Feedback* feedback = nullptr) override;
    [[nodiscard]] Base::Result<void> cancel(const SubmittedJob& job, const Base::Feedback* feedback = nullptr) override;
    /// Jobs under the profile's work_dir whose process still runs.
    [[nodiscard]] Base::Result<QList<JobInfo>> list(const Base::Feedback* feedback = nullptr) override;

private:
    Profile m_profile;
    std::shared_ptr<RemoteHost> m_host;
};

}  // namespace Estran::Remote
