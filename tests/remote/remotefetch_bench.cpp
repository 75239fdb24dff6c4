// SPDX-License-Identifier: GPL-3.0-or-later
// Not a test: times RemoteFiles::fetch of one file over an ssh alias (or this computer), for
// tests/bench/remote-transfer.sh, which runs it beside `ssh cat` and scp on the same rig.
//   estran_remote_fetch_bench --ssh-config FILE --host ALIAS REMOTE LOCAL
//   estran_remote_fetch_bench --local REMOTE LOCAL
// Prints: bytes seconds MB/s (the connection is opened before the clock starts, as a profile's
// master connection is in the app).
//   estran_remote_fetch_bench --ssh-config FILE --host ALIAS --lag LINES
// Output lag instead: the host prints its clock (nanoseconds) every 100 ms; each line's delay
// until the sink receives it is measured (the rig's host is this machine: one clock). Prints:
// lines median_ms max_ms.
#include "estran/remote/localhost.h"
#include "estran/remote/remotefiles.h"
#include "estran/remote/sshhost.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <memory>

using namespace Estran::Remote;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    std::unique_ptr<RemoteHost> host;
    std::unique_ptr<SshHost> ssh;
    if (args.value(0) == u"--local") {
        host = std::make_unique<LocalHost>();
        args = args.mid(1);
    } else if (args.value(0) == u"--ssh-config" && args.value(2) == u"--host") {
        Profile p;
        p.name = QStringLiteral("bench");
        p.host = args.value(3);
        p.scheduler = Profile::Scheduler::Slurm;
        p.workDir = QStringLiteral("/tmp");
        p.sshConfig = args.value(1);
        SshOptions o;
        o.controlDirectory = qEnvironmentVariable("ESTRAN_BENCH_CONTROL_DIR");
        o.keychainService.clear();
        ssh = std::make_unique<SshHost>(p, o);
        if (auto r = ssh->connect(); !r) {
            std::fprintf(stderr, "%s\n", qUtf8Printable(r.error().toString()));
            return 1;
        }
        args = args.mid(4);
    }
    if (args.size() == 2 && args[0] == u"--lag" && ssh) {
        const int lines = args[1].toInt();
        QList<double> lags;
        QByteArray pending;
        auto out = ssh->run(QStringLiteral("for i in $(seq %1); do date +%s%N; sleep 0.1; done").arg(lines), {},
                            [&](QByteArrayView chunk) {
                                timespec ts{};
                                ::clock_gettime(CLOCK_REALTIME, &ts);
                                const double nowNs = double(ts.tv_sec) * 1e9 + double(ts.tv_nsec);
                                pending += chunk.toByteArray();
                                qsizetype nl;
                                while ((nl = pending.indexOf('\n')) >= 0) {
                                    lags << (nowNs - pending.left(nl).toDouble()) / 1e6;
                                    pending.remove(0, nl + 1);
                                }
                                return true;
                            });
        ssh->disconnect();
        if (!out || lags.isEmpty()) {
            std::fprintf(stderr, "%s\n", out ? "no output" : qUtf8Printable(out.error().toString()));
            return 1;
        }
        std::sort(lags.begin(), lags.end());
        std::printf("%lld %.1f %.1f\n", static_cast<long long>(lags.size()), lags[lags.size() / 2], lags.last());
        return 0;
    }
    if (args.size() != 2 || (!host && !ssh)) {
        std::fprintf(stderr, "usage: %s (--local | --ssh-config FILE --host ALIAS) REMOTE LOCAL\n", argv[0]);
        return 2;
    }
    RemoteHost& h = ssh ? static_cast<RemoteHost&>(*ssh) : *host;
    QFile::remove(args[1]);
    QFile::remove(args[1] + QStringLiteral(".part"));
    RemoteFiles files(h);
    QElapsedTimer timer;
    timer.start();
    auto got = files.fetch(args[0], args[1]);
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    if (ssh) ssh->disconnect();
    if (!got) {
        std::fprintf(stderr, "%s\n", qUtf8Printable(got.error().toString()));
        return 1;
    }
    std::printf("%lld %.3f %.1f\n", static_cast<long long>(*got), seconds, double(*got) / 1e6 / seconds);
    return 0;
}
