// SPDX-License-Identifier: GPL-3.0-or-later
#include "estran/geo/coastlines.h"
#include "estran/geo/netcdflock.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <hdf5.h>
#include <netcdf.h>

#include <map>
#include <mutex>

namespace Estran::Geo {

namespace {

QString tr(const char* text) { return QCoreApplication::translate("Estran::Geo", text); }

// GSHHG hierarchy levels (gmt_shore.c): 1 land/ocean, 2 lake, 3 island in lake, 4 pond;
// the flag variable marks Antarctica's ice-front polygons, which GMT renumbers as level 5,
// while the grounding-line polygons are stored with level 6.
constexpr int kLevelShore = 1;
constexpr int kLevelLake = 2;
constexpr int kLevelAntarcticaGround = 6;

class NcFile {
public:
    ~NcFile()
    {
        if (m_id >= 0) nc_close(m_id);
    }
    int open(const QString& path) { return nc_open(QFile::encodeName(path).constData(), NC_NOWRITE, &m_id); }
    int id() const { return m_id; }

private:
    int m_id = -1;
};

Base::Error ncError(const QString& path, const QString& message, int status)
{
    return Base::Error(Base::Error::Kind::InvalidInput, path, message,
                       QString::fromUtf8(nc_strerror(status)));
}

template <typename T>
Base::Result<std::vector<T>> readVar(int ncid, const QString& path, const char* name)
{
    int varid = -1;
    int status = nc_inq_varid(ncid, name, &varid);
    if (status != NC_NOERR) {
        return ncError(path, tr("Not a GSHHG binned shoreline file: variable %1 is missing")
                                 .arg(QLatin1String(name)),
                       status);
    }
    int ndims = 0;
    int dimids[NC_MAX_VAR_DIMS];
    nc_inq_varndims(ncid, varid, &ndims);
    if (ndims != 1) {
        return Base::Error(Base::Error::Kind::InvalidInput, path,
                           tr("GSHHG variable %1 is not one-dimensional").arg(QLatin1String(name)));
    }
    nc_inq_vardimid(ncid, varid, dimids);
    size_t len = 0;
    nc_inq_dimlen(ncid, dimids[0], &len);
    std::vector<T> out(len);
    if constexpr (std::is_same_v<T, int>) status = nc_get_var_int(ncid, varid, out.data());
    else if constexpr (std::is_same_v<T, short>) status = nc_get_var_short(ncid, varid, out.data());
    else status = nc_get_var_schar(ncid, varid, out.data());
    if (status != NC_NOERR) {
        return ncError(path, tr("Cannot read GSHHG variable %1").arg(QLatin1String(name)), status);
    }
    return out;
}

Base::Result<std::vector<LonLatPolyline>> decode(const QString& path, bool includeLakes)
{
    if (!QFileInfo::exists(path)) {
        return Base::Error(Base::Error::Kind::NotFound, path,
                           tr("GSHHG shoreline file not found (install gmt-gshhg-low or set "
                              "ESTRAN_GSHHG_DIR)"));
    }
    NcFile file;
    if (const int status = file.open(path); status != NC_NOERR) {
        return ncError(path, tr("Cannot open the GSHHG shoreline file"), status);
    }
    const int nc = file.id();
    auto binSize = readVar<int>(nc, path, "Bin_size_in_minutes");
    auto nBinsX = readVar<int>(nc, path, "N_bins_in_360_longitude_range");
    auto nBinsY = readVar<int>(nc, path, "N_bins_in_180_degree_latitude_range");
    auto firstSeg = readVar<int>(nc, path, "Id_of_first_segment_in_a_bin");
    auto nSeg = readVar<short>(nc, path, "N_segments_in_a_bin");
    auto segInfo = readVar<int>(nc, path, "Embedded_npts_levels_exit_entry_for_a_segment");
    auto firstPoint = readVar<int>(nc, path, "Id_of_first_point_in_a_segment");
    auto dx = readVar<short>(nc, path, "Relative_longitude_from_SW_corner_of_bin");
    auto dy = readVar<short>(nc, path, "Relative_latitude_from_SW_corner_of_bin");
    for (const Base::Error* e :
         {binSize ? nullptr : &binSize.error(), nBinsX ? nullptr : &nBinsX.error(),
          nBinsY ? nullptr : &nBinsY.error(), firstSeg ? nullptr : &firstSeg.error(),
          nSeg ? nullptr : &nSeg.error(), segInfo ? nullptr : &segInfo.error(),
          firstPoint ? nullptr : &firstPoint.error(), dx ? nullptr : &dx.error(),
          dy ? nullptr : &dy.error()}) {
        if (e) return *e;
    }
    // Older files have a single Antarctica and no flag; the flag is optional.
    std::vector<signed char> antFlag;
    if (auto f = readVar<signed char>(nc, path, "Embedded_ANT_flag")) antFlag = std::move(*f);

    if (binSize->empty() || nBinsX->empty() || nBinsY->empty() || (*binSize)[0] <= 0 ||
        (*nBinsX)[0] <= 0 || size_t((*nBinsX)[0]) * size_t((*nBinsY)[0]) > firstSeg->size() ||
        firstSeg->size() != nSeg->size() || segInfo->size() != firstPoint->size() ||
        dx->size() != dy->size()) {
        return Base::Error(Base::Error::Kind::InvalidInput, path,
                           tr("GSHHG shoreline file has inconsistent array sizes"));
    }
    const double binDeg = (*binSize)[0] / 60.0;
    const int nx = (*nBinsX)[0];
    const size_t nBins = size_t(nx) * size_t((*nBinsY)[0]);
    const double scale = binDeg / 65535.0;

    std::vector<LonLatPolyline> lines;
    for (size_t b = 0; b < nBins; ++b) {
        // Bins are numbered row by row from the north-west corner (90°N, 0°E), west to east.
        double west = double(b % size_t(nx)) * binDeg;
        const double south = 90.0 - double(b / size_t(nx) + 1) * binDeg;
        // Bins never straddle 180°, so shifting a whole bin keeps its segments contiguous.
        if (west >= 180.0) west -= 360.0;
        const int s0 = (*firstSeg)[b];
        const int ns = (*nSeg)[b];
        for (int s = s0; s < s0 + ns; ++s) {
            if (s < 0 || size_t(s) >= segInfo->size()) {
                return Base::Error(Base::Error::Kind::InvalidInput, path,
                                   tr("GSHHG bin %1 points past the segment arrays").arg(b));
            }
            const int info = (*segInfo)[size_t(s)];
            const int npts = info >> 9;
            const int level = (info >> 6) & 7;
            const bool antarcticaIce = !antFlag.empty() && antFlag[size_t(s)] != 0;
            bool keep = false;
            if (antarcticaIce) keep = true;
            else if (level == kLevelShore) keep = true;
            else if (level == kLevelLake) keep = includeLakes;
            else if (level == kLevelAntarcticaGround) keep = false;
            if (!keep || npts < 2) continue;
            const int p0 = (*firstPoint)[size_t(s)];
            if (p0 < 0 || size_t(p0) + size_t(npts) > dx->size()) {
                return Base::Error(Base::Error::Kind::InvalidInput, path,
                                   tr("GSHHG segment %1 points past the point arrays").arg(s));
            }
            LonLatPolyline line;
            line.lon.resize(size_t(npts));
            line.lat.resize(size_t(npts));
            for (int i = 0; i < npts; ++i) {
                // Offsets are unsigned 16-bit fractions of the bin stored in signed shorts.
                const auto ux = static_cast<std::uint16_t>((*dx)[size_t(p0 + i)]);
                const auto uy = static_cast<std::uint16_t>((*dy)[size_t(p0 + i)]);
                line.lon[size_t(i)] = west + ux * scale;
                line.lat[size_t(i)] = south + uy * scale;
            }
            lines.push_back(std::move(line));
        }
    }
    if (lines.empty()) {
        return Base::Error(Base::Error::Kind::InvalidInput, path,
                           tr("GSHHG shoreline file holds no shoreline segments"));
    }
    return lines;
}

}  // namespace

std::recursive_mutex& netcdfLibraryMutex()
{
    static std::recursive_mutex mutex;
    return mutex;
}

void prepareNetcdfThread()
{
    thread_local bool prepared = false;
    if (prepared) return;
    H5Eset_auto2(H5E_DEFAULT, nullptr, nullptr);
    prepared = true;
}

QString Coastlines::dataDirectory()
{
    const QString env = qEnvironmentVariable("ESTRAN_GSHHG_DIR");
    if (!env.isEmpty()) return env;
    return QStringLiteral("/usr/share/gmt-gshhg");
}

QString Coastlines::filePath(Resolution resolution)
{
    const char letter = resolution == Resolution::Crude ? 'c'
                        : resolution == Resolution::Low ? 'l'
                                                        : 'i';
    return QDir(dataDirectory())
        .filePath(QStringLiteral("binned_GSHHS_%1.nc").arg(QLatin1Char(letter)));
}

Base::Result<std::shared_ptr<const std::vector<LonLatPolyline>>> Coastlines::shared(
    Resolution resolution, bool includeLakes)
{
    // Guards the cache; decoding additionally holds the process-wide netCDF lock.
    static std::mutex mutex;
    static std::map<std::pair<QString, bool>, std::shared_ptr<const std::vector<LonLatPolyline>>>
        cache;
    const QString path = filePath(resolution);
    std::lock_guard lock(mutex);
    auto it = cache.find({path, includeLakes});
    if (it != cache.end()) return it->second;
    auto decoded = [&] {
        std::lock_guard netcdf(netcdfLibraryMutex());
        prepareNetcdfThread();
        return decode(path, includeLakes);
    }();
    if (!decoded) return decoded.error();
    auto ptr = std::make_shared<const std::vector<LonLatPolyline>>(std::move(*decoded));
    cache.emplace(std::make_pair(path, includeLakes), ptr);
    return ptr;
}

Base::Result<std::vector<LonLatPolyline>> Coastlines::load(Resolution resolution)
{
    auto s = shared(resolution, false);
    if (!s) return s.error();
    return **s;
}

}  // namespace Estran::Geo
