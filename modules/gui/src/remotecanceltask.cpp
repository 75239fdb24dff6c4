// SPDX-License-Identifier: GPL-3.0-or-later
#include "remotecanceltask.h"

#include "estran/gui/remotejobsdock.h"

namespace Estran::Gui {

RemoteCancelTask::RemoteCancelTask(std::shared_ptr<Remote::RemoteHost> host, Remote::Profile profile,
                                   Remote::SubmittedJob job)
    : RemoteSchedulerTask(RemoteJobsDock::tr("Cancelling job %1").arg(job.id), std::move(host), std::move(profile)),
      m_job(std::move(job))
{
}

std::optional<Base::Error> RemoteCancelTask::run(Base::Feedback* feedback)
{
    auto scheduler = this->scheduler();
    if (!scheduler) return scheduler.error();
    if (auto cancelled = (*scheduler)->cancel(m_job, feedback); !cancelled) return cancelled.error();
    return std::nullopt;
}

}  // namespace Estran::Gui
