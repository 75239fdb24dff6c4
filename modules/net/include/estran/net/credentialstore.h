// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "estran/base/result.h"
#include "estran/net/net_export.h"
#include "estran/net/s3location.h"

#include <QObject>
#include <QString>

#include <functional>
#include <optional>

namespace Estran::Net {

/// Secrets (S3 keys, API keys such as GEODES' X-API-Key, passphrases) in the desktop's
/// keychain through QtKeychain (Secret Service on Linux: GNOME Keyring, KWallet). Nothing is
/// ever written to settings files; when no keychain is running the calls fail with a message
/// that says so rather than falling back to plain text.
class ESTRAN_NET_EXPORT CredentialStore {
public:
    /// `service` groups Estran's entries in the keychain.
    explicit CredentialStore(QString service = QStringLiteral("Estran"));

    using ReadHandler = std::function<void(const Base::Result<QString>&)>;
    using WriteHandler = std::function<void(const Base::Result<void>&)>;

    /// Asynchronous, for the GUI thread: the handler runs later on `context`'s thread, never if
    /// `context` was destroyed meanwhile. A missing entry is Error::Kind::NotFound.
    void read(const QString& key, QObject* context, ReadHandler handler) const;
    void write(const QString& key, const QString& secret, QObject* context, WriteHandler handler) const;
    void remove(const QString& key, QObject* context, WriteHandler handler) const;

    /// Blocking versions for worker threads (they spin a local event loop in the calling
    /// thread, which must not be the GUI thread).
    [[nodiscard]] Base::Result<QString> readNow(const QString& key) const;
    [[nodiscard]] Base::Result<void> writeNow(const QString& key, const QString& secret) const;
    [[nodiscard]] Base::Result<void> removeNow(const QString& key) const;

    /// S3 keys for an endpoint, stored as one entry "s3:<endpoint>".
    [[nodiscard]] Base::Result<void> storeS3Credentials(const QString& endpoint, const S3Credentials& keys) const;
    /// nullopt when none is stored (anonymous access), an error when the keychain failed.
    [[nodiscard]] Base::Result<std::optional<S3Credentials>> s3Credentials(const QString& endpoint) const;

    /// The text form of S3 keys in their keychain entry (for the asynchronous read/write).
    static QString encodeS3Credentials(const S3Credentials& keys);
    /// nullopt when the text is not a stored key pair.
    static std::optional<S3Credentials> decodeS3Credentials(const QString& text);

private:
    QString m_service;
};

}  // namespace Estran::Net
