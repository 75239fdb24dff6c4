// SPDX-License-Identifier: GPL-3.0-or-later
#include "gdaldataset.h"

#include "gdalutil.h"
#include "gridgeometry.h"

#include <QCoreApplication>

#include <gdal.h>
#include <cpl_conv.h>
#include <ogr_srs_api.h>

#include <algorithm>
#include <cmath>
#include <map>

namespace Estran::Data::detail {

using Base::Error;
using Base::Result;

namespace {

QString tr(const char* text) { return QCoreApplication::translate("Estran::Data", text); }

GDALDatasetH handle(void* p) { return static_cast<GDALDatasetH>(p); }

QVariantMap metadataMap(GDALMajorObjectH object)
{
    QVariantMap map;
    char** md = GDALGetMetadata(object, nullptr);
    for (char** it = md; it && *it; ++it) {
        const QString item = QString::fromUtf8(*it);
        const qsizetype eq = item.indexOf(u'=');
        if (eq > 0) map.insert(item.left(eq), item.mid(eq + 1));
    }
    return map;
}

// GRIB_VALID_TIME is "1577836800" or, in older GDAL, "  1577836800 sec UTC".
std::optional<double> gribValidTime(const QVariantMap& md)
{
    const QString text = md.value(QStringLiteral("GRIB_VALID_TIME")).toString().trimmed();
    if (text.isEmpty()) return std::nullopt;
    bool ok = false;
    const double v = text.section(u' ', 0, 0).toDouble(&ok);
    return ok ? std::optional<double>(v) : std::nullopt;
}

}  // namespace

Result<std::unique_ptr<GdalDataset>> GdalDataset::open(const QString& path)
{
    ensureGdalRegistered();
    std::unique_ptr<GdalDataset> ds(new GdalDataset);
    ds->m_path = path;
    GdalErrorCapture capture;
    GDALDatasetH h = GDALOpenEx(path.toUtf8().constData(), GDAL_OF_RASTER | GDAL_OF_READONLY,
                                nullptr, nullptr, nullptr);
    if (!h) {
        return Error(Error::Kind::InvalidInput, path, tr("GDAL cannot open the file"),
                     capture.message());
    }
    ds->m_dataset = h;
    std::lock_guard<std::mutex> lock(ds->m_mutex);
    const QString driver = QString::fromUtf8(GDALGetDriverShortName(GDALGetDatasetDriver(h)));
    if (driver == u"GTiff") {
        const QString layout = QString::fromUtf8(GDALGetMetadataItem(h, "LAYOUT", "IMAGE_STRUCTURE")
                                                     ? GDALGetMetadataItem(h, "LAYOUT", "IMAGE_STRUCTURE")
                                                     : "");
        ds->m_format = layout == u"COG" ? QStringLiteral("COG") : QStringLiteral("GeoTIFF");
    } else {
        ds->m_format = driver;
    }
    ds->m_attributes = metadataMap(h);
    const int nbands = GDALGetRasterCount(h);
    if (nbands < 1) {
        return Error(Error::Kind::Unsupported, path, tr("The file has no raster bands"));
    }

    // Group bands: GRIB per element and level, everything else into one variable.
    std::map<QString, Var> groups;
    std::vector<QString> order;
    for (int b = 1; b <= nbands; ++b) {
        GDALRasterBandH band = GDALGetRasterBand(h, b);
        const QVariantMap md = metadataMap(band);
        QString key = QStringLiteral("band_data");
        const QString element = md.value(QStringLiteral("GRIB_ELEMENT")).toString();
        if (!element.isEmpty()) {
            const QString level = md.value(QStringLiteral("GRIB_SHORT_NAME")).toString();
            key = level.isEmpty() ? element : element + u'_' + level;
        }
        auto it = groups.find(key);
        if (it == groups.end()) {
            Var v;
            v.name = key;
            v.attributes = md;
            QString units = QString::fromUtf8(GDALGetRasterUnitType(band));
            if (units.isEmpty()) units = md.value(QStringLiteral("GRIB_UNIT")).toString();
            if (units.startsWith(u'[') && units.endsWith(u']')) units = units.mid(1, units.size() - 2);
            v.units = units;
            v.description = md.value(QStringLiteral("GRIB_COMMENT")).toString();
            if (v.description.isEmpty()) v.description = QString::fromUtf8(GDALGetDescription(band));
            it = groups.emplace(key, std::move(v)).first;
            order.push_back(key);
        }
        Var& v = it->second;
        v.bands.push_back(b);
        if (std::optional<double> t = gribValidTime(md)) v.times.push_back(*t);
        DecodeAttributes a;
        int hasNoData = 0;
        const double noData = GDALGetRasterNoDataValue(band, &hasNoData);
        if (hasNoData) a.fillValue = NumericAttribute{true, DataType::Float64, {noData}};
        int hasScale = 0;
        int hasOffset = 0;
        const double scale = GDALGetRasterScale(band, &hasScale);
        const double offset = GDALGetRasterOffset(band, &hasOffset);
        if (hasScale) a.scaleFactor = NumericAttribute{true, DataType::Float64, {scale}};
        if (hasOffset) a.addOffset = NumericAttribute{true, DataType::Float64, {offset}};
        v.dtype = gdalDataType(GDALGetRasterDataType(band));
        // Types that float32 holds exactly are read as float32: half the memory of a large
        // raster, and the common Float32 GeoTIFF/COG needs no conversion at all.
        const bool asFloat = v.dtype == DataType::UInt8 || v.dtype == DataType::Int8
                             || v.dtype == DataType::UInt16 || v.dtype == DataType::Int16
                             || v.dtype == DataType::Float32;
        if (v.specs.empty()) v.readAsFloat = asFloat;
        else v.readAsFloat = v.readAsFloat && asFloat;
        v.specs.push_back(makeDecodeSpec(DataType::Float64, a, nullptr));
    }
    for (const QString& key : order) {
        Var v = std::move(groups[key]);
        // Valid times give a time axis only when every band has one and they differ.
        bool timeAxis = v.times.size() == v.bands.size() && v.bands.size() > 0;
        if (timeAxis) {
            std::vector<size_t> idx(v.bands.size());
            for (size_t i = 0; i < idx.size(); ++i) idx[i] = i;
            std::stable_sort(idx.begin(), idx.end(), [&](size_t a, size_t b) { return v.times[a] < v.times[b]; });
            for (size_t i = 1; i < idx.size(); ++i) {
                if (v.times[idx[i]] == v.times[idx[i - 1]]) timeAxis = false;
            }
            if (timeAxis) {
                Var sorted = v;
                for (size_t i = 0; i < idx.size(); ++i) {
                    sorted.bands[i] = v.bands[idx[i]];
                    sorted.times[i] = v.times[idx[i]];
                    sorted.specs[i] = v.specs[idx[i]];
                }
                v = std::move(sorted);
            }
        }
        if (!timeAxis) v.times.clear();
        if (v.readAsFloat) {
            for (DecodeSpec& spec : v.specs) {
                spec.rawType = DataType::Float32;
                if (spec.hasFill) spec.fill = double(float(spec.fill));
            }
        }
        ds->m_vars.push_back(std::move(v));
    }
    if (Result<void> r = ds->buildGridLocked(); !r) return r.error();

    const int nx = ds->m_baseGrid->nx;
    const int ny = ds->m_baseGrid->ny;
    std::optional<Base::CfTimeAxis> axis;
    if (Result<Base::CfTimeAxis> a = Base::CfTimeAxis::create(
            QStringLiteral("seconds since 1970-01-01 00:00:00"), QString()))
        axis = *a;
    for (const Var& v : ds->m_vars) {
        VariableInfo info;
        info.name = v.name;
        info.longName = v.description;
        info.units = v.units;
        info.dtype = v.dtype;
        info.attributes = v.attributes;
        info.isMappable = ds->m_geolocated;
        if (v.bands.size() > 1) {
            info.dimensions.append(Dimension{v.times.empty() ? QStringLiteral("band") : QStringLiteral("time"),
                                             qint64(v.bands.size()),
                                             v.times.empty() ? AxisRole::Vertical : AxisRole::Time});
        }
        const bool geographic = ds->m_geolocated && !ds->m_baseGrid->curvilinear;
        info.dimensions.append(Dimension{QStringLiteral("y"), ny, geographic ? AxisRole::Latitude : AxisRole::Y});
        info.dimensions.append(Dimension{QStringLiteral("x"), nx, geographic ? AxisRole::Longitude : AxisRole::X});
        if (!v.times.empty() && axis) {
            info.time = TimeSummary{axis->toIsoString(v.times.front()), axis->toIsoString(v.times.back()),
                                    qint64(v.times.size()), QStringLiteral("standard")};
        }
        ds->m_infos.append(info);
    }
    if (ds->m_geolocated) ds->m_bbox = gridBoundingBox(*ds->m_baseGrid);
    return ds;
}

GdalDataset::~GdalDataset()
{
    if (m_dataset) GDALClose(handle(m_dataset));
}

Result<void> GdalDataset::buildGridLocked()
{
    GDALDatasetH h = handle(m_dataset);
    auto g = std::make_shared<Grid>();
    g->nx = GDALGetRasterXSize(h);
    g->ny = GDALGetRasterYSize(h);
    double gt[6] = {0, 1, 0, 0, 0, 1};
    const bool hasTransform = GDALGetGeoTransform(h, gt) == CE_None;
    OGRSpatialReferenceH srs = GDALGetSpatialRef(h);
    const auto centreX = [&](int i, int j) { return gt[0] + (i + 0.5) * gt[1] + (j + 0.5) * gt[2]; };
    const auto centreY = [&](int i, int j) { return gt[3] + (i + 0.5) * gt[4] + (j + 0.5) * gt[5]; };
    const bool rotated = gt[2] != 0.0 || gt[4] != 0.0;

    bool geographic = false;
    if (srs) {
        geographic = OSRIsGeographic(srs) != 0;
    } else if (hasTransform) {
        // No CRS but a transform inside lon/lat ranges: GRIB and some TIFFs without a GeoKey
        // directory are geographic in practice.
        const double x0 = centreX(0, 0), x1 = centreX(g->nx - 1, g->ny - 1);
        const double y0 = centreY(0, 0), y1 = centreY(g->nx - 1, g->ny - 1);
        geographic = std::min(x0, x1) >= -360 && std::max(x0, x1) <= 360 && std::min(y0, y1) >= -90
                     && std::max(y0, y1) <= 90 && !(gt[0] == 0 && gt[1] == 1 && gt[3] == 0 && gt[5] == 1);
    }

    if (hasTransform && geographic && !rotated) {
        g->lon.resize(size_t(g->nx));
        g->lat.resize(size_t(g->ny));
        for (int i = 0; i < g->nx; ++i) g->lon[size_t(i)] = centreX(i, 0);
        for (int j = 0; j < g->ny; ++j) g->lat[size_t(j)] = centreY(0, j);
        m_geolocated = true;
    } else if (hasTransform && srs) {
        // Projected (or rotated) rasters: lon/lat of every cell centre.
        OGRSpatialReferenceH source = OSRClone(srs);
        OSRSetAxisMappingStrategy(source, OAMS_TRADITIONAL_GIS_ORDER);
        OGRSpatialReferenceH wgs84 = OSRNewSpatialReference(nullptr);
        OSRImportFromEPSG(wgs84, 4326);
        OSRSetAxisMappingStrategy(wgs84, OAMS_TRADITIONAL_GIS_ORDER);
        OGRCoordinateTransformationH ct = OCTNewCoordinateTransformation(source, wgs84);
        if (ct) {
            const size_t n = size_t(g->nx) * size_t(g->ny);
            g->lon.resize(n);
            g->lat.resize(n);
            std::vector<int> success(size_t(g->nx));
            for (int j = 0; j < g->ny; ++j) {
                double* x = g->lon.data() + size_t(j) * size_t(g->nx);
                double* y = g->lat.data() + size_t(j) * size_t(g->nx);
                for (int i = 0; i < g->nx; ++i) {
                    x[i] = centreX(i, j);
                    y[i] = centreY(i, j);
                }
                OCTTransformEx(ct, g->nx, x, y, nullptr, success.data());
                for (int i = 0; i < g->nx; ++i) {
                    if (!success[size_t(i)]) x[i] = y[i] = std::nan("");
                }
            }
            OCTDestroyCoordinateTransformation(ct);
            g->curvilinear = true;
            const char* authority = OSRGetAuthorityName(srs, nullptr);
            const char* code = OSRGetAuthorityCode(srs, nullptr);
            if (authority && code) {
                g->sourceCrs = QStringLiteral("%1:%2").arg(QString::fromUtf8(authority), QString::fromUtf8(code));
            } else {
                char* wkt = nullptr;
                OSRExportToWkt(srs, &wkt);
                g->sourceCrs = QString::fromUtf8(wkt ? wkt : "");
                CPLFree(wkt);
            }
            m_geolocated = true;
        }
        OSRDestroySpatialReference(wgs84);
        OSRDestroySpatialReference(source);
    }
    if (!m_geolocated) {
        g->lon.resize(size_t(g->nx));
        g->lat.resize(size_t(g->ny));
        for (int i = 0; i < g->nx; ++i) g->lon[size_t(i)] = i;
        for (int j = 0; j < g->ny; ++j) g->lat[size_t(j)] = j;
    }
    m_baseGrid = g;
    return {};
}

std::optional<Base::GeoBox> GdalDataset::bbox() const { return m_bbox; }

int GdalDataset::findVariable(const QString& name) const
{
    const QString n = name.startsWith(u'/') ? name.mid(1) : name;
    for (size_t i = 0; i < m_vars.size(); ++i) {
        if (m_vars[i].name == n) return int(i);
    }
    return -1;
}

Result<const GdalDataset::Var*> GdalDataset::variableOrError(const QString& name) const
{
    const int i = findVariable(name);
    if (i < 0) return Error(Error::Kind::NotFound, m_path, tr("No variable named \"%1\"").arg(name));
    return &m_vars[size_t(i)];
}

Result<std::shared_ptr<const Grid>> GdalDataset::grid(const QString& variable) const
{
    Result<const Var*> found = variableOrError(variable);
    if (!found) return found.error();
    const Var& v = **found;
    const int index = int(&v - m_vars.data());
    std::lock_guard<std::mutex> lock(m_mutex);
    if (auto it = m_grids.find(index); it != m_grids.end()) return it->second;
    auto g = std::make_shared<Grid>(*m_baseGrid);
    if (!v.times.empty()) {
        g->times = v.times;
        if (Result<Base::CfTimeAxis> a = Base::CfTimeAxis::create(
                QStringLiteral("seconds since 1970-01-01 00:00:00"), QString()))
            g->timeAxis = *a;
    } else if (v.bands.size() > 1) {
        g->levels.resize(v.bands.size());
        for (size_t i = 0; i < v.bands.size(); ++i) g->levels[i] = double(v.bands[i]);
        g->levelName = QStringLiteral("band");
    }
    std::shared_ptr<const Grid> result = g;
    m_grids.emplace(index, result);
    return result;
}

int GdalDataset::bandFor(const Var& v, const SliceIndex& index) const
{
    const qint64 i = v.times.empty() ? index.level : index.time;
    if (v.bands.size() == 1) return (index.time == 0 && index.level == 0) ? 0 : -1;
    if (!v.times.empty() && index.level != 0) return -1;
    if (v.times.empty() && index.time != 0) return -1;
    return i >= 0 && i < qint64(v.bands.size()) ? int(i) : -1;
}

Result<void> GdalDataset::readBandLocked(const Var& v, int bandIndex, int x, int y, int nx, int ny,
                                         void* out) const
{
    GdalErrorCapture capture;
    GDALRasterBandH band = GDALGetRasterBand(handle(m_dataset), v.bands[size_t(bandIndex)]);
    const GDALDataType type = v.readAsFloat ? GDT_Float32 : GDT_Float64;
    if (!band || GDALRasterIO(band, GF_Read, x, y, nx, ny, out, nx, ny, type, 0, 0) != CE_None) {
        return Error(Error::Kind::Io, m_path, tr("Cannot read band %1").arg(v.bands[size_t(bandIndex)]),
                     capture.message());
    }
    return {};
}

Result<Slice> GdalDataset::readSlice(const QString& variable, const SliceIndex& index,
                                     Base::Feedback* feedback)
{
    Result<const Var*> found = variableOrError(variable);
    if (!found) return found.error();
    const Var& v = **found;
    Result<std::shared_ptr<const Grid>> g = grid(v.name);
    if (!g) return g.error();
    const int b = bandFor(v, index);
    if (b < 0) {
        return Error(Error::Kind::InvalidInput, m_path + u':' + v.name,
                     tr("Step %1 / band %2 does not exist").arg(index.time).arg(index.level));
    }
    if (Base::isCancelled(feedback)) return Error::cancelled(m_path);
    const int nx = (*g)->nx;
    const int ny = (*g)->ny;
    const size_t n = size_t(nx) * size_t(ny);
    Slice slice;
    slice.grid = *g;
    slice.index = index;
    slice.units = v.units;
    slice.values.resize(n);
    // Float32 reads land in the slice itself and are decoded in place.
    std::vector<double> raw(v.readAsFloat ? 0 : n);
    void* target = v.readAsFloat ? static_cast<void*>(slice.values.data()) : static_cast<void*>(raw.data());
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        if (Result<void> r = readBandLocked(v, b, 0, 0, nx, ny, target); !r) return r.error();
    }
    decodeToFloat(target, n, v.specs[size_t(b)], slice.values.data(), slice.minimum, slice.maximum);
    return slice;
}

