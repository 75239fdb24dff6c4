// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "estran/base/feedback.h"
#include "estran/base/result.h"
#include "estran/remote/remote_export.h"
#include "estran/remote/remotehost.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace Estran::Remote {

struct RemoteEntry {
    QString name;
    QString path;  ///< absolute on the host
    bool isDirectory = false;
    qint64 size = 0;
    QDateTime modified;  ///< UTC
};

/// Files on a RemoteHost, through its run() alone (GNU coreutils and find on the host), so
/// transfers share the profile's multiplexed ssh connection. Blocking; any worker thread.
class ESTRAN_REMOTE_EXPORT RemoteFiles {
public:
    explicit RemoteFiles(RemoteHost& host);

    /// Expands ~, ~user and $VARIABLES on the host ("$DATAWORK/estran" on Datarmor) into an absolute
    /// path (relative paths are taken from the home folder); nothing else is evaluated, and an
    /// unset variable is an InvalidInput error naming it.
    [[nodiscard]] Base::Result<QString> resolve(const QString& path);
    /// Entries of a folder, sorted by name; NotFound names the host and folder.
    [[nodiscard]] Base::Result<QList<RemoteEntry>> list(const QString& directory);
    /// Up to `maxBytes` from `offset` (empty at the end): how logs are followed.
    [[nodiscard]] Base::Result<QByteArray> readFrom(const QString& path, qint64 offset, qint64 maxBytes);
    /// Writes atomically (temporary name, then rename), creating the parent folders.
    [[nodiscard]] Base::Result<void> write(const QString& path, const QByteArray& data);
    /// The raw 32-byte SHA-256 digest of a file on the host (toHex() to show it).
    [[nodiscard]] Base::Result<QByteArray> sha256(const QString& path);
    /// Copies a remote file to `localPath`: resumes `localPath`.part left by an interrupted
    /// transfer, checks the SHA-256 of the whole file against the host's, then renames into place.
    /// Returns the bytes transferred by this call.
    [[nodiscard]] Base::Result<qint64> fetch(const QString& remotePath, const QString& localPath,
                                             Base::Feedback* feedback = nullptr);

private:
    RemoteHost& m_host;
};

}  // namespace Estran::Remote
