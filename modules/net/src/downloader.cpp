// SPDX-License-Identifier: GPL-3.0-or-later
#include "estran/net/downloader.h"

#include "contentrange.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStorageInfo>
#include <QUrl>

#include <cstdio>
#include <unistd.h>

namespace Estran::Net {

namespace {

QString tr(const char* text) { return QCoreApplication::translate("Estran::Net", text); }

/// The .part file being written; remembers the first write error so the transfer can stop.
struct PartFile {
    QFile file;
    qint64 written = 0;
    QString error;
};

}  // namespace

Downloader::Downloader(const HttpClient& client, UrlAccess access) : m_client(client), m_access(std::move(access)) {}

QString Downloader::fileNameForUrl(const QString& url)
{
    const QString name = QUrl(url).fileName();
    return name.isEmpty() ? QStringLiteral("index.html") : name;
}

Base::Result<DownloadResult> Downloader::download(const QString& url, const QString& destination,
                                                  const std::optional<Checksum>& expected,
                                                  Base::Feedback* feedback) const
{
    QString target = destination;
    if (QFileInfo(destination).isDir()) target = QDir(destination).filePath(fileNameForUrl(url));
    const QString partPath = target + QStringLiteral(".part");
    const QString directory = QFileInfo(target).absolutePath();
    if (!QFileInfo(directory).isDir())
        return Base::Error(Base::Error::Kind::NotFound, directory, tr("The download folder does not exist"));

    DownloadResult result;
    result.path = target;
    result.resumedFrom = QFileInfo(partPath).exists() ? QFileInfo(partPath).size() : 0;

    PartFile part;
    part.file.setFileName(partPath);
    qint64 offset = result.resumedFrom;
    qint64 total = -1;
    bool alreadyComplete = false;

    Base::Result<HttpRequest> built = m_access.request(url);
    if (!built) return built.error();
    HttpRequest request = std::move(*built);
    request.rangeStart = offset;
    request.acceptedErrorStatuses = {416};

    const HttpClient::HeaderCheck onHeaders = [&](const HttpResponse& r) {
        const ContentRange range = ContentRange::parse(r.header("content-range"));
        // FTP resumes with REST and answers no Content-Range; libcurl fails the transfer when
        // the server refuses REST, so reaching here means the offset was honoured.
        const bool ftp = url.startsWith(QStringLiteral("ftp"), Qt::CaseInsensitive);
        if (offset > 0 && !ftp && (r.status != 206 || range.start != offset)) {
            // The server ignored the Range request: start over rather than append a second copy.
            offset = 0;
        }
        bool ok = false;
        const qint64 length = r.header("content-length").toLongLong(&ok);
        total = range.total >= 0 ? range.total : (ok ? offset + length : -1);
        if (ok) {
            const qint64 available = QStorageInfo(directory).bytesAvailable();
            if (available >= 0 && length > available) {
                part.error = tr("Not enough free space: %1 MB needed, %2 MB free")
                                 .arg(length / 1e6, 0, 'f', 1).arg(available / 1e6, 0, 'f', 1);
                return false;
            }
        }
        const QIODevice::OpenMode mode =
            offset > 0 ? QIODevice::Append : QIODevice::WriteOnly | QIODevice::Truncate;
        if (part.file.isOpen()) part.file.close();
        if (!part.file.open(mode)) {
            part.error = part.file.errorString();
            return false;
        }
        part.written = 0;
        return true;
    };
    const HttpClient::BodySink sink = [&](const char* data, size_t size) {
        if (part.file.write(data, qint64(size)) != qint64(size)) {
            part.error = part.file.errorString();  // disk full, quota, I/O error
            return false;
        }
        part.written += qint64(size);
        if (total > 0) Base::reportProgress(feedback, 100.0 * double(offset + part.written) / double(total));
        return true;
    };

    Base::Result<HttpResponse> response = m_client.stream(request, sink, onHeaders, feedback);
    if (!response) {
        if (!part.error.isEmpty())
            return Base::Error(Base::Error::Kind::Io, partPath, tr("Cannot write the download"), part.error);
        return response.error();  // the .part stays for the next attempt to resume
    }
    if (response->status == 416) {
        // Nothing left to fetch: the .part already holds the whole resource.
        const ContentRange range = ContentRange::parse(response->header("content-range"));
        alreadyComplete = range.total >= 0 && range.total == result.resumedFrom;
        if (!alreadyComplete) {
            QFile::remove(partPath);
            return Base::Error(Base::Error::Kind::Network, url,
                               tr("The server refused to resume the download; it will restart"));
        }
    }
    if (part.file.isOpen()) {
        if (!part.file.flush() || ::fsync(part.file.handle()) != 0)
            return Base::Error(Base::Error::Kind::Io, partPath, tr("Cannot write the download"), part.file.errorString());
        part.file.close();
    }
    if (!alreadyComplete) offset += part.written;
    if (total >= 0 && !alreadyComplete && offset != total) {
        return Base::Error(Base::Error::Kind::Network, url, tr("The download is incomplete"),
                           QStringLiteral("%1 of %2 bytes").arg(offset).arg(total));
    }

    std::optional<Checksum> check = expected;
    if (!check && !response->header("content-md5").isEmpty()) {
        Base::Result<Checksum> md5 = Checksum::fromContentMd5(response->header("content-md5"));
        if (md5) check = *md5;
    }
    if (check) {
        Base::Result<QByteArray> digest = Hasher::hashFile(partPath, check->algorithm());
        if (!digest) return digest.error();
        if (*digest != check->digest()) {
            // A corrupt file must not be resumed from: drop it so the next try starts clean.
            QFile::remove(partPath);
            return Base::Error(Base::Error::Kind::InvalidInput, url,
                               tr("Checksum mismatch: the downloaded file is corrupt"),
                               QStringLiteral("%1 expected %2, got %3")
                                   .arg(check->algorithmName(), check->hex(),
                                        QString::fromLatin1(digest->toHex())));
        }
        result.verified = true;
    }
    // rename(2) replaces an existing file atomically.
    if (std::rename(QFile::encodeName(partPath).constData(), QFile::encodeName(target).constData()) != 0)
        return Base::Error(Base::Error::Kind::Io, target, tr("Cannot move the download into place"),
                           QString::fromLocal8Bit(strerror(errno)));
    result.bytes = QFileInfo(target).size();
    return result;
}

}  // namespace Estran::Net
