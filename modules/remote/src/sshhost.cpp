// SPDX-License-Identifier: GPL-3.0-or-later
#include "estran/remote/sshhost.h"

#include "askpassrelay.h"
#include "commandwatchdog.h"
#include "estran/remote/localhost.h"
#include "processrunner.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QTemporaryFile>

#include <atomic>
#include <fcntl.h>
#include <mutex>
#include <sys/stat.h>
#include <unistd.h>

namespace Estran::Remote {

namespace {

QString tr(const char* text) { return QCoreApplication::translate("Estran::Remote", text); }

const QString kSsh = QStringLiteral("/usr/bin/ssh");

// ssh's own exit status for "ssh failed" (connection, authentication, host key); a remote
// command's status is passed through otherwise.
constexpr int kSshFailure = 255;

// Printed on stderr, after a newline, by the remote bash when the command's own status is 255.
constexpr char kExitMark[] = "estran-remote-command-exit-255";

// Base64 words of at most this length: old csh versions refuse longer words ("Word too long").
constexpr qsizetype kChunk = 1000;

bool haveTerminal()
{
    const int fd = ::open("/dev/tty", O_RDWR | O_NOCTTY | O_CLOEXEC);
    if (fd < 0) return false;
    ::close(fd);
    return true;
}

QString executableDirectory()
{
    if (QCoreApplication::instance()) return QCoreApplication::applicationDirPath();
    return QFileInfo(QFile::symLinkTarget(QStringLiteral("/proc/self/exe"))).absolutePath();
}

/// A folder only this user controls: owned by us and not a symbolic link.
bool ownedPrivately(const QString& path)
{
    struct stat st {};
    if (::lstat(QFile::encodeName(path).constData(), &st) != 0) return false;
    return S_ISDIR(st.st_mode) && st.st_uid == ::getuid();
}

QString defaultControlDirectory()
{
    // Short on purpose: a socket path is limited to 108 bytes. XDG_RUNTIME_DIR is read directly:
    // asking QStandardPaths without it prints a warning on every estran-cli run over ssh.
    QString base = qEnvironmentVariable("XDG_RUNTIME_DIR");
    if (base.isEmpty() || base.size() > 40) base = QDir::tempPath() + QStringLiteral("/estran-%1").arg(::getuid());
    return base + QStringLiteral("/ssh");
}

/// The bash command line as the login shell receives it, whatever that shell is (bash, zsh,
/// csh on Datarmor, fish): base64 words need no quoting anywhere, the single-quoted bootstrap
/// contains nothing csh would expand, and bash alone decodes and runs the real command line.
QString remoteCommand(const QString& commandLine)
{
    const QByteArray encoded = commandLine.toUtf8().toBase64();
    // The EXIT trap marks a status of 255 that the command itself returned, so that it is not
    // taken for ssh's own failure. The command runs in a bash of its own under the watchdog
    // (commandwatchdog.h), which ends it when the channel goes away, so its own EXIT trap cannot
    // replace the mark.
    QString command = QStringLiteral(
        "exec bash -c 'trap \"[ \\$? = 255 ] && { echo; echo %1; } >&2\" EXIT; "
        "estran_command=$(printf %s \"$@\" | base64 -d) && set -- && { %2; }' estran")
                          .arg(QLatin1String(kExitMark), Detail::supervisedCommand());
    for (qsizetype i = 0; i < encoded.size(); i += kChunk)
        command += u' ' + QString::fromLatin1(encoded.mid(i, kChunk));
    if (encoded.isEmpty()) command += QStringLiteral(" ''");
    return command;
}

/// ssh's stderr without its chatter, for an error's detail.
QString sshReason(const QByteArray& standardError)
{
    QStringList lines;
    for (const QByteArray& raw : standardError.split('\n')) {
        const QString line = QString::fromUtf8(raw).trimmed();
        if (line.isEmpty() || line.startsWith(QStringLiteral("Warning: Permanently added")) ||
            line.startsWith(u'@'))
            continue;
        lines << line;
    }
    return lines.join(u' ');
}

}  // namespace

struct SshHost::Private {
    Profile profile;
    SshOptions options;
    QString controlDirectory;
    QString controlPath;
    std::mutex connectMutex;
    std::atomic<bool> masterVerified{false};

