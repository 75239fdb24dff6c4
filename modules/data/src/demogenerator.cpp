// SPDX-License-Identifier: GPL-3.0-or-later
#include "estran/data/demogenerator.h"

#include "librarylock.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QDir>
#include <QFileInfo>

#include <netcdf.h>

#include <array>
#include <cmath>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <vector>

namespace Estran::Data {

using Base::Error;
using Base::Result;

namespace {

QString tr(const char* text) { return QCoreApplication::translate("Estran::Data", text); }

constexpr float kFill = -999.0f;
constexpr short kPackedFill = -32768;
constexpr double kPackedScale = 0.001;
constexpr double kPackedOffset = 15.0;
constexpr double kDeg = M_PI / 180.0;
constexpr std::array<double, 5> kDepths{0.5, 10.0, 50.0, 200.0, 1000.0};

// One propagating wave term: amplitude(lat) * cos(ky*lat) * sin(kx*lon + phase + omega*t).
// Separable in lon and lat, so a whole map costs a few multiplications per cell.
struct Wave {
    double kx, ky, omega, phase, amplitude;
};
constexpr std::array<Wave, 4> kWaves{{
    {3.0, 4.0, 0.020, 0.3, 0.9},
    {7.0, 9.0, 0.045, 1.7, 0.6},
    {13.0, 15.0, 0.080, 4.1, 0.45},
    {23.0, 21.0, 0.120, 2.2, 0.3},
}};

struct Field {
    int nx = 0, ny = 0;
    std::vector<double> lon, lat;
};

Field makeField(double resolution)
{
    Field f;
    f.nx = int(std::lround(360.0 / resolution));
    f.ny = int(std::lround(180.0 / resolution));
    f.lon.resize(size_t(f.nx));
    f.lat.resize(size_t(f.ny));
    const double dx = 360.0 / f.nx;
    const double dy = 180.0 / f.ny;
    for (int i = 0; i < f.nx; ++i) f.lon[size_t(i)] = -180.0 + dx * (i + 0.5);
    for (int j = 0; j < f.ny; ++j) f.lat[size_t(j)] = -90.0 + dy * (j + 0.5);
    return f;
}

// Sea-surface temperature in °C on day `t` for a whole map; NaN over sea ice.
void surfaceMap(const Field& f, double t, std::vector<double>& out)
{
    out.assign(size_t(f.nx) * size_t(f.ny), 0.0);
    const double season = std::sin(2 * M_PI * (t - 80.0) / 365.25);  // +1 in northern summer
    // Ice edges: lowest in late winter of each hemisphere.
    const double iceNorth = 78.0 + 2.5 * std::sin(2 * M_PI * (t - 170.0) / 365.25);
    const double iceSouth = -78.0 + 2.5 * std::sin(2 * M_PI * (t - 170.0) / 365.25);
    std::vector<std::array<double, kWaves.size()>> colTerm(size_t(f.nx));
    for (int i = 0; i < f.nx; ++i) {
        for (size_t k = 0; k < kWaves.size(); ++k) {
            const Wave& w = kWaves[k];
            // + omega*t moves crests westward, as Rossby waves and eddies do.
            colTerm[size_t(i)][k] = std::sin(w.kx * f.lon[size_t(i)] * kDeg + w.phase + w.omega * t);
        }
    }
    for (int j = 0; j < f.ny; ++j) {
        const double phi = f.lat[size_t(j)];
        double* row = out.data() + size_t(j) * size_t(f.nx);
        if (phi > iceNorth || phi < iceSouth) {
            for (int i = 0; i < f.nx; ++i) row[i] = std::nan("");
            continue;
        }
        const double c = std::cos(phi * kDeg);
        const double base = -1.8 + 30.5 * std::pow(c, 2.2);
        const double seasonal = 3.5 * std::sin(std::abs(phi) * 2 * kDeg) * season * (phi >= 0 ? 1 : -1);
        std::array<double, kWaves.size()> rowTerm;
        const double eddyEnvelope = 0.4 + std::sin(std::abs(phi) * 2 * kDeg);  // strongest at 45°
        for (size_t k = 0; k < kWaves.size(); ++k)
            rowTerm[k] = kWaves[k].amplitude * eddyEnvelope * std::cos(kWaves[k].ky * phi * kDeg);
        for (int i = 0; i < f.nx; ++i) {
            double v = base + seasonal;
            for (size_t k = 0; k < kWaves.size(); ++k) v += rowTerm[k] * colTerm[size_t(i)][k];
            row[i] = v;
        }
        // Western-boundary fronts (Gulf Stream, Kuroshio) and the Antarctic Circumpolar
        // front: sharp meandering steps that make colour maps look like the real ocean. Each
        // is faded out by a smooth envelope so no box edge shows.
        const double gulfLat = std::exp(-std::pow((phi - 38.0) / 6.0, 2));
        const double kuroLat = std::exp(-std::pow((phi - 35.5) / 5.0, 2));
        const double accLat = std::exp(-std::pow((phi + 50.0) / 7.0, 2));
        for (int i = 0; i < f.nx; ++i) {
            const double lam = f.lon[size_t(i)];
            if (gulfLat > 1e-3 && lam > -80 && lam < -20) {
                const double w = std::pow(std::sin(M_PI * (lam + 80) / 60.0), 2) * gulfLat;
                const double front = 38.0 + 2.5 * std::sin(lam * 0.25 + t * 0.05)
                                     + 1.0 * std::sin(lam * 0.9 - t * 0.11);
                row[i] += 3.0 * std::tanh((front - phi) / 0.8) * w;
            } else if (kuroLat > 1e-3 && lam > 128 && lam < 178) {
                const double w = std::pow(std::sin(M_PI * (lam - 128) / 50.0), 2) * kuroLat;
                const double front = 35.5 + 2.0 * std::sin(lam * 0.3 - t * 0.04);
                row[i] += 2.5 * std::tanh((front - phi) / 0.8) * w;
            }
            if (accLat > 1e-3) {
                const double front = -50.0 + 3.0 * std::sin(lam * 3 * kDeg + t * 0.01)
                                     + 1.2 * std::sin(lam * 11 * kDeg - t * 0.03);
                row[i] += 2.0 * std::tanh((phi - front) / 1.5) * accLat;
            }
        }
    }
}

class NcWriter {
public:
    explicit NcWriter(QString path) : m_path(std::move(path)) {}
    ~NcWriter()
    {
        if (m_ncid >= 0) {
            detail::LibraryLock lock(detail::libraryMutex());
            nc_close(m_ncid);
        }
    }
    int& id() { return m_ncid; }
    void release() { m_ncid = -1; }
    Error error(int status, const QString& what) const
    {
        return Error(Error::Kind::Io, m_path, what, QString::fromUtf8(nc_strerror(status)));
    }

private:
    QString m_path;
    int m_ncid = -1;
};

#define NC_TRY(call, what)                                                                       \
    do {                                                                                         \
        if (const int st_ = (call); st_ != NC_NOERR) return writer.error(st_, what);             \
    } while (false)

void putText(int ncid, int var, const char* name, const QString& value)
{
    const QByteArray v = value.toUtf8();
    nc_put_att_text(ncid, var, name, size_t(v.size()), v.constData());
}

Result<void> writeFile(const QString& tmpPath, const DemoGenerator::Options& o, Base::Feedback* fb)
{
    NcWriter writer(tmpPath);
    const Field f = makeField(o.resolution);
    const Field c = makeField(std::max(o.depthResolution, o.resolution));
    int ncid = -1;
    int timeVar = 0, latVar = 0, lonVar = 0, sstVar = 0;
    int depthVar = 0, latcVar = 0, loncVar = 0, thetaoVar = 0;
    {
        detail::LibraryLock lock(detail::libraryMutex());
        NC_TRY(nc_create(QFile::encodeName(tmpPath).constData(), NC_NETCDF4 | NC_CLOBBER, &writer.id()),
               tr("Cannot create the file"));
        ncid = writer.id();
        int timeDim = 0, latDim = 0, lonDim = 0, depthDim = 0, latcDim = 0, loncDim = 0;
        const QString defining = tr("Cannot define the file's structure");
        NC_TRY(nc_def_dim(ncid, "time", NC_UNLIMITED, &timeDim), defining);
        NC_TRY(nc_def_dim(ncid, "lat", size_t(f.ny), &latDim), defining);
        NC_TRY(nc_def_dim(ncid, "lon", size_t(f.nx), &lonDim), defining);
        NC_TRY(nc_def_var(ncid, "time", NC_DOUBLE, 1, &timeDim, &timeVar), defining);
        NC_TRY(nc_def_var(ncid, "lat", NC_DOUBLE, 1, &latDim, &latVar), defining);
        NC_TRY(nc_def_var(ncid, "lon", NC_DOUBLE, 1, &lonDim, &lonVar), defining);
        putText(ncid, timeVar, "standard_name", QStringLiteral("time"));
        putText(ncid, timeVar, "long_name", QStringLiteral("time"));
        putText(ncid, timeVar, "units", QStringLiteral("days since 2020-01-01 00:00:00"));
        putText(ncid, timeVar, "calendar", QStringLiteral("standard"));
        putText(ncid, timeVar, "axis", QStringLiteral("T"));
        putText(ncid, latVar, "standard_name", QStringLiteral("latitude"));
        putText(ncid, latVar, "long_name", QStringLiteral("latitude"));
        putText(ncid, latVar, "units", QStringLiteral("degrees_north"));
        putText(ncid, latVar, "axis", QStringLiteral("Y"));
        putText(ncid, lonVar, "standard_name", QStringLiteral("longitude"));
        putText(ncid, lonVar, "long_name", QStringLiteral("longitude"));
        putText(ncid, lonVar, "units", QStringLiteral("degrees_east"));
        putText(ncid, lonVar, "axis", QStringLiteral("X"));

        const int sstDims[3] = {timeDim, latDim, lonDim};
        NC_TRY(nc_def_var(ncid, "sst", NC_FLOAT, 3, sstDims, &sstVar), defining);
        const size_t sstChunks[3] = {1, size_t(f.ny), size_t(f.nx)};
        NC_TRY(nc_def_var_chunking(ncid, sstVar, NC_CHUNKED, sstChunks), defining);
        if (o.deflateLevel > 0)
            NC_TRY(nc_def_var_deflate(ncid, sstVar, o.shuffle ? 1 : 0, 1, std::min(o.deflateLevel, 9)), defining);
        NC_TRY(nc_def_var_fill(ncid, sstVar, NC_FILL, &kFill), defining);
        if (o.significantDigits > 0)
            NC_TRY(nc_def_var_quantize(ncid, sstVar, NC_QUANTIZE_GRANULARBR, std::min(o.significantDigits, 7)), defining);
        putText(ncid, sstVar, "standard_name", QStringLiteral("sea_surface_temperature"));
        putText(ncid, sstVar, "long_name", QStringLiteral("Sea surface temperature (synthetic)"));
        putText(ncid, sstVar, "units", o.kelvin ? QStringLiteral("K") : QStringLiteral("degree_Celsius"));
        const float range[2] = {o.kelvin ? 271.0f : -2.0f, o.kelvin ? 313.15f : 40.0f};
        NC_TRY(nc_put_att_float(ncid, sstVar, "valid_range", NC_FLOAT, 2, range), defining);
        putText(ncid, sstVar, "comment", QStringLiteral("Cells covered by sea ice are _FillValue."));

        if (o.withDepth) {
            NC_TRY(nc_def_dim(ncid, "depth", kDepths.size(), &depthDim), defining);
            NC_TRY(nc_def_dim(ncid, "lat_coarse", size_t(c.ny), &latcDim), defining);
            NC_TRY(nc_def_dim(ncid, "lon_coarse", size_t(c.nx), &loncDim), defining);
            NC_TRY(nc_def_var(ncid, "depth", NC_DOUBLE, 1, &depthDim, &depthVar), defining);
            NC_TRY(nc_def_var(ncid, "lat_coarse", NC_DOUBLE, 1, &latcDim, &latcVar), defining);
            NC_TRY(nc_def_var(ncid, "lon_coarse", NC_DOUBLE, 1, &loncDim, &loncVar), defining);
            putText(ncid, depthVar, "standard_name", QStringLiteral("depth"));
            putText(ncid, depthVar, "long_name", QStringLiteral("depth below the sea surface"));
            putText(ncid, depthVar, "units", QStringLiteral("m"));
            putText(ncid, depthVar, "positive", QStringLiteral("down"));
            putText(ncid, depthVar, "axis", QStringLiteral("Z"));
            putText(ncid, latcVar, "standard_name", QStringLiteral("latitude"));
            putText(ncid, latcVar, "units", QStringLiteral("degrees_north"));
            putText(ncid, loncVar, "standard_name", QStringLiteral("longitude"));
            putText(ncid, loncVar, "units", QStringLiteral("degrees_east"));
            const int dims[4] = {timeDim, depthDim, latcDim, loncDim};
            NC_TRY(nc_def_var(ncid, "thetao", NC_SHORT, 4, dims, &thetaoVar), defining);
            const size_t chunks[4] = {1, 1, size_t(c.ny), size_t(c.nx)};
            NC_TRY(nc_def_var_chunking(ncid, thetaoVar, NC_CHUNKED, chunks), defining);
            if (o.deflateLevel > 0)
                NC_TRY(nc_def_var_deflate(ncid, thetaoVar, o.shuffle ? 1 : 0, 1, std::min(o.deflateLevel, 9)), defining);
            NC_TRY(nc_def_var_fill(ncid, thetaoVar, NC_FILL, &kPackedFill), defining);
            NC_TRY(nc_put_att_double(ncid, thetaoVar, "scale_factor", NC_DOUBLE, 1, &kPackedScale), defining);
            NC_TRY(nc_put_att_double(ncid, thetaoVar, "add_offset", NC_DOUBLE, 1, &kPackedOffset), defining);
            putText(ncid, thetaoVar, "standard_name", QStringLiteral("sea_water_potential_temperature"));
            putText(ncid, thetaoVar, "long_name", QStringLiteral("Sea water potential temperature (synthetic)"));
            putText(ncid, thetaoVar, "units", QStringLiteral("degree_Celsius"));
        }
        putText(ncid, NC_GLOBAL, "Conventions", QStringLiteral("CF-1.8"));
        putText(ncid, NC_GLOBAL, "title", QStringLiteral("Estran synthetic global sea surface temperature"));
        putText(ncid, NC_GLOBAL, "institution", QStringLiteral("Estran demo generator"));
        putText(ncid, NC_GLOBAL, "source", QStringLiteral("Analytic field: meridional gradient, seasonal cycle, drifting eddies and fronts"));
        putText(ncid, NC_GLOBAL, "history", QStringLiteral("%1 created by estran-cli demo")
                                                 .arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODate)));
        NC_TRY(nc_enddef(ncid), defining);
        NC_TRY(nc_put_var_double(ncid, latVar, f.lat.data()), tr("Cannot write the coordinates"));
        NC_TRY(nc_put_var_double(ncid, lonVar, f.lon.data()), tr("Cannot write the coordinates"));
        if (o.withDepth) {
            NC_TRY(nc_put_var_double(ncid, depthVar, kDepths.data()), tr("Cannot write the coordinates"));
            NC_TRY(nc_put_var_double(ncid, latcVar, c.lat.data()), tr("Cannot write the coordinates"));
            NC_TRY(nc_put_var_double(ncid, loncVar, c.lon.data()), tr("Cannot write the coordinates"));
        }
    }

