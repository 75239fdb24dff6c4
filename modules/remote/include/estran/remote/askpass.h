// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "estran/remote/remote_export.h"

#include <QString>

#include <functional>
#include <optional>

namespace Estran::Remote {

/// Something ssh asks the user while connecting, relayed from its SSH_ASKPASS program.
struct AskpassRequest {
    enum class Kind {
        Secret,   ///< a passphrase, password or one-time code (keyboard-interactive)
        HostKey,  ///< an unknown host key: `fingerprint` must be shown; the answer is "yes" or "no"
        Confirm   ///< any other yes/no question (SSH_ASKPASS_PROMPT=confirm)
    };
    Kind kind = Kind::Secret;
    QString host;         ///< the profile's host, for the dialog's title
    QString prompt;       ///< ssh's own text, shown as it is
    QString fingerprint;  ///< "SHA256:..." for Kind::HostKey
};

struct AskpassAnswer {
    QString text;
    bool remember = false;  ///< store a passphrase in the system keychain (never a one-time code)
};

/// Shows the request to the user and returns the answer; std::nullopt when the user refused.
/// Called on a worker thread; a GUI implementation hops to the GUI thread to show its dialog.
using AskpassHandler = std::function<std::optional<AskpassAnswer>(const AskpassRequest&)>;

/// Turns what ssh gave its SSH_ASKPASS program (the SSH_ASKPASS_PROMPT value, "" or "confirm",
/// and the prompt text) into a request: HostKey when the text asks about a host's authenticity
/// (with the "SHA256:..." fingerprint taken from it), Confirm for "confirm", else Secret.
ESTRAN_REMOTE_EXPORT AskpassRequest parseAskpassPrompt(const QString& host, const QString& sshPromptKind,
                                                       const QString& prompt);

/// Whether a secret prompt may be answered from the keychain: only a key passphrase ("Enter
/// passphrase for key ...") or a password ("Password:", "user@host's password:"), never a prompt
/// that mentions a code, token, OTP, PIN or one-time/verification value, which changes at each
/// login. A dialog shows its "remember" box only when this is true; SshHost ignores `remember`
/// otherwise.
ESTRAN_REMOTE_EXPORT bool mayRememberSecret(const AskpassRequest& request);

}  // namespace Estran::Remote
