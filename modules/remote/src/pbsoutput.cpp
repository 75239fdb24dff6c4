// SPDX-License-Identifier: GPL-3.0-or-later
#include "estran/remote/pbsoutput.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QTimeZone>

namespace Estran::Remote {

namespace {

QString tr(const char* text) { return QCoreApplication::translate("Estran::Remote", text); }

/// PBS prints times as "Thu Jun 19 21:27:12 2025" in the server's local time; read as UTC,
/// which is what the servers this targets run in.
QDateTime pbsTime(const QString& text)
{
    QDateTime dt = QLocale::c().toDateTime(text.simplified(), QStringLiteral("ddd MMM d HH:mm:ss yyyy"));
    if (dt.isValid()) dt.setTimeZone(QTimeZone::utc());
    return dt;
}

// PBS exit statuses below 0 are the server's own (JOB_EXEC_*); 256+n means killed by signal n.
constexpr int kExecKillWalltime = -29;
constexpr int kKilledBySigterm = 256 + 15;  // qdel on a running job

Base::Error notJson(const QString& where, const QJsonParseError& error)
{
    return Base::Error(Base::Error::Kind::InvalidInput, where.isEmpty() ? QStringLiteral("qstat") : where,
                       QCoreApplication::translate("Estran::Remote", "qstat did not print valid JSON"), error.errorString());
}

/// "Header: id" blocks of "key = value" attributes, as `qstat -f` and `qstat -Q -f` print them.
/// PBS wraps long values at 80 columns; the rest follows on a line starting with a tab.
QList<std::pair<QString, QHash<QString, QString>>> attributeBlocks(const QString& text, const QString& header)
{
    QList<std::pair<QString, QHash<QString, QString>>> blocks;
    QString lastKey;
    for (const QString& line : text.split(u'\n')) {
        if (line.startsWith(header)) {
            blocks.append({line.mid(header.size()).trimmed(), {}});
            lastKey.clear();
            continue;
        }
        if (blocks.isEmpty() || line.trimmed().isEmpty()) continue;
        if (line.startsWith(u'\t') && !lastKey.isEmpty()) {
            blocks.last().second[lastKey] += line.mid(1).trimmed();
            continue;
        }
        const qsizetype eq = line.indexOf(QStringLiteral(" = "));
        if (eq <= 0) continue;
        lastKey = line.left(eq).trimmed();
        blocks.last().second.insert(lastKey, line.mid(eq + 3).trimmed());
    }
    return blocks;
}

}  // namespace

JobState PbsOutput::stateFrom(const QString& jobState, std::optional<int> exit)
{
    const QChar s = jobState.isEmpty() ? QChar(u'?') : jobState.at(0).toUpper();
    if (s == u'Q' || s == u'H' || s == u'W' || s == u'T' || s == u'S') return JobState::Queued;
    if (s == u'R' || s == u'E' || s == u'B' || s == u'U') return JobState::Running;
    if (s == u'F' || s == u'X') {
        if (!exit) return JobState::Unknown;
        if (*exit == 0) return JobState::Completed;
        if (*exit == kExecKillWalltime) return JobState::TimedOut;
        if (*exit == kKilledBySigterm || *exit == 128 + 15) return JobState::Cancelled;
        return JobState::Failed;
    }
    return JobState::Unknown;
}

Base::Result<QString> PbsOutput::parseSubmit(const QString& output)
{
    const QString text = output.trimmed();
    static const QRegularExpression id(QStringLiteral("^(\\d+(\\[\\d*\\])?(\\.[A-Za-z0-9_.-]+)?)$"));
    if (const auto m = id.match(text); m.hasMatch()) return m.captured(1);
    return Base::Error(Base::Error::Kind::InvalidInput, QStringLiteral("qsub"),
                       tr("Unexpected output from the scheduler"), text.left(200));
}

Base::Result<QList<JobInfo>> PbsOutput::parseQstatJson(const QByteArray& json, const QString& where)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        return notJson(where, error);
    }
    QList<JobInfo> jobs;
    const QJsonObject all = doc.object().value(QStringLiteral("Jobs")).toObject();
    for (auto it = all.begin(); it != all.end(); ++it) {
        const QJsonObject j = it.value().toObject();
        JobInfo job;
        job.id = it.key();
        job.name = j.value(QStringLiteral("Job_Name")).toString();
        job.queue = j.value(QStringLiteral("queue")).toString();
        if (j.contains(QStringLiteral("Exit_status"))) job.exitCode = j.value(QStringLiteral("Exit_status")).toInt();
        job.state = stateFrom(j.value(QStringLiteral("job_state")).toString(), job.exitCode);
        job.reason = j.value(QStringLiteral("comment")).toString();
        job.submitted = pbsTime(j.value(QStringLiteral("qtime")).toString());
        job.started = pbsTime(j.value(QStringLiteral("stime")).toString());
        job.ended = pbsTime(j.value(QStringLiteral("obittime")).toString());
        jobs.append(job);
    }
    return jobs;
}

