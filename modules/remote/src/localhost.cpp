// SPDX-License-Identifier: GPL-3.0-or-later
#include "estran/remote/localhost.h"

#include "commandwatchdog.h"
#include "processrunner.h"

#include <QCoreApplication>
#include <QDir>

namespace Estran::Remote {

namespace {
QString tr(const char* text) { return QCoreApplication::translate("Estran::Remote", text); }
}  // namespace

QString LocalHost::displayName() const { return tr("this computer"); }

Base::Result<CommandOutput> LocalHost::run(const QString& commandLine, const QByteArray& input,
                                           const OutputSink& sink, const Base::Feedback* feedback)
{
    Detail::ProcessSpec spec;
    spec.program = QStringLiteral("/bin/bash");
    // The command line is the supervisor's argument, never part of its text. Under the watchdog
    // (commandwatchdog.h) the command's process group ends even when this application dies
    // without killing it (a crash, a kill -9): its standard output then has no reader.
    spec.arguments = {QStringLiteral("-c"),
                      QStringLiteral("estran_command=$1 && set -- && { %1; }").arg(Detail::supervisedCommand()),
                      QStringLiteral("estran"), commandLine};
    // Same starting folder as an ssh session, so relative paths mean the same on both hosts.
    spec.workingDirectory = QDir::homePath();
    Detail::ProcessOutcome outcome = Detail::runProcess(spec, input, sink, feedback);
    if (!outcome.started)
        return Base::Error(Base::Error::Kind::Io, displayName(), tr("Cannot start bash"), outcome.startError);
    if (outcome.cancelled) return Base::Error::cancelled(displayName());
    Detail::dropSupervisorWarnings(outcome.output.standardError);
    return std::move(outcome.output);
}

}  // namespace Estran::Remote
