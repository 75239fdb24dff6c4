// SPDX-License-Identifier: GPL-3.0-or-later
#include "netcdfsubsetwriter.h"

#include "estran/data/dataset.h"
#include "estran/data/subsetplan.h"
#include "librarylock.h"
#include "subsetsteps.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSet>

#include <netcdf.h>

#include <cmath>

namespace Estran::Data::detail {

namespace {

QString tr(const char* text) { return QCoreApplication::translate("Estran::Data", text); }

/// Attributes that describe the stored encoding, not the decoded float values we write.
const QSet<QString>& encodingAttributes()
{
    static const QSet<QString> names{QStringLiteral("scale_factor"), QStringLiteral("add_offset"),
                                     QStringLiteral("_FillValue"), QStringLiteral("missing_value"),
                                     QStringLiteral("valid_min"), QStringLiteral("valid_max"),
                                     QStringLiteral("valid_range"), QStringLiteral("_Unsigned"),
                                     QStringLiteral("_ChunkSizes"), QStringLiteral("_Netcdf4Dimid"),
                                     QStringLiteral("_QuantizeBitGroomNumberOfSignificantDigits"),
                                     QStringLiteral("_QuantizeGranularBitRoundNumberOfSignificantDigits"),
                                     QStringLiteral("_QuantizeBitRoundNumberOfSignificantBits"),
                                     QStringLiteral("coordinates"), QStringLiteral("grid_mapping"),
                                     QStringLiteral("bounds"), QStringLiteral("DIMENSION_LIST"),
                                     QStringLiteral("REFERENCE_LIST"), QStringLiteral("CLASS"), QStringLiteral("NAME")};
    return names;
}

/// A netCDF call that failed, named with the output file.
class NcWriter {
public:
    explicit NcWriter(QString path) : m_path(std::move(path)) {}
    bool check(int status, const char* what)
    {
        if (status == NC_NOERR || !m_error.isEmpty()) return m_error.isEmpty();
        m_error = QStringLiteral("%1: %2").arg(QString::fromLatin1(what), QString::fromUtf8(nc_strerror(status)));
        return false;
    }
    Base::Error error() const
    {
        return Base::Error(Base::Error::Kind::Io, m_path, tr("Cannot write the netCDF file"), m_error);
    }
    bool failed() const { return !m_error.isEmpty(); }

private:
    QString m_path;
    QString m_error;
};

void putText(NcWriter& w, int nc, int var, const QString& name, const QString& value)
{
    const QByteArray v = value.toUtf8();
    w.check(nc_put_att_text(nc, var, name.toUtf8().constData(), size_t(v.size()), v.constData()), "attribute");
}

void putAttribute(NcWriter& w, int nc, int var, const QString& name, const QVariant& value)
{
    const QByteArray key = name.toUtf8();
    if (value.typeId() == QMetaType::QString || value.typeId() == QMetaType::QByteArray) {
        putText(w, nc, var, name, value.toString());
        return;
    }
    QVariantList list = value.typeId() == QMetaType::QVariantList ? value.toList() : QVariantList{value};
    if (list.isEmpty()) return;
    const bool integer = std::all_of(list.cbegin(), list.cend(), [](const QVariant& v) {
        return v.typeId() == QMetaType::LongLong || v.typeId() == QMetaType::Int || v.typeId() == QMetaType::UInt ||
               v.typeId() == QMetaType::ULongLong;
    });
    std::vector<double> values;
    for (const QVariant& v : list) values.push_back(v.toDouble());
    w.check(nc_put_att_double(nc, var, key.constData(), integer ? NC_INT : NC_DOUBLE, values.size(), values.data()),
            "attribute");
}

QString dimensionName(const VariableInfo& v, AxisRole a, AxisRole b, const char* fallback)
{
    for (const Dimension& d : v.dimensions) {
        if (d.role == a || d.role == b) return d.name.section(u'/', -1);
    }
    return QString::fromLatin1(fallback);
}

}  // namespace

Base::Result<void> writeNetcdfSubset(Dataset& dataset, const SubsetPlan& plan, const QString& path,
                                     const QString& command, Base::Feedback* feedback)
{
    const Grid& g = *plan.grid;
    const VariableInfo& first = plan.variables.first();
    NcWriter w(path);
    int nc = -1;
    int timeDim = -1, levelDim = -1, yDim = -1, xDim = -1;
    std::vector<int> dataVars;
    const size_t nr = plan.rows.size(), nc_ = plan.columns.size();
    {
        LibraryLock lock(libraryMutex());
        if (!w.check(nc_create(path.toLocal8Bit().constData(), NC_NETCDF4 | NC_CLOBBER, &nc), "create"))
            return w.error();
        const QString tName = dimensionName(first, AxisRole::Time, AxisRole::Time, "time");
        const QString zName = g.levelName.isEmpty() ? dimensionName(first, AxisRole::Vertical, AxisRole::Vertical, "depth")
                                                    : g.levelName.section(u'/', -1);
        const QString yName = dimensionName(first, AxisRole::Latitude, AxisRole::Y, g.curvilinear ? "y" : "lat");
        const QString xName = dimensionName(first, AxisRole::Longitude, AxisRole::X, g.curvilinear ? "x" : "lon");
        if (!plan.times.empty()) w.check(nc_def_dim(nc, tName.toUtf8().constData(), plan.times.size(), &timeDim), "time dimension");
        if (!plan.levels.empty()) w.check(nc_def_dim(nc, zName.toUtf8().constData(), plan.levels.size(), &levelDim), "level dimension");
        w.check(nc_def_dim(nc, yName.toUtf8().constData(), nr, &yDim), "y dimension");
        w.check(nc_def_dim(nc, xName.toUtf8().constData(), nc_, &xDim), "x dimension");

        // CF cell bounds beside a 1-D coordinate, for the cells kept, when the source has them.
        int boundsDim = -1;
        const auto writeBounds = [&](int coord, const QString& coordName, int dim, const std::vector<double>& bounds,
                                     const auto& kept) {
            if (bounds.empty()) return;
            if (boundsDim < 0) w.check(nc_def_dim(nc, "bnds", 2, &boundsDim), "bounds dimension");
            const QByteArray name = (coordName + QStringLiteral("_bnds")).toUtf8();
            const int dims[2] = {dim, boundsDim};
            int b = -1;
            w.check(nc_def_var(nc, name.constData(), NC_DOUBLE, 2, dims, &b), "bounds");
            putText(w, nc, coord, QStringLiteral("bounds"), QString::fromUtf8(name));
            std::vector<double> values;
            for (const auto i : kept) {
                values.push_back(bounds[2 * size_t(i)]);
                values.push_back(bounds[2 * size_t(i) + 1]);
            }
            w.check(nc_put_var_double(nc, b, values.data()), "bounds values");
        };

        // Coordinates, as decoded from the source, in output order.
        if (timeDim >= 0) {
            int v = -1;
            w.check(nc_def_var(nc, tName.toUtf8().constData(), NC_DOUBLE, 1, &timeDim, &v), "time");
            if (g.timeAxis) {
                putText(w, nc, v, QStringLiteral("units"), g.timeAxis->units());
                putText(w, nc, v, QStringLiteral("calendar"), Base::cfCalendarName(g.timeAxis->calendar()));
            }
            putText(w, nc, v, QStringLiteral("standard_name"), QStringLiteral("time"));
            putText(w, nc, v, QStringLiteral("axis"), QStringLiteral("T"));
            std::vector<double> t;
            for (qint64 i : plan.times) t.push_back(g.times[size_t(i)]);
            w.check(nc_put_var_double(nc, v, t.data()), "time values");
            writeBounds(v, tName, timeDim, g.timeBounds, plan.times);
        }
        if (levelDim >= 0) {
            int v = -1;
            w.check(nc_def_var(nc, zName.toUtf8().constData(), NC_DOUBLE, 1, &levelDim, &v), "levels");
            if (!g.levelUnits.isEmpty()) putText(w, nc, v, QStringLiteral("units"), g.levelUnits);
            putText(w, nc, v, QStringLiteral("positive"), g.levelPositiveDown ? QStringLiteral("down") : QStringLiteral("up"));
            putText(w, nc, v, QStringLiteral("axis"), QStringLiteral("Z"));
            std::vector<double> z;
            for (qint64 i : plan.levels) z.push_back(g.levels[size_t(i)]);
            w.check(nc_put_var_double(nc, v, z.data()), "level values");
            writeBounds(v, zName, levelDim, g.levelBounds, plan.levels);
        }
        QString coordinates;
        if (!g.curvilinear) {
            int lat = -1, lon = -1;
            w.check(nc_def_var(nc, yName.toUtf8().constData(), NC_DOUBLE, 1, &yDim, &lat), "latitude");
            w.check(nc_def_var(nc, xName.toUtf8().constData(), NC_DOUBLE, 1, &xDim, &lon), "longitude");
            putText(w, nc, lat, QStringLiteral("units"), QStringLiteral("degrees_north"));
            putText(w, nc, lat, QStringLiteral("standard_name"), QStringLiteral("latitude"));
            putText(w, nc, lat, QStringLiteral("axis"), QStringLiteral("Y"));
            putText(w, nc, lon, QStringLiteral("units"), QStringLiteral("degrees_east"));
            putText(w, nc, lon, QStringLiteral("standard_name"), QStringLiteral("longitude"));
            putText(w, nc, lon, QStringLiteral("axis"), QStringLiteral("X"));
            std::vector<double> ys, xs;
            for (int r : plan.rows) ys.push_back(g.lat[size_t(r)]);
            for (int c : plan.columns) xs.push_back(g.lon[size_t(c)]);
            w.check(nc_put_var_double(nc, lat, ys.data()), "latitudes");
            w.check(nc_put_var_double(nc, lon, xs.data()), "longitudes");
            writeBounds(lat, yName, yDim, g.latBounds, plan.rows);
            writeBounds(lon, xName, xDim, g.lonBounds, plan.columns);
        } else {
            const int dims[2] = {yDim, xDim};
            int lat = -1, lon = -1;
            w.check(nc_def_var(nc, "lat", NC_DOUBLE, 2, dims, &lat), "latitude");
            w.check(nc_def_var(nc, "lon", NC_DOUBLE, 2, dims, &lon), "longitude");
            putText(w, nc, lat, QStringLiteral("units"), QStringLiteral("degrees_north"));
            putText(w, nc, lat, QStringLiteral("standard_name"), QStringLiteral("latitude"));
            putText(w, nc, lon, QStringLiteral("units"), QStringLiteral("degrees_east"));
            putText(w, nc, lon, QStringLiteral("standard_name"), QStringLiteral("longitude"));
            std::vector<double> ys, xs;
            for (int r : plan.rows) {
                for (int c : plan.columns) {
                    ys.push_back(g.latAt(c, r));
                    xs.push_back(g.lonAt(c, r));
                }
            }
            w.check(nc_put_var_double(nc, lat, ys.data()), "latitudes");
            w.check(nc_put_var_double(nc, lon, xs.data()), "longitudes");
            coordinates = QStringLiteral("lat lon");
        }

        for (const VariableInfo& info : plan.variables) {
            std::vector<int> dims;
            std::vector<size_t> chunks;
            if (timeDim >= 0) dims.push_back(timeDim), chunks.push_back(1);
            if (levelDim >= 0) dims.push_back(levelDim), chunks.push_back(1);
            dims.push_back(yDim), chunks.push_back(nr);
            dims.push_back(xDim), chunks.push_back(nc_);
            int v = -1;
            const QByteArray name = info.name.section(u'/', -1).toUtf8();
            w.check(nc_def_var(nc, name.constData(), NC_FLOAT, int(dims.size()), dims.data(), &v), "variable");
            // One map per chunk: what readers of a single step (viewers, Estran itself) fetch.
            w.check(nc_def_var_chunking(nc, v, NC_CHUNKED, chunks.data()), "chunking");
            w.check(nc_def_var_deflate(nc, v, 1, 1, 4), "compression");
            const float fill = NC_FILL_FLOAT;
            w.check(nc_put_att_float(nc, v, "_FillValue", NC_FLOAT, 1, &fill), "_FillValue");
            for (auto it = info.attributes.cbegin(); it != info.attributes.cend(); ++it) {
                if (!encodingAttributes().contains(it.key())) putAttribute(w, nc, v, it.key(), it.value());
            }
            if (!coordinates.isEmpty()) putText(w, nc, v, QStringLiteral("coordinates"), coordinates);
            dataVars.push_back(v);
        }

        const QVariantMap globals = dataset.attributes();
        for (auto it = globals.cbegin(); it != globals.cend(); ++it) {
            if (it.key() != u"history" && !it.key().startsWith(u'_')) putAttribute(w, nc, NC_GLOBAL, it.key(), it.value());
        }
        if (!globals.contains(QStringLiteral("Conventions"))) putText(w, nc, NC_GLOBAL, QStringLiteral("Conventions"), QStringLiteral("CF-1.8"));
        QString history = QDateTime::currentDateTimeUtc().toString(Qt::ISODate) + QStringLiteral(": ") + command;
        const QString previous = globals.value(QStringLiteral("history")).toString();
        if (!previous.isEmpty()) history += u'\n' + previous;
        putText(w, nc, NC_GLOBAL, QStringLiteral("history"), history);
        w.check(nc_enddef(nc), "enddef");
        if (w.failed()) {
            nc_close(nc);
            return w.error();
        }
    }

    const qint64 totalSteps = plan.stepCount() * qint64(plan.variables.size());
    qint64 done = 0;
    Base::Result<void> result;
    for (qsizetype k = 0; k < plan.variables.size() && result; ++k) {
        const int var = dataVars[size_t(k)];
        result = forEachStep(dataset, plan, plan.variables[k].name, [&](const SubsetStep& step) -> Base::Result<void> {
            std::vector<float> values = step.values;
            for (float& x : values) {
                if (std::isnan(x)) x = NC_FILL_FLOAT;
            }
            std::vector<size_t> start, count;
            const qint64 nl = plan.levels.empty() ? 1 : qint64(plan.levels.size());
            if (timeDim >= 0) start.push_back(size_t(step.index / nl)), count.push_back(1);
            if (levelDim >= 0) start.push_back(size_t(step.index % nl)), count.push_back(1);
            start.push_back(0), count.push_back(nr);
            start.push_back(0), count.push_back(nc_);
            {
                LibraryLock lock(libraryMutex());
                if (!w.check(nc_put_vara_float(nc, var, start.data(), count.data(), values.data()), "values"))
                    return w.error();
            }
            Base::reportProgress(feedback, 100.0 * double(++done) / double(totalSteps));
            return {};
        }, feedback);
    }
    LibraryLock lock(libraryMutex());
    const int closed = nc_close(nc);
    if (!result) return result;
    if (!w.check(closed, "close")) return w.error();
    return {};
}

}  // namespace Estran::Data::detail
