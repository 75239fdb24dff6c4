// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "estran/base/result.h"
#include "estran/net/net_export.h"

#include <QByteArray>
#include <QString>

#include <memory>
#include <optional>

namespace Estran::Net {

/// An expected digest of a file, as catalogues state them: STAC's file:checksum (a multihash
/// in hex), an HTTP Content-MD5 header (base64) or a plain "algorithm:hex" string.
class ESTRAN_NET_EXPORT Checksum {
public:
    enum class Algorithm { Md5, Sha1, Sha256, Sha512 };

    Checksum(Algorithm algorithm, QByteArray digest);

    /// Hex multihash: 0xd5 0x01 (md5), 0x11 (sha1), 0x12 (sha2-256), 0x13 (sha2-512) then the
    /// digest length and the digest.
    [[nodiscard]] static Base::Result<Checksum> fromMultihash(const QString& hex);
    [[nodiscard]] static Base::Result<Checksum> fromContentMd5(const QByteArray& base64);
    /// "md5:…", "sha256:…" (hex), as used by many download manifests.
    [[nodiscard]] static Base::Result<Checksum> fromPrefixed(const QString& text);

    Algorithm algorithm() const { return m_algorithm; }
    const QByteArray& digest() const { return m_digest; }
    QString algorithmName() const;
    QString hex() const { return QString::fromLatin1(m_digest.toHex()); }

private:
    Algorithm m_algorithm;
    QByteArray m_digest;
};

/// Incremental digest computation through OpenSSL's EVP interface.
class ESTRAN_NET_EXPORT Hasher {
public:
    explicit Hasher(Checksum::Algorithm algorithm);
    ~Hasher();
    Hasher(const Hasher&) = delete;
    Hasher& operator=(const Hasher&) = delete;

    void add(const char* data, size_t size);
    QByteArray result();

    /// Digest of a whole file, read in blocks; error names the file.
    [[nodiscard]] static Base::Result<QByteArray> hashFile(const QString& path,
                                                           Checksum::Algorithm algorithm);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

}  // namespace Estran::Net
