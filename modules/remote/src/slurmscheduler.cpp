// SPDX-License-Identifier: GPL-3.0-or-later
#include "estran/remote/slurmscheduler.h"

#include "estran/remote/slurmoutput.h"
#include "jobfolder.h"

namespace Estran::Remote {

using JobFolder::tr;

namespace {

/// Times as epoch seconds in every query, so no locale or site format reaches the parsers.
const char* const kEpoch = "SLURM_TIME_FORMAT=%s ";

/// squeue prints jobs in pipe-separated columns: a '|' or a line break in a name would shift them.
QString displayName(const QString& name)
{
    QString out;
    for (const QChar c : name) out += (c.unicode() < 0x20 || c == u'|') ? QChar(u' ') : c;
    out = out.simplified().left(200);
    return out.isEmpty() ? QStringLiteral("estran") : out;
}

/// Slurm expands %j, %u ... in --output paths; %% is a literal %.
QString slurmPath(QString path) { return path.replace(u'%', QStringLiteral("%%")); }

}  // namespace

SlurmScheduler::SlurmScheduler(Profile profile, std::shared_ptr<RemoteHost> host)
    : m_profile(std::move(profile)), m_host(std::move(host))
{
}

Base::Result<SchedulerInfo> SlurmScheduler::probe(const Base::Feedback* feedback)
{
    // One round trip: every answer in a section of its own.
    const QString command =
        QStringLiteral("v=$(sinfo --version 2>&1) || { printf '%s\\n' \"$v\" >&2; exit 127; }\n"
                       "printf 'version=%s\\n' \"$v\"\n"
                       "squeue --json --me >/dev/null 2>&1 && echo json=1\n"
                       "sacct --noheader --allocations --jobs=1 >/dev/null 2>&1 && echo accounting=1\n"
                       "echo @@partitions\n") +
        QString::fromLatin1(kEpoch) +
        QStringLiteral("scontrol show partition -o 2>/dev/null || { echo @@sinfo; sinfo --noheader --format=%1; }\n")
            .arg(shellQuote(SlurmOutput::sinfoPartitionFormat()));
    Base::Result<CommandOutput> out = m_host->run(command, {}, {}, feedback);
    if (!out) return out.error();
    if (out->exitCode != 0) {
        return JobFolder::commandError(Base::Error::Kind::Unsupported, *m_host, QStringLiteral("sinfo --version"), *out,
                                       tr("Slurm's commands do not answer on %1").arg(m_host->displayName()));
    }
    const QString text = QString::fromUtf8(out->standardOutput);
    const QString head = text.section(QStringLiteral("@@partitions\n"), 0, 0);
    QString partitionsText = text.section(QStringLiteral("@@partitions\n"), 1);

    SchedulerInfo info;
    info.scheduler = QStringLiteral("slurm");
    for (const QString& line : head.split(u'\n', Qt::SkipEmptyParts)) {
        if (line.startsWith(u"version=")) info.version = line.mid(8).trimmed().section(u' ', -1);  // "slurm 22.05.8", "slurm-wlm 22.05.8"
        else if (line == u"json=1") info.machineReadable = true;
        else if (line == u"accounting=1") m_accounting = 1;
    }
    if (!head.contains(QStringLiteral("accounting=1"))) m_accounting = 0;

    Base::Result<QList<SlurmPartition>> partitions =
        partitionsText.contains(QStringLiteral("@@sinfo\n"))
            ? SlurmOutput::parseSinfoPartitions(partitionsText.section(QStringLiteral("@@sinfo\n"), 1))
            : SlurmOutput::parseScontrolPartitions(partitionsText);
    if (!partitions) return Base::Error(partitions.error().kind(), m_host->displayName(), partitions.error().message(),
                                        partitions.error().detail());
    for (const SlurmPartition& p : *partitions) {
        if (p.hidden) continue;
        info.queues << p.name;
        if (p.isDefault) info.defaultQueue = p.name;
        info.limits << tr("%1: %2, longest job %3, %4 nodes, %5 CPUs")
                           .arg(p.name, p.state, p.maxTime)
                           .arg(p.nodes)
                           .arg(p.cpus);
    }
    info.limits << (m_accounting == 1 ? tr("Accounting (sacct): available")
                                      : tr("Accounting (sacct): not available, finished jobs are read from their folders"));
    return info;
}

QString SlurmScheduler::sbatchArguments(const JobRequest& request, const QString& jobDir) const
{
    QStringList args{QStringLiteral("--parsable"),
                     QStringLiteral("--job-name=") + shellQuote(displayName(request.name)),
                     QStringLiteral("--chdir=") + shellQuote(jobDir),
                     // Slurm's own notices (time limit, cancel) land in the job folder too.
                     QStringLiteral("--output=") + shellQuote(slurmPath(jobDir + QStringLiteral("/scheduler.log"))),
                     QStringLiteral("--error=") + shellQuote(slurmPath(jobDir + QStringLiteral("/scheduler.log")))};
    const QString partition = request.queue.isEmpty() ? m_profile.partition : request.queue;
    if (!partition.isEmpty()) args << QStringLiteral("--partition=") + shellQuote(partition);
    if (!m_profile.account.isEmpty()) args << QStringLiteral("--account=") + shellQuote(m_profile.account);
    if (!m_profile.qos.isEmpty()) args << QStringLiteral("--qos=") + shellQuote(m_profile.qos);
    args << QStringLiteral("--cpus-per-task=%1").arg(std::max(1, request.cpus));
    if (request.memoryMb > 0) args << QStringLiteral("--mem=%1M").arg(request.memoryMb);
    if (request.walltimeMinutes > 0) args << QStringLiteral("--time=%1").arg(request.walltimeMinutes);
    args << QStringLiteral("./run.sh");
    return args.join(u' ');
}

Base::Result<SubmittedJob> SlurmScheduler::submit(const JobRequest& request, const Base::Feedback* feedback)
{
    JobFolder::Submission submission;
    submission.header = "#!/bin/bash\n";
    submission.program = QStringLiteral("sbatch");
    submission.start = [this, request](const QString& jobDir) {
        return QStringLiteral("id=$(sbatch %1) || exit $?\n").arg(sbatchArguments(request, jobDir));
    };
    submission.parseId = [](const QString& printed) { return SlurmOutput::parseSubmit(printed); };
    submission.refused = [this, request](const QString&, const CommandOutput& output) {
        const QString partition = request.queue.isEmpty() ? m_profile.partition : request.queue;
        const QString message = partition.isEmpty()
                                    ? tr("Slurm refused the job on %1").arg(m_host->displayName())
                                    : tr("Slurm refused the job for partition \"%1\" on %2").arg(partition, m_host->displayName());
        return JobFolder::commandError(Base::Error::Kind::InvalidInput, *m_host, QStringLiteral("sbatch"), output, message);
    };
    return JobFolder::submitWith(*m_host, m_profile, request, submission, feedback);
}

Base::Result<JobInfo> SlurmScheduler::status(const SubmittedJob& job, const Base::Feedback* feedback)
{
    const QString command = QString::fromLatin1(kEpoch) +
                            QStringLiteral("squeue --noheader --states=all --jobs=%1 --Format=%2")
                                .arg(shellQuote(job.id), shellQuote(SlurmOutput::squeueFormat()));
    Base::Result<CommandOutput> out = m_host->run(command, {}, {}, feedback);
    if (!out) return out.error();
    if (out->exitCode != 0 && !JobFolder::saidSo(*out, u"Invalid job id")) {
        return JobFolder::commandError(Base::Error::Kind::Io, *m_host, QStringLiteral("squeue"), *out,
                                       tr("Cannot read the state of job %1 on %2").arg(job.id, m_host->displayName()));
    }
    Base::Result<QList<JobInfo>> jobs = out->exitCode == 0 ? SlurmOutput::parseSqueue(QString::fromUtf8(out->standardOutput))
                                                           : Base::Result<QList<JobInfo>>(QList<JobInfo>());
    if (!jobs) return Base::Error(jobs.error().kind(), m_host->displayName(), jobs.error().message(), jobs.error().detail());
    const auto it = std::find_if(jobs->begin(), jobs->end(), [&](const JobInfo& j) { return j.id == job.id; });
    if (it == jobs->end()) return forgotten(job, feedback);
    JobInfo info = *it;
    if (!info.isFinished()) return info;

    // squeue knows how it ended but not the exit code: the folder does (or scontrol, when the
    // wrapper was killed before writing it).
    Base::Result<CommandOutput> folder = JobFolder::runChecked(*m_host, QStringLiteral("stat"), JobFolder::stateCommand(job.jobDir), {}, feedback);
    if (folder) JobFolder::completeFromState(info, JobFolder::parseState(folder->standardOutput));
    if (!info.exitCode) {
        Base::Result<CommandOutput> sc = m_host->run(QString::fromLatin1(kEpoch) +
                                                     QStringLiteral("scontrol show job -o %1").arg(shellQuote(job.id)),
                                                     {}, {}, feedback);
        if (sc && sc->exitCode == 0) {
            Base::Result<QList<JobInfo>> shown = SlurmOutput::parseScontrolJobs(QString::fromUtf8(sc->standardOutput));
            if (shown && !shown->isEmpty()) info.exitCode = shown->first().exitCode;
        }
    }
    // The folder and scontrol are optional extras, but a cancelled call must not pass for an answer.
    if (Base::isCancelled(feedback)) return Base::Error::cancelled(m_host->displayName());
    return info;
}

Base::Result<JobInfo> SlurmScheduler::forgotten(const SubmittedJob& job, const Base::Feedback* feedback)
{
    if (m_accounting != 0) {
        const QString command = QString::fromLatin1(kEpoch) +
                                QStringLiteral("sacct --noheader --parsable2 --jobs=%1 --format=%2")
                                    .arg(shellQuote(job.id), shellQuote(SlurmOutput::sacctFormat()));
        Base::Result<CommandOutput> out = m_host->run(command, {}, {}, feedback);
        if (!out) return out.error();
        if (out->exitCode != 0) {
            m_accounting = 0;  // "Slurm accounting storage is disabled": the folder is all there is
        } else {
            m_accounting = 1;
            Base::Result<QList<JobInfo>> jobs = SlurmOutput::parseSacct(QString::fromUtf8(out->standardOutput));
            if (jobs && !jobs->isEmpty()) {
                JobInfo info = jobs->first();
                Base::Result<CommandOutput> folder =
                    JobFolder::runChecked(*m_host, QStringLiteral("stat"), JobFolder::stateCommand(job.jobDir), {}, feedback);
                if (folder) JobFolder::completeFromState(info, JobFolder::parseState(folder->standardOutput));
                return info;
            }
        }
    }
    Base::Result<CommandOutput> folder = JobFolder::runChecked(*m_host, QStringLiteral("stat"), JobFolder::stateCommand(job.jobDir), {}, feedback);
    if (!folder) return folder.error();
    const JobFolder::State state = JobFolder::parseState(folder->standardOutput);
    if (!state.exists) {
        return Base::Error(Base::Error::Kind::NotFound, m_host->displayName(),
                           tr("Slurm no longer knows job %1 and its folder %2 is gone").arg(job.id, job.jobDir));
    }
    return JobFolder::infoFromState(state, job.id, m_profile.partition);
}

Base::Result<void> SlurmScheduler::cancel(const SubmittedJob& job, const Base::Feedback* feedback)
{
    // The marker first: once Slurm forgets the job, the folder still says it was cancelled.
    const QString command = QStringLiteral("d=%1\n"
                                           "if [ -d \"$d\" ] && [ ! -e \"$d/exit_code\" ]; then : > \"$d/cancelled\"; fi\n"
                                           "scancel %2")
                                .arg(shellQuote(job.jobDir), shellQuote(job.id));
    Base::Result<CommandOutput> out = m_host->run(command, {}, {}, feedback);
    if (!out) return out.error();
    if (out->exitCode != 0 && !JobFolder::saidSo(*out, u"already completing or completed") &&
        !JobFolder::saidSo(*out, u"Invalid job id")) {
        return JobFolder::commandError(Base::Error::Kind::Io, *m_host, QStringLiteral("scancel"), *out,
                                       tr("Cannot cancel job %1 on %2").arg(job.id, m_host->displayName()));
    }
    return {};
}

Base::Result<QList<JobInfo>> SlurmScheduler::list(const Base::Feedback* feedback)
{
    const QString command = QString::fromLatin1(kEpoch) +
                            QStringLiteral("squeue --noheader --states=all --user=\"$(id -un)\" --Format=%1")
                                .arg(shellQuote(SlurmOutput::squeueFormat()));
    Base::Result<CommandOutput> out = JobFolder::runChecked(*m_host, QStringLiteral("squeue"), command, {}, feedback);
    if (!out) return out.error();
    Base::Result<QList<JobInfo>> jobs = SlurmOutput::parseSqueue(QString::fromUtf8(out->standardOutput));
    if (!jobs) return Base::Error(jobs.error().kind(), m_host->displayName(), jobs.error().message(), jobs.error().detail());
    return jobs;
}

}  // namespace Estran::Remote
