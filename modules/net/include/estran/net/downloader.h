// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "estran/base/feedback.h"
#include "estran/base/result.h"
#include "estran/net/checksum.h"
#include "estran/net/httpclient.h"
#include "estran/net/net_export.h"
#include "estran/net/urlaccess.h"

#include <QString>

#include <optional>

namespace Estran::Net {

/// What a finished download produced.
struct DownloadResult {
    QString path;           ///< final file
    qint64 bytes = 0;       ///< file size
    qint64 resumedFrom = 0; ///< bytes that were already in the .part file
    bool verified = false;  ///< a checksum was given (or sent by the server) and matched
};

/// Downloads one URL to a file: written to "<file>.part" and renamed only when complete and
/// verified, so a reader never sees a half file; an interrupted download resumes from the
/// .part with a Range request (restarting when the server ignores it); free space is checked
/// against Content-Length before writing. Blocking: run it from a worker.
class ESTRAN_NET_EXPORT Downloader {
public:
    /// `access` carries what protected URLs need (an API key header, S3 keys); s3:// URLs are
    /// fetched from its S3 endpoint, signed when it holds keys.
    explicit Downloader(const HttpClient& client, UrlAccess access = {});

    /// `destination` is a file path, or an existing directory (the name then comes from the
    /// URL's last path segment). A Content-MD5 header is verified when no checksum is given.
    [[nodiscard]] Base::Result<DownloadResult> download(
        const QString& url, const QString& destination,
        const std::optional<Checksum>& expected = std::nullopt,
        Base::Feedback* feedback = nullptr) const;

    /// File name a URL saves to ("index.html" for a bare directory URL).
    static QString fileNameForUrl(const QString& url);

private:
    const HttpClient& m_client;
    UrlAccess m_access;
};

}  // namespace Estran::Net
