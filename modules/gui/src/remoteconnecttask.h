// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "remoteschedulertask.h"

namespace Estran::Gui {

/// Connecting, for the remote jobs panel: opens the ssh master (prompts happen here) and asks the
/// scheduler what it offers. info() is read in the finished() slot, on the GUI thread.
class RemoteConnectTask final : public RemoteSchedulerTask {
public:
    RemoteConnectTask(std::shared_ptr<Remote::RemoteHost> host, Remote::Profile profile);
    const Remote::SchedulerInfo& info() const { return m_info; }

protected:
    std::optional<Base::Error> run(Base::Feedback* feedback) override;

private:
    Remote::SchedulerInfo m_info;
};

}  // namespace Estran::Gui
