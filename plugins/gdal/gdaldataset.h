// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cfdecode.h"
#include "estran/data/dataset.h"

#include <map>
#include <mutex>
#include <vector>

namespace Estran::Data::detail {

/// A 2-D raster opened with GDAL's classic API: GeoTIFF/COG, GRIB, and whatever else GDAL
/// reads. Bands become one variable with a band (or, for GRIB, time) axis; GRIB messages are
/// grouped per element and level so that "TMP at 2 m" over several valid times is one
/// variable with a time axis. Projected rasters get lon/lat of every cell centre through
/// OGRCoordinateTransformation (a curvilinear Grid with sourceCrs set).
/// GDAL dataset handles are not thread-safe: every call runs under this dataset's mutex.
class GdalDataset final : public Dataset {
public:
    [[nodiscard]] static Base::Result<std::unique_ptr<GdalDataset>> open(const QString& path);
    ~GdalDataset() override;

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
        std::vector<int> bands;     // 1-based GDAL band numbers, in time (or band) order
        std::vector<double> times;  // seconds since 1970-01-01 when the bands are valid times
        std::vector<DecodeSpec> specs;  // per band: nodata, scale, offset
        QString units;
        QString description;
        QVariantMap attributes;
        DataType dtype = DataType::Float64;
        bool readAsFloat = false;  // every band's type is exact in float32
    };

    GdalDataset() = default;
    Base::Result<void> buildGridLocked();
    int findVariable(const QString& name) const;
    Base::Result<const Var*> variableOrError(const QString& name) const;
    int bandFor(const Var& v, const SliceIndex& index) const;
    Base::Result<void> readBandLocked(const Var& v, int band, int x, int y, int nx, int ny,
                                      void* out) const;

    QString m_path;
    QString m_format;
    void* m_dataset = nullptr;  // GDALDatasetH
    mutable std::mutex m_mutex;
    std::vector<Var> m_vars;
    QList<VariableInfo> m_infos;
    QVariantMap m_attributes;
    std::shared_ptr<Grid> m_baseGrid;  // geolocation shared by every variable
    bool m_geolocated = false;
    mutable std::map<int, std::shared_ptr<const Grid>> m_grids;
    std::optional<Base::GeoBox> m_bbox;
};

}  // namespace Estran::Data::detail
