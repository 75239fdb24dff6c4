// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cfdecode.h"
#include "estran/data/dataset.h"

#include <map>
#include <memory>
#include <mutex>
#include <vector>

class GDALDataset;
class GDALMDArray;

namespace Estran::Data::detail {

/// A multidimensional dataset through GDAL's multidimensional API (GDAL_OF_MULTIDIM_RASTER):
/// Zarr v2/v3 in particular. Arrays become variables (full path inside groups), dimensions get
/// their role from the GDAL dimension type, the indexing variable's CF attributes (units,
/// standard_name, axis, calendar) and finally the name. Reads ask GDAL for the hyperslab only,
/// so a Zarr store fetches just the chunks of one time step. Calls run under this dataset's
/// mutex: GDAL objects of one dataset are not thread-safe.
class GdalMultidimDataset final : public Dataset {
public:
    [[nodiscard]] static Base::Result<std::unique_ptr<GdalMultidimDataset>> open(const QString& path);
    ~GdalMultidimDataset() override;

    QString path() const override { return m_path; }
    QString format() const override { return m_format; }
    QList<VariableInfo> variables() const override { return m_infos; }
    QVariantMap attributes() const override { return m_attributes; }
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
        QString name;
        std::shared_ptr<GDALMDArray> array;
        QStringList dimNames;
        std::vector<qint64> shape;
        std::vector<AxisRole> roles;
        QStringList dimTypes;  // GDAL_DIM_TYPE_* per dimension
        std::vector<std::shared_ptr<GDALMDArray>> indexing;  // per dimension, may be null
        QVariantMap attributes;
        DataType dtype = DataType::Other;
        DecodeSpec spec;
        int xDim = -1, yDim = -1, tDim = -1, zDim = -1;
        bool sliceable = false;
        bool geolocated = false;
    };

    GdalMultidimDataset() = default;
    void analyse(Var& v) const;
    int findVariable(const QString& name) const;
    Base::Result<const Var*> sliceableVar(const QString& name) const;
    Base::Result<std::vector<double>> readWholeLocked(GDALMDArray& array) const;
    Base::Result<void> readLocked(const Var& v, const std::vector<quint64>& start,
                                  const std::vector<size_t>& count, double* out) const;
    Base::Result<void> checkIndex(const Var& v, const Grid& g, const SliceIndex& index) const;

    QString m_path;
    QString m_format;
    GDALDataset* m_dataset = nullptr;
    mutable std::recursive_mutex m_mutex;
    std::vector<Var> m_vars;
    QList<VariableInfo> m_infos;
    QVariantMap m_attributes;
    mutable std::map<int, std::shared_ptr<const Grid>> m_grids;
    mutable bool m_bboxDone = false;
    mutable std::optional<Base::GeoBox> m_bbox;
};

}  // namespace Estran::Data::detail
