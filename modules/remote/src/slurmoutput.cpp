// SPDX-License-Identifier: GPL-3.0-or-later
#include "estran/remote/slurmoutput.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

#include <algorithm>

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

/// Key=Value pairs of one `scontrol -o` line. Values may hold spaces (Reason, Command), so a
/// value runs up to the next " Key=" rather than the next space.
QHash<QString, QString> keyValues(const QString& line)
{
    static const QRegularExpression key(QStringLiteral("(?:^|\\s)([A-Za-z][A-Za-z0-9_/:]*)="));
    QHash<QString, QString> values;
    QRegularExpressionMatchIterator it = key.globalMatch(line);
    QString name;
    qsizetype valueStart = -1;
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        if (valueStart >= 0) values.insert(name, line.mid(valueStart, m.capturedStart(0) - valueStart).trimmed());
        name = m.captured(1);
        valueStart = m.capturedEnd(0);
    }
    if (valueStart >= 0) values.insert(name, line.mid(valueStart).trimmed());
    return values;
}

std::optional<int> exitCodeFrom(const QString& codeColonSignal)
{
    if (codeColonSignal.isEmpty()) return std::nullopt;
    const QStringList parts = codeColonSignal.split(u':');
    const int code = parts.value(0).toInt(), signal = parts.value(1).toInt();
    return signal != 0 ? 128 + signal : code;
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
        if (job.isFinished()) job.exitCode = exitCodeFrom(f[AExit]);
        job.submitted = epoch(f[ASubmit]);
        job.started = epoch(f[AStart]);
        job.ended = epoch(f[AEnd]);
        jobs.append(job);
    }
    return jobs;
}

Base::Result<QList<JobInfo>> SlurmOutput::parseScontrolJobs(const QString& output)
{
    QList<JobInfo> jobs;
    for (const QString& line : output.split(u'\n', Qt::SkipEmptyParts)) {
        const QHash<QString, QString> v = keyValues(line);
        if (!v.contains(QStringLiteral("JobId")) || !v.contains(QStringLiteral("JobState")))
            return malformed(QStringLiteral("scontrol show job"), line);
        JobInfo job;
        job.id = v.value(QStringLiteral("JobId"));
        job.name = v.value(QStringLiteral("JobName"));
        job.queue = v.value(QStringLiteral("Partition"));
        job.state = stateFromText(v.value(QStringLiteral("JobState")));
        const QString reason = v.value(QStringLiteral("Reason"));
        if (reason != u"None") job.reason = reason;
        if (job.isFinished()) job.exitCode = exitCodeFrom(v.value(QStringLiteral("ExitCode")));
        job.submitted = epoch(v.value(QStringLiteral("SubmitTime")));
        job.started = epoch(v.value(QStringLiteral("StartTime")));
        job.ended = job.isFinished() ? epoch(v.value(QStringLiteral("EndTime"))) : QDateTime();
        jobs.append(job);
    }
    return jobs;
}

Base::Result<QList<SlurmPartition>> SlurmOutput::parseScontrolPartitions(const QString& output)
{
    QList<SlurmPartition> partitions;
    for (const QString& line : output.split(u'\n', Qt::SkipEmptyParts)) {
        const QHash<QString, QString> v = keyValues(line);
        if (!v.contains(QStringLiteral("PartitionName"))) return malformed(QStringLiteral("scontrol show partition"), line);
        SlurmPartition p;
        p.name = v.value(QStringLiteral("PartitionName"));
        p.isDefault = v.value(QStringLiteral("Default")) == u"YES";
        p.hidden = v.value(QStringLiteral("Hidden")) == u"YES";
        p.state = v.value(QStringLiteral("State"));
        p.maxTime = v.value(QStringLiteral("MaxTime"));
        p.nodes = v.value(QStringLiteral("TotalNodes")).toInt();
        p.cpus = v.value(QStringLiteral("TotalCPUs")).toInt();
        partitions.append(p);
    }
    return partitions;
}

QString SlurmOutput::sinfoPartitionFormat() { return QStringLiteral("%P|%a|%l|%D|%c"); }

Base::Result<QList<SlurmPartition>> SlurmOutput::parseSinfoPartitions(const QString& output)
{
    QList<SlurmPartition> partitions;
    for (const QString& line : output.split(u'\n', Qt::SkipEmptyParts)) {
        const QStringList f = line.trimmed().split(u'|');
        if (f.size() < 5) return malformed(QStringLiteral("sinfo"), line);
        SlurmPartition p;
        p.name = f[0];
        p.isDefault = p.name.endsWith(u'*');
        if (p.isDefault) p.name.chop(1);
        p.state = f[1].toUpper();
        p.maxTime = f[2];
        p.nodes = f[3].toInt();
        p.cpus = f[4].toInt();
        // sinfo prints a partition once per node state; keep the first line of each.
        if (std::none_of(partitions.begin(), partitions.end(), [&](const SlurmPartition& q) { return q.name == p.name; }))
            partitions.append(p);
        else
            for (SlurmPartition& q : partitions) if (q.name == p.name) { q.nodes += p.nodes; q.cpus += p.cpus; }
    }
    return partitions;
}

}  // namespace Estran::Remote
