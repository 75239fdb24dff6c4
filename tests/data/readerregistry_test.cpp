// SPDX-License-Identifier: GPL-3.0-or-later
#include "ncbuilder.h"

#include "estran/data/dataset.h"
#include "estran/data/readerregistry.h"

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Estran;
using Estran::Test::addLonLat;
using Estran::Test::NcBuilder;

namespace {

QString writeBytes(const QTemporaryDir& dir, const char* name, const QByteArray& bytes)
{
    const QString path = dir.filePath(QString::fromUtf8(name));
    QFile f(path);
    EXPECT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
    return path;
}

QByteArray validNetcdf(const QTemporaryDir& dir, int mode)
{
    const QString path = dir.filePath(QStringLiteral("valid.nc"));
    {
        NcBuilder b(path, mode);
        const int y = b.dim("lat", 50);
        const int x = b.dim("lon", 60);
        auto [lon, lat] = addLonLat(b, x, y);
        const int v = b.var("v", NC_DOUBLE, {y, x});
        std::vector<double> lonv(60), latv(50), vv(3000, 1.5);
        for (int i = 0; i < 60; ++i) lonv[size_t(i)] = i;
        for (int j = 0; j < 50; ++j) latv[size_t(j)] = j;
        b.put(lon, lonv);
        b.put(lat, latv);
        b.put(v, vv);
    }
    QFile f(path);
    EXPECT_TRUE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

void expectError(const QString& path, const char* fragment)
{
    Base::Result<std::unique_ptr<Data::Dataset>> ds = Data::ReaderRegistry::instance().open(path);
    ASSERT_FALSE(ds.ok()) << path.toStdString();
    EXPECT_EQ(ds.error().where(), path);
    EXPECT_TRUE(ds.error().toString().contains(QString::fromUtf8(fragment), Qt::CaseInsensitive))
        << ds.error().toString().toStdString();
}

}  // namespace

TEST(ReaderRegistry, RegistersTheBuiltInReaders)
{
    const QStringList ids = Data::ReaderRegistry::instance().readerIds();
    EXPECT_TRUE(ids.contains(QStringLiteral("netcdf")));
}

TEST(ReaderRegistry, SaysWhenTheFileDoesNotExist)
{
    QTemporaryDir dir;
    expectError(dir.filePath(QStringLiteral("nothing.nc")), "not found");
}

TEST(ReaderRegistry, SaysWhenTheFileIsEmpty)
{
    QTemporaryDir dir;
    expectError(writeBytes(dir, "empty.nc", QByteArray()), "empty");
}

TEST(ReaderRegistry, SaysWhenTheContentIsNotARecognisedFormat)
{
    QTemporaryDir dir;
    expectError(writeBytes(dir, "garbage.nc", QByteArray("<html><body>Proxy error</body></html>")),
                "not a recognised");
    QByteArray noise(5000, '\0');
    for (int i = 0; i < noise.size(); ++i) noise[i] = char((i * 7919) % 251);
    expectError(writeBytes(dir, "noise.bin", noise), "not a recognised");
}

TEST(ReaderRegistry, SaysWhenANetcdf4FileIsTruncated)
{
    QTemporaryDir dir;
    const QByteArray full = validNetcdf(dir, NC_NETCDF4);
    expectError(writeBytes(dir, "cut4.nc", full.left(full.size() / 2)), "truncated");
    expectError(writeBytes(dir, "cut4b.nc", full.left(600)), "truncated");
}

TEST(ReaderRegistry, SaysWhenANetcdf3FileIsTruncatedOrDamaged)
{
    QTemporaryDir dir;
    const QByteArray full = validNetcdf(dir, NC_CLASSIC_MODEL);
    const QString path = writeBytes(dir, "cut3.nc", full.left(full.size() / 2));
    Base::Result<std::unique_ptr<Data::Dataset>> ds = Data::ReaderRegistry::instance().open(path);
    if (ds.ok()) {
        // netCDF-C opens classic files lazily; the damage must then surface as an error on read.
        auto slice = (*ds)->readSlice(QStringLiteral("v"), {});
        ASSERT_FALSE(slice.ok());
        EXPECT_EQ(slice.error().where(), path);
    } else {
        EXPECT_EQ(ds.error().where(), path);
        EXPECT_FALSE(ds.error().message().isEmpty());
    }
    // A header cut in the middle cannot be opened at all.
    expectError(writeBytes(dir, "cut3b.nc", full.left(40)), path.isEmpty() ? "" : "netcdf");
}
