// SPDX-License-Identifier: GPL-3.0-or-later
#include "ncbuilder.h"

#include "estran/data/dataset.h"
#include "estran/data/readerregistry.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>
#include <hdf5.h>

#include <cmath>

using namespace Estran;

namespace {

void writeDataset(hid_t loc, const char* name, hid_t fileType, hid_t memType,
                  std::vector<hsize_t> dims, const void* data)
{
    const hid_t space = H5Screate_simple(int(dims.size()), dims.data(), nullptr);
    const hid_t ds = H5Dcreate2(loc, name, fileType, space, H5P_DEFAULT, H5P_DEFAULT, H5P_DEFAULT);
    ASSERT_GE(ds, 0);
    H5Dwrite(ds, memType, H5S_ALL, H5S_ALL, H5P_DEFAULT, data);
    H5Dclose(ds);
    H5Sclose(space);
}

void numberAttribute(hid_t loc, const char* object, const char* name, hid_t type, double value)
{
    const hid_t space = H5Screate(H5S_SCALAR);
    const hid_t obj = H5Oopen(loc, object, H5P_DEFAULT);
    const hid_t a = H5Acreate2(obj, name, type, space, H5P_DEFAULT, H5P_DEFAULT);
    H5Awrite(a, H5T_NATIVE_DOUBLE, &value);
    H5Aclose(a);
    H5Oclose(obj);
    H5Sclose(space);
}

void textAttribute(hid_t loc, const char* object, const char* name, const std::string& value)
{
    const hid_t type = H5Tcopy(H5T_C_S1);
    H5Tset_size(type, value.size());
    const hid_t space = H5Screate(H5S_SCALAR);
    const hid_t obj = H5Oopen(loc, object, H5P_DEFAULT);
    const hid_t a = H5Acreate2(obj, name, type, space, H5P_DEFAULT, H5P_DEFAULT);
    H5Awrite(a, type, value.data());
    H5Aclose(a);
    H5Oclose(obj);
    H5Sclose(space);
    H5Tclose(type);
}

// A swath-like product: 2-D geolocation in one group, data in another.
QString writeProduct(const QTemporaryDir& dir)
{
    const QString path = dir.filePath(QStringLiteral("swath.h5"));
    const hid_t file = H5Fcreate(path.toLocal8Bit().constData(), H5F_ACC_TRUNC, H5P_DEFAULT, H5P_DEFAULT);
    const hid_t geo = H5Gcreate2(file, "Geolocation", H5P_DEFAULT, H5P_DEFAULT, H5P_DEFAULT);
    const hid_t data = H5Gcreate2(file, "Data", H5P_DEFAULT, H5P_DEFAULT, H5P_DEFAULT);
    const int ny = 3, nx = 4;
    std::vector<float> lat(ny * nx), lon(ny * nx);
    for (int j = 0; j < ny; ++j) {
        for (int i = 0; i < nx; ++i) {
            lat[size_t(j * nx + i)] = 40.0f + j + 0.1f * i;
            lon[size_t(j * nx + i)] = -5.0f + i - 0.1f * j;
        }
    }
    writeDataset(geo, "Latitude", H5T_IEEE_F32LE, H5T_NATIVE_FLOAT, {hsize_t(ny), hsize_t(nx)}, lat.data());
    writeDataset(geo, "Longitude", H5T_IEEE_F32LE, H5T_NATIVE_FLOAT, {hsize_t(ny), hsize_t(nx)}, lon.data());
    std::vector<short> temp(2 * ny * nx);
    for (size_t i = 0; i < temp.size(); ++i) temp[i] = short(1000 + i);
    temp[5] = -999;
    writeDataset(data, "temperature", H5T_STD_I16LE, H5T_NATIVE_SHORT, {2, hsize_t(ny), hsize_t(nx)}, temp.data());
    numberAttribute(data, "temperature", "scale_factor", H5T_IEEE_F32LE, 0.01);
    numberAttribute(data, "temperature", "add_offset", H5T_IEEE_F32LE, 273.15);
    numberAttribute(data, "temperature", "_FillValue", H5T_STD_I16LE, -999);
    textAttribute(data, "temperature", "units", "K");
    textAttribute(data, "temperature", "long_name", "Brightness temperature");
    std::vector<double> grid(5 * 6);
    for (size_t i = 0; i < grid.size(); ++i) grid[i] = double(i) / 2;
    writeDataset(data, "unlocated", H5T_IEEE_F64LE, H5T_NATIVE_DOUBLE, {5, 6}, grid.data());
    const int flags[3] = {1, 2, 3};
    writeDataset(file, "flags", H5T_STD_I32LE, H5T_NATIVE_INT, {3}, flags);
    textAttribute(file, "/", "mission", "Estran test satellite");
    H5Gclose(geo);
    H5Gclose(data);
    H5Fclose(file);
    return path;
}

}  // namespace

