// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What makes a command end when nobody is listening any more (private to the remote module).
//
// An ssh session without a terminal gives its command no signal when the channel goes away (a
// cancelled run, a closed or crashed application, a dropped connection): sshd only closes the
// read end of the command's standard output (OpenSSH's multiplexing master sends "end of write"
// when its client dies), and a command that does not write, such as `sleep 300` or a checksum
// that prints only at its end, would run on to its end on the login node. Writing to find out
// would corrupt the output, and /proc of sshd is closed to users. GNU tail -f notices a reader
// that has gone without writing anything (it polls standard output for POLLERR, coreutils 8.28
// and later), so a watchdog runs `tail -f /dev/null` on the command's standard output beside it
// and, when tail dies of the closed pipe, stops the supervisor's whole process group (SIGTERM,
// then SIGKILL a second later). On this computer the same happens when the application dies
// without killing the command. Where tail cannot watch (older coreutils, BusyBox, no GNU --pid)
// the watchdog ends at once and commands run as before.

#include <QByteArray>
#include <QString>

namespace Estran::Remote::Detail {

/// Bash text (one line, no single quote and nothing csh would expand inside single quotes, so it
/// can travel inside the ssh bootstrap) that runs the command line held in the variable
/// `estran_command` with `bash -c` under the watchdog and exits with the command's status. The
/// supervising bash must lead its process group (sshd's setsid gives that on a host, the process
/// runner's setpgid here); when it does not, the watchdog's kill finds no group and does nothing.
QString supervisedCommand();

/// Removes the warning bash 5.2 now and then prints while the supervisor ends, under load
/// ("estran: line 1: wait_for: No record of process 1139"): it is the supervising bash's own,
/// not the command's, and must not reach the command's standard error.
void dropSupervisorWarnings(QByteArray& standardError);

}  // namespace Estran::Remote::Detail
