// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "estran/base/result.h"
#include "estran/base/task.h"
#include "estran/remote/profile.h"
#include "estran/remote/scheduler.h"

#include <memory>

namespace Estran::Gui {

/// What the remote jobs panel's scheduler tasks (connect, submit, cancel) share: the profile's
/// host and profile, and its scheduler adapter made on the worker that uses it.
class RemoteSchedulerTask : public Base::Task {
protected:
    RemoteSchedulerTask(QString title, std::shared_ptr<Remote::RemoteHost> host, Remote::Profile profile);

    /// The profile's scheduler adapter, or an error naming the profile and its scheduler.
    Base::Result<std::unique_ptr<Remote::Scheduler>> scheduler() const;

    std::shared_ptr<Remote::RemoteHost> m_host;
    Remote::Profile m_profile;
};

}  // namespace Estran::Gui
