// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

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

}  // namespace Estran::Remote
