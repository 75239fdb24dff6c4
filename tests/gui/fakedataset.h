// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// An in-memory Dataset for widget tests: a global 1-D lon/lat grid whose value at (t, level,
// ix, iy) is known in closed form, with a read counter and an optional per-read delay so the
// tests can race requests against each other.

#include "estran/data/dataset.h"

#include <QThread>

#include <atomic>
#include <cmath>

namespace Estran::Testing {

class FakeDataset final : public Data::Dataset {
public:
    FakeDataset(int nx, int ny, int nt, int nz = 0) : m_grid(std::make_shared<Data::Grid>())
    {
        m_grid->nx = nx;
        m_grid->ny = ny;
        for (int i = 0; i < nx; ++i) m_grid->lon.push_back(-180.0 + (i + 0.5) * 360.0 / nx);
        for (int j = 0; j < ny; ++j) m_grid->lat.push_back(-90.0 + (j + 0.5) * 180.0 / ny);
        for (int t = 0; t < nt; ++t) m_grid->times.push_back(t);
        m_grid->timeAxis = *Base::CfTimeAxis::create(QStringLiteral("days since 2001-01-01"), QStringLiteral("360_day"));
        for (int z = 0; z < nz; ++z) m_grid->levels.push_back(10.0 * z);
        m_grid->levelName = QStringLiteral("depth");
        m_grid->levelUnits = QStringLiteral("m");
    }

    /// The value every read returns: NaN on the first column (fill), else a formula.
    static float valueAt(qint64 t, qint64 z, int ix, int iy)
    {
        if (ix == 0) return std::nanf("");
        return float(1000 * t + 100 * z + ix + 0.01 * iy);
    }

    std::atomic<int> reads{0};
    std::atomic<int> delayMs{0};

    QString path() const override { return QStringLiteral("/virtual/fake.nc"); }
    QString format() const override { return QStringLiteral("fake"); }
    QList<Data::VariableInfo> variables() const override
    {
        Data::VariableInfo v;
        v.name = QStringLiteral("sst");
        v.longName = QStringLiteral("Sea surface temperature");
        v.units = QStringLiteral("degC");
        v.dtype = Data::DataType::Float32;
        v.isMappable = true;
        v.attributes.insert(QStringLiteral("units"), v.units);
        Data::VariableInfo g = v;
        g.name = QStringLiteral("/group/chl");
        g.units = QStringLiteral("mg m-3");
        Data::VariableInfo c;
        c.name = QStringLiteral("lat");
        c.isCoordinate = true;
        return {v, g, c};
    }
    QVariantMap attributes() const override { return {{QStringLiteral("title"), QStringLiteral("fake")}}; }
    std::optional<Base::GeoBox> bbox() const override { return Base::GeoBox{}; }
    Base::Result<std::shared_ptr<const Data::Grid>> grid(const QString&) const override { return std::shared_ptr<const Data::Grid>(m_grid); }
    Base::Result<Data::Slice> readSlice(const QString& variable, const Data::SliceIndex& index,
                                        Base::Feedback* = nullptr) override
    {
        ++reads;
        if (delayMs > 0) QThread::msleep(delayMs);
        if (variable == QStringLiteral("missing")) {
            return Base::Error(Base::Error::Kind::NotFound, variable, QStringLiteral("no such variable"));
        }
        Data::Slice s;
        s.grid = m_grid;
        s.index = index;
        s.units = QStringLiteral("degC");
        s.values.resize(size_t(m_grid->nx) * m_grid->ny);
        for (int iy = 0; iy < m_grid->ny; ++iy) {
            for (int ix = 0; ix < m_grid->nx; ++ix) s.values[size_t(iy) * m_grid->nx + ix] = valueAt(index.time, index.level, ix, iy);
        }
        s.minimum = valueAt(index.time, index.level, 1, 0);
        s.maximum = valueAt(index.time, index.level, m_grid->nx - 1, m_grid->ny - 1);
        return s;
    }
    Base::Result<std::optional<double>> readValue(const QString&, int ix, int iy, const Data::SliceIndex& index) override
    {
        const float v = valueAt(index.time, index.level, ix, iy);
        return std::isfinite(v) ? std::optional<double>(v) : std::nullopt;
    }
    Base::Result<std::vector<double>> readTimeSeries(const QString&, int ix, int iy, qint64 level, Base::Feedback* = nullptr) override
    {
        std::vector<double> out;
        for (size_t t = 0; t < m_grid->times.size(); ++t) out.push_back(valueAt(qint64(t), level, ix, iy));
        return out;
    }

private:
    std::shared_ptr<Data::Grid> m_grid;
};

}  // namespace Estran::Testing
