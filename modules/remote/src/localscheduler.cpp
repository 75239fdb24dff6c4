// SPDX-License-Identifier: GPL-3.0-or-later
#include "estran/remote/localscheduler.h"

#include "jobfolder.h"

namespace Estran::Remote {

using JobFolder::tr;

namespace {

const char* const kBootCheck = "b=$(cat boot_id 2>/dev/null)\n"
                               "if [ -n \"$b\" ] && [ \"$b\" != \"$(cat /proc/sys/kernel/random/boot_id 2>/dev/null)\" ]; "
                               "then exit 0; fi\n";

}  // namespace

LocalScheduler::LocalScheduler(Profile profile, std::shared_ptr<RemoteHost> host)
    : m_profile(std::move(profile)), m_host(std::move(host))
{
}

Base::Result<SchedulerInfo> LocalScheduler::probe(const Base::Feedback* feedback)
{
    const QString command = QStringLiteral("uname -srm; getconf _NPROCESSORS_ONLN; "
                                           "awk '/^MemTotal:/ {print int($2/1024)}' /proc/meminfo; "
                                           "command -v setsid >/dev/null || echo no-setsid");
    Base::Result<CommandOutput> out = m_host->run(command, {}, {}, feedback);
    if (!out) return out.error();
    const QStringList lines = QString::fromUtf8(out->standardOutput).split(u'\n', Qt::SkipEmptyParts);
    if (out->exitCode != 0 || lines.size() < 3) {
        return JobFolder::commandError(Base::Error::Kind::Io, *m_host, QStringLiteral("uname"), *out,
                                       tr("Cannot read what %1 offers").arg(m_host->displayName()));
    }
    if (lines.contains(QStringLiteral("no-setsid"))) {
        return Base::Error(Base::Error::Kind::Unsupported, m_host->displayName(),
                           tr("setsid is missing on %1: jobs could not outlive the connection").arg(m_host->displayName()));
    }
    SchedulerInfo info;
    info.scheduler = QStringLiteral("local");
    info.version = lines.at(0).trimmed();
    info.machineReadable = true;  // the job folder is the whole state: nothing to parse
    info.limits << tr("%1 CPUs, %2 MB of memory").arg(lines.at(1).trimmed(), lines.at(2).trimmed());
    return info;
}

Base::Result<SubmittedJob> LocalScheduler::submit(const JobRequest& request, const Base::Feedback* feedback)
{
    JobFolder::Submission submission;
    submission.header = "#!/bin/bash\n";
    submission.timeLimitMinutes = request.walltimeMinutes;  // no scheduler enforces it here
    submission.program = QStringLiteral("setsid");
    // setsid gives the job its own session: it survives the connection and the application, and
    // its session id (the pid kept here) names every process to stop on cancel. Standard streams
    // go to /dev/null so the command returns at once (ssh waits for open streams).
    submission.start = [](const QString&) {
        return QStringLiteral("cat /proc/sys/kernel/random/boot_id > boot_id 2>/dev/null\n"
                              "setsid bash ./run.sh </dev/null >/dev/null 2>&1 &\n"
                              "id=$!\n"
                              "printf '%s\\n' \"$id\" > pid.part && mv -f pid.part pid\n");
    };
    submission.refused = [this](const QString& jobDir, const CommandOutput& output) {
        return JobFolder::commandError(Base::Error::Kind::Io, *m_host, QStringLiteral("setsid"), output,
                                       tr("Cannot start the job in %1 on %2").arg(jobDir, m_host->displayName()));
    };
    return JobFolder::submitWith(*m_host, m_profile, request, submission, feedback);
}

Base::Result<JobInfo> LocalScheduler::status(const SubmittedJob& job, const Base::Feedback* feedback)
{
    Base::Result<CommandOutput> out = JobFolder::runChecked(*m_host, QStringLiteral("stat"), JobFolder::stateCommand(job.jobDir), {}, feedback);
    if (!out) return out.error();
    const JobFolder::State state = JobFolder::parseState(out->standardOutput);
    if (!state.exists) {
        return Base::Error(Base::Error::Kind::NotFound, m_host->displayName(),
                           tr("No job folder at %1 on %2").arg(job.jobDir, m_host->displayName()));
    }
    return JobFolder::infoFromState(state, job.id.isEmpty() ? state.pid : job.id, QStringLiteral("local"));
}

Base::Result<void> LocalScheduler::cancel(const SubmittedJob& job, const Base::Feedback* feedback)
{
    // The marker comes first, so the job reads as cancelled however its processes end.
    const QString command = QStringLiteral("cd -- %1 2>/dev/null || exit 3\n"
                                           "[ -e exit_code ] && exit 0\n"
                                           ": > cancelled\n"
                                           "p=$(cat pid 2>/dev/null)\n"
                                           "[ -n \"$p\" ] || exit 0\n")
                                .arg(shellQuote(job.jobDir)) +
                            QString::fromLatin1(kBootCheck) +
                            QStringLiteral("if command -v pkill >/dev/null; then pkill -TERM -s \"$p\"\n"
                                           "else kill -TERM -- \"-$p\" 2>/dev/null; fi\n"
                                           "exit 0\n");
    Base::Result<CommandOutput> out = m_host->run(command, {}, {}, feedback);
    if (!out) return out.error();
    if (out->exitCode == 3) {
        return Base::Error(Base::Error::Kind::NotFound, m_host->displayName(),
                           tr("No job folder at %1 on %2").arg(job.jobDir, m_host->displayName()));
    }
    if (out->exitCode != 0) {
        return JobFolder::commandError(Base::Error::Kind::Io, *m_host, QStringLiteral("kill"), *out,
                                       tr("Cannot stop the job in %1 on %2").arg(job.jobDir, m_host->displayName()));
    }
    return {};
}

Base::Result<QList<JobInfo>> LocalScheduler::list(const Base::Feedback* feedback)
{
    const QString command = QStringLiteral("base=%1\n"
                                           "[ -d \"$base\" ] || exit 0\n"
                                           "for d in \"$base\"/*/; do\n"
                                           "d=${d%/}\n"
                                           "[ -f \"$d/run.sh\" ] || continue\n")
                                .arg(JobFolder::pathWord(m_profile.workDir)) +
                            JobFolder::stateSnippet() + QStringLiteral("echo @@end\ndone\n");
    Base::Result<CommandOutput> out = JobFolder::runChecked(*m_host, QStringLiteral("ls"), command, {}, feedback);
    if (!out) return out.error();
    QList<JobInfo> jobs;
    for (const QByteArray& block : JobFolder::blocks(out->standardOutput)) {
        const JobFolder::State state = JobFolder::parseState(block);
        if (!state.exists || !state.alive || state.exitCode) continue;
        jobs.append(JobFolder::infoFromState(state, state.pid, QStringLiteral("local")));
    }
    return jobs;
}

}  // namespace Estran::Remote
