// SPDX-License-Identifier: GPL-3.0-or-later
#include "gdalmultidimdataset.h"

#include "cfaxes.h"
#include "gdalutil.h"
#include "gridgeometry.h"

#include <QCoreApplication>

#include <gdal_priv.h>

#include <cmath>

namespace Estran::Data::detail {

using Base::Error;
using Base::Result;

namespace {

QString tr(const char* text) { return QCoreApplication::translate("Estran::Data", text); }

QVariantMap attributesOf(const std::vector<std::shared_ptr<GDALAttribute>>& attrs,
                         DecodeAttributes* decode)
{
    QVariantMap map;
    for (const auto& a : attrs) {
        const QString name = QString::fromStdString(a->GetName());
        const GDALExtendedDataType& type = a->GetDataType();
        if (type.GetClass() == GEDTC_STRING) {
            const CPLStringList list = a->ReadAsStringArray();
            if (list.size() == 1) map.insert(name, QString::fromUtf8(list[0]));
            else {
                QStringList values;
                for (int i = 0; i < list.size(); ++i) values.append(QString::fromUtf8(list[i]));
                map.insert(name, values);
            }
            continue;
        }
        if (type.GetClass() != GEDTC_NUMERIC) continue;
        std::vector<double> values = a->ReadAsDoubleArray();
        if (values.empty()) continue;
        const DataType dt = gdalDataType(type.GetNumericDataType());
        map.insert(name, numericAttributeValue(values, dt != DataType::Float32 && dt != DataType::Float64));
        if (NumericAttribute* target = decode ? decodeTarget(*decode, name) : nullptr)
            *target = NumericAttribute{true, dt, std::move(values)};
    }
    return map;
}

}  // namespace

Result<std::unique_ptr<GdalMultidimDataset>> GdalMultidimDataset::open(const QString& path)
{
    ensureGdalRegistered();
    std::unique_ptr<GdalMultidimDataset> ds(new GdalMultidimDataset);
    ds->m_path = path;
    GdalErrorCapture capture;
    ds->m_dataset = GDALDataset::Open(path.toUtf8().constData(),
                                      GDAL_OF_MULTIDIM_RASTER | GDAL_OF_READONLY);
    if (!ds->m_dataset) {
        return Error(Error::Kind::InvalidInput, path, tr("GDAL cannot open the multidimensional dataset"),
                     capture.message());
    }
    std::lock_guard<std::recursive_mutex> lock(ds->m_mutex);
    ds->m_format = QString::fromUtf8(ds->m_dataset->GetDriverName());
    std::shared_ptr<GDALGroup> root = ds->m_dataset->GetRootGroup();
    if (!root) {
        return Error(Error::Kind::InvalidInput, path, tr("The dataset has no root group"),
                     capture.message());
    }
    ds->m_attributes = attributesOf(root->GetAttributes(), nullptr);

    // Depth-first over groups; arrays at the root keep plain names, others their full path.
    std::vector<std::shared_ptr<GDALGroup>> pending{root};
    while (!pending.empty()) {
        std::shared_ptr<GDALGroup> group = pending.back();
        pending.pop_back();
        for (const std::string& name : group->GetMDArrayNames()) {
            std::shared_ptr<GDALMDArray> array = group->OpenMDArray(name);
            if (!array) continue;
            Var v;
            v.array = array;
            const QString full = QString::fromStdString(array->GetFullName());
            v.name = group == root && full.count(u'/') <= 1 ? full.mid(full.startsWith(u'/') ? 1 : 0) : full;
            DecodeAttributes decode;
            v.attributes = attributesOf(array->GetAttributes(), &decode);
            const GDALExtendedDataType& type = array->GetDataType();
            v.dtype = type.GetClass() == GEDTC_NUMERIC ? gdalDataType(type.GetNumericDataType())
                                                       : type.GetClass() == GEDTC_STRING ? DataType::String
                                                                                         : DataType::Other;
            bool hasNoData = false;
            const double noData = array->GetNoDataValueAsDouble(&hasNoData);
            if (hasNoData && !decode.fillValue.present)
                decode.fillValue = NumericAttribute{true, DataType::Float64, {noData}};
            bool hasScale = false;
            bool hasOffset = false;
            const double scale = array->GetScale(&hasScale);
            const double offset = array->GetOffset(&hasOffset);
            if (hasScale) decode.scaleFactor = NumericAttribute{true, DataType::Float64, {scale}};
            if (hasOffset) decode.addOffset = NumericAttribute{true, DataType::Float64, {offset}};
            // Values are always fetched as float64, so the stored type only matters for the
            // packed/physical decision on valid_* attributes.
            for (NumericAttribute* a : {&decode.validMin, &decode.validMax, &decode.validRange}) {
                if (a->present && a->type == v.dtype) a->type = DataType::Float64;
            }
            if (decode.fillValue.present) decode.fillValue.type = DataType::Float64;
            v.spec = makeDecodeSpec(DataType::Float64, decode, nullptr);
            for (const auto& dim : array->GetDimensions()) {
                v.dimNames.append(QString::fromStdString(dim->GetName()));
                v.shape.push_back(qint64(dim->GetSize()));
                v.indexing.push_back(dim->GetIndexingVariable());
                v.dimTypes.push_back(QString::fromStdString(dim->GetType()));
            }
            ds->m_vars.push_back(std::move(v));
        }
        for (const std::string& name : group->GetGroupNames()) {
            if (std::shared_ptr<GDALGroup> sub = group->OpenGroup(name)) pending.push_back(sub);
        }
    }

    // Dimensions whose indexing variable GDAL did not link (Zarr v2 stores only names) use
    // the 1-D array of the same name, as xarray does; then every role is decided.
    for (Var& v : ds->m_vars) {
        for (size_t k = 0; k < v.shape.size(); ++k) {
            if (!v.indexing[k]) {
                for (const Var& c : ds->m_vars) {
                    if (c.shape.size() == 1 && c.dimNames.value(0) == v.dimNames[qsizetype(k)]
                        && c.name.section(u'/', -1) == v.dimNames[qsizetype(k)]) {
                        v.indexing[k] = c.array;
                        break;
                    }
                }
            }
            AxisRole role = AxisRole::None;
            if (const auto& iv = v.indexing[k]) {
                role = cfAxisRole(QString::fromStdString(iv->GetName()),
                                  attributesOf(iv->GetAttributes(), nullptr), 1);
            }
            const QString& dt = v.dimTypes[k];
            if (role == AxisRole::None || role == AxisRole::X || role == AxisRole::Y) {
                if (dt == QLatin1String(GDAL_DIM_TYPE_TEMPORAL)) role = AxisRole::Time;
                else if (dt == QLatin1String(GDAL_DIM_TYPE_VERTICAL)) role = AxisRole::Vertical;
                else if (role == AxisRole::None && dt == QLatin1String(GDAL_DIM_TYPE_HORIZONTAL_X)) role = AxisRole::X;
                else if (role == AxisRole::None && dt == QLatin1String(GDAL_DIM_TYPE_HORIZONTAL_Y)) role = AxisRole::Y;
            }
            if (role == AxisRole::None) role = cfAxisRole(v.dimNames[qsizetype(k)], QVariantMap(), 1);
            v.roles.push_back(role);
        }
        ds->analyse(v);
    }

    for (const Var& v : ds->m_vars) {
        VariableInfo info;
        info.name = v.name;
        info.longName = attributeText(v.attributes, QStringLiteral("long_name"));
        info.standardName = attributeText(v.attributes, QStringLiteral("standard_name"));
        info.units = QString::fromStdString(v.array->GetUnit());
        if (info.units.isEmpty()) info.units = attributeText(v.attributes, QStringLiteral("units"));
        info.dtype = v.dtype;
        info.attributes = v.attributes;
        info.isMappable = v.geolocated;
        info.isCoordinate = v.shape.size() == 1 && v.dimNames.value(0) == v.name.section(u'/', -1);
        for (size_t k = 0; k < v.shape.size(); ++k) {
            AxisRole role = v.roles[k];
            if (int(k) == v.xDim && !v.geolocated) role = AxisRole::X;
            if (int(k) == v.yDim && !v.geolocated) role = AxisRole::Y;
            info.dimensions.append(Dimension{v.dimNames[qsizetype(k)], v.shape[k], role});
        }
        const int tDim = v.tDim >= 0 ? v.tDim
                         : (v.shape.size() == 1 && v.roles[0] == AxisRole::Time ? 0 : -1);
        if (tDim >= 0 && v.indexing[size_t(tDim)]) {
            GDALMDArray& tv = *v.indexing[size_t(tDim)];
            const QVariantMap ta = attributesOf(tv.GetAttributes(), nullptr);
            QString units = QString::fromStdString(tv.GetUnit());
            if (units.isEmpty()) units = attributeText(ta, QStringLiteral("units"));
            Result<Base::CfTimeAxis> axis = Base::CfTimeAxis::create(
                units, attributeText(ta, QStringLiteral("calendar")), path + u':' + v.dimNames[tDim]);
            Result<std::vector<double>> times = ds->readWholeLocked(tv);
            if (axis && times && !times->empty()) {
                info.time = TimeSummary{axis->toIsoString(times->front()), axis->toIsoString(times->back()),
                                        qint64(times->size()), Base::cfCalendarName(axis->calendar())};
            }
        }
        ds->m_infos.append(info);
    }
    return ds;
}

GdalMultidimDataset::~GdalMultidimDataset()
{
    std::lock_guard<std::recursive_mutex> lock(m_mutex);
    m_vars.clear();  // arrays before the dataset that owns them
    delete m_dataset;
}

void GdalMultidimDataset::analyse(Var& v) const
{
    const int nd = int(v.shape.size());
    if (nd < 2 || !isNumeric(v.dtype)) return;
    int lonK = -1, latK = -1, xK = -1, yK = -1;
    for (int k = nd - 1; k >= 0; --k) {
        const AxisRole r = v.roles[size_t(k)];
        if (r == AxisRole::Longitude && lonK < 0) lonK = k;
        if (r == AxisRole::Latitude && latK < 0) latK = k;
        if (r == AxisRole::X && xK < 0) xK = k;
        if (r == AxisRole::Y && yK < 0) yK = k;
    }
    if (lonK >= 0 && latK >= 0 && lonK > latK) {
        v.xDim = lonK;
        v.yDim = latK;
        v.geolocated = true;
    } else if (xK >= 0 && yK >= 0 && xK > yK) {
        v.xDim = xK;
        v.yDim = yK;
    } else {
        // Only planes stored (…, y, x) are read: any other order would need a transpose of
        // every chunk GDAL returns.
        v.xDim = nd - 1;
        v.yDim = nd - 2;
        if (v.roles[size_t(nd - 1)] == AxisRole::Longitude && v.roles[size_t(nd - 2)] == AxisRole::Latitude)
            v.geolocated = true;
    }
    v.sliceable = true;
    for (int k = 0; k < nd; ++k) {
        if (k == v.xDim || k == v.yDim) continue;
        if (v.roles[size_t(k)] == AxisRole::Time && v.tDim < 0) v.tDim = k;
        else if (v.roles[size_t(k)] == AxisRole::Vertical && v.zDim < 0) v.zDim = k;
    }
    for (int k = 0; k < nd && v.zDim < 0; ++k) {
        if (k != v.xDim && k != v.yDim && k != v.tDim && v.shape[size_t(k)] > 1) v.zDim = k;
    }
}

int GdalMultidimDataset::findVariable(const QString& name) const
{
    for (size_t i = 0; i < m_vars.size(); ++i) {
        if (m_vars[i].name == name) return int(i);
    }
    const QString alt = name.startsWith(u'/') ? name.mid(1) : u'/' + name;
    for (size_t i = 0; i < m_vars.size(); ++i) {
        if (m_vars[i].name == alt) return int(i);
    }
    return -1;
}

Result<const GdalMultidimDataset::Var*> GdalMultidimDataset::sliceableVar(const QString& name) const
{
    const int i = findVariable(name);
    if (i < 0) return Error(Error::Kind::NotFound, m_path, tr("No variable named \"%1\"").arg(name));
    if (!m_vars[size_t(i)].sliceable) {
        return Error(Error::Kind::Unsupported, m_path,
                     tr("Variable %1 has no horizontal plane to read").arg(m_vars[size_t(i)].name));
    }
    return &m_vars[size_t(i)];
}

Result<std::vector<double>> GdalMultidimDataset::readWholeLocked(GDALMDArray& array) const
{
    const auto dims = array.GetDimensions();
    std::vector<GUInt64> start(dims.size(), 0);
    std::vector<size_t> count;
    size_t n = 1;
    for (const auto& d : dims) {
        count.push_back(size_t(d->GetSize()));
        n *= size_t(d->GetSize());
    }
    std::vector<double> out(n);
    GdalErrorCapture capture;
    if (n > 0 && !array.Read(start.data(), count.data(), nullptr, nullptr,
                             GDALExtendedDataType::Create(GDT_Float64), out.data())) {
        return Error(Error::Kind::Io, m_path,
                     tr("Cannot read array %1").arg(QString::fromStdString(array.GetFullName())),
                     capture.message());
    }
    return out;
}

Result<void> GdalMultidimDataset::readLocked(const Var& v, const std::vector<quint64>& start,
                                             const std::vector<size_t>& count, double* out) const
{
    GdalErrorCapture capture;
    std::vector<GUInt64> s(start.begin(), start.end());
    if (!v.array->Read(s.data(), count.data(), nullptr, nullptr,
                       GDALExtendedDataType::Create(GDT_Float64), out)) {
        return Error(Error::Kind::Io, m_path, tr("Cannot read variable %1").arg(v.name),
                     capture.message());
    }
    return {};
}

Result<std::shared_ptr<const Grid>> GdalMultidimDataset::grid(const QString& variable) const
{
    Result<const Var*> found = sliceableVar(variable);
    if (!found) return found.error();
    const Var& v = **found;
    const int index = int(&v - m_vars.data());
    std::lock_guard<std::recursive_mutex> lock(m_mutex);
    if (auto it = m_grids.find(index); it != m_grids.end()) return it->second;
    auto g = std::make_shared<Grid>();
    g->nx = int(v.shape[size_t(v.xDim)]);
    g->ny = int(v.shape[size_t(v.yDim)]);
    auto axis = [&](int k, std::vector<double>& out) -> Result<void> {
        if (v.geolocated && v.indexing[size_t(k)]) {
            Result<std::vector<double>> values = readWholeLocked(*v.indexing[size_t(k)]);
            if (!values) return values.error();
            out = std::move(*values);
        } else {
            out.resize(size_t(v.shape[size_t(k)]));
            for (size_t i = 0; i < out.size(); ++i) out[i] = double(i);
        }
        return {};
    };
    if (Result<void> r = axis(v.xDim, g->lon); !r) return r.error();
    if (Result<void> r = axis(v.yDim, g->lat); !r) return r.error();
    if (v.tDim >= 0) {
        if (const auto& tv = v.indexing[size_t(v.tDim)]) {
            Result<std::vector<double>> t = readWholeLocked(*tv);
            if (!t) return t.error();
            g->times = std::move(*t);
            const QVariantMap ta = attributesOf(tv->GetAttributes(), nullptr);
            QString units = QString::fromStdString(tv->GetUnit());
            if (units.isEmpty()) units = attributeText(ta, QStringLiteral("units"));
            if (!units.isEmpty()) {
                Result<Base::CfTimeAxis> a = Base::CfTimeAxis::create(
                    units, attributeText(ta, QStringLiteral("calendar")), m_path + u':' + v.dimNames[v.tDim]);
                if (!a) return a.error();
                g->timeAxis = *a;
            }
        } else {
            g->times.resize(size_t(v.shape[size_t(v.tDim)]));
            for (size_t i = 0; i < g->times.size(); ++i) g->times[i] = double(i);
        }
    }
    if (v.zDim >= 0) {
        const auto& zv = v.indexing[size_t(v.zDim)];
        Result<std::vector<double>> z = zv ? readWholeLocked(*zv) : Result<std::vector<double>>(std::vector<double>{});
        if (zv && z && z->size() == size_t(v.shape[size_t(v.zDim)])) {
            g->levels = std::move(*z);
            const QVariantMap za = attributesOf(zv->GetAttributes(), nullptr);
            g->levelUnits = QString::fromStdString(zv->GetUnit());
            if (g->levelUnits.isEmpty()) g->levelUnits = attributeText(za, QStringLiteral("units"));
            g->levelPositiveDown = cfPositiveDown(za);
        } else {
            g->levels.resize(size_t(v.shape[size_t(v.zDim)]));
            for (size_t i = 0; i < g->levels.size(); ++i) g->levels[i] = double(i);
        }
        g->levelName = v.dimNames[v.zDim];
    }
    std::shared_ptr<const Grid> result = g;
    m_grids.emplace(index, result);
    return result;
}

std::optional<Base::GeoBox> GdalMultidimDataset::bbox() const
{
    {
        std::lock_guard<std::recursive_mutex> lock(m_mutex);
        if (m_bboxDone) return m_bbox;
    }
    std::vector<Base::GeoBox> boxes;
    for (const Var& v : m_vars) {
        if (!v.geolocated) continue;
        Result<std::shared_ptr<const Grid>> g = grid(v.name);
        if (!g) continue;
        if (std::optional<Base::GeoBox> b = gridBoundingBox(**g)) boxes.push_back(*b);
    }
    std::lock_guard<std::recursive_mutex> lock(m_mutex);
    m_bbox = unionBoundingBox(boxes);
    m_bboxDone = true;
    return m_bbox;
}

Result<void> GdalMultidimDataset::checkIndex(const Var& v, const Grid& g, const SliceIndex& index) const
{
    if (index.time < 0 || index.time >= g.timeCount() || index.level < 0 || index.level >= g.levelCount()) {
        return Error(Error::Kind::InvalidInput, m_path + u':' + v.name,
                     tr("Step %1 / level %2 is outside the variable").arg(index.time).arg(index.level));
    }
    return {};
}

Result<Slice> GdalMultidimDataset::readSlice(const QString& variable, const SliceIndex& index,
                                             Base::Feedback* feedback)
{
    Result<const Var*> found = sliceableVar(variable);
    if (!found) return found.error();
    const Var& v = **found;
    Result<std::shared_ptr<const Grid>> g = grid(v.name);
    if (!g) return g.error();
    if (Result<void> r = checkIndex(v, **g, index); !r) return r.error();
    if (Base::isCancelled(feedback)) return Error::cancelled(m_path);
    const size_t nd = v.shape.size();
    std::vector<quint64> start(nd, 0);
    std::vector<size_t> count(nd, 1);
    count[size_t(v.xDim)] = size_t(v.shape[size_t(v.xDim)]);
    count[size_t(v.yDim)] = size_t(v.shape[size_t(v.yDim)]);
    if (v.tDim >= 0) start[size_t(v.tDim)] = quint64(index.time);
    if (v.zDim >= 0) start[size_t(v.zDim)] = quint64(index.level);
    const size_t n = size_t((*g)->nx) * size_t((*g)->ny);
    std::vector<double> raw(n);
    {
        std::lock_guard<std::recursive_mutex> lock(m_mutex);
        if (Result<void> r = readLocked(v, start, count, raw.data()); !r) return r.error();
    }
    Slice slice;
    slice.grid = *g;
    slice.index = index;
    slice.units = QString::fromStdString(v.array->GetUnit());
    if (slice.units.isEmpty()) slice.units = attributeText(v.attributes, QStringLiteral("units"));
    slice.values.resize(n);
    decodeToFloat(raw.data(), n, v.spec, slice.values.data(), slice.minimum, slice.maximum);
    return slice;
}

Result<std::optional<double>> GdalMultidimDataset::readValue(const QString& variable, int ix, int iy,
                                                             const SliceIndex& index)
{
    Result<const Var*> found = sliceableVar(variable);
    if (!found) return found.error();
    const Var& v = **found;
    Result<std::shared_ptr<const Grid>> g = grid(v.name);
    if (!g) return g.error();
    if (Result<void> r = checkIndex(v, **g, index); !r) return r.error();
    if (ix < 0 || iy < 0 || ix >= (*g)->nx || iy >= (*g)->ny) {
        return Error(Error::Kind::InvalidInput, m_path + u':' + v.name, tr("Cell index out of range"));
    }
    const size_t nd = v.shape.size();
    std::vector<quint64> start(nd, 0);
    std::vector<size_t> count(nd, 1);
    start[size_t(v.xDim)] = quint64(ix);
    start[size_t(v.yDim)] = quint64(iy);
    if (v.tDim >= 0) start[size_t(v.tDim)] = quint64(index.time);
    if (v.zDim >= 0) start[size_t(v.zDim)] = quint64(index.level);
    double raw = 0;
    {
        std::lock_guard<std::recursive_mutex> lock(m_mutex);
        if (Result<void> r = readLocked(v, start, count, &raw); !r) return r.error();
    }
    double value = 0;
    decodeToDouble(&raw, 1, v.spec, &value);
    if (std::isnan(value)) return std::optional<double>();
    return std::optional<double>(value);
}

Result<std::vector<double>> GdalMultidimDataset::readTimeSeries(const QString& variable, int ix, int iy,
                                                                qint64 level, Base::Feedback* feedback)
{
    Result<const Var*> found = sliceableVar(variable);
    if (!found) return found.error();
    const Var& v = **found;
    Result<std::shared_ptr<const Grid>> g = grid(v.name);
    if (!g) return g.error();
    if (Result<void> r = checkIndex(v, **g, SliceIndex{0, level}); !r) return r.error();
    if (ix < 0 || iy < 0 || ix >= (*g)->nx || iy >= (*g)->ny) {
        return Error(Error::Kind::InvalidInput, m_path + u':' + v.name, tr("Cell index out of range"));
    }
    if (Base::isCancelled(feedback)) return Error::cancelled(m_path);
    const size_t nd = v.shape.size();
    std::vector<quint64> start(nd, 0);
    std::vector<size_t> count(nd, 1);
    start[size_t(v.xDim)] = quint64(ix);
    start[size_t(v.yDim)] = quint64(iy);
    if (v.zDim >= 0) start[size_t(v.zDim)] = quint64(level);
    const size_t nt = v.tDim >= 0 ? size_t(v.shape[size_t(v.tDim)]) : 1;
    if (v.tDim >= 0) count[size_t(v.tDim)] = nt;
    std::vector<double> raw(nt);
    {
        std::lock_guard<std::recursive_mutex> lock(m_mutex);
        if (Result<void> r = readLocked(v, start, count, raw.data()); !r) return r.error();
    }
    std::vector<double> out(nt);
    decodeToDouble(raw.data(), nt, v.spec, out.data());
    Base::reportProgress(feedback, 100.0);
    return out;
}

}  // namespace Estran::Data::detail