    std::vector<double> map, coarse;
    std::vector<float> sst(size_t(f.nx) * size_t(f.ny));
    std::vector<short> packed(size_t(c.nx) * size_t(c.ny));
    const double kelvin = o.kelvin ? 273.15 : 0.0;
    for (int d = 0; d < o.days; ++d) {
        if (Base::isCancelled(fb)) return Error::cancelled(tmpPath);
        surfaceMap(f, double(d), map);
        for (size_t i = 0; i < sst.size(); ++i)
            sst[i] = std::isnan(map[i]) ? kFill : float(map[i] + kelvin);
        if (o.withDepth) surfaceMap(c, double(d), coarse);
        detail::LibraryLock lock(detail::libraryMutex());
        const QString writing = tr("Cannot write day %1").arg(d);
        const double t = d;
        const size_t ts = size_t(d);
        const size_t one = 1;
        NC_TRY(nc_put_vara_double(ncid, timeVar, &ts, &one, &t), writing);
        const size_t start[3] = {ts, 0, 0};
        const size_t count[3] = {1, size_t(f.ny), size_t(f.nx)};
        NC_TRY(nc_put_vara_float(ncid, sstVar, start, count, sst.data()), writing);
        if (o.withDepth) {
            for (size_t k = 0; k < kDepths.size(); ++k) {
                // Warm surface water decays towards ~2 °C at depth, with a thermocline.
                const double w = std::exp(-kDepths[k] / 300.0);
                for (size_t i = 0; i < packed.size(); ++i) {
                    if (std::isnan(coarse[i])) {
                        packed[i] = kPackedFill;
                        continue;
                    }
                    const double temp = 2.0 + (coarse[i] - 2.0) * w;
                    packed[i] = short(std::lround((temp - kPackedOffset) / kPackedScale));
                }
                const size_t s4[4] = {ts, k, 0, 0};
                const size_t c4[4] = {1, 1, size_t(c.ny), size_t(c.nx)};
                NC_TRY(nc_put_vara_short(ncid, thetaoVar, s4, c4, packed.data()), writing);
            }
        }
        Base::reportProgress(fb, 100.0 * (d + 1) / o.days);
    }
    detail::LibraryLock lock(detail::libraryMutex());
    const int st = nc_close(ncid);
    writer.release();
    if (st != NC_NOERR) return writer.error(st, tr("Cannot finish the file"));
    return {};
}

}  // namespace

