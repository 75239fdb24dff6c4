// SPDX-License-Identifier: GPL-3.0-or-later
// Reader-only throughput, one thread: every time step of one variable read through
// Estran::Data (ReaderRegistry -> Dataset::readSlice: hyperslab read, scale/offset, fill and
// valid range -> NaN, min/max) beside a plain netCDF-C loop of nc_get_vara_float over the same
// steps, and the same loop plus the decoding Estran does, so the cost of each layer shows.
//
//   ESTRAN_BENCH_FILE=global.nc ESTRAN_BENCH_VAR=sst build/dev/bench/readrate_bench
//
// Without ESTRAN_BENCH_FILE a 720x360x48 file (deflate+shuffle, one map per chunk, like the
// demo generator's) is written to a temporary directory first; ESTRAN_BENCH_SMALL=1 makes it
// 90x45x4 (the smoke test). Before timing, the first step read both ways is compared value by
// value, so a benchmark of a reader that returns wrong data fails instead of looking fast.

#include "estran/data/dataset.h"
#include "estran/data/readerregistry.h"

#include <QDir>
#include <QString>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>
#include <netcdf.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <limits>
#include <memory>
#include <numbers>
#include <string>
#include <vector>

namespace {

struct Target {
    std::string path;
    std::string variable;
};

bool check(int status, const char* what, const std::string& path)
{
    if (status == NC_NOERR) return true;
    std::fprintf(stderr, "%s: %s (%s)\n", path.c_str(), what, nc_strerror(status));
    return false;
}

// A smooth SST-like field with a land mask written as _FillValue, stored the way the demo
// generator stores its files, so the default run measures a realistic layout.
bool writeDefaultFile(const std::string& path, int nx, int ny, int nt)
{
    int nc = 0;
    if (!check(nc_create(path.c_str(), NC_NETCDF4 | NC_CLOBBER, &nc), "create", path)) return false;
    int dTime = 0, dLat = 0, dLon = 0, vTime = 0, vLat = 0, vLon = 0, vSst = 0;
    nc_def_dim(nc, "time", size_t(nt), &dTime);
    nc_def_dim(nc, "lat", size_t(ny), &dLat);
    nc_def_dim(nc, "lon", size_t(nx), &dLon);
    nc_def_var(nc, "time", NC_DOUBLE, 1, &dTime, &vTime);
    nc_def_var(nc, "lat", NC_DOUBLE, 1, &dLat, &vLat);
    nc_def_var(nc, "lon", NC_DOUBLE, 1, &dLon, &vLon);
    const int dims[3] = {dTime, dLat, dLon};
    nc_def_var(nc, "sst", NC_FLOAT, 3, dims, &vSst);
    const size_t chunk[3] = {1, size_t(ny), size_t(nx)};
    nc_def_var_chunking(nc, vSst, NC_CHUNKED, chunk);
    nc_def_var_deflate(nc, vSst, 1, 1, 4);
    const float fill = -999.0f;
    nc_def_var_fill(nc, vSst, 0, &fill);
    auto text = [nc](int var, const char* name, const char* value) {
        nc_put_att_text(nc, var, name, std::string(value).size(), value);
    };
    text(vTime, "units", "days since 2020-01-01");
    text(vTime, "calendar", "standard");
    text(vTime, "standard_name", "time");
    text(vLat, "units", "degrees_north");
    text(vLat, "standard_name", "latitude");
    text(vLon, "units", "degrees_east");
    text(vLon, "standard_name", "longitude");
    text(vSst, "units", "degC");
    text(vSst, "standard_name", "sea_surface_temperature");
    if (!check(nc_enddef(nc), "enddef", path)) return false;

    std::vector<double> axis(size_t(std::max({nx, ny, nt})));
    for (int t = 0; t < nt; ++t) axis[size_t(t)] = t;
    nc_put_var_double(nc, vTime, axis.data());
    for (int j = 0; j < ny; ++j) axis[size_t(j)] = -90.0 + (j + 0.5) * 180.0 / ny;
    nc_put_var_double(nc, vLat, axis.data());
    for (int i = 0; i < nx; ++i) axis[size_t(i)] = -180.0 + (i + 0.5) * 360.0 / nx;
    nc_put_var_double(nc, vLon, axis.data());

    std::vector<float> plane(size_t(nx) * size_t(ny));
    const double deg = std::numbers::pi / 180.0;
    for (int t = 0; t < nt; ++t) {
        const double season = std::sin(2.0 * std::numbers::pi * t / 365.0);
        for (int j = 0; j < ny; ++j) {
            const double lat = -90.0 + (j + 0.5) * 180.0 / ny;
            for (int i = 0; i < nx; ++i) {
                const double lon = -180.0 + (i + 0.5) * 360.0 / nx;
                const bool land = std::sin(3 * lon * deg) * std::cos(2 * lat * deg) > 0.6;
                plane[size_t(j) * nx + i] =
                    land ? fill
                         : float(28.0 * std::cos(lat * deg) - 1.5 + 3.0 * season * lat / 90.0 +
                                 0.8 * std::sin(5 * lon * deg + 0.1 * t));
            }
        }
        const size_t start[3] = {size_t(t), 0, 0};
        const size_t count[3] = {1, size_t(ny), size_t(nx)};
        if (!check(nc_put_vara_float(nc, vSst, start, count, plane.data()), "write", path))
            return false;
    }
    return check(nc_close(nc), "close", path);
}

// The plain netCDF-C reader: the outermost dimension is time, the last two are the map, any
// dimension between them is read at index 0 (what Estran's SliceIndex{t, 0} reads).
class PlainReader {
public:
    bool open(const Target& target)
    {
        m_path = target.path;
        if (!check(nc_open(m_path.c_str(), NC_NOWRITE, &m_nc), "open", m_path)) return false;
        if (!check(nc_inq_varid(m_nc, target.variable.c_str(), &m_var), "variable", m_path))
            return false;
        int ndims = 0;
        nc_inq_varndims(m_nc, m_var, &ndims);
        if (ndims < 3) {
            std::fprintf(stderr, "%s: %s has %d dimensions, need time + 2-D map\n", m_path.c_str(),
                         target.variable.c_str(), ndims);
            return false;
        }
        std::vector<int> dims(static_cast<size_t>(ndims));
        nc_inq_vardimid(m_nc, m_var, dims.data());
        m_start.assign(size_t(ndims), 0);
        m_count.assign(size_t(ndims), 1);
        for (int d = ndims - 2; d < ndims; ++d) nc_inq_dimlen(m_nc, dims[size_t(d)], &m_count[size_t(d)]);
        nc_inq_dimlen(m_nc, dims[0], &m_steps);
        m_plane.resize(m_count[size_t(ndims) - 1] * m_count[size_t(ndims) - 2]);
        m_hasFill = nc_get_att_float(m_nc, m_var, "_FillValue", &m_fill) == NC_NOERR;
        m_hasMissing = nc_get_att_float(m_nc, m_var, "missing_value", &m_missing) == NC_NOERR;
        // CF valid range, in stored units: valid_range, or valid_min / valid_max.
        float range[2];
        size_t length = 0;
        if (nc_inq_attlen(m_nc, m_var, "valid_range", &length) == NC_NOERR && length == 2 &&
            nc_get_att_float(m_nc, m_var, "valid_range", range) == NC_NOERR) {
            m_validMin = range[0];
            m_validMax = range[1];
        }
        nc_get_att_float(m_nc, m_var, "valid_min", &m_validMin);
        nc_get_att_float(m_nc, m_var, "valid_max", &m_validMax);
        if (nc_get_att_float(m_nc, m_var, "scale_factor", &m_scale) != NC_NOERR) m_scale = 1.0f;
        if (nc_get_att_float(m_nc, m_var, "add_offset", &m_offset) != NC_NOERR) m_offset = 0.0f;
        return true;
    }
    ~PlainReader()
    {
        if (m_nc) nc_close(m_nc);
    }
    size_t steps() const { return m_steps; }
    size_t planeSize() const { return m_plane.size(); }

