// SPDX-License-Identifier: GPL-3.0-or-later
#include "processrunner.h"

#include <QFile>
#include <QProcess>

#include <csignal>
#include <sys/prctl.h>
#include <sys/types.h>
#include <unistd.h>

namespace Estran::Remote::Detail {

namespace {

// Short waits keep cancellation responsive without spinning.
constexpr int kPollMs = 50;

void killTree(QProcess& process, bool group)
{
    const qint64 pid = process.processId();
    if (pid > 0) {
        if (group) ::kill(-static_cast<pid_t>(pid), SIGKILL);
        ::kill(static_cast<pid_t>(pid), SIGKILL);
    }
    process.waitForFinished(5000);
}

}  // namespace

ProcessOutcome runProcess(const ProcessSpec& spec, const QByteArray& input, const OutputSink& sink,
                          const Base::Feedback* feedback)
{
    ProcessOutcome outcome;
    QProcess process;
    process.setProgram(spec.program);
    process.setArguments(spec.arguments);
    process.setProcessEnvironment(spec.environment);
    if (!spec.workingDirectory.isEmpty()) process.setWorkingDirectory(spec.workingDirectory);
    process.setChildProcessModifier([group = spec.ownProcessGroup, endsWithCaller = spec.endsWithCaller] {
        // A process group of its own: cancel kills the pipeline the command started, not only bash.
        if (group) ::setpgid(0, 0);
        // Cleared by fork: a daemon the process starts (ssh -f's master) is not concerned.
        if (endsWithCaller) ::prctl(PR_SET_PDEATHSIG, SIGKILL);
    });
    if (!spec.standardErrorFile.isEmpty()) process.setStandardErrorFile(spec.standardErrorFile);
    process.start(QIODevice::ReadWrite);
    if (!process.waitForStarted(-1)) {
        outcome.startError = process.errorString();
        return outcome;
    }
    outcome.started = true;
    if (!input.isEmpty()) process.write(input);
    process.closeWriteChannel();  // after the pending input is written, the command sees EOF

    const auto drain = [&]() -> bool {
        const QByteArray chunk = process.readAllStandardOutput();
        if (chunk.isEmpty()) return true;
        if (sink) return sink(QByteArrayView(chunk));
        outcome.output.standardOutput += chunk;
        return true;
    };

    while (process.state() != QProcess::NotRunning) {
        if (Base::isCancelled(feedback)) {
            outcome.cancelled = true;
            killTree(process, spec.ownProcessGroup);
            break;
        }
        // Returns at once when stdout is already closed: then wait on the exit instead of spinning.
        if (!process.waitForReadyRead(kPollMs) && process.state() != QProcess::NotRunning)
            process.waitForFinished(kPollMs);
        if (!drain()) {
            outcome.stoppedBySink = true;
            killTree(process, spec.ownProcessGroup);
            break;
        }
    }
    if (!outcome.cancelled && !outcome.stoppedBySink) {
        process.waitForFinished(-1);
        if (!drain()) outcome.stoppedBySink = true;
    }
    if (spec.standardErrorFile.isEmpty()) {
        outcome.output.standardError = process.readAllStandardError();
    } else {
        QFile file(spec.standardErrorFile);
        if (file.open(QIODevice::ReadOnly)) outcome.output.standardError = file.readAll();
    }
    outcome.crashed = process.exitStatus() == QProcess::CrashExit;
    outcome.output.exitCode =
        (outcome.crashed || outcome.cancelled || outcome.stoppedBySink) ? -1 : process.exitCode();
    return outcome;
}

}  // namespace Estran::Remote::Detail