    bool prompting() const { return bool(options.askpass); }

    QString askpassProgram() const
    {
        if (!options.askpassProgram.isEmpty()) return options.askpassProgram;
        return QDir(executableDirectory()).filePath(QStringLiteral("estran-askpass"));
    }

    /// Everything before the destination. Options are taken by ssh in the order given (the
    /// first value wins), so Estran's own come before the profile's.
    QStringList arguments(bool master) const
    {
        QStringList args;
        const auto option = [&args](const QString& value) { args << QStringLiteral("-o") << value; };
        // Keeps "Warning: Permanently added ..." out of commands' stderr; errors still show.
        option(QStringLiteral("LogLevel=ERROR"));
        // A dead link is noticed within a minute instead of when TCP gives up.
        option(QStringLiteral("ServerAliveInterval=15"));
        option(QStringLiteral("ServerAliveCountMax=4"));
        // Commands ride on the master; if it vanished, they connect on their own rather than
        // become a master that would outlive the call.
        if (!master) option(QStringLiteral("ControlMaster=no"));
        // No handler and no terminal: nobody can answer, so ssh must fail rather than wait.
        if (!prompting() && !haveTerminal()) option(QStringLiteral("BatchMode=yes"));
        QStringList profileArgs = profile.sshArguments(controlPath, prompting());
        const QString destination = profileArgs.takeLast();
        args << profileArgs << options.extraArguments;
        if (master) args << QStringLiteral("-M") << QStringLiteral("-N") << QStringLiteral("-f");
        args << destination;
        return args;
    }

    Detail::ProcessSpec spec(QStringList args) const
    {
        Detail::ProcessSpec s;
        s.program = kSsh;
        s.arguments = std::move(args);
        // ssh prompting on the user's terminal must stay in the terminal's foreground group.
        s.ownProcessGroup = prompting() || !haveTerminal();
        // A client left behind by a crashed application would keep its channel, and so the
        // command on the host, open (see commandwatchdog.h).
        s.endsWithCaller = true;
        return s;
    }

    Base::Error failure(const CommandOutput& out, const Detail::AskpassRelay* relay) const
    {
        const QString host = profile.host;
        const QString reason = sshReason(out.standardError);
        const QByteArray err = out.standardError;
        if (err.contains("REMOTE HOST IDENTIFICATION HAS CHANGED") || err.contains("Host key for") ||
            err.contains("has changed and you have requested strict checking")) {
            return Base::Error(Base::Error::Kind::Network, host,
                               tr("The host key of %1 has changed since it was recorded and was refused: this "
                                  "may be an attack, or the host was reinstalled. Ask its administrators before "
                                  "removing the old key from known_hosts.")
                                   .arg(host),
                               reason);
        }
        if (err.contains("Host key verification failed") || err.contains("host key is known for")) {
            return Base::Error(Base::Error::Kind::Network, host,
                               relay && relay->userRefusedHostKey()
                                   ? tr("The host key of %1 is not known and was refused").arg(host)
                                   : tr("The host key of %1 is unknown or has changed, and was refused: compare "
                                        "its fingerprint with the one its administrators publish")
                                         .arg(host),
                               reason);
        }
        if (err.contains("Permission denied")) {
            return Base::Error(Base::Error::Kind::Network, host,
                               relay && relay->userRefusedPrompt() && !relay->secretGiven()
                                   ? tr("Login to %1 was cancelled").arg(host)
                                   : tr("%1 refused the login (key, passphrase or password not accepted)").arg(host),
                               reason);
        }
        return Base::Error(Base::Error::Kind::Network, host, tr("Cannot connect to %1").arg(host),
                           reason.isEmpty() ? tr("ssh exited with status %1").arg(out.exitCode) : reason);
    }