    bool read(size_t step)
    {
        m_start[0] = step;
        return check(nc_get_vara_float(m_nc, m_var, m_start.data(), m_count.data(), m_plane.data()),
                     "read", m_path);
    }
    // What a viewer needs on top of the raw read (the CF rules Estran applies): fill, missing
    // and out-of-valid-range values -> NaN, packing undone, the range of what is left.
    void decode()
    {
        float lo = std::numeric_limits<float>::infinity(), hi = -lo;
        for (float& v : m_plane) {
            if ((m_hasFill && v == m_fill) || (m_hasMissing && v == m_missing) ||
                v < m_validMin || v > m_validMax) {
                v = std::numeric_limits<float>::quiet_NaN();
                continue;
            }
            v = v * m_scale + m_offset;
            lo = std::min(lo, v);
            hi = std::max(hi, v);
        }
        benchmark::DoNotOptimize(lo);
        benchmark::DoNotOptimize(hi);
    }
    const std::vector<float>& plane() const { return m_plane; }

private:
    std::string m_path;
    int m_nc = 0;
    int m_var = 0;
    size_t m_steps = 0;
    std::vector<size_t> m_start, m_count;
    std::vector<float> m_plane;
    bool m_hasFill = false;
    bool m_hasMissing = false;
    float m_fill = 0.0f, m_missing = 0.0f, m_scale = 1.0f, m_offset = 0.0f;
    float m_validMin = -std::numeric_limits<float>::infinity();
    float m_validMax = std::numeric_limits<float>::infinity();
};

void setCounters(benchmark::State& state, size_t steps, size_t planeSize)
{
    state.counters["steps_per_second"] =
        benchmark::Counter(double(steps), benchmark::Counter::kIsIterationInvariantRate);
    state.SetBytesProcessed(int64_t(state.iterations()) * int64_t(steps * planeSize * sizeof(float)));
}

void estranReadAllSteps(benchmark::State& state, const Target& target)
{
    auto opened = Estran::Data::ReaderRegistry::instance().open(QString::fromStdString(target.path));
    if (!opened) {
        state.SkipWithError(opened.error().toString().toStdString().c_str());
        return;
    }
    std::unique_ptr<Estran::Data::Dataset> dataset = std::move(*opened);
    const QString variable = QString::fromStdString(target.variable);
    auto grid = dataset->grid(variable);
    if (!grid) {
        state.SkipWithError(grid.error().toString().toStdString().c_str());
        return;
    }
    const qint64 steps = (*grid)->timeCount();
    for (auto _ : state) {
        for (qint64 t = 0; t < steps; ++t) {
            auto slice = dataset->readSlice(variable, Estran::Data::SliceIndex{t, 0});
            if (!slice) {
                state.SkipWithError(slice.error().toString().toStdString().c_str());
                return;
            }
            benchmark::DoNotOptimize(slice->values.data());
        }
    }
    setCounters(state, size_t(steps), size_t((*grid)->nx) * size_t((*grid)->ny));
}

void netcdfReadAllSteps(benchmark::State& state, const Target& target, bool decode)
{
    PlainReader reader;
    if (!reader.open(target)) {
        state.SkipWithError("netCDF-C could not open the file (see stderr)");
        return;
    }
    for (auto _ : state) {
        for (size_t t = 0; t < reader.steps(); ++t) {
            if (!reader.read(t)) {
                state.SkipWithError("nc_get_vara_float failed (see stderr)");
                return;
            }
            if (decode) reader.decode();
            benchmark::DoNotOptimize(reader.plane().data());
        }
    }
    setCounters(state, reader.steps(), reader.planeSize());
}

// Both readers must agree on the first step before either is timed. netCDF-C's handle is
// closed before Estran opens the file: HDF5 refuses a second open of a file that is still open
// with other settings in the same process.
bool sameFirstStep(const Target& target)
{
    std::vector<float> expected;
    {
        PlainReader reader;
        if (!reader.open(target) || !reader.read(0)) return false;
        reader.decode();
        expected = reader.plane();
    }
    auto opened = Estran::Data::ReaderRegistry::instance().open(QString::fromStdString(target.path));
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error().toString()));
        return false;
    }
    auto slice = (*opened)->readSlice(QString::fromStdString(target.variable), {});
    if (!slice) {
        std::fprintf(stderr, "%s\n", qPrintable(slice.error().toString()));
        return false;
    }
    if (slice->values.size() != expected.size()) {
        std::fprintf(stderr, "%s: Estran read %zu values, netCDF-C %zu\n", target.path.c_str(),
                     slice->values.size(), expected.size());
        return false;
    }
    for (size_t k = 0; k < expected.size(); ++k) {
        const float a = slice->values[k], b = expected[k];
        const bool same = (std::isnan(a) && std::isnan(b)) ||
                          std::fabs(a - b) <= 1e-5f * std::max(1.0f, std::fabs(b));
        if (!same) {
            std::fprintf(stderr, "%s: value %zu differs: Estran %g, netCDF-C %g\n",
                         target.path.c_str(), k, double(a), double(b));
            return false;
        }
    }
    return true;
}

}  // namespace

