// SPDX-License-Identifier: GPL-3.0-or-later
#include "cliutil.h"
#include "commands.h"

#include "estran/remote/localjobrunner.h"
#include "estran/remote/profile.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QThread>

#include <cstdio>

using namespace Estran;

namespace {

const QString kCommand = QStringLiteral("remote");

QString expandHome(QString path)
{
    if (path.startsWith(u"~/")) path = QDir::homePath() + path.mid(1);
    return path;
}

QJsonObject jobJson(const Remote::JobInfo& job, const QString& id)
{
    QJsonObject o{{QStringLiteral("id"), id}, {QStringLiteral("state"), Remote::jobStateName(job.state)}};
    o.insert(QStringLiteral("exit_code"), job.exitCode ? QJsonValue(*job.exitCode) : QJsonValue(QJsonValue::Null));
    o.insert(QStringLiteral("reason"), job.reason);
    return o;
}

/// Copies files the job has finished writing: a file counts as complete once the job ended,
/// or when its size and time have not changed since the previous look.
class ResultFetcher {
public:
    ResultFetcher(QString from, QString to) : m_from(std::move(from)), m_to(std::move(to)) {}
    Base::Result<void> poll(bool jobEnded)
    {
        const QFileInfoList files = QDir(m_from).entryInfoList(QDir::Files);
        for (const QFileInfo& f : files) {
            const QString key = f.fileName();
            const QPair<qint64, qint64> seen{f.size(), f.lastModified().toMSecsSinceEpoch()};
            const bool stable = m_previous.value(key) == seen;
            m_previous.insert(key, seen);
            if ((!stable && !jobEnded) || m_copied.value(key) == seen) continue;
            const QString target = QDir(m_to).filePath(key);
            const QString part = target + QStringLiteral(".part");
            QFile::remove(part);
            if (!QFile::copy(f.filePath(), part) || (QFile::exists(target) && !QFile::remove(target)) ||
                !QFile::rename(part, target)) {
                return Base::Error(Base::Error::Kind::Io, target, Cli::tr("Cannot bring the result file back"));
            }
            m_copied.insert(key, seen);
            Cli::printErr(Cli::tr("result: %1").arg(target));
        }
        return {};
    }

private:
    QString m_from, m_to;
    QHash<QString, QPair<qint64, qint64>> m_previous, m_copied;
};

int follow(const QString& jobDir, const QString& fetchDir, bool json, const QString& id)
{
    QFile out(Remote::LocalJobRunner::stdoutPath(jobDir));
    std::optional<ResultFetcher> fetcher;
    if (!fetchDir.isEmpty()) fetcher.emplace(Remote::LocalJobRunner::outputDir(jobDir), fetchDir);
    for (;;) {
        Base::Result<Remote::JobInfo> job = Remote::LocalJobRunner::status(jobDir);
        if (!job) return Cli::fail(job.error());
        // Lines are printed as the job writes them (checked every 200 ms).
        if (out.isOpen() || out.open(QIODevice::ReadOnly)) {
            const QByteArray bytes = out.readAll();
            if (!bytes.isEmpty() && !json) {
                std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
                std::fflush(stdout);
            }
        }
        if (fetcher) {
            if (auto r = fetcher->poll(job->isFinished()); !r) return Cli::fail(r.error());
        }
        if (job->isFinished()) {
            if (json) Cli::printJson(QJsonDocument(jobJson(*job, id)));
            if (job->state != Remote::JobState::Completed) {
                QFile err(Remote::LocalJobRunner::stderrPath(jobDir));
                if (err.open(QIODevice::ReadOnly)) std::fputs(err.readAll().right(4000).constData(), stderr);
                return Cli::fail(Base::Error(Base::Error::Kind::InvalidInput, id,
                                             Cli::tr("The job ended %1").arg(Remote::jobStateName(job->state)),
                                             job->exitCode ? Cli::tr("exit code %1").arg(*job->exitCode) : job->reason));
            }
            return 0;
        }
        QThread::msleep(200);
    }
}

}  // namespace

