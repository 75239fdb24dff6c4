// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandwatchdog.h"

#include <QRegularExpression>

namespace Estran::Remote::Detail {

QString supervisedCommand()
{
    // The command runs in the foreground so that it keeps the standard input. The watchdog
    // subshell ends tail when the command is over (its TERM trap); tail's own --pid ends it too,
    // within 0.1 s, should that TERM arrive before the trap is set: a tail left behind would hold
    // the channel open. A tail that ends for any other reason than the closed pipe (status 141,
    // SIGPIPE) stops nothing. Once it stops the group, the watchdog ignores SIGTERM so that it
    // lives to send SIGKILL to what did not end. The supervisor reaps the watchdog it stopped
    // before exiting, so no child is left for bash to look for while it exits.
    return QStringLiteral(
        "( trap \"exit 0\" TERM; tail -f -s 0.1 --pid=$$ /dev/null </dev/null 2>/dev/null & estran_tail=$!; "
        "trap \"kill $estran_tail 2>/dev/null; exit 0\" TERM; wait $estran_tail; [ $? = 141 ] || exit 0; "
        "trap \"\" TERM; kill -TERM -- -$$ 2>/dev/null; sleep 1; kill -KILL -- -$$ 2>/dev/null ) </dev/null 2>/dev/null & "
        "estran_watchdog=$!; bash -c \"$estran_command\" estran; estran_status=$?; "
        "kill $estran_watchdog 2>/dev/null; wait $estran_watchdog 2>/dev/null; exit $estran_status");
}

void dropSupervisorWarnings(QByteArray& standardError)
{
    if (!standardError.contains("wait_for: No record of process")) return;
    static const QRegularExpression warning(
        QStringLiteral("^estran: line [0-9]+: wait_for: No record of process [0-9]+\\n?"),
        QRegularExpression::MultilineOption);
    standardError = QString::fromUtf8(standardError).remove(warning).toUtf8();
}

}  // namespace Estran::Remote::Detail