int main(int argc, char** argv)
{
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 2;

    Target target;
    QTemporaryDir scratch;
    if (const char* file = std::getenv("ESTRAN_BENCH_FILE"); file && *file) {
        target.path = file;
        const char* variable = std::getenv("ESTRAN_BENCH_VAR");
        target.variable = variable && *variable ? variable : "sst";
    } else {
        const bool small = std::getenv("ESTRAN_BENCH_SMALL") != nullptr;
        target.path = QDir(scratch.path()).filePath(QStringLiteral("readrate.nc")).toStdString();
        target.variable = "sst";
        if (!writeDefaultFile(target.path, small ? 90 : 720, small ? 45 : 360, small ? 4 : 48))
            return 1;
    }
    if (!sameFirstStep(target)) {
        std::fprintf(stderr, "readrate_bench: Estran and netCDF-C disagree on %s:%s\n",
                     target.path.c_str(), target.variable.c_str());
        return 1;
    }

    // Each iteration reads every step; one iteration is long enough to time, repetitions show
    // the spread. The plain loop runs first and last so page-cache warm-up favours neither.
    const int repetitions = std::getenv("ESTRAN_BENCH_SMALL") ? 1 : 3;
    auto configure = [repetitions](benchmark::internal::Benchmark* b) {
        b->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(1)->Repetitions(repetitions);
    };
    configure(benchmark::RegisterBenchmark("NetcdfC/nc_get_vara_float", netcdfReadAllSteps,
                                           target, false));
    configure(benchmark::RegisterBenchmark("NetcdfC/nc_get_vara_float+decode",
                                           netcdfReadAllSteps, target, true));
    configure(benchmark::RegisterBenchmark("Estran/Dataset::readSlice", estranReadAllSteps,
                                           target));
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
