// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The single-node Slurm of tests/remote/rig/slurm-rig.sh, shared by the test processes that
// need it: each one "acquires" it (started if needed, in well under a second) and "releases" it
// at exit; the last user stops it. SLURM_CONF is put in this process's environment, which
// LocalHost (and an sshd this process starts) hands to every Slurm command.

#include <QCoreApplication>
#include <QProcess>
#include <QString>

#include <gtest/gtest.h>

#include <unistd.h>

namespace SlurmRig {

inline QString script() { return QStringLiteral(ESTRAN_SOURCE_DIR "/tests/remote/rig/slurm-rig.sh"); }

inline bool required() { return qEnvironmentVariable("ESTRAN_REQUIRE_RIGS") == u"1"; }

struct State {
    bool acquired = false;
    QString why;  ///< why the rig is not there
    qint64 startMs = -1;
};

inline State& state()
{
    static State s;
    return s;
}

inline void acquire()
{
    State& s = state();
    if (s.acquired || !s.why.isEmpty()) return;
    if (::geteuid() != 0) {
        s.why = QStringLiteral("the Slurm rig needs root (slurmd runs jobs as their users)");
        return;
    }
    QProcess p;
    QElapsedTimer timer;
    timer.start();
    p.start(QStringLiteral("/bin/bash"), {script(), QStringLiteral("acquire"), QString::number(::getpid())});
    if (!p.waitForFinished(60000) || p.exitCode() != 0) {
        s.why = QStringLiteral("slurm-rig.sh acquire failed: ") + QString::fromUtf8(p.readAllStandardError());
        return;
    }
    s.startMs = timer.elapsed();
    for (const QByteArray& line : p.readAllStandardOutput().split('\n'))
        if (line.startsWith("SLURM_CONF=")) qputenv("SLURM_CONF", line.mid(11));
    if (qgetenv("SLURM_CONF").isEmpty()) {
        s.why = QStringLiteral("slurm-rig.sh printed no SLURM_CONF");
        return;
    }
    s.acquired = true;
}

inline void release()
{
    State& s = state();
    if (!s.acquired) return;
    QProcess p;
    p.start(QStringLiteral("/bin/bash"), {script(), QStringLiteral("release"), QString::number(::getpid())});
    p.waitForFinished(60000);
    s.acquired = false;
}

}  // namespace SlurmRig

/// Skips (or fails, when CI sets ESTRAN_REQUIRE_RIGS=1) a test when the rig is not there.
#define ESTRAN_REQUIRE_SLURM_RIG()                                                                   \
    do {                                                                                             \
        SlurmRig::acquire();                                                                         \
        if (!SlurmRig::state().acquired) {                                                           \
            if (SlurmRig::required()) FAIL() << SlurmRig::state().why.toStdString();                 \
            GTEST_SKIP() << SlurmRig::state().why.toStdString();                                     \
        }                                                                                            \
    } while (false)
