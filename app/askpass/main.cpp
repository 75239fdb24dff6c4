// SPDX-License-Identifier: GPL-3.0-or-later
// estran-askpass: the SSH_ASKPASS program Estran gives to ssh. It does not show anything itself:
// it relays ssh's prompt to the Estran process that started ssh, over the Unix socket named by
// ESTRAN_ASKPASS_SOCKET, and prints the answer for ssh. Plain POSIX so that it starts fast and
// links nothing.
//
// Protocol (one connection per prompt): the client sends
//   "ESTRAN-ASKPASS 1\n" <SSH_ASKPASS_PROMPT value> "\n" <prompt bytes>
// then shuts down its writing side; the server answers "1" <answer bytes> to accept or "0" to
// refuse, and closes. Exit status: 0 with the answer on stdout, 1 when refused or on any error
// (ssh then treats the prompt as cancelled).
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>

#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

namespace {

bool writeAll(int fd, const char* data, size_t size)
{
    while (size > 0) {
        const ssize_t n = ::write(fd, data, size);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return false;
        data += n;
        size -= size_t(n);
    }
    return true;
}

}  // namespace

int main(int argc, char** argv)
{
    const char* socketPath = std::getenv("ESTRAN_ASKPASS_SOCKET");
    if (!socketPath || !*socketPath) {
        std::fprintf(stderr, "estran-askpass: ESTRAN_ASKPASS_SOCKET is not set (run by Estran's ssh only)\n");
        return 1;
    }
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    if (std::strlen(socketPath) >= sizeof(address.sun_path)) {
        std::fprintf(stderr, "estran-askpass: socket path too long\n");
        return 1;
    }
    std::strcpy(address.sun_path, socketPath);
    const int fd = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0 || ::connect(fd, reinterpret_cast<sockaddr*>(&address), sizeof(address)) != 0) {
        std::fprintf(stderr, "estran-askpass: cannot reach Estran at %s: %s\n", socketPath, std::strerror(errno));
        return 1;
    }
    std::string request = "ESTRAN-ASKPASS 1\n";
    const char* kind = std::getenv("SSH_ASKPASS_PROMPT");
    request += kind ? kind : "";
    request += '\n';
    for (int i = 1; i < argc; ++i) {
        if (i > 1) request += ' ';
        request += argv[i];
    }
    if (!writeAll(fd, request.data(), request.size()) || ::shutdown(fd, SHUT_WR) != 0) {
        std::fprintf(stderr, "estran-askpass: cannot send the prompt: %s\n", std::strerror(errno));
        return 1;
    }
    std::string answer;
    char buffer[4096];
    for (;;) {
        const ssize_t n = ::read(fd, buffer, sizeof buffer);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) {
            std::fprintf(stderr, "estran-askpass: no answer: %s\n", std::strerror(errno));
            return 1;
        }
        if (n == 0) break;
        answer.append(buffer, size_t(n));
    }
    ::close(fd);
    if (answer.empty() || answer[0] != '1') return 1;
    answer.erase(0, 1);
    answer += '\n';
    return writeAll(STDOUT_FILENO, answer.data(), answer.size()) ? 0 : 1;
}
