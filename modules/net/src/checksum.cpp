// SPDX-License-Identifier: GPL-3.0-or-later
#include "estran/net/checksum.h"

#include <QCoreApplication>
#include <QFile>

#include <openssl/evp.h>

namespace Estran::Net {

namespace {

QString tr(const char* text) { return QCoreApplication::translate("Estran::Net", text); }

int digestLength(Checksum::Algorithm a)
{
    switch (a) {
    case Checksum::Algorithm::Md5: return 16;
    case Checksum::Algorithm::Sha1: return 20;
    case Checksum::Algorithm::Sha256: return 32;
    case Checksum::Algorithm::Sha512: return 64;
    }
    return 0;
}

const EVP_MD* evpFor(Checksum::Algorithm a)
{
    switch (a) {
    case Checksum::Algorithm::Md5: return EVP_md5();
    case Checksum::Algorithm::Sha1: return EVP_sha1();
    case Checksum::Algorithm::Sha256: return EVP_sha256();
    case Checksum::Algorithm::Sha512: return EVP_sha512();
    }
    return EVP_sha256();
}

Base::Error badChecksum(const QString& text, const QString& why)
{
    return Base::Error(Base::Error::Kind::InvalidInput, text, why);
}

}  // namespace

Checksum::Checksum(Algorithm algorithm, QByteArray digest)
    : m_algorithm(algorithm), m_digest(std::move(digest))
{
}

QString Checksum::algorithmName() const
{
    switch (m_algorithm) {
    case Algorithm::Md5: return QStringLiteral("md5");
    case Algorithm::Sha1: return QStringLiteral("sha1");
    case Algorithm::Sha256: return QStringLiteral("sha256");
    case Algorithm::Sha512: return QStringLiteral("sha512");
    }
    return {};
}

Base::Result<Checksum> Checksum::fromMultihash(const QString& hex)
{
    const QByteArray bytes = QByteArray::fromHex(hex.trimmed().toLatin1());
    if (bytes.size() < 3 || bytes.toHex() != hex.trimmed().toLower().toLatin1())
        return badChecksum(hex, tr("Not a hexadecimal multihash"));
    // Multihash codes are unsigned varints; md5's 0xd5 needs two bytes (0xd5 0x01).
    int pos = 0;
    quint64 code = 0;
    for (int shift = 0; pos < bytes.size(); shift += 7) {
        const auto byte = quint8(bytes[pos++]);
        code |= quint64(byte & 0x7f) << shift;
        if (!(byte & 0x80)) break;
    }
    if (pos >= bytes.size()) return badChecksum(hex, tr("Truncated multihash"));
    const int length = quint8(bytes[pos++]);
    Algorithm a;
    switch (code) {
    case 0xd5: a = Algorithm::Md5; break;
    case 0x11: a = Algorithm::Sha1; break;
    case 0x12: a = Algorithm::Sha256; break;
    case 0x13: a = Algorithm::Sha512; break;
    default:
        return badChecksum(hex, tr("Unsupported multihash algorithm 0x%1").arg(code, 0, 16));
    }
    const QByteArray digest = bytes.mid(pos);
    if (length != digestLength(a) || digest.size() != length)
        return badChecksum(hex, tr("Multihash digest has the wrong length"));
    return Checksum(a, digest);
}

Base::Result<Checksum> Checksum::fromContentMd5(const QByteArray& base64)
{
    const QByteArray digest = QByteArray::fromBase64(base64.trimmed());
    if (digest.size() != 16) return badChecksum(QString::fromLatin1(base64), tr("Not a base64 MD5 digest"));
    return Checksum(Algorithm::Md5, digest);
}

Base::Result<Checksum> Checksum::fromPrefixed(const QString& text)
{
    const qsizetype colon = text.indexOf(u':');
    if (colon <= 0) return badChecksum(text, tr("Expected algorithm:hex"));
    const QString name = text.left(colon).trimmed().toLower().remove(u'-');
    const QByteArray digest = QByteArray::fromHex(text.mid(colon + 1).trimmed().toLatin1());
    Algorithm a;
    if (name == u"md5") a = Algorithm::Md5;
    else if (name == u"sha1") a = Algorithm::Sha1;
    else if (name == u"sha256") a = Algorithm::Sha256;
    else if (name == u"sha512") a = Algorithm::Sha512;
    else return badChecksum(text, tr("Unsupported checksum algorithm"));
    if (digest.size() != digestLength(a)) return badChecksum(text, tr("Digest has the wrong length"));
    return Checksum(a, digest);
}

struct Hasher::Private {
    EVP_MD_CTX* ctx = EVP_MD_CTX_new();
    ~Private() { EVP_MD_CTX_free(ctx); }
};

Hasher::Hasher(Checksum::Algorithm algorithm) : d(std::make_unique<Private>())
{
    EVP_DigestInit_ex(d->ctx, evpFor(algorithm), nullptr);
}

Hasher::~Hasher() = default;

void Hasher::add(const char* data, size_t size) { EVP_DigestUpdate(d->ctx, data, size); }

QByteArray Hasher::result()
{
    unsigned char out[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    EVP_DigestFinal_ex(d->ctx, out, &length);
    return QByteArray(reinterpret_cast<const char*>(out), int(length));
}

Base::Result<QByteArray> Hasher::hashFile(const QString& path, Checksum::Algorithm algorithm)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Base::Error(Base::Error::Kind::Io, path, tr("Cannot read the file"), file.errorString());
    Hasher hasher(algorithm);
    QByteArray block(1 << 20, Qt::Uninitialized);
    for (;;) {
        const qint64 n = file.read(block.data(), block.size());
        if (n < 0) return Base::Error(Base::Error::Kind::Io, path, tr("Cannot read the file"), file.errorString());
        if (n == 0) break;
        hasher.add(block.constData(), size_t(n));
    }
    return hasher.result();
}

}  // namespace Estran::Net
