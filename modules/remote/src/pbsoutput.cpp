// SPDX-License-Identifier: GPL-3.0-or-later
#include "estran/remote/pbsoutput.h"

#include <QCoreApplication>
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
        return Base::Error(Base::Error::Kind::InvalidInput, where.isEmpty() ? QStringLiteral("qstat") : where,
                           tr("qstat did not print valid JSON"), error.errorString());
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

}  // namespace Estran::Remote