    /// Runs ssh with a prompt relay when a handler is set.
    Base::Result<CommandOutput> runSsh(Detail::ProcessSpec s, const QByteArray& input, const OutputSink& sink,
                                       const Base::Feedback* feedback)
    {
        std::unique_ptr<Detail::AskpassRelay> relay;
        if (prompting()) {
            const QString program = askpassProgram();
            if (!QFileInfo(program).isExecutable())
                return Base::Error(Base::Error::Kind::NotFound, program,
                                   tr("The estran-askpass program, which shows ssh's questions, is missing"));
            relay = std::make_unique<Detail::AskpassRelay>(profile.host, options.askpass, options.keychainService);
            if (auto r = relay->start(controlDirectory); !r) return r.error();
            s.environment.insert(QStringLiteral("SSH_ASKPASS"), program);
            s.environment.insert(QStringLiteral("SSH_ASKPASS_REQUIRE"), QStringLiteral("force"));
            s.environment.insert(QStringLiteral("ESTRAN_ASKPASS_SOCKET"), relay->socketPath());
        }
        Detail::ProcessOutcome outcome = Detail::runProcess(s, input, sink, feedback);
        Detail::dropSupervisorWarnings(outcome.output.standardError);
        bool sshFailed = outcome.output.exitCode == kSshFailure;
        if (sshFailed) {
            QByteArray& err = outcome.output.standardError;
            // The command's own status, not ssh's, when the remote bash printed the mark on a
            // line of its own after an empty line (whatever the command's last output ended
            // with).
            const QByteArray mark = '\n' + QByteArray(kExitMark) + '\n';
            const qsizetype at = err.lastIndexOf(mark);
            if (at >= 0) {
                err.remove(at, mark.size());
                sshFailed = false;
            }
        }
        if (relay) {
            relay->finish(outcome.started && !outcome.cancelled && !outcome.crashed && !sshFailed,
                          sshFailed && outcome.output.standardError.contains("Permission denied"));
        }
        if (!outcome.started)
            return Base::Error(Base::Error::Kind::Io, kSsh, tr("Cannot start ssh"), outcome.startError);
        if (outcome.cancelled) return Base::Error::cancelled(profile.host);
        if (outcome.crashed) {
            // ssh itself was killed (by the system, the user, a dying session): the command's
            // fate is unknown and its output cut short, as with a dropped connection.
            masterVerified = false;
            return Base::Error(Base::Error::Kind::Network, profile.host,
                               tr("The connection to %1 was interrupted").arg(profile.host),
                               tr("ssh was ended by a signal"));
        }
        if (sshFailed) {
            masterVerified = false;
            return failure(outcome.output, relay.get());
        }
        return std::move(outcome.output);
    }

