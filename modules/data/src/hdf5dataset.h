// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cfdecode.h"
#include "estran/data/dataset.h"

#include <map>
#include <mutex>
#include <vector>

namespace Estran::Data::detail {

/// A plain HDF5 file. Every H5* call runs under libraryMutex() (shared with netCDF-C, which
/// drives the same HDF5 library).
class Hdf5Dataset final : public Dataset {
public:
    [[nodiscard]] static Base::Result<std::unique_ptr<Hdf5Dataset>> open(const QString& path);
    ~Hdf5Dataset() override;

    QString path() const override { return m_path; }
    QString format() const override { return QStringLiteral("HDF5"); }
    QList<VariableInfo> variables() const override { return m_infos; }
    QVariantMap attributes() const override { return m_rootAttributes; }
    std::optional<Base::GeoBox> bbox() const override;

    Base::Result<std::shared_ptr<const Grid>> grid(const QString& variable) const override;
    Base::Result<Slice> readSlice(const QString& variable, const SliceIndex& index,
                                  Base::Feedback* feedback = nullptr) override;
    Base::Result<std::optional<double>> readValue(const QString& variable, int ix, int iy,
                                                  const SliceIndex& index) override;
    Base::Result<std::vector<double>> readTimeSeries(const QString& variable, int ix, int iy,
                                                     qint64 level,
                                                     Base::Feedback* feedback = nullptr) override;

    /// Called from the H5Ovisit callback.
    void addDataset(qint64 dataset, const QString& fullPath);

private:
    struct Var {
        QString name;
        DataType dtype = DataType::Other;
        std::vector<qint64> shape;
        QVariantMap attributes;
        DecodeSpec spec;
        bool sliceable = false;
        int zDim = -1;         // leading dimension offered as the level selector
        int lonVar = -1;       // geolocation datasets, -1 when none
        int latVar = -1;
        bool curvilinear = false;
    };

    Hdf5Dataset() = default;
    void analyse();
    int findVariable(const QString& name) const;
    Base::Result<const Var*> sliceableVar(const QString& variable) const;
    Base::Result<void> readHyperslabLocked(const Var& v, const std::vector<qint64>& start,
                                           const std::vector<qint64>& count, void* out) const;
    Base::Result<std::vector<double>> readWholeLocked(const Var& v) const;

    QString m_path;
    qint64 m_file = -1;  // hid_t
    std::vector<Var> m_vars;
    QList<VariableInfo> m_infos;
    QVariantMap m_rootAttributes;
    mutable std::mutex m_cacheMutex;
    mutable std::map<int, std::shared_ptr<const Grid>> m_grids;
    mutable bool m_bboxDone = false;
    mutable std::optional<Base::GeoBox> m_bbox;
};

}  // namespace Estran::Data::detail
