// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "estran/remote/remotehost.h"

namespace Estran::Remote {

/// "This computer": runs command lines with the local bash, in the user's home folder like an
/// ssh login would. The command line is one argument of `bash -c` (no other shell parses it);
/// cancelling through the Feedback kills the command's whole process group. Thread-safe (each
/// call owns its process); blocking, so call from a worker thread.
class ESTRAN_REMOTE_EXPORT LocalHost final : public RemoteHost {
public:
    LocalHost() = default;

    QString displayName() const override;
    bool isLocal() const override { return true; }
    [[nodiscard]] Base::Result<CommandOutput> run(const QString& commandLine, const QByteArray& input = {},
                                                  const OutputSink& sink = {},
                                                  const Base::Feedback* feedback = nullptr) override;
};

}  // namespace Estran::Remote
