// SPDX-License-Identifier: GPL-3.0-or-later
#include "remoteschedulertask.h"

#include "estran/gui/remotejobsdock.h"

namespace Estran::Gui {

RemoteSchedulerTask::RemoteSchedulerTask(QString title, std::shared_ptr<Remote::RemoteHost> host,
                                         Remote::Profile profile)
    : Base::Task(std::move(title)), m_host(std::move(host)), m_profile(std::move(profile))
{
}

Base::Result<std::unique_ptr<Remote::Scheduler>> RemoteSchedulerTask::scheduler() const
{
    std::unique_ptr<Remote::Scheduler> made = Remote::Scheduler::create(m_profile, m_host);
    if (!made) {
        return Base::Error(Base::Error::Kind::Unsupported, m_profile.name,
                           RemoteJobsDock::tr("No scheduler adapter for \"%1\"")
                               .arg(Remote::Profile::schedulerName(m_profile.scheduler)));
    }
    return made;
}

}  // namespace Estran::Gui
