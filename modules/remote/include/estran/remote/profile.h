// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "estran/base/result.h"
#include "estran/remote/remote_export.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace Estran::Remote {

/// Where and how jobs run: a JSON file documented in docs/remote-profiles.md. Holds no
/// secrets; passphrases and tokens live in the system keychain.
struct ESTRAN_REMOTE_EXPORT Profile {
    enum class Scheduler { Slurm, Pbs, Local };

    QString name;
    QString host;            ///< an ssh alias from ~/.ssh/config, or a host name
    Scheduler scheduler = Scheduler::Local;
    QString workDir;         ///< where job folders are created ($DATAWORK/estran on Datarmor)
    QString user;
    int port = 0;            ///< 0: ssh's default (or the alias's)
    QString identityFile;
    QString proxyJump;       ///< bastion(s), as ssh -J takes them
    QString sshConfig;       ///< a config file passed with -F
    QString partition;       ///< Slurm partition or PBS queue
    QString account;
    QString qos;
    QStringList setup;       ///< shell lines run before the job (module load ...)
    QString notes;           ///< shown to the user (e.g. "connect the Ifremer VPN first")

    /// "This computer": local processes, no scheduler, jobs under ~/.local/share/Estran/runs.
    /// The app's and estran-cli's embedded default, so both see the same jobs.
    static Profile thisComputer();

    /// Errors name `where` (the file) and the field.
    [[nodiscard]] static Base::Result<Profile> fromJson(const QJsonObject& json, const QString& where);
    [[nodiscard]] static Base::Result<Profile> load(const QString& path);
    QJsonObject toJson() const;

    /// ssh's arguments up to (not including) the remote command, the destination last; the
    /// user's ~/.ssh/config still applies (aliases, agents, Kerberos), and connections are
    /// multiplexed per profile. Host keys are checked strictly: an unknown key is refused, or,
    /// with `askUnknownHostKeys` (an askpass handler will show it), asked about; a changed key
    /// is always refused.
    QStringList sshArguments(const QString& controlPath, bool askUnknownHostKeys = false) const;
    static QString schedulerName(Scheduler scheduler);
};

}  // namespace Estran::Remote
