// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "estran/remote/askpass.h"
#include "estran/remote/profile.h"
#include "estran/remote/remotehost.h"

#include <QStringList>

#include <memory>

namespace Estran::Remote {

struct SshOptions {
    /// Where the ControlMaster sockets live (kept short: socket paths are limited to 108 bytes).
    QString controlDirectory;
    /// Relays passphrases, one-time codes and unknown host keys to the user. Unset: ssh asks on
    /// the terminal when there is one (estran-cli), and an unknown host key is refused.
    AskpassHandler askpass;
    /// The estran-askpass program ssh runs as SSH_ASKPASS; empty: next to the executable.
    QString askpassProgram;
    /// Appended to every ssh command line (tests pass -o UserKnownHostsFile=...).
    QStringList extraArguments;
    /// The keychain service (Net::CredentialStore) where passphrases and passwords the user
    /// asked to remember are kept, keyed "ssh:<profile host>:<prompt>"; empty: never use the
    /// keychain. Only prompts accepted by mayRememberSecret() are remembered.
    QString keychainService = QStringLiteral("Estran");
};

/// A cluster reached through the user's own OpenSSH client, so ~/.ssh/config, ProxyJump
/// bastions, agents, keys and Kerberos work exactly as in their terminal. One multiplexed
/// master connection per profile carries every command and transfer.
///
/// Command lines reach bash whatever the login shell is (csh included): they are sent base64-
/// encoded and decoded by a bash started by the login shell. Exit status 255 is ssh's own
/// failure and becomes an Error (Kind::Network) naming the host, with ssh's message as detail;
/// a command that itself exits with 255 is told apart by a mark its bash's EXIT trap prints on
/// stderr (removed from the result), unless the command replaces that trap.
/// The master connection is left running when the SshHost is destroyed (ControlPersist closes
/// it after 10 idle minutes), so the next session reuses it; disconnect() closes it at once.
class ESTRAN_REMOTE_EXPORT SshHost : public RemoteHost {
public:
    SshHost(Profile profile, SshOptions options);
    ~SshHost() override;

    QString displayName() const override;
    bool isLocal() const override { return false; }
    [[nodiscard]] Base::Result<CommandOutput> run(const QString& commandLine, const QByteArray& input = {},
                                                  const OutputSink& sink = {},
                                                  const Base::Feedback* feedback = nullptr) override;

    /// Opens the master connection (this is when prompts and host-key questions happen).
    /// run() connects on demand; calling this first lets a UI show "connecting" and errors early.
    [[nodiscard]] Base::Result<void> connect(const Base::Feedback* feedback = nullptr);
    /// Closes the master connection (ssh -O exit).
    void disconnect();
    bool isConnected() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

/// The host of a profile: this computer for scheduler "local" without a host, else SshHost.
ESTRAN_REMOTE_EXPORT std::shared_ptr<RemoteHost> createHost(const Profile& profile, const SshOptions& options);

}  // namespace Estran::Remote
