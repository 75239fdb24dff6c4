// SPDX-License-Identifier: GPL-3.0-or-later
#include "remoteconnecttask.h"

#include "estran/base/feedback.h"
#include "estran/gui/remotejobsdock.h"
#include "estran/remote/sshhost.h"

namespace Estran::Gui {

RemoteConnectTask::RemoteConnectTask(std::shared_ptr<Remote::RemoteHost> host, Remote::Profile profile)
    : RemoteSchedulerTask(RemoteJobsDock::tr("Connecting to %1").arg(profile.name), std::move(host), profile)
{
}

std::optional<Base::Error> RemoteConnectTask::run(Base::Feedback* feedback)
{
    if (auto* ssh = dynamic_cast<Remote::SshHost*>(m_host.get())) {
        if (auto connected = ssh->connect(feedback); !connected) return connected.error();
    }
    auto scheduler = this->scheduler();
    if (!scheduler) return scheduler.error();
    auto info = (*scheduler)->probe(feedback);
    if (!info) return info.error();
    m_info = *info;
    return std::nullopt;
}

}  // namespace Estran::Gui
