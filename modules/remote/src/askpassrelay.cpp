// SPDX-License-Identifier: GPL-3.0-or-later
#include "askpassrelay.h"

#include "estran/net/credentialstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <poll.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

namespace Estran::Remote::Detail {

namespace {

QString tr(const char* text) { return QCoreApplication::translate("Estran::Remote", text); }

// A client that connects and never finishes its request must not hold the relay forever.
constexpr int kRequestTimeoutMs = 10000;

QByteArray readRequest(int fd)
{
    QByteArray data;
    char buffer[4096];
    for (;;) {
        pollfd p{fd, POLLIN, 0};
        const int ready = ::poll(&p, 1, kRequestTimeoutMs);
        if (ready < 0 && errno == EINTR) continue;
        if (ready <= 0) return {};
        const ssize_t n = ::read(fd, buffer, sizeof buffer);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) return {};
        if (n == 0) return data;
        data.append(buffer, n);
        if (data.size() > 1024 * 1024) return {};
    }
}

void writeAll(int fd, const QByteArray& data)
{
    qsizetype done = 0;
    while (done < data.size()) {
        const ssize_t n = ::write(fd, data.constData() + done, size_t(data.size() - done));
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return;
        done += n;
    }
}

}  // namespace

AskpassRelay::AskpassRelay(QString host, AskpassHandler handler, QString keychainService)
    : m_host(std::move(host)), m_handler(std::move(handler)), m_keychainService(std::move(keychainService))
{
}

AskpassRelay::~AskpassRelay()
{
    stop();
}

QString AskpassRelay::keychainKey(const QString& host, const QString& prompt)
{
    return QStringLiteral("ssh:%1:%2").arg(host, prompt.trimmed());
}

Base::Result<void> AskpassRelay::start(const QString& parentDirectory)
{
    // mkdtemp makes the folder 0700: only this user can reach the socket and its answers.
    QByteArray templ = QFile::encodeName(QDir(parentDirectory).filePath(QStringLiteral("ap-XXXXXX")));
    if (!::mkdtemp(templ.data()))
        return Base::Error(Base::Error::Kind::Io, parentDirectory, tr("Cannot create the folder for ssh's prompts"),
                           QString::fromLocal8Bit(std::strerror(errno)));
    m_directory = QFile::decodeName(templ);
    m_socketPath = m_directory + QStringLiteral("/s");
    const QByteArray path = QFile::encodeName(m_socketPath);
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    if (size_t(path.size()) >= sizeof(address.sun_path))
        return Base::Error(Base::Error::Kind::Io, m_socketPath, tr("The path of the prompt socket is too long"));
    std::memcpy(address.sun_path, path.constData(), size_t(path.size()));
    m_listenFd = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (m_listenFd < 0 || ::bind(m_listenFd, reinterpret_cast<sockaddr*>(&address), sizeof(address)) != 0 ||
        ::listen(m_listenFd, 8) != 0 || ::pipe2(m_stopPipe, O_CLOEXEC) != 0) {
        return Base::Error(Base::Error::Kind::Io, m_socketPath, tr("Cannot listen for ssh's prompts"),
                           QString::fromLocal8Bit(std::strerror(errno)));
    }
    m_thread = std::thread([this] { serve(); });
    return {};
}

void AskpassRelay::serve()
{
    for (;;) {
        pollfd fds[2] = {{m_listenFd, POLLIN, 0}, {m_stopPipe[0], POLLIN, 0}};
        const int ready = ::poll(fds, 2, -1);
        if (ready < 0 && errno == EINTR) continue;
        if (ready < 0 || (fds[1].revents & (POLLIN | POLLHUP))) return;
        if (!(fds[0].revents & POLLIN)) continue;
        const int client = ::accept4(m_listenFd, nullptr, nullptr, SOCK_CLOEXEC);
        if (client < 0) continue;
        const QByteArray request = readRequest(client);
        writeAll(client, request.isEmpty() ? QByteArray("0") : answer(request));
        ::close(client);
    }
}

