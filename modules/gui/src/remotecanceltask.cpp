// SPDX-License-Identifier: GPL-3.0-or-later
#include "remotecanceltask.h"

#include "estran/gui/remotejobsdock.h"

namespace Estran::Gui {

RemoteCancelTask::RemoteCancelTask(std::shared_ptr<Remote::RemoteHost> host, Remote::Profile profile,
                                   Remote::SubmittedJob job)
    : Base::Task(RemoteJobsDock::tr("Cancelling job %1").arg(job.id)), m_host(std::move(host)),
      m_profile(std::move(profile)), m_job(std::move(job))
{
}

std::optional<Base::Error> RemoteCancelTask::run(Base::Feedback* feedback)
{
    auto scheduler = Remote::Scheduler::create(m_profile, m_host);
    if (!scheduler) return Base::Error(Base::Error::Kind::Unsupported, m_profile.name, RemoteJobsDock::tr("No scheduler adapter"));
    if (auto cancelled = scheduler->cancel(m_job, feedback); !cancelled) return cancelled.error();
    return std::nullopt;
}

}  // namespace Estran::Gui
