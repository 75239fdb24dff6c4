// SPDX-License-Identifier: GPL-3.0-or-later
// A third-party reader plugin in one file, built against Estran's public data headers only and
// found at run time through ESTRAN_PLUGIN_PATH: the proof that a format can be added without
// rebuilding Estran. docs/plugins.md walks through it.
//
// The format ("Estran tiny grid", *.etg) is plain text:
//   ESTRAN-TINY-GRID 1
//   variable <name> <units>
//   lon <west-to-east centres...>
//   lat <row centres, first row first...>
//   <one line of values per row; "nan" for no data>

#include "estran/data/dataset.h"
#include "estran/data/readerplugin.h"

#include <QCoreApplication>
#include <QFile>
#include <QObject>
#include <QStringList>

#include <algorithm>
#include <cmath>
#include <limits>

namespace TinyGrid {

using Estran::Base::Error;
using namespace Estran;

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(TinyGrid)
};

class TinyGridDataset final : public Data::Dataset {
public:
    static Base::Result<std::unique_ptr<Data::Dataset>> open(const QString& path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
            return Error(Error::Kind::Io, path, Tr::tr("Cannot read the file"), file.errorString());
        const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n', Qt::SkipEmptyParts);
        auto bad = [&](const QString& why) { return Error(Error::Kind::InvalidInput, path, why); };
        if (lines.size() < 4 || lines[0].trimmed() != u"ESTRAN-TINY-GRID 1")
            return bad(Tr::tr("Not a tiny grid: the first line must be \"ESTRAN-TINY-GRID 1\""));
        auto ds = std::make_unique<TinyGridDataset>();
        ds->m_path = path;
        const QStringList var = lines[1].split(u' ', Qt::SkipEmptyParts);
        if (var.size() != 3 || var[0] != u"variable") return bad(Tr::tr("Line 2 must be: variable <name> <units>"));
        auto numbers = [](const QStringList& words, int from, std::vector<double>& out) {
            for (int i = from; i < words.size(); ++i) {
                bool ok = false;
                const double v = words[i].toDouble(&ok);
                if (!ok && words[i] != u"nan") return false;
                out.push_back(ok ? v : std::numeric_limits<double>::quiet_NaN());
            }
            return true;
        };
        auto grid = std::make_shared<Data::Grid>();
        const QStringList lon = lines[2].split(u' ', Qt::SkipEmptyParts);
        const QStringList lat = lines[3].split(u' ', Qt::SkipEmptyParts);
        if (lon.value(0) != u"lon" || lat.value(0) != u"lat" || !numbers(lon, 1, grid->lon) || !numbers(lat, 1, grid->lat))
            return bad(Tr::tr("Lines 3 and 4 must list the longitudes and latitudes"));
        grid->nx = int(grid->lon.size());
        grid->ny = int(grid->lat.size());
        if (lines.size() != 4 + grid->ny) return bad(Tr::tr("Expected one line of values per latitude"));
        for (int row = 0; row < grid->ny; ++row) {
            std::vector<double> values;
            if (!numbers(lines[4 + row].split(u' ', Qt::SkipEmptyParts), 0, values) || int(values.size()) != grid->nx)
                return bad(Tr::tr("Row %1 does not hold one value per longitude").arg(row + 1));
            ds->m_values.insert(ds->m_values.end(), values.begin(), values.end());
        }
        ds->m_grid = grid;
        ds->m_info.name = var[1];
        ds->m_info.units = var[2];
        ds->m_info.dtype = Data::DataType::Float64;
        ds->m_info.isMappable = true;
        ds->m_info.dimensions = {{QStringLiteral("lat"), grid->ny, Data::AxisRole::Latitude},
                                 {QStringLiteral("lon"), grid->nx, Data::AxisRole::Longitude}};
        return std::unique_ptr<Data::Dataset>(std::move(ds));
    }

    QString path() const override { return m_path; }
    QString format() const override { return QStringLiteral("Tiny grid"); }
    QList<Data::VariableInfo> variables() const override { return {m_info}; }
    QVariantMap attributes() const override { return {}; }
    std::optional<Base::GeoBox> bbox() const override
    {
        const auto [south, north] = std::minmax_element(m_grid->lat.begin(), m_grid->lat.end());
        return Base::GeoBox{m_grid->lon.front(), *south, m_grid->lon.back(), *north};
    }
    Base::Result<std::shared_ptr<const Data::Grid>> grid(const QString& variable) const override
    {
        if (variable != m_info.name) return Error(Error::Kind::NotFound, variable, Tr::tr("No such variable"));
        return std::shared_ptr<const Data::Grid>(m_grid);
    }
    Base::Result<Data::Slice> readSlice(const QString& variable, const Data::SliceIndex& index,
                                        Base::Feedback* = nullptr) override
    {
        if (variable != m_info.name) return Error(Error::Kind::NotFound, variable, Tr::tr("No such variable"));
        Data::Slice slice;
        slice.grid = m_grid;
        slice.index = index;
        slice.units = m_info.units;
        slice.minimum = slice.maximum = std::numeric_limits<float>::quiet_NaN();
        for (double v : m_values) {
            slice.values.push_back(float(v));
            if (std::isnan(v)) continue;
            if (std::isnan(slice.minimum) || v < slice.minimum) slice.minimum = float(v);
            if (std::isnan(slice.maximum) || v > slice.maximum) slice.maximum = float(v);
        }
        return slice;
    }
    Base::Result<std::optional<double>> readValue(const QString& variable, int ix, int iy,
                                                  const Data::SliceIndex&) override
    {
        if (variable != m_info.name) return Error(Error::Kind::NotFound, variable, Tr::tr("No such variable"));
        const double v = m_values[size_t(iy) * size_t(m_grid->nx) + size_t(ix)];
        return std::isnan(v) ? std::optional<double>() : std::optional<double>(v);
    }
    Base::Result<std::vector<double>> readTimeSeries(const QString& variable, int ix, int iy, qint64,
                                                     Base::Feedback* = nullptr) override
    {
        if (variable != m_info.name) return Error(Error::Kind::NotFound, variable, Tr::tr("No such variable"));
        return std::vector<double>{m_values[size_t(iy) * size_t(m_grid->nx) + size_t(ix)]};
    }

private:
    QString m_path;
    Data::VariableInfo m_info;
    std::shared_ptr<Data::Grid> m_grid;
    std::vector<double> m_values;
};

class TinyGridReader final : public Data::DatasetReader {
public:
    QString id() const override { return QStringLiteral("tinygrid"); }
    QString name() const override { return Tr::tr("Tiny text grids"); }
    int probe(const QString&, const QByteArray& header) const override
    {
        return header.startsWith("ESTRAN-TINY-GRID") ? 90 : 0;
    }
    Base::Result<std::unique_ptr<Data::Dataset>> open(const QString& path) const override
    {
        return TinyGridDataset::open(path);
    }
};

class TinyGridPlugin final : public QObject, public Data::ReaderPlugin {
    Q_OBJECT
    Q_PLUGIN_METADATA(IID ESTRAN_READER_PLUGIN_IID FILE "tinygrid.json")
    Q_INTERFACES(Estran::Data::ReaderPlugin)
    Q_DISABLE_COPY_MOVE(TinyGridPlugin)

public:
    TinyGridPlugin() = default;
    std::vector<std::unique_ptr<Data::DatasetReader>> createReaders() override
    {
        std::vector<std::unique_ptr<Data::DatasetReader>> readers;
        readers.push_back(std::make_unique<TinyGridReader>());
        return readers;
    }
};

}  // namespace TinyGrid

#include "tinygridplugin.moc"
