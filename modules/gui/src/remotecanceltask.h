// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "remoteschedulertask.h"

namespace Estran::Gui {

/// Cancelling a job, for the remote jobs panel: the scheduler's cancel (scancel, qdel, or the
/// local job's session stopped), which marks the job folder cancelled first.
class RemoteCancelTask final : public RemoteSchedulerTask {
public:
    RemoteCancelTask(std::shared_ptr<Remote::RemoteHost> host, Remote::Profile profile, Remote::SubmittedJob job);

protected:
    std::optional<Base::Error> run(Base::Feedback* feedback) override;

private:
    Remote::SubmittedJob m_job;
};

}  // namespace Estran::Gui
