// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "estran/base/feedback.h"
#include "estran/base/result.h"
#include "estran/remote/remote_export.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <functional>

namespace Estran::Remote {

/// What a command printed and how it ended.
struct CommandOutput {
    int exitCode = -1;
    QByteArray standardOutput;  ///< empty when a sink received it
    QByteArray standardError;
};

/// Receives a command's standard output as it arrives; returns false to stop the command (run()
/// then kills it and returns its output with exitCode -1).
using OutputSink = std::function<bool(QByteArrayView chunk)>;

/// The machine where a profile's jobs run: this computer, or a cluster reached with the user's
/// own OpenSSH client. One primitive, run(), carries everything else (scheduler commands, file
/// listing, transfers), so every path exercised on one host kind is exercised on the other.
///
/// Command lines are bash: implementations make sure bash runs them whatever the login shell is
/// (Datarmor's is csh). Every value put in a command line goes through shellQuote().
/// Blocking: call from a worker thread. Implementations are thread-safe.
class ESTRAN_REMOTE_EXPORT RemoteHost {
public:
    virtual ~RemoteHost();

    /// For messages: "this computer", "trex", "datarmor.ifremer.fr".
    virtual QString displayName() const = 0;
    virtual bool isLocal() const = 0;

    /// Runs `commandLine` with bash on the host; `input` is written to its standard input.
    /// When `sink` is set, standard output goes there as it arrives instead of into the result.
    /// A connection that cannot be made is an error (Kind::Network) naming the host and ssh's
    /// reason; a command that runs and fails is a result with its exit code. A cancelled Feedback
    /// kills the command and returns Error::Kind::Cancelled.
    [[nodiscard]] virtual Base::Result<CommandOutput> run(const QString& commandLine, const QByteArray& input = {},
                                                          const OutputSink& sink = {},
                                                          const Base::Feedback* feedback = nullptr) = 0;
};

/// Quotes one value for a POSIX shell command line: 'it'\''s' (safe for any bytes).
ESTRAN_REMOTE_EXPORT QString shellQuote(const QString& value);

}  // namespace Estran::Remote