Base::Result<QList<JobInfo>> PbsOutput::parseQstatText(const QString& text, const QString& where)
{
    QList<JobInfo> jobs;
    for (const auto& [id, a] : attributeBlocks(text, QStringLiteral("Job Id:"))) {
        JobInfo job;
        job.id = id;
        job.name = a.value(QStringLiteral("Job_Name"));
        job.queue = a.value(QStringLiteral("queue"));
        if (a.contains(QStringLiteral("Exit_status"))) job.exitCode = a.value(QStringLiteral("Exit_status")).toInt();
        job.state = stateFrom(a.value(QStringLiteral("job_state")), job.exitCode);
        job.reason = a.value(QStringLiteral("comment"));
        job.submitted = pbsTime(a.value(QStringLiteral("qtime")));
        job.started = pbsTime(a.value(QStringLiteral("stime")));
        job.ended = pbsTime(a.value(QStringLiteral("obittime")));
        jobs.append(job);
    }
    if (jobs.isEmpty() && !text.trimmed().isEmpty()) {
        return Base::Error(Base::Error::Kind::InvalidInput, where.isEmpty() ? QStringLiteral("qstat") : where,
                           tr("Unexpected output from the scheduler"), text.left(200));
    }
    return jobs;
}

Base::Result<QList<PbsQueue>> PbsOutput::parseQueuesJson(const QByteArray& json, const QString& where)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) return notJson(where, error);
    QList<PbsQueue> queues;
    const QJsonObject all = doc.object().value(QStringLiteral("Queue")).toObject();
    for (auto it = all.begin(); it != all.end(); ++it) {
        const QJsonObject q = it.value().toObject();
        PbsQueue queue;
        queue.name = it.key();
        queue.type = q.value(QStringLiteral("queue_type")).toString();
        queue.enabled = q.value(QStringLiteral("enabled")).toString() == u"True";
        queue.started = q.value(QStringLiteral("started")).toString() == u"True";
        queue.maxWalltime = q.value(QStringLiteral("resources_max")).toObject().value(QStringLiteral("walltime")).toString();
        queue.totalJobs = q.value(QStringLiteral("total_jobs")).toInt();
        queues.append(queue);
    }
    return queues;
}

Base::Result<QList<PbsQueue>> PbsOutput::parseQueuesText(const QString& text, const QString& where)
{
    QList<PbsQueue> queues;
    for (const auto& [name, a] : attributeBlocks(text, QStringLiteral("Queue:"))) {
        PbsQueue queue;
        queue.name = name;
        queue.type = a.value(QStringLiteral("queue_type"));
        queue.enabled = a.value(QStringLiteral("enabled")) == u"True";
        queue.started = a.value(QStringLiteral("started")) == u"True";
        queue.maxWalltime = a.value(QStringLiteral("resources_max.walltime"));
        queue.totalJobs = a.value(QStringLiteral("total_jobs")).toInt();
        queues.append(queue);
    }
    if (queues.isEmpty() && !text.trimmed().isEmpty()) {
        return Base::Error(Base::Error::Kind::InvalidInput, where.isEmpty() ? QStringLiteral("qstat -Q") : where,
                           tr("Unexpected output from the scheduler"), text.left(200));
    }
    return queues;
}

QString PbsOutput::versionFromJson(const QByteArray& json)
{
    return QJsonDocument::fromJson(json).object().value(QStringLiteral("pbs_version")).toString();
}

}  // namespace Estran::Remote
