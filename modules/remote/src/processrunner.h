// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "estran/base/feedback.h"
#include "estran/remote/remotehost.h"

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace Estran::Remote::Detail {

/// One child process run to completion in the calling thread, without an event loop: its
/// standard output streamed to a sink, standard error collected, input written to stdin, and
/// killed (with its whole process group when it has one) on cancel.
struct ProcessSpec {
    QString program;
    QStringList arguments;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    QString workingDirectory;
    /// Its own process group, so cancelling kills what it started too. Off for an ssh that may
    /// prompt on the user's terminal (a background group reading the terminal is stopped).
    bool ownProcessGroup = true;
    /// Killed (SIGKILL) when the thread that started it ends, which it does only with the whole
    /// application (run() blocks that thread until the process ends): for ssh, whose client would
    /// otherwise outlive a crashed application and keep its channel, and so the remote command,
    /// open. Not for a local bash: its watchdog must see the pipe close, not the bash die first.
    bool endsWithCaller = false;
    /// Standard error to this file instead of a pipe (read back into the outcome at the end):
    /// for an ssh master, whose ProxyJump child outlives the call and would hold a pipe open.
    QString standardErrorFile;
};

struct ProcessOutcome {
    bool started = false;
    bool cancelled = false;      ///< the Feedback was cancelled and the process killed
    bool stoppedBySink = false;  ///< the sink returned false and the process was killed
    bool crashed = false;        ///< ended by a signal
    QString startError;
    CommandOutput output;
};

ProcessOutcome runProcess(const ProcessSpec& spec, const QByteArray& input, const OutputSink& sink,
                          const Base::Feedback* feedback);

}  // namespace Estran::Remote::Detail
