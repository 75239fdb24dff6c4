// SPDX-License-Identifier: GPL-3.0-or-later
#include "estran/net/checksum.h"

#include <QTemporaryDir>
#include <QFile>

#include <gtest/gtest.h>

using namespace Estran::Net;

namespace {
// sha256("hello") and md5("hello"), independently known values.
const char* kSha256Hello = "2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824";
const char* kMd5Hello = "5d41402abc4b2a76b9719d911017c592";
}  // namespace

TEST(Checksum, ParsesSha256Multihash)
{
    auto c = Checksum::fromMultihash(QStringLiteral("1220") + QLatin1String(kSha256Hello));
    ASSERT_TRUE(c.ok()) << c.error().toString().toStdString();
    EXPECT_EQ(c->algorithm(), Checksum::Algorithm::Sha256);
    EXPECT_EQ(c->hex(), QLatin1String(kSha256Hello));
}

TEST(Checksum, ParsesMd5MultihashWithTwoByteCode)
{
    auto c = Checksum::fromMultihash(QStringLiteral("d50110") + QLatin1String(kMd5Hello));
    ASSERT_TRUE(c.ok()) << c.error().toString().toStdString();
    EXPECT_EQ(c->algorithm(), Checksum::Algorithm::Md5);
}

TEST(Checksum, RejectsMultihashWithWrongLength)
{
    auto c = Checksum::fromMultihash(QStringLiteral("1210") + QLatin1String(kSha256Hello));
    ASSERT_FALSE(c.ok());
    EXPECT_EQ(c.error().kind(), Estran::Base::Error::Kind::InvalidInput);
}

TEST(Checksum, RejectsNonHexMultihash)
{
    EXPECT_FALSE(Checksum::fromMultihash(QStringLiteral("12zz")).ok());
}

TEST(Checksum, ParsesContentMd5Header)
{
    const QByteArray b64 = QByteArray::fromHex(kMd5Hello).toBase64();
    auto c = Checksum::fromContentMd5(b64);
    ASSERT_TRUE(c.ok());
    EXPECT_EQ(c->hex(), QLatin1String(kMd5Hello));
}

TEST(Checksum, ParsesPrefixedForm)
{
    auto c = Checksum::fromPrefixed(QStringLiteral("SHA-256:") + QLatin1String(kSha256Hello));
    ASSERT_TRUE(c.ok());
    EXPECT_EQ(c->algorithm(), Checksum::Algorithm::Sha256);
}

TEST(Hasher, HashesAFileLikeOpenSslDoes)
{
    QTemporaryDir dir;
    QFile f(dir.filePath(QStringLiteral("hello.txt")));
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("hello");
    f.close();
    auto sha = Hasher::hashFile(f.fileName(), Checksum::Algorithm::Sha256);
    ASSERT_TRUE(sha.ok());
    EXPECT_EQ(sha->toHex(), QByteArray(kSha256Hello));
    auto md5 = Hasher::hashFile(f.fileName(), Checksum::Algorithm::Md5);
    ASSERT_TRUE(md5.ok());
    EXPECT_EQ(md5->toHex(), QByteArray(kMd5Hello));
}

TEST(Hasher, NamesAMissingFile)
{
    auto r = Hasher::hashFile(QStringLiteral("/nonexistent/file.nc"), Checksum::Algorithm::Md5);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().where(), QStringLiteral("/nonexistent/file.nc"));
}
