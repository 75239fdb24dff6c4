// SPDX-License-Identifier: GPL-3.0-or-later
#include "estran/remote/localjobrunner.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSaveFile>

#include <cerrno>
#include <csignal>
#include <cstring>

namespace Estran::Remote {

namespace {

QString tr(const char* text) { return QCoreApplication::translate("Estran::Remote", text); }

QByteArray readSmall(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.read(4096).trimmed() : QByteArray();
}

Base::Result<void> writeAtomically(const QString& path, const QByteArray& data)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size() || !f.commit())
        return Base::Error(Base::Error::Kind::Io, path, tr("Cannot write the job file"), f.errorString());
    return {};
}

}  // namespace

QString LocalJobRunner::outputDir(const QString& jobDir) { return QDir(jobDir).filePath(QStringLiteral("output")); }
QString LocalJobRunner::stdoutPath(const QString& jobDir) { return QDir(jobDir).filePath(QStringLiteral("stdout.log")); }
QString LocalJobRunner::stderrPath(const QString& jobDir) { return QDir(jobDir).filePath(QStringLiteral("stderr.log")); }

Base::Result<QString> LocalJobRunner::submit(const QString& jobDir, const QByteArray& script, const QStringList& setup)
{
    QDir dir(jobDir);
    if (dir.exists()) return Base::Error(Base::Error::Kind::InvalidInput, jobDir, tr("The job folder already exists"));
    if (!QDir().mkpath(outputDir(jobDir)))
        return Base::Error(Base::Error::Kind::Io, jobDir, tr("Cannot create the job folder"));
    if (auto r = writeAtomically(dir.filePath(QStringLiteral("job.sh")), script); !r) return r.error();
    // The wrapper is data, never a command line built from user text: every path is passed as
    // a positional argument, so spaces or quotes in the folder name cannot inject shell code.
    QByteArray wrapper = "#!/bin/bash\n";
    for (const QString& line : setup) wrapper += line.toUtf8() + '\n';
    wrapper += "cd \"$1\" || exit 1\n"
               "export ESTRAN_OUTPUT_DIR=\"$1/output\"\n"
               "bash ./job.sh > stdout.log 2> stderr.log\n"
               "echo $? > exit_code.part && mv exit_code.part exit_code\n";
    if (auto r = writeAtomically(dir.filePath(QStringLiteral("run.sh")), wrapper); !r) return r.error();

    qint64 pid = 0;
    // setsid: the job gets its own session and process group, so it survives the application
    // and can be cancelled as a whole group.
    QProcess process;
    process.setProgram(QStringLiteral("setsid"));
    process.setArguments({QStringLiteral("bash"), dir.filePath(QStringLiteral("run.sh")), dir.absolutePath()});
    process.setStandardInputFile(QProcess::nullDevice());
    process.setStandardOutputFile(QProcess::nullDevice());
    process.setStandardErrorFile(QProcess::nullDevice());
    process.setWorkingDirectory(dir.absolutePath());
    if (!process.startDetached(&pid) || pid <= 0)
        return Base::Error(Base::Error::Kind::Io, jobDir, tr("Cannot start the job"), process.errorString());
    if (auto r = writeAtomically(dir.filePath(QStringLiteral("pid")), QByteArray::number(pid)); !r) return r.error();
    return QString::number(pid);
}

Base::Result<JobInfo> LocalJobRunner::status(const QString& jobDir)
{
    const QDir dir(jobDir);
    if (!dir.exists(QStringLiteral("job.sh")))
        return Base::Error(Base::Error::Kind::NotFound, jobDir, tr("No job in this folder"));
    JobInfo job;
    job.id = QString::fromLatin1(readSmall(dir.filePath(QStringLiteral("pid"))));
    job.name = dir.dirName();
    job.queue = QStringLiteral("local");
    job.submitted = QFileInfo(dir.filePath(QStringLiteral("job.sh"))).birthTime().toUTC();
    if (!job.submitted.isValid()) job.submitted = QFileInfo(dir.filePath(QStringLiteral("job.sh"))).lastModified().toUTC();
    const bool cancelled = dir.exists(QStringLiteral("cancelled"));
    if (dir.exists(QStringLiteral("exit_code"))) {
        bool ok = false;
        const int code = readSmall(dir.filePath(QStringLiteral("exit_code"))).toInt(&ok);
        job.exitCode = ok ? code : -1;
        job.ended = QFileInfo(dir.filePath(QStringLiteral("exit_code"))).lastModified().toUTC();
        job.state = cancelled ? JobState::Cancelled : (job.exitCode == 0 ? JobState::Completed : JobState::Failed);
        return job;
    }
    const qint64 pid = job.id.toLongLong();
    if (pid > 0 && (::kill(pid_t(pid), 0) == 0 || errno == EPERM)) {
        job.state = JobState::Running;
        return job;
    }
    // Gone without writing its status: killed (by cancel, or the machine rebooted).
    job.state = cancelled ? JobState::Cancelled : JobState::Failed;
    if (!cancelled) job.reason = tr("The job's process ended without recording an exit status");
    return job;
}

Base::Result<void> LocalJobRunner::cancel(const QString& jobDir)
{
    Base::Result<JobInfo> job = status(jobDir);
    if (!job) return job.error();
    if (job->isFinished()) return {};
    if (auto r = writeAtomically(QDir(jobDir).filePath(QStringLiteral("cancelled")), "1"); !r) return r;
    const pid_t group = pid_t(job->id.toLongLong());
    if (group > 0 && ::kill(-group, SIGTERM) != 0 && errno != ESRCH)
        return Base::Error(Base::Error::Kind::Io, jobDir, tr("Cannot stop the job"), QString::fromLocal8Bit(strerror(errno)));
    return {};
}

}  // namespace Estran::Remote