Result<void> DemoGenerator::generate(const QString& path, const Options& options,
                                     Base::Feedback* feedback)
{
    if (options.resolution <= 0 || options.resolution > 30 || options.days < 1) {
        return Error(Error::Kind::InvalidInput, path,
                     tr("Invalid demo options (resolution %1°, %2 days)")
                         .arg(options.resolution)
                         .arg(options.days));
    }
    const QFileInfo target(path);
    if (!target.absoluteDir().exists()) {
        return Error(Error::Kind::NotFound, path, tr("The folder does not exist"));
    }
    // Written beside the target and renamed at the end, so a reader never sees half a file
    // and a cancelled run leaves nothing behind.
    const QString tmp = target.absoluteFilePath() + QStringLiteral(".part");
    Result<void> r = writeFile(tmp, options, feedback);
    if (!r) {
        QFile::remove(tmp);
        if (r.error().kind() == Error::Kind::Cancelled) return Error::cancelled(path);
        return Error(r.error().kind(), path, r.error().message(), r.error().detail());
    }
    if (std::rename(QFile::encodeName(tmp).constData(), QFile::encodeName(target.absoluteFilePath()).constData()) != 0) {
        QFile::remove(tmp);
        return Error(Error::Kind::Io, path, tr("Cannot move the finished file into place"),
                     QString::fromLocal8Bit(std::strerror(errno)));
    }
    return {};
}

}  // namespace Estran::Data