QByteArray AskpassRelay::answer(const QByteArray& request)
{
    // "ESTRAN-ASKPASS 1\n" <SSH_ASKPASS_PROMPT> "\n" <prompt>
    const qsizetype first = request.indexOf('\n');
    const qsizetype second = first < 0 ? -1 : request.indexOf('\n', first + 1);
    if (second < 0 || request.left(first) != "ESTRAN-ASKPASS 1") return "0";
    const QString kind = QString::fromUtf8(request.mid(first + 1, second - first - 1));
    const QString prompt = QString::fromUtf8(request.mid(second + 1));
    // "none": ssh only informs (touch your security key) and never reads an answer.
    if (kind == u"none") return "1";
    const AskpassRequest req = parseAskpassPrompt(m_host, kind, prompt);
    switch (req.kind) {
    case AskpassRequest::Kind::HostKey: {
        const std::optional<AskpassAnswer> a = m_handler(req);
        const QString text = a ? a->text.trimmed() : QString();
        // Only an explicit yes (or the fingerprint typed back) accepts; anything else is a no,
        // so ssh never loops on "Please type 'yes', 'no' or the fingerprint".
        const bool yes = text.compare(QStringLiteral("yes"), Qt::CaseInsensitive) == 0 ||
                         (!req.fingerprint.isEmpty() && text == req.fingerprint);
        if (!yes) m_refusedHostKey = true;
        return yes ? QByteArray("1yes") : QByteArray("1no");
    }
    case AskpassRequest::Kind::Confirm: {
        const std::optional<AskpassAnswer> a = m_handler(req);
        if (!a) m_refusedPrompt = true;
        return a ? "1" + a->text.toUtf8() : QByteArray("0");
    }
    case AskpassRequest::Kind::Secret: break;
    }
    return answerSecret(req);
}

QByteArray AskpassRelay::answerSecret(const AskpassRequest& request)
{
    const bool rememberable = mayRememberSecret(request) && !m_keychainService.isEmpty();
    const QString key = keychainKey(m_host, request.prompt);
    if (rememberable) {
        const Net::CredentialStore store(m_keychainService);
        bool tryStored = false;
        {
            std::lock_guard lock(m_mutex);
            if (m_usedStored.contains(key)) {
                // Asked again after the remembered answer: ssh rejected it.
                m_usedStored.remove(key);
                m_forgotten.insert(key);
                (void)store.removeNow(key);
            } else {
                tryStored = !m_forgotten.contains(key);
            }
        }
        if (tryStored) {
            const Base::Result<QString> stored = store.readNow(key);
            if (stored.ok()) {
                std::lock_guard lock(m_mutex);
                m_usedStored.insert(key);
                m_secretGiven = true;
                return "1" + stored->toUtf8();
            }
        }
    }
    const std::optional<AskpassAnswer> a = m_handler(request);
    if (!a) {
        m_refusedPrompt = true;
        return "0";
    }
    m_secretGiven = true;
    if (rememberable && a->remember) {
        std::lock_guard lock(m_mutex);
        m_pending.insert(key, a->text);
    }
    return "1" + a->text.toUtf8();
}

void AskpassRelay::stop()
{
    if (m_thread.joinable()) {
        const char byte = 'q';
        (void)!::write(m_stopPipe[1], &byte, 1);
        m_thread.join();
    }
    for (int* fd : {&m_listenFd, &m_stopPipe[0], &m_stopPipe[1]}) {
        if (*fd >= 0) ::close(*fd);
        *fd = -1;
    }
    if (!m_socketPath.isEmpty()) QFile::remove(m_socketPath);
    if (!m_directory.isEmpty()) QDir().rmdir(m_directory);
    m_socketPath.clear();
    m_directory.clear();
}

void AskpassRelay::finish(bool connected, bool authenticationRefused)
{
    stop();
    if (m_keychainService.isEmpty()) return;
    const Net::CredentialStore store(m_keychainService);
    std::lock_guard lock(m_mutex);
    if (connected) {
        for (auto it = m_pending.cbegin(); it != m_pending.cend(); ++it) {
            if (auto r = store.writeNow(it.key(), it.value()); !r)
                qWarning("Cannot remember the ssh secret: %s", qUtf8Printable(r.error().toString()));
        }
    } else if (authenticationRefused) {
        // A wrong key passphrase makes ssh ask again (handled in answerSecret); a refused login
        // after a correct one says nothing about it. A password the server refused is wrong.
        for (const QString& key : std::as_const(m_usedStored)) {
            if (!key.contains(QStringLiteral("passphrase for"), Qt::CaseInsensitive)) (void)store.removeNow(key);
        }
    }
    m_pending.clear();
    m_usedStored.clear();
}

}  // namespace Estran::Remote::Detail
