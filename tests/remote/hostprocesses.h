// SPDX-License-Identifier: GPL-3.0-or-later
// Processes of this machine, for tests that check a command is really gone (the rig's hosts are
// this machine too, so a process on the "host" is visible here).
#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QFile>
#include <QList>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QThread>

namespace HostProcesses {

/// Whether `pid` exists and has not ended (a zombie counts as ended).
inline bool running(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (pid <= 0 || !stat.open(QIODevice::ReadOnly)) return false;
    // "pid (comm) state ...": the state follows the last ')'.
    const QByteArray text = stat.readAll();
    const qsizetype close = text.lastIndexOf(')');
    return close > 0 && text.size() > close + 2 && text.at(close + 2) != 'Z';
}

/// The pids among `pids` still running.
inline QList<qint64> stillRunning(const QList<qint64>& pids)
{
    QList<qint64> left;
    for (qint64 pid : pids) {
        if (running(pid)) left << pid;
    }
    return left;
}

/// Waits until none of `pids` runs or `timeoutMs` passed; returns the milliseconds waited, or -1
/// when some still run at the end.
inline qint64 waitUntilGone(const QList<qint64>& pids, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!stillRunning(pids).isEmpty()) {
        if (timer.elapsed() > timeoutMs) return -1;
        QThread::msleep(20);
    }
    return timer.elapsed();
}

/// Pids printed one per line (as `echo $!` does).
inline QList<qint64> parsePids(const QByteArray& text)
{
    QList<qint64> pids;
    for (const QByteArray& line : text.split('\n')) {
        bool ok = false;
        const qint64 pid = line.trimmed().toLongLong(&ok);
        if (ok && pid > 0) pids << pid;
    }
    return pids;
}

/// Starts this test program again as `child`, running only the disabled test `test` (one that
/// starts a long command and writes its pids, one per line, to $ESTRAN_TEST_PID_FILE), with
/// `environment` added; returns the pids once `count` of them are written, or fewer after
/// `timeoutMs`.
inline QList<qint64> startChildCommand(QProcess& child, const QString& test, const QString& pidFile,
                                       const QProcessEnvironment& environment, int count, int timeoutMs)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(environment);
    env.insert(QStringLiteral("ESTRAN_TEST_PID_FILE"), pidFile);
    child.setProcessEnvironment(env);
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QFile::symLinkTarget(QStringLiteral("/proc/self/exe")),
                {QStringLiteral("--gtest_filter=") + test, QStringLiteral("--gtest_also_run_disabled_tests")});
    QList<qint64> pids;
    if (!child.waitForStarted()) return pids;
    QElapsedTimer timer;
    timer.start();
    while (pids.size() < count && timer.elapsed() < timeoutMs) {
        QThread::msleep(20);
        QFile f(pidFile);
        if (f.open(QIODevice::ReadOnly)) pids = parsePids(f.readAll());
    }
    return pids;
}

}  // namespace HostProcesses