Result<std::optional<double>> GdalDataset::readValue(const QString& variable, int ix, int iy,
                                                     const SliceIndex& index)
{
    Result<const Var*> found = variableOrError(variable);
    if (!found) return found.error();
    const Var& v = **found;
    const int b = bandFor(v, index);
    if (b < 0 || ix < 0 || iy < 0 || ix >= m_baseGrid->nx || iy >= m_baseGrid->ny) {
        return Error(Error::Kind::InvalidInput, m_path + u':' + v.name, tr("Cell index out of range"));
    }
    alignas(8) char raw[8] = {};
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        if (Result<void> r = readBandLocked(v, b, ix, iy, 1, 1, raw); !r) return r.error();
    }
    double value = 0;
    decodeToDouble(raw, 1, v.specs[size_t(b)], &value);
    if (std::isnan(value)) return std::optional<double>();
    return std::optional<double>(value);
}

Result<std::vector<double>> GdalDataset::readTimeSeries(const QString& variable, int ix, int iy,
                                                        qint64 level, Base::Feedback* feedback)
{
    Result<const Var*> found = variableOrError(variable);
    if (!found) return found.error();
    const Var& v = **found;
    if (v.times.empty()) {
        Result<std::optional<double>> one = readValue(variable, ix, iy, SliceIndex{0, level});
        if (!one) return one.error();
        return std::vector<double>{one->value_or(std::nan(""))};
    }
    std::vector<double> out(v.bands.size());
    for (size_t t = 0; t < v.bands.size(); ++t) {
        if (Base::isCancelled(feedback)) return Error::cancelled(m_path);
        Result<std::optional<double>> one = readValue(variable, ix, iy, SliceIndex{qint64(t), 0});
        if (!one) return one.error();
        out[t] = one->value_or(std::nan(""));
        Base::reportProgress(feedback, 100.0 * double(t + 1) / double(out.size()));
    }
    return out;
}

}  // namespace Estran::Data::detail
