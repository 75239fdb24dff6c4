// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cfdecode.h"
#include "estran/data/dataset.h"

#include <map>
#include <memory>
#include <mutex>
#include <vector>

namespace Estran::Data {
class Hdf5ChunkPlaneReader;
}

namespace Estran::Data::detail {

/// A netCDF-3/netCDF-4 file read through netCDF-C with CF decoding.
/// Every nc_* call runs under libraryMutex(); decoding runs outside it so several threads
/// reading different steps overlap their CPU work.
class NetcdfDataset final : public Dataset {
public:
    [[nodiscard]] static Base::Result<std::unique_ptr<NetcdfDataset>> open(const QString& path);
    ~NetcdfDataset() override;

    QString path() const override { return m_path; }
    QString format() const override { return m_format; }
    QList<VariableInfo> variables() const override { return m_infos; }
    QVariantMap attributes() const override { return m_globalAttributes; }
    std::optional<Base::GeoBox> bbox() const override;

    Base::Result<std::shared_ptr<const Grid>> grid(const QString& variable) const override;
    Base::Result<Slice> readSlice(const QString& variable, const SliceIndex& index,
                                  Base::Feedback* feedback = nullptr) override;
    Base::Result<std::optional<double>> readValue(const QString& variable, int ix, int iy,
                                                  const SliceIndex& index) override;
    Base::Result<std::vector<double>> readTimeSeries(const QString& variable, int ix, int iy,
                                                     qint64 level,
                                                     Base::Feedback* feedback = nullptr) override;

private:
    struct Var {
        int group = 0;
        int varid = 0;
        QString name;       // full path for grouped variables, plain at the root
        QString shortName;
        QString groupPath;  // "" at the root, "/a/b" below
        int ncType = 0;
        DataType storedType = DataType::Other;
        DataType dtype = DataType::Other;  // after _Unsigned
        std::vector<int> dimids;
        std::vector<size_t> shape;
        QStringList dimNames;
        QVariantMap attributes;
        DecodeSpec spec;
        AxisRole role = AxisRole::None;

        // Layout of data variables (positions in dimids, -1 when absent).
        int xDim = -1, yDim = -1, tDim = -1, zDim = -1;
        std::vector<int> coordFor;  // coordinate variable per dimension, -1 when none
        int lon2d = -1, lat2d = -1;
        bool curvilinear = false;
        bool geolocated = false;
        bool projected = false;  // lon/lat computed from 1-D x/y and a CF grid_mapping
        QString crs;             // the grid mapping's PROJ string or WKT
        int gridMapping = -1;
        bool sliceable = false;
        QString gridKey;
    };

    NetcdfDataset() = default;
    Base::Result<void> scan();
    /// The CF bounds of 1-D coordinate `coordIndex` (n×2 values), or empty when it names none
    /// or they do not fit; bounds are an extra, so a bad one never stops the grid.
    std::vector<double> boundsLocked(int coordIndex) const;
    Base::Result<void> scanGroup(int group, const QString& groupPath);
    void analyse(Var& v);
    int findVariable(const QString& name) const;
    int resolveReference(const QString& name, const QString& fromGroup) const;
    int coordinateVariable(int dimid, const QString& dimName) const;
    Base::Result<std::vector<double>> readWholeLocked(int varIndex) const;
    Base::Result<std::shared_ptr<const Grid>> buildGridLocked(const Var& v) const;
    void ensureChunkCacheLocked(const Var& v);
    const Hdf5ChunkPlaneReader* fastReader(int varIndex);
    Base::Result<const Var*> sliceableVar(const QString& variable) const;
    void buildInfos();
    Base::Error ncError(int status, const QString& message) const;

    QString m_path;
    QString m_format;
    int m_ncid = -1;
    bool m_netcdf4 = false;
    std::vector<Var> m_vars;
    QList<VariableInfo> m_infos;
    QVariantMap m_globalAttributes;

    mutable std::mutex m_cacheMutex;
    mutable std::map<QString, std::shared_ptr<const Grid>> m_grids;
    mutable bool m_bboxDone = false;
    mutable std::optional<Base::GeoBox> m_bbox;
    std::vector<bool> m_cacheSet;
    std::map<int, std::unique_ptr<Hdf5ChunkPlaneReader>> m_fastReaders;
};

}  // namespace Estran::Data::detail