TEST(Hdf5Reader, BrowsesTheGroupTreeWithFullPathsAndAttributes)
{
    QTemporaryDir dir;
    const QString path = writeProduct(dir);
    auto ds = Data::ReaderRegistry::instance().open(path);
    ASSERT_TRUE(ds.ok()) << ds.error().toString().toStdString();
    EXPECT_EQ((*ds)->format(), QStringLiteral("HDF5"));
    EXPECT_EQ((*ds)->attributes().value(QStringLiteral("mission")).toString(),
              QStringLiteral("Estran test satellite"));
    QStringList names;
    for (const auto& v : (*ds)->variables()) names.append(v.name);
    for (const char* n : {"/Geolocation/Latitude", "/Geolocation/Longitude", "/Data/temperature",
                          "/Data/unlocated", "/flags"})
        EXPECT_TRUE(names.contains(QString::fromUtf8(n))) << n;
    const auto temp = (*ds)->variable(QStringLiteral("/Data/temperature"));
    ASSERT_TRUE(temp.has_value());
    EXPECT_EQ(temp->units, QStringLiteral("K"));
    EXPECT_EQ(temp->longName, QStringLiteral("Brightness temperature"));
    EXPECT_EQ(temp->dtype, Data::DataType::Int16);
    EXPECT_EQ(temp->shape(), (QList<qint64>{2, 3, 4}));
    EXPECT_TRUE(temp->isMappable);
    EXPECT_FALSE((*ds)->variable(QStringLiteral("/flags"))->isMappable);
}

TEST(Hdf5Reader, ReadsPackedSlicesWithGeolocationFoundByName)
{
    QTemporaryDir dir;
    auto ds = Data::ReaderRegistry::instance().open(writeProduct(dir));
    ASSERT_TRUE(ds.ok());
    auto g = (*ds)->grid(QStringLiteral("/Data/temperature"));
    ASSERT_TRUE(g.ok());
    EXPECT_TRUE((*g)->curvilinear);
    EXPECT_FLOAT_EQ(float((*g)->latAt(3, 2)), 42.3f);
    EXPECT_EQ((*g)->levels.size(), 2u);
    auto s0 = (*ds)->readSlice(QStringLiteral("/Data/temperature"), {0, 0});
    ASSERT_TRUE(s0.ok());
    EXPECT_NEAR(s0->at(0, 0), 1000 * 0.01 + 273.15, 1e-3);
    EXPECT_TRUE(std::isnan(s0->at(1, 1)));  // fill
    auto s1 = (*ds)->readSlice(QStringLiteral("/Data/temperature"), {0, 1});
    ASSERT_TRUE(s1.ok());
    EXPECT_NEAR(s1->at(3, 2), (1000 + 12 + 11) * 0.01 + 273.15, 1e-3);
    auto v = (*ds)->readValue(QStringLiteral("/Data/temperature"), 3, 2, {0, 1});
    ASSERT_TRUE(v.ok() && v->has_value());
    EXPECT_NEAR(**v, (1000 + 23) * 0.01f + 273.15f, 1e-4);
    const auto box = (*ds)->bbox();
    ASSERT_TRUE(box.has_value());
    EXPECT_NEAR(box->south, 40.0, 1e-5);
    EXPECT_NEAR(box->east, -2.0, 1e-5);
}

TEST(Hdf5Reader, GivesIndexCoordinatesWhenThereIsNoGeolocation)
{
    QTemporaryDir dir;
    auto ds = Data::ReaderRegistry::instance().open(writeProduct(dir));
    ASSERT_TRUE(ds.ok());
    EXPECT_FALSE((*ds)->variable(QStringLiteral("/Data/unlocated"))->isMappable);
    auto s = (*ds)->readSlice(QStringLiteral("/Data/unlocated"), {});
    ASSERT_TRUE(s.ok());
    EXPECT_EQ(s->grid->nx, 6);
    EXPECT_EQ(s->grid->ny, 5);
    EXPECT_DOUBLE_EQ(s->grid->lon[5], 5.0);
    EXPECT_FLOAT_EQ(s->at(5, 4), 29 / 2.0f);
    EXPECT_FALSE((*ds)->readSlice(QStringLiteral("/flags"), {}).ok());
}

TEST(Hdf5Reader, LeavesNetcdf4FilesToTheNetcdfReader)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("nc4.nc"));
    {
        Estran::Test::NcBuilder b(path);
        const int x = b.dim("x", 2);
        const int v = b.var("v", NC_FLOAT, {x});
        b.put(v, {1, 2});
    }
    auto ds = Data::ReaderRegistry::instance().open(path);
    ASSERT_TRUE(ds.ok());
    EXPECT_EQ((*ds)->format(), QStringLiteral("netCDF-4"));
}
