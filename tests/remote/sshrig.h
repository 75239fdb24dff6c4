// SPDX-License-Identifier: GPL-3.0-or-later
// The loopback OpenSSH rig (rig/ssh-rig.sh) for the tests: a bastion sshd and a login sshd on
// free 127.0.0.1 ports, started once per test process and stopped when it exits.
#pragma once

#include "estran/remote/profile.h"
#include "estran/remote/sshhost.h"

#include <QString>

#include <gtest/gtest.h>

class SshRig {
public:
    /// Starts the rig on first use.
    static SshRig& instance();

    /// Empty when the rig runs; else why not (not root, sshd missing, start failed).
    QString unavailableReason() const { return m_reason; }
    /// The rig is required (ESTRAN_REQUIRE_RIGS=1, as in CI): a missing rig fails the test.
    static bool required();

    QString dir() const { return m_dir; }
    QString sshConfig() const { return m_dir + QStringLiteral("/ssh_config"); }
    int bastionPort() const { return m_bastionPort; }
    int loginPort() const { return m_loginPort; }
    QString readFile(const QString& name) const;  ///< a file of the rig's folder, trimmed

    /// A Slurm-kind profile (so createHost() gives an SshHost) for one of ssh_config's aliases.
    Estran::Remote::Profile profile(const QString& alias) const;
    /// Control sockets in the rig's folder, the built estran-askpass, no keychain.
    Estran::Remote::SshOptions options(Estran::Remote::AskpassHandler handler = {}) const;
    /// The SHA256 fingerprint of the login host's key, as ssh shows it.
    QString loginHostKeyFingerprint() const;
    /// How many connections the bastion has forwarded so far (from its DEBUG1 log).
    int bastionForwards() const;

    ~SshRig();

private:
    SshRig();
    QString m_dir;
    QString m_reason;
    int m_bastionPort = 0;
    int m_loginPort = 0;
};

/// Skips the test when the rig cannot run, or fails it when rigs are required.
#define ESTRAN_REQUIRE_SSH_RIG()                                                                  \
    do {                                                                                          \
        const QString why = SshRig::instance().unavailableReason();                               \
        if (!why.isEmpty()) {                                                                     \
            if (SshRig::required()) FAIL() << "ESTRAN_REQUIRE_RIGS=1 but " << why.toStdString(); \
            GTEST_SKIP() << why.toStdString();                                                    \
        }                                                                                         \
    } while (false)
