// SPDX-License-Identifier: GPL-3.0-or-later
#include "estran/remote/scheduler.h"

#include "estran/remote/localscheduler.h"
#include "estran/remote/pbsscheduler.h"
#include "estran/remote/slurmscheduler.h"

namespace Estran::Remote {

Scheduler::~Scheduler() = default;

std::unique_ptr<Scheduler> Scheduler::create(const Profile& profile, std::shared_ptr<RemoteHost> host)
{
    switch (profile.scheduler) {
    case Profile::Scheduler::Slurm: return std::make_unique<SlurmScheduler>(profile, std::move(host));
    case Profile::Scheduler::Pbs: return std::make_unique<PbsScheduler>(profile, std::move(host));
    case Profile::Scheduler::Local: break;
    }
    return std::make_unique<LocalScheduler>(profile, std::move(host));
}

// Job folders are absolute paths on the host, which is POSIX whatever this computer is.
QString Scheduler::stdoutPath(const QString& jobDir) { return jobDir + QStringLiteral("/stdout.log"); }
QString Scheduler::stderrPath(const QString& jobDir) { return jobDir + QStringLiteral("/stderr.log"); }
QString Scheduler::outputDir(const QString& jobDir) { return jobDir + QStringLiteral("/output"); }

}  // namespace Estran::Remote