    bool checkMaster() const
    {
        QStringList args = arguments(false);
        args.insert(args.size() - 1, QStringLiteral("-O"));
        args.insert(args.size() - 1, QStringLiteral("check"));
        Detail::ProcessSpec s = spec(args);
        const Detail::ProcessOutcome outcome = Detail::runProcess(s, {}, {}, nullptr);
        return outcome.started && outcome.output.exitCode == 0;
    }
};

SshHost::SshHost(Profile profile, SshOptions options) : d(std::make_unique<Private>())
{
    d->profile = std::move(profile);
    d->options = std::move(options);
    d->controlDirectory =
        d->options.controlDirectory.isEmpty() ? defaultControlDirectory() : d->options.controlDirectory;
    // One master per profile and option set: a test's other known_hosts file, or another
    // ssh_config, must not ride on a connection whose host key was checked differently.
    QByteArray identity = QJsonDocument(d->profile.toJson()).toJson(QJsonDocument::Compact);
    identity += d->options.extraArguments.join(u'\n').toUtf8();
    identity += d->options.askpass ? "ask" : "batch";
    d->controlPath = d->controlDirectory + u'/' +
                     QString::fromLatin1(QCryptographicHash::hash(identity, QCryptographicHash::Sha256).toHex().left(20));
}

SshHost::~SshHost() = default;

QString SshHost::displayName() const { return d->profile.host; }

Base::Result<void> SshHost::connect(const Base::Feedback* feedback)
{
    // One connection attempt at a time: concurrent callers wait for its prompts, then share it.
    std::lock_guard lock(d->connectMutex);
    if (d->masterVerified && QFileInfo::exists(d->controlPath)) return {};
    if (!QDir().mkpath(d->controlDirectory) ||
        ::chmod(QFile::encodeName(d->controlDirectory).constData(), S_IRWXU) != 0) {
        return Base::Error(Base::Error::Kind::Io, d->controlDirectory,
                           tr("Cannot create the folder for ssh's connection sockets"));
    }
    if (!ownedPrivately(d->controlDirectory) || !ownedPrivately(QFileInfo(d->controlDirectory).path())) {
        // In a shared /tmp another user could have made the folder first and placed a socket
        // of theirs where our connection is looked for.
        return Base::Error(Base::Error::Kind::Io, d->controlDirectory,
                           tr("The folder for ssh's connection sockets (or its parent) belongs to someone else or is "
                              "a symbolic link; remove it or set XDG_RUNTIME_DIR"));
    }
    if (QFileInfo::exists(d->controlPath)) {
        if (d->checkMaster()) {
            d->masterVerified = true;
            return {};
        }
        // Left by a master that was killed: ssh would refuse to create a new one over it.
        QFile::remove(d->controlPath);
    }
    // The master's stderr goes to a file: its ProxyJump child lives on after this call and would
    // otherwise hold the pipe.
    QTemporaryFile errors(d->controlDirectory + QStringLiteral("/err-XXXXXX"));
    if (!errors.open())
        return Base::Error(Base::Error::Kind::Io, d->controlDirectory, tr("Cannot create a temporary file"),
                           errors.errorString());
    Detail::ProcessSpec s = d->spec(d->arguments(true));
    s.standardErrorFile = errors.fileName();
    auto out = d->runSsh(s, {}, {}, feedback);
    if (!out) return out.error();
    if (out->exitCode != 0) {
        return Base::Error(Base::Error::Kind::Network, d->profile.host, tr("Cannot connect to %1").arg(d->profile.host),
                           sshReason(out->standardError));
    }
    d->masterVerified = true;
    return {};
}

void SshHost::disconnect()
{
    std::lock_guard lock(d->connectMutex);
    d->masterVerified = false;
    if (!QFileInfo::exists(d->controlPath)) return;
    QStringList args = d->arguments(false);
    args.insert(args.size() - 1, QStringLiteral("-O"));
    args.insert(args.size() - 1, QStringLiteral("exit"));
    (void)Detail::runProcess(d->spec(args), {}, {}, nullptr);
}

bool SshHost::isConnected() const
{
    return QFileInfo::exists(d->controlPath) && d->checkMaster();
}

Base::Result<CommandOutput> SshHost::run(const QString& commandLine, const QByteArray& input, const OutputSink& sink,
                                         const Base::Feedback* feedback)
{
    if (!d->masterVerified || !QFileInfo::exists(d->controlPath)) {
        if (auto r = connect(feedback); !r) return r.error();
    }
    QStringList args = d->arguments(false);
    args << remoteCommand(commandLine);
    return d->runSsh(d->spec(args), input, sink, feedback);
}

std::shared_ptr<RemoteHost> createHost(const Profile& profile, const SshOptions& options)
{
    if (profile.scheduler == Profile::Scheduler::Local && profile.host.isEmpty())
        return std::make_shared<LocalHost>();
    return std::make_shared<SshHost>(profile, options);
}

}  // namespace Estran::Remote