int runRemoteCommand(const QStringList& args)
{
    const QString action = args.value(0);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Run and follow jobs. Actions: submit, status ID, cancel ID, list. This version runs jobs on "
           "\"local\" profiles (this computer); Slurm and PBS profiles need the SSH transport, not built yet."));
    const QCommandLineOption profileOpt(QStringLiteral("profile"), Cli::tr("Profile file (JSON, see docs/remote-profiles.md)."), Cli::tr("FILE"));
    const QCommandLineOption scriptOpt(QStringLiteral("script"), Cli::tr("Job script to run (bash)."), Cli::tr("JOB.sh"));
    const QCommandLineOption followOpt(QStringLiteral("follow"), Cli::tr("Print the job's output as it is written; exit 0 only if the job completed."));
    const QCommandLineOption fetchOpt(QStringLiteral("fetch"), Cli::tr("Bring files written to $ESTRAN_OUTPUT_DIR into DIR as each is completed."), Cli::tr("DIR"));
    const QCommandLineOption jsonOpt(QStringLiteral("json"), Cli::tr("Print JSON."));
    parser.addOptions({profileOpt, scriptOpt, followOpt, fetchOpt, jsonOpt});
    parser.addPositionalArgument(QStringLiteral("ACTION"), Cli::tr("submit, status, cancel or list"));
    int exitCode = 0;
    if (!Cli::parseArguments(parser, kCommand, args, exitCode)) return exitCode;
    if (!parser.isSet(profileOpt)) return Cli::usageError(kCommand, Cli::tr("--profile FILE is required"));
    Base::Result<Remote::Profile> profile = Remote::Profile::load(parser.value(profileOpt));
    if (!profile) return Cli::fail(profile.error());
    if (profile->scheduler != Remote::Profile::Scheduler::Local) {
        return Cli::fail(Base::Error(Base::Error::Kind::Unsupported, parser.value(profileOpt),
                                     Cli::tr("%1 profiles need the SSH transport, which this version does not have yet")
                                         .arg(Remote::Profile::schedulerName(profile->scheduler))));
    }
    const QString workDir = expandHome(profile->workDir);
    const bool json = parser.isSet(jsonOpt);
    const QStringList positional = parser.positionalArguments();

    if (action == u"submit") {
        if (!parser.isSet(scriptOpt)) return Cli::usageError(kCommand, Cli::tr("submit needs --script JOB.sh"));
        QFile script(parser.value(scriptOpt));
        if (!script.open(QIODevice::ReadOnly))
            return Cli::fail(Base::Error(Base::Error::Kind::NotFound, script.fileName(), Cli::tr("Cannot read the script"), script.errorString()));
        const QString id = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz"));
        const QString jobDir = QDir(workDir).filePath(id);
        Base::Result<QString> started = Remote::LocalJobRunner::submit(jobDir, script.readAll(), profile->setup);
        if (!started) return Cli::fail(started.error());
        if (parser.isSet(fetchOpt) && !QDir().mkpath(parser.value(fetchOpt)))
            return Cli::fail(Base::Error(Base::Error::Kind::Io, parser.value(fetchOpt), Cli::tr("Cannot create the folder")));
        if (!parser.isSet(followOpt)) {
            if (json) Cli::printJson(QJsonDocument(QJsonObject{{QStringLiteral("id"), id}}));
            else Cli::printOut(id);
            return 0;
        }
        if (!json) Cli::printErr(Cli::tr("job %1 submitted").arg(id));
        return follow(jobDir, parser.value(fetchOpt), json, id);
    }
    if (action == u"status" || action == u"cancel") {
        if (positional.size() < 2) return Cli::usageError(kCommand, Cli::tr("%1 needs a job ID").arg(action));
        const QString id = positional.at(1);
        const QString jobDir = QDir(workDir).filePath(id);
        if (action == u"cancel") {
            if (auto r = Remote::LocalJobRunner::cancel(jobDir); !r) return Cli::fail(r.error());
        }
        Base::Result<Remote::JobInfo> job = Remote::LocalJobRunner::status(jobDir);
        if (!job) return Cli::fail(job.error());
        if (json) Cli::printJson(QJsonDocument(jobJson(*job, id)));
        else Cli::printOut(QStringLiteral("%1 %2").arg(id, Remote::jobStateName(job->state)));
        return 0;
    }
    if (action == u"list") {
        QJsonArray jobs;
        for (const QString& id : QDir(workDir).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
            Base::Result<Remote::JobInfo> job = Remote::LocalJobRunner::status(QDir(workDir).filePath(id));
            if (!job) continue;  // not a job folder
            if (json) jobs.append(jobJson(*job, id));
            else Cli::printOut(QStringLiteral("%1 %2").arg(id, Remote::jobStateName(job->state)));
        }
        if (json) Cli::printJson(QJsonDocument(jobs));
        return 0;
    }
    return Cli::usageError(kCommand, Cli::tr("unknown action \"%1\": use submit, status, cancel or list").arg(action));
}
