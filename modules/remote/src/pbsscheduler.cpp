// SPDX-License-Identifier: GPL-3.0-or-later
#include "estran/remote/pbsscheduler.h"

#include "estran/remote/pbsoutput.h"
#include "jobfolder.h"

namespace Estran::Remote {

using JobFolder::tr;

namespace {

/// PBS job names: no white space, a letter first; older servers cut them at 15 characters.
QString pbsName(const QString& name)
{
    QString out = JobFolder::sanitisedName(name, 15);
    if (!out.front().isLetter()) out = (u'j' + out).left(15);
    return out;
}

/// What a server without -F json says (OpenPBS/PBS Pro before 14, Torque).
bool refusedJson(const CommandOutput& out)
{
    return JobFolder::saidSo(out, u"invalid option") || JobFolder::saidSo(out, u"illegal option") ||
           JobFolder::saidSo(out, u"unrecognized option") || JobFolder::saidSo(out, u"usage:");
}

CommandOutput nothingFailed()
{
    CommandOutput out;
    out.exitCode = 0;
    return out;
}

Base::Error onHost(const Base::Error& e, const RemoteHost& host)
{
    return Base::Error(e.kind(), host.displayName(), e.message(), e.detail());
}

}  // namespace

PbsScheduler::PbsScheduler(Profile profile, std::shared_ptr<RemoteHost> host)
    : m_profile(std::move(profile)), m_host(std::move(host))
{
}

Base::Result<SchedulerInfo> PbsScheduler::probe(const Base::Feedback* feedback)
{
    SchedulerInfo info;
    info.scheduler = QStringLiteral("pbs");
    Base::Result<CommandOutput> out = m_host->run(QStringLiteral("qstat -Q -f -F json"), {}, {}, feedback);
    if (!out) return out.error();
    Base::Result<QList<PbsQueue>> queues = QList<PbsQueue>();
    if (out->exitCode == 0) {
        m_json = 1;
        info.machineReadable = true;
        info.version = PbsOutput::versionFromJson(out->standardOutput);
        queues = PbsOutput::parseQueuesJson(out->standardOutput, m_host->displayName());
    } else if (out->exitCode == 127) {
        return JobFolder::commandError(Base::Error::Kind::Unsupported, *m_host, QStringLiteral("qstat"), *out,
                                       tr("PBS's commands do not answer on %1").arg(m_host->displayName()));
    } else if (refusedJson(*out)) {
        m_json = 0;
        Base::Result<CommandOutput> text =
            JobFolder::runChecked(*m_host, QStringLiteral("qstat -Q -f"), QStringLiteral("qstat -Q -f || exit $?; echo @@version; qstat --version 2>&1; true"),
                                  {}, feedback);
        if (!text) return text.error();
        const QString all = QString::fromUtf8(text->standardOutput);
        queues = PbsOutput::parseQueuesText(all.section(QStringLiteral("@@version\n"), 0, 0), m_host->displayName());
        // "pbs_version = 19.1.3" (PBS Pro), "Version: 6.1.3" (Torque)
        const QString versionLine = all.section(QStringLiteral("@@version\n"), 1).section(u'\n', 0, 0);
        if (versionLine.contains(QStringLiteral("pbs_version")) || versionLine.startsWith(QStringLiteral("Version:")))
            info.version = versionLine.section(u'=', -1).section(u':', -1).trimmed();
    } else {
        return JobFolder::commandError(Base::Error::Kind::Io, *m_host, QStringLiteral("qstat -Q"), *out,
                                       tr("Cannot read the queues of %1").arg(m_host->displayName()));
    }
    if (!queues) return queues.error();
    for (const PbsQueue& q : *queues) {
        if (!q.enabled) continue;
        info.queues << q.name;
        info.limits << tr("%1 (%2): longest job %3, %4 jobs")
                           .arg(q.name, q.type, q.maxWalltime.isEmpty() ? tr("unlimited") : q.maxWalltime)
                           .arg(q.totalJobs);
    }
    if (info.queues.contains(m_profile.partition)) info.defaultQueue = m_profile.partition;
    return info;
}

QString PbsScheduler::qsubArguments(const JobRequest& request, const QString& jobDir) const
{
    QStringList args{QStringLiteral("-S"), QStringLiteral("/bin/bash"), QStringLiteral("-N"), shellQuote(pbsName(request.name))};
    const QString queue = request.queue.isEmpty() ? m_profile.partition : request.queue;
    if (!queue.isEmpty()) args << QStringLiteral("-q") << shellQuote(queue);
    if (!m_profile.account.isEmpty()) args << QStringLiteral("-A") << shellQuote(m_profile.account);
    QString select = QStringLiteral("select=1:ncpus=%1").arg(std::max(1, request.cpus));
    if (request.memoryMb > 0) select += QStringLiteral(":mem=%1mb").arg(request.memoryMb);
    args << QStringLiteral("-l") << shellQuote(select);
    if (request.walltimeMinutes > 0) {
        args << QStringLiteral("-l")
             << shellQuote(QStringLiteral("walltime=%1:%2:00")
                               .arg(request.walltimeMinutes / 60, 2, 10, QChar(u'0'))
                               .arg(request.walltimeMinutes % 60, 2, 10, QChar(u'0')));
    }
    // PBS's own messages (walltime exceeded, qdel) go to the job folder, joined into one file.
    args << QStringLiteral("-j") << QStringLiteral("oe") << QStringLiteral("-o")
         << shellQuote(jobDir + QStringLiteral("/scheduler.log")) << QStringLiteral("run.sh");
    return args.join(u' ');
}

Base::Result<SubmittedJob> PbsScheduler::submit(const JobRequest& request, const Base::Feedback* feedback)
{
    JobFolder::Submission submission;
    submission.header = "#!/bin/bash\n#PBS -S /bin/bash\n";
    submission.program = QStringLiteral("qsub");
    submission.start = [this, request](const QString& jobDir) {
        return QStringLiteral("id=$(qsub %1) || exit $?\n").arg(qsubArguments(request, jobDir));
    };
    submission.parseId = [](const QString& printed) { return PbsOutput::parseSubmit(printed); };
    submission.refused = [this, request](const QString&, const CommandOutput& output) {
        const QString queue = request.queue.isEmpty() ? m_profile.partition : request.queue;
        const QString message = queue.isEmpty()
                                    ? tr("PBS refused the job on %1").arg(m_host->displayName())
                                    : tr("PBS refused the job for queue \"%1\" on %2").arg(queue, m_host->displayName());
        return JobFolder::commandError(Base::Error::Kind::InvalidInput, *m_host, QStringLiteral("qsub"), output, message);
    };
    return JobFolder::submitWith(*m_host, m_profile, request, submission, feedback);
}

Base::Result<QList<JobInfo>> PbsScheduler::qstat(const QString& flags, const QString& args, CommandOutput* failed,
                                                 const Base::Feedback* feedback)
{
    bool textOnce = false;
    for (;;) {
        const bool json = m_json != 0 && !textOnce;
        Base::Result<CommandOutput> out =
            m_host->run(QStringLiteral("qstat %1%2 %3").arg(flags, json ? QStringLiteral(" -F json") : QString(), args), {}, {},
                        feedback);
        if (!out) return out.error();
        if (out->exitCode != 0) {
            if (json && refusedJson(*out)) {
                m_json = 0;  // an older server: the text form from now on
                continue;
            }
            if (failed) *failed = *out;
            return QList<JobInfo>();
        }
        if (json) m_json = 1;
        Base::Result<QList<JobInfo>> jobs =
            json ? PbsOutput::parseQstatJson(out->standardOutput, m_host->displayName())
                 : PbsOutput::parseQstatText(QString::fromUtf8(out->standardOutput), m_host->displayName());
        if (!jobs && json) {
            // Some PBS Pro releases print job attributes (Variable_List, comments) without
            // escaping quotes or backslashes, which breaks the whole JSON document: the text
            // form of the same query still reads.
            textOnce = true;
            continue;
        }
        if (!jobs) return onHost(jobs.error(), *m_host);
        return jobs;
    }
}

Base::Result<JobInfo> PbsScheduler::status(const SubmittedJob& job, const Base::Feedback* feedback)
{
    const QString id = shellQuote(job.id);
    CommandOutput failed = nothingFailed();
    Base::Result<QList<JobInfo>> jobs = qstat(QStringLiteral("-f"), id, &failed, feedback);
    if (!jobs) return jobs.error();
    if (jobs->isEmpty()) {
        // "Job has finished, use -x or -H to obtain historical job information"
        if (JobFolder::saidSo(failed, u"has finished")) {
            failed = nothingFailed();
            jobs = qstat(QStringLiteral("-fx"), id, &failed, feedback);
            if (!jobs) return jobs.error();
        }
        if (jobs->isEmpty() && failed.exitCode != 0 && !JobFolder::saidSo(failed, u"Unknown Job Id")) {
            return JobFolder::commandError(Base::Error::Kind::Io, *m_host, QStringLiteral("qstat"), failed,
                                           tr("Cannot read the state of job %1 on %2").arg(job.id, m_host->displayName()));
        }
    }
    Base::Result<CommandOutput> folder = JobFolder::runChecked(*m_host, QStringLiteral("stat"), JobFolder::stateCommand(job.jobDir), {}, feedback);
    // The folder is an optional extra, but a cancelled call must not pass for an answer.
    if (Base::isCancelled(feedback)) return Base::Error::cancelled(m_host->displayName());
    const JobFolder::State state = folder ? JobFolder::parseState(folder->standardOutput) : JobFolder::State();
    const auto it = std::find_if(jobs->begin(), jobs->end(), [&](const JobInfo& j) { return j.id == job.id; });
    if (it == jobs->end()) {
        // Past the server's job history: the folder is all that is left.
        if (!folder) return folder.error();
        if (!state.exists) {
            return Base::Error(Base::Error::Kind::NotFound, m_host->displayName(),
                               tr("PBS no longer knows job %1 and its folder %2 is gone").arg(job.id, job.jobDir));
        }
        return JobFolder::infoFromState(state, job.id, m_profile.partition);
    }
    JobInfo info = *it;
    if (info.state == JobState::Unknown && state.exitCode) {
        // A finished job (F) without Exit_status, as array parents are: the folder knows.
        info = JobFolder::infoFromState(state, info.id, info.queue);
        info.name = it->name;
    }
    JobFolder::completeFromState(info, state);
    return info;
}

Base::Result<void> PbsScheduler::cancel(const SubmittedJob& job, const Base::Feedback* feedback)
{
    const QString command = QStringLiteral("d=%1\n"
                                           "if [ -d \"$d\" ] && [ ! -e \"$d/exit_code\" ]; then : > \"$d/cancelled\"; fi\n"
                                           "qdel %2")
                                .arg(shellQuote(job.jobDir), shellQuote(job.id));
    Base::Result<CommandOutput> out = m_host->run(command, {}, {}, feedback);
    if (!out) return out.error();
    if (out->exitCode != 0 && !JobFolder::saidSo(*out, u"has finished") && !JobFolder::saidSo(*out, u"Unknown Job Id")) {
        return JobFolder::commandError(Base::Error::Kind::Io, *m_host, QStringLiteral("qdel"), *out,
                                       tr("Cannot cancel job %1 on %2").arg(job.id, m_host->displayName()));
    }
    return {};
}

Base::Result<QList<JobInfo>> PbsScheduler::list(const Base::Feedback* feedback)
{
    // qselect names the user's jobs; set -f keeps array ids ("12[].server") from globbing.
    Base::Result<CommandOutput> ids =
        JobFolder::runChecked(*m_host, QStringLiteral("qselect"), QStringLiteral("qselect -u \"$(id -un)\""), {}, feedback);
    if (!ids) return ids.error();
    const QStringList idList = QString::fromUtf8(ids->standardOutput).split(u'\n', Qt::SkipEmptyParts);
    if (idList.isEmpty()) return QList<JobInfo>();
    QStringList quoted;
    for (const QString& id : idList) quoted << shellQuote(id.trimmed());
    CommandOutput failed = nothingFailed();
    Base::Result<QList<JobInfo>> jobs = qstat(QStringLiteral("-f"), quoted.join(u' '), &failed, feedback);
    if (!jobs) return jobs.error();
    // A job may end between qselect and qstat; any other failure is reported.
    if (failed.exitCode != 0 && !JobFolder::saidSo(failed, u"has finished") && !JobFolder::saidSo(failed, u"Unknown Job Id")) {
        return JobFolder::commandError(Base::Error::Kind::Io, *m_host, QStringLiteral("qstat"), failed,
                                       tr("Cannot list the jobs on %1").arg(m_host->displayName()));
    }
    return jobs;
}

}  // namespace Estran::Remote
