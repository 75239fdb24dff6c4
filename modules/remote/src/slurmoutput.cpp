// SPDX-License-Identifier: GPL-3.0-or-later
#include "estran/remote/slurmoutput.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

namespace Estran::Remote {

namespace {

QString tr(const char* text) { return QCoreApplication::translate("Estran::Remote", text); }

// Column positions in squeueFormat() / sacctFormat().
// Cluster and EndTime end in two separators ("Cluster:||"), so the fields after them shift by one.
enum SqueueColumn { QId = 0, QName = 6, QPartition = 8, QState = 10, QReason = 11, QSubmit = 13, QStart = 14, QEnd = 15, QColumns = 20 };
enum SacctColumn { AId = 0, AExit = 3, AName = 6, APartition = 8, AState = 10, AReason = 11, ASubmit = 13, AStart = 14, AEnd = 15, AColumns = 20 };

QDateTime epoch(const QString& text)
{
    bool ok = false;
    const qint64 seconds = text.trimmed().toLongLong(&ok);
    return ok && seconds > 0 ? QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC) : QDateTime();
}

Base::Error malformed(const QString& command, const QString& line)
{
    return Base::Error(Base::Error::Kind::InvalidInput, command,
                       tr("Unexpected output from the scheduler"), line.left(200));
}

}  // namespace

QString SlurmOutput::squeueFormat()
{
    return QStringLiteral("JobID:|,NumNodes:|,Cluster:||,GroupName:|,Account:|,Name:|,NodeList:|,Partition:|,"
                          "PriorityLong:|,State:|,Reason:|,TimeUsed:|,SubmitTime:|,StartTime:|,EndTime:||,"
                          "TimeLimit:|,UserName:|,WorkDir:");
}

QString SlurmOutput::sacctFormat()
{
    return QStringLiteral("JobID,AllocNodes,Cluster,ExitCode,Group,Account,JobName,NodeList,Partition,Priority,"
                          "State,Reason,ElapsedRaw,Submit,Start,End,Suspended,TimelimitRaw,User,WorkDir");
}

JobState SlurmOutput::stateFromText(const QString& text)
{
    // "CANCELLED by 1000" and "COMPLETED+" carry extras after the state word.
    const QString state = text.trimmed().section(u' ', 0, 0).remove(u'+').toUpper();
    static const QHash<QString, JobState> states{
        {QStringLiteral("PENDING"), JobState::Queued},       {QStringLiteral("REQUEUED"), JobState::Queued},
        {QStringLiteral("CONFIGURING"), JobState::Queued},   {QStringLiteral("SUSPENDED"), JobState::Queued},
        {QStringLiteral("RUNNING"), JobState::Running},      {QStringLiteral("COMPLETING"), JobState::Running},
        {QStringLiteral("COMPLETED"), JobState::Completed},  {QStringLiteral("CANCELLED"), JobState::Cancelled},
        {QStringLiteral("TIMEOUT"), JobState::TimedOut},     {QStringLiteral("DEADLINE"), JobState::TimedOut},
        {QStringLiteral("FAILED"), JobState::Failed},        {QStringLiteral("NODE_FAIL"), JobState::Failed},
        {QStringLiteral("OUT_OF_MEMORY"), JobState::Failed}, {QStringLiteral("BOOT_FAIL"), JobState::Failed},
        {QStringLiteral("PREEMPTED"), JobState::Failed},
    };
    return states.value(state, JobState::Unknown);
}

Base::Result<QString> SlurmOutput::parseSubmit(const QString& output)
{
    const QString text = output.trimmed();
    static const QRegularExpression parsable(QStringLiteral("^(\\d+)(;\\S+)?$"));
    static const QRegularExpression plain(QStringLiteral("Submitted batch job (\\d+)"));
    if (const auto m = parsable.match(text); m.hasMatch()) return m.captured(1);
    if (const auto m = plain.match(text); m.hasMatch()) return m.captured(1);
    return malformed(QStringLiteral("sbatch"), text);
}

Base::Result<QList<JobInfo>> SlurmOutput::parseSqueue(const QString& output)
{
    QList<JobInfo> jobs;
    for (const QString& line : output.split(u'\n', Qt::SkipEmptyParts)) {
        const QStringList f = line.split(u'|');
        if (f.size() < QColumns) return malformed(QStringLiteral("squeue"), line);
        JobInfo job;
        job.id = f[QId].trimmed();
        job.name = f[QName];
        job.queue = f[QPartition];
        job.state = stateFromText(f[QState]);
        if (f[QReason] != u"None") job.reason = f[QReason];
        job.submitted = epoch(f[QSubmit]);
        job.started = epoch(f[QStart]);
        job.ended = job.isFinished() ? epoch(f[QEnd]) : QDateTime();
        jobs.append(job);
    }
    return jobs;
}

Base::Result<QList<JobInfo>> SlurmOutput::parseSacct(const QString& output)
{
    QList<JobInfo> jobs;
    for (const QString& line : output.split(u'\n', Qt::SkipEmptyParts)) {
        const QStringList f = line.split(u'|');
        if (f.size() < AColumns) return malformed(QStringLiteral("sacct"), line);
        if (f[AId].contains(u'.')) continue;  // a step (.batch, .extern, .0) of the job above
        JobInfo job;
        job.id = f[AId];
        job.name = f[AName];
        job.queue = f[APartition];
        job.state = stateFromText(f[AState]);
        if (f[AReason] != u"None") job.reason = f[AReason];
        // ExitCode is "code:signal"; a signal means the job was killed.
        const QStringList exit = f[AExit].split(u':');
        if (!f[AExit].isEmpty() && job.isFinished()) {
            const int code = exit.value(0).toInt(), signal = exit.value(1).toInt();
            job.exitCode = signal != 0 ? 128 + signal : code;
        }
        job.submitted = epoch(f[ASubmit]);
        job.started = epoch(f[AStart]);
        job.ended = epoch(f[AEnd]);
        jobs.append(job);
    }
    return jobs;
}

}  // namespace Estran::Remote
