// SPDX-License-Identifier: GPL-3.0-or-later
#include "sshrig.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>

#include <cstdlib>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace {

QString rigScript() { return QStringLiteral(ESTRAN_SOURCE_DIR "/tests/remote/rig/ssh-rig.sh"); }

int freePort()
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    a.sin_port = 0;
    socklen_t len = sizeof a;
    int port = 0;
    if (::bind(fd, reinterpret_cast<sockaddr*>(&a), sizeof a) == 0 &&
        ::getsockname(fd, reinterpret_cast<sockaddr*>(&a), &len) == 0)
        port = ntohs(a.sin_port);
    ::close(fd);
    return port;
}

}  // namespace

SshRig& SshRig::instance()
{
    static SshRig rig;
    return rig;
}

bool SshRig::required() { return qEnvironmentVariable("ESTRAN_REQUIRE_RIGS") == QStringLiteral("1"); }

SshRig::SshRig()
{
    // The user's agent must not answer for the rig's keys (the passphrase tests rely on it).
    qunsetenv("SSH_AUTH_SOCK");
    if (::geteuid() != 0) {
        m_reason = QStringLiteral("the ssh rig needs root (sshd switches to the logged-in user)");
        return;
    }
    if (!QFile::exists(QStringLiteral("/usr/sbin/sshd"))) {
        m_reason = QStringLiteral("/usr/sbin/sshd is missing (openssh-server)");
        return;
    }
    // Short: control sockets live in here and a socket path is limited to 108 bytes.
    QByteArray templ("/tmp/er-XXXXXX");
    if (!::mkdtemp(templ.data())) {
        m_reason = QStringLiteral("cannot create the rig's folder");
        return;
    }
    m_dir = QString::fromLatin1(templ);
    m_bastionPort = freePort();
    do m_loginPort = freePort();
    while (m_loginPort == m_bastionPort);
    QProcess start;
    start.start(rigScript(), {QStringLiteral("start"), m_dir, QString::number(m_bastionPort),
                              QString::number(m_loginPort)});
    if (!start.waitForFinished(120000) || start.exitStatus() != QProcess::NormalExit || start.exitCode() != 0) {
        m_reason = QStringLiteral("ssh-rig.sh start failed: ") + QString::fromUtf8(start.readAllStandardError());
    }
}

SshRig::~SshRig()
{
    if (m_dir.isEmpty()) return;
    // Masters left by tests would keep the login sshd's children alive.
    QProcess::execute(QStringLiteral("/bin/sh"),
                      {QStringLiteral("-c"), QStringLiteral("for s in \"$1\"/c/*; do [ -S \"$s\" ] && ssh -o "
                                                            "ControlPath=\"$s\" -O exit x 2>/dev/null; done; true"),
                       QStringLiteral("sh"), m_dir});
    QProcess::execute(rigScript(), {QStringLiteral("stop"), m_dir});
    if (qEnvironmentVariable("ESTRAN_KEEP_RIG") != QStringLiteral("1")) QDir(m_dir).removeRecursively();
}

QString SshRig::readFile(const QString& name) const
{
    QFile f(QDir(m_dir).filePath(name));
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

Estran::Remote::Profile SshRig::profile(const QString& alias) const
{
    Estran::Remote::Profile p;
    p.name = QStringLiteral("rig ") + alias;
    p.host = alias;
    p.scheduler = Estran::Remote::Profile::Scheduler::Slurm;
    p.workDir = QStringLiteral("/tmp");
    p.sshConfig = sshConfig();
    return p;
}

Estran::Remote::SshOptions SshRig::options(Estran::Remote::AskpassHandler handler) const
{
    Estran::Remote::SshOptions o;
    o.controlDirectory = m_dir + QStringLiteral("/c");
    o.askpass = std::move(handler);
    o.askpassProgram = QStringLiteral(ESTRAN_ASKPASS_PROGRAM);
    o.keychainService.clear();
    return o;
}

QString SshRig::loginHostKeyFingerprint() const
{
    QProcess keygen;
    keygen.start(QStringLiteral("ssh-keygen"), {QStringLiteral("-l"), QStringLiteral("-E"), QStringLiteral("sha256"),
                                               QStringLiteral("-f"), m_dir + QStringLiteral("/login_host_key.pub")});
    keygen.waitForFinished();
    const QString out = QString::fromUtf8(keygen.readAllStandardOutput());
    return QRegularExpression(QStringLiteral("SHA256:\\S+")).match(out).captured(0);
}

int SshRig::bastionForwards() const
{
    // "server_request_direct_tcpip: originator 127.0.0.1 port N, target 127.0.0.1 port <login>"
    const QRegularExpression forward(
        QStringLiteral("server_request_direct_tcpip: originator \\S+ port \\d+, target 127\\.0\\.0\\.1 port %1\\b")
            .arg(m_loginPort));
    int count = 0;
    for (auto it = forward.globalMatch(readFile(QStringLiteral("bastion.log"))); it.hasNext(); it.next()) ++count;
    return count;
}
