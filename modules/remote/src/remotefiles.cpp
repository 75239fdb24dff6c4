// SPDX-License-Identifier: GPL-3.0-or-later
#include "estran/remote/remotefiles.h"

#include "estran/net/checksum.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <QScopeGuard>

#include <algorithm>
#include <optional>
#include <thread>
#include <cerrno>
#include <cstdio>
#include <cstring>

namespace Estran::Remote {

namespace {

QString tr(const char* text) { return QCoreApplication::translate("Estran::Remote", text); }

// The scripts below exit with this status when the path does not exist, so that "not found"
// can be told apart from any other failure without parsing localised messages.
constexpr int kNotFound = 3;

QString where(const RemoteHost& host, const QString& path) { return host.displayName() + u':' + path; }

Base::Error commandError(const RemoteHost& host, const QString& path, const CommandOutput& out,
                         const QString& message)
{
    const QString detail = QString::fromUtf8(out.standardError).trimmed();
    if (out.exitCode == kNotFound)
        return Base::Error(Base::Error::Kind::NotFound, where(host, path), tr("No such file or folder on the host"),
                           detail);
    return Base::Error(Base::Error::Kind::Io, where(host, path), message,
                       detail.isEmpty() ? QStringLiteral("exit status %1").arg(out.exitCode) : detail);
}

/// `f` holds the quoted path in every script, so the path is parsed by the shell exactly once.
QString withPath(const QString& path, const char* script)
{
    return QStringLiteral("f=") + shellQuote(path) + QStringLiteral("; ") + QString::fromLatin1(script);
}

}  // namespace

RemoteFiles::RemoteFiles(RemoteHost& host) : m_host(host) {}

Base::Result<QString> RemoteFiles::resolve(const QString& path)
{
    // Only ~, ~user and $NAME / ${NAME} are expanded, by bash's own regex matching: an eval would also
    // run any $(command) a profile's work_dir happened to contain. An unset variable is an
    // error (Datarmor's $DATAWORK on another cluster), not an empty string.
    static const char* script =
        "p=$f\n"
        "case $p in '~') p=$HOME ;; '~/'*) p=$HOME/${p#'~/'} ;; esac\n"
        "u='^~([A-Za-z_][A-Za-z0-9_.-]*)(/.*)?$'\n"
        "if [[ $p =~ $u ]]; then\n"
        "  h=$(getent passwd \"${BASH_REMATCH[1]}\" | cut -d: -f6)\n"
        "  [[ -n $h ]] && p=$h${BASH_REMATCH[2]}\n"
        "fi\n"
        "re='^([^$]*)[$]([{]([A-Za-z_][A-Za-z0-9_]*)[}]|([A-Za-z_][A-Za-z0-9_]*))(.*)$'\n"
        "out=\n"
        "while [[ $p =~ $re ]]; do\n"
        "  name=${BASH_REMATCH[3]}${BASH_REMATCH[4]}\n"
        "  if [[ -z ${!name+set} ]]; then printf 'variable %s is not set\\n' \"$name\" >&2; exit 4; fi\n"
        "  out+=${BASH_REMATCH[1]}${!name}\n"
        "  p=${BASH_REMATCH[5]}\n"
        "done\n"
        "out+=$p\n"
        "case $out in /*) ;; *) out=$PWD/$out ;; esac\n"
        "printf '%s' \"$out\"\n";
    auto out = m_host.run(withPath(path, script));
    if (!out) return out.error();
    if (out->exitCode == 4)
        return Base::Error(Base::Error::Kind::InvalidInput, where(m_host, path),
                           tr("The path names a variable that is not set on the host"),
                           QString::fromUtf8(out->standardError).trimmed());
    if (out->exitCode != 0) return commandError(m_host, path, *out, tr("Cannot resolve the path"));
    return QString::fromUtf8(out->standardOutput);
}

Base::Result<QList<RemoteEntry>> RemoteFiles::list(const QString& directory)
{
    // NUL-terminated records and the name last: any byte but NUL and '/' may be in a name.
    // %Y follows symbolic links, so a link to a folder browses as a folder.
    static const char* script =
        "[ -d \"$f\" ] || exit 3\n"
        "cd -- \"$f\" && find . -mindepth 1 -maxdepth 1 -printf '%Y\\t%s\\t%T@\\t%f\\0'\n";
    auto out = m_host.run(withPath(directory, script));
    if (!out) return out.error();
    if (out->exitCode != 0) return commandError(m_host, directory, *out, tr("Cannot list the folder"));

    QList<RemoteEntry> entries;
    const QString base = directory.endsWith(u'/') ? directory : directory + u'/';
    const QList<QByteArray> records = out->standardOutput.split('\0');
    for (const QByteArray& record : records) {
        if (record.isEmpty()) continue;
        const qsizetype t1 = record.indexOf('\t');
        const qsizetype t2 = t1 < 0 ? -1 : record.indexOf('\t', t1 + 1);
        const qsizetype t3 = t2 < 0 ? -1 : record.indexOf('\t', t2 + 1);
        if (t3 < 0) {
            return Base::Error(Base::Error::Kind::InvalidInput, where(m_host, directory),
                               tr("Unexpected answer from find on the host"), QString::fromUtf8(record.left(200)));
        }
        RemoteEntry e;
        e.isDirectory = record.left(t1) == "d";
        e.size = record.mid(t1 + 1, t2 - t1 - 1).toLongLong();
        const double seconds = record.mid(t2 + 1, t3 - t2 - 1).toDouble();
        e.modified = QDateTime::fromMSecsSinceEpoch(qint64(seconds * 1000.0), Qt::UTC);
        e.name = QString::fromUtf8(record.mid(t3 + 1));
        e.path = base + e.name;
        entries << e;
    }
    std::sort(entries.begin(), entries.end(),
              [](const RemoteEntry& a, const RemoteEntry& b) { return a.name < b.name; });
    return entries;
}

Base::Result<QByteArray> RemoteFiles::readFrom(const QString& path, qint64 offset, qint64 maxBytes)
{
    if (offset < 0 || maxBytes < 0)
        return Base::Error(Base::Error::Kind::Internal, where(m_host, path), tr("Negative offset or length"));
    if (maxBytes == 0) return QByteArray();
    // tail seeks in a regular file, so following a large log costs only the new bytes.
    const QString script = QStringLiteral("[ -f \"$f\" ] || exit 3\ntail -c +%1 -- \"$f\" | head -c %2\n")
                               .arg(offset + 1)
                               .arg(maxBytes);
    auto out = m_host.run(QStringLiteral("f=") + shellQuote(path) + QStringLiteral("; ") + script);
    if (!out) return out.error();
    if (out->exitCode != 0) return commandError(m_host, path, *out, tr("Cannot read the file"));
    return std::move(out->standardOutput);
}

Base::Result<void> RemoteFiles::write(const QString& path, const QByteArray& data)
{
    // The size check before the rename: a connection dropped mid-way gives cat an early EOF,
    // and the truncated copy must not replace the file.
    const QString script =
        QStringLiteral(
            "d=$(dirname -- \"$f\") && mkdir -p -- \"$d\" && t=$(mktemp -- \"$d/.estran-write.XXXXXX\") || exit 1\n"
            "trap 'rm -f -- \"$t\"' EXIT\n"
            "cat > \"$t\" || exit 1\n"
            "n=$(wc -c < \"$t\")\n"
            "[ \"$n\" -eq %1 ] || { echo \"received $n of %1 bytes\" >&2; exit 1; }\n"
            "chmod \"$(printf %o $(( 0666 & ~0$(umask) )))\" \"$t\" && mv -f -- \"$t\" \"$f\"\n")
            .arg(data.size());
    auto out = m_host.run(QStringLiteral("f=") + shellQuote(path) + QStringLiteral("; ") + script, data);
    if (!out) return out.error();
    if (out->exitCode != 0) return commandError(m_host, path, *out, tr("Cannot write the file"));
    return {};
}

namespace {

Base::Result<QByteArray> hashOnHost(RemoteHost& host, const QString& path, const Base::Feedback* feedback)
{
    // OpenSSL, where the host has it, uses the CPU's SHA instructions (several times faster than
    // coreutils' sha256sum, which the transfer would otherwise wait for); both print hex first.
    // The hash prints only at its end: a fetch given up (cancelled, its connection gone) relies
    // on the host's watchdog (commandwatchdog.h) to stop it rather than let it read a large file
    // to the end on the login node for nobody.
    static const char* script =
        "[ -f \"$f\" ] || exit 3\n"
        "if command -v openssl >/dev/null 2>&1; then openssl dgst -sha256 -r < \"$f\"; else sha256sum -b < \"$f\"; fi\n";
    auto out = host.run(withPath(path, script), {}, {}, feedback);
    if (!out) return out.error();
    if (out->exitCode != 0) return commandError(host, path, *out, tr("Cannot compute the checksum"));
    const QByteArray hex = out->standardOutput.trimmed().left(64);
    const QByteArray digest = QByteArray::fromHex(hex);
    if (digest.size() != 32)
        return Base::Error(Base::Error::Kind::InvalidInput, where(host, path),
                           tr("Unexpected answer from the checksum command on the host"),
                           QString::fromUtf8(out->standardOutput.left(200)));
    return digest;
}

}  // namespace

Base::Result<QByteArray> RemoteFiles::sha256(const QString& path)
{
    return hashOnHost(m_host, path, nullptr);
}

Base::Result<qint64> RemoteFiles::fetch(const QString& remotePath, const QString& localPath, Base::Feedback* feedback)
{
    const QString partPath = localPath + QStringLiteral(".part");
    if (!QDir().mkpath(QFileInfo(localPath).absolutePath()))
        return Base::Error(Base::Error::Kind::Io, localPath, tr("Cannot create the folder"));

    // The host hashes the whole file while it is being sent (its CPU and disk would otherwise
    // idle during the transfer, then the link), and the copy is hashed as it arrives: verifying
    // costs little more than the transfer itself. It has its own stop, pulled on any early
    // return, so an error here never waits for it.
    std::optional<Base::Result<QByteArray>> remoteDigest;
    Base::Feedback stopHashing;
    std::thread remoteHasher([&] { remoteDigest = hashOnHost(m_host, remotePath, &stopHashing); });
    auto joinHasher = qScopeGuard([&] {
        stopHashing.cancel();
        remoteHasher.join();
    });

    qint64 size = -1;
    qint64 offset = 0;
    qint64 received = 0;
    // Twice at most: a .part longer than the file belongs to another version of it, and the
    // second round starts from zero.
    for (int round = 0; round < 2; ++round) {
        QFile part(partPath);
        if (!part.open(QIODevice::WriteOnly | QIODevice::Append))
            return Base::Error(Base::Error::Kind::Io, partPath, tr("Cannot write the file"), part.errorString());
        offset = part.size();
        // OpenSSL's SHA-256 (Net::Hasher) uses the CPU's SHA instructions: several times faster
        // than QCryptographicHash, which would otherwise bound the transfer rate.
        auto hash = std::make_unique<Net::Hasher>(Net::Checksum::Algorithm::Sha256);
        if (offset > 0) {
            QFile existing(partPath);
            if (!existing.open(QIODevice::ReadOnly))
                return Base::Error(Base::Error::Kind::Io, partPath, tr("Cannot read the file"), existing.errorString());
            QByteArray block;
            while (!(block = existing.read(1 << 20)).isEmpty()) hash->add(block.constData(), size_t(block.size()));
        }

        // One round trip: the size on the first line, then the bytes from the offset on.
        QByteArray header;
        QString writeError;
        received = 0;
        size = -1;
        const auto sink = [&](QByteArrayView chunk) {
            if (size < 0) {
                header += chunk.toByteArray();
                const qsizetype newline = header.indexOf('\n');
                if (newline < 0) return header.size() < 64;
                bool ok = false;
                size = header.left(newline).toLongLong(&ok);
                if (!ok) return false;
                chunk = QByteArrayView(header).sliced(newline + 1);
                if (feedback) feedback->setStatus(tr("Transferring %1").arg(QFileInfo(remotePath).fileName()));
                if (chunk.isEmpty()) return true;
            }
            // Written as it arrives, so an interrupted transfer leaves every byte received so
            // far in the .part for the next call to resume from.
            if (part.write(chunk.data(), chunk.size()) != chunk.size() || !part.flush()) {
                writeError = part.errorString();
                return false;
            }
            hash->add(chunk.data(), size_t(chunk.size()));
            received += chunk.size();
            Base::reportProgress(feedback, size > 0 ? 100.0 * double(offset + received) / double(size) : 100.0);
            return true;
        };
        const QString script = QStringLiteral(
                                   "[ -f \"$f\" ] || exit 3\n"
                                   "s=$(stat -L -c %s -- \"$f\") || exit 1\n"
                                   "echo \"$s\"\n"
                                   "[ \"$s\" -gt %1 ] || exit 0\n"
                                   "tail -c +%2 -- \"$f\" | head -c $((s - %1))\n")
                                   .arg(offset)
                                   .arg(offset + 1);
        auto out = m_host.run(QStringLiteral("f=") + shellQuote(remotePath) + QStringLiteral("; ") + script, {}, sink,
                              feedback);
        part.close();
        if (!writeError.isEmpty())
            return Base::Error(Base::Error::Kind::Io, partPath, tr("Cannot write the file"), writeError);
        if (!out) return out.error();
        if (out->exitCode == kNotFound && offset == 0) QFile::remove(partPath);
        if (out->exitCode != 0) return commandError(m_host, remotePath, *out, tr("Cannot read the file"));
        if (size < 0)
            return Base::Error(Base::Error::Kind::InvalidInput, where(m_host, remotePath),
                               tr("Unexpected answer from stat on the host"), QString::fromUtf8(header.left(200)));
        if (offset > size) {
            part.remove();
            continue;
        }
        if (offset + received != size) {
            return Base::Error(Base::Error::Kind::Network, where(m_host, remotePath),
                               tr("The transfer ended early; it will resume from where it stopped"),
                               QStringLiteral("%1 of %2 bytes").arg(offset + received).arg(size));
        }

        remoteHasher.join();
        joinHasher.dismiss();
        if (!*remoteDigest) return remoteDigest->error();
        const QByteArray localDigest = hash->result();
        if (localDigest != **remoteDigest) {
            // A resumed part that does not match cannot be trusted: the next call starts afresh.
            QFile::remove(partPath);
            return Base::Error(Base::Error::Kind::InvalidInput, where(m_host, remotePath),
                               tr("The copy's SHA-256 checksum differs from the file on the host; the copy was "
                                  "discarded"),
                               QStringLiteral("local %1, remote %2")
                                   .arg(QString::fromLatin1(localDigest.toHex()),
                                        QString::fromLatin1((*remoteDigest)->toHex())));
        }
        // rename(2) replaces an existing file atomically; QFile::rename refuses to.
        if (std::rename(QFile::encodeName(partPath).constData(), QFile::encodeName(localPath).constData()) != 0)
            return Base::Error(Base::Error::Kind::Io, localPath, tr("Cannot move the copy into place"),
                               QString::fromLocal8Bit(std::strerror(errno)));
        Base::reportProgress(feedback, 100.0);
        return received;
    }
    return Base::Error(Base::Error::Kind::Internal, where(m_host, remotePath), tr("The file kept changing size"));
}

}  // namespace Estran::Remote
