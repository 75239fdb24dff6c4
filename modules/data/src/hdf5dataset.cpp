// SPDX-License-Identifier: GPL-3.0-or-later
#include "hdf5dataset.h"

#include "cfaxes.h"
#include "gridgeometry.h"
#include "librarylock.h"

#include <QCoreApplication>

#include <hdf5.h>

#include <cmath>

namespace Estran::Data::detail {

using Base::Error;
using Base::Result;

namespace {

QString tr(const char* text) { return QCoreApplication::translate("Estran::Data", text); }

// Silences HDF5's error-stack printing for the lifetime of the object.
struct QuietErrors {
    H5E_auto2_t func = nullptr;
    void* data = nullptr;
    QuietErrors()
    {
        H5Eget_auto2(H5E_DEFAULT, &func, &data);
        H5Eset_auto2(H5E_DEFAULT, nullptr, nullptr);
    }
    ~QuietErrors() { H5Eset_auto2(H5E_DEFAULT, func, data); }
};

// The innermost HDF5 error message, for Error::detail.
QString lastHdf5Message()
{
    QString message;
    H5Ewalk2(
        H5E_DEFAULT, H5E_WALK_DOWNWARD,
        [](unsigned, const H5E_error2_t* e, void* data) -> herr_t {
            auto* out = static_cast<QString*>(data);
            if (out->isEmpty() && e->desc) *out = QString::fromUtf8(e->desc);
            return 0;
        },
        &message);
    return message;
}

DataType fromHdf5Type(hid_t type)
{
    const H5T_class_t cls = H5Tget_class(type);
    const size_t size = H5Tget_size(type);
    if (cls == H5T_INTEGER) {
        const bool isUnsigned = H5Tget_sign(type) == H5T_SGN_NONE;
        switch (size) {
        case 1: return isUnsigned ? DataType::UInt8 : DataType::Int8;
        case 2: return isUnsigned ? DataType::UInt16 : DataType::Int16;
        case 4: return isUnsigned ? DataType::UInt32 : DataType::Int32;
        case 8: return isUnsigned ? DataType::UInt64 : DataType::Int64;
        default: return DataType::Other;
        }
    }
    if (cls == H5T_FLOAT) {
        if (size == 4) return DataType::Float32;
        if (size == 8) return DataType::Float64;
        return DataType::Other;
    }
    if (cls == H5T_STRING) return DataType::String;
    return DataType::Other;
}

hid_t nativeType(DataType t)
{
    switch (t) {
    case DataType::Int8: return H5T_NATIVE_SCHAR;
    case DataType::UInt8: return H5T_NATIVE_UCHAR;
    case DataType::Int16: return H5T_NATIVE_SHORT;
    case DataType::UInt16: return H5T_NATIVE_USHORT;
    case DataType::Int32: return H5T_NATIVE_INT;
    case DataType::UInt32: return H5T_NATIVE_UINT;
    case DataType::Int64: return H5T_NATIVE_LLONG;
    case DataType::UInt64: return H5T_NATIVE_ULLONG;
    case DataType::Float32: return H5T_NATIVE_FLOAT;
    case DataType::Float64: return H5T_NATIVE_DOUBLE;
    default: return -1;
    }
}

struct AttributeSink {
    QVariantMap* map;
    DecodeAttributes* decode;
};

herr_t readAttribute(hid_t location, const char* cname, const H5A_info_t*, void* data)
{
    auto* sink = static_cast<AttributeSink*>(data);
    const hid_t attr = H5Aopen(location, cname, H5P_DEFAULT);
    if (attr < 0) return 0;
    const hid_t type = H5Aget_type(attr);
    const hid_t space = H5Aget_space(attr);
    const hssize_t n = H5Sget_simple_extent_npoints(space);
    const QString name = QString::fromUtf8(cname);
    const H5T_class_t cls = H5Tget_class(type);
    if (n > 0 && n < 1000000) {
        if (cls == H5T_STRING) {
            QStringList values;
            if (H5Tis_variable_str(type) > 0) {
                std::vector<char*> strings(size_t(n), nullptr);
                const hid_t mem = H5Tcopy(H5T_C_S1);
                H5Tset_size(mem, H5T_VARIABLE);
                H5Tset_cset(mem, H5Tget_cset(type));
                if (H5Aread(attr, mem, strings.data()) >= 0) {
                    for (char* s : strings) values.append(QString::fromUtf8(s ? s : ""));
                    H5Dvlen_reclaim(mem, space, H5P_DEFAULT, strings.data());
                }
                H5Tclose(mem);
            } else {
                const size_t size = H5Tget_size(type);
                QByteArray buf(qsizetype(size * size_t(n)), '\0');
                if (H5Aread(attr, type, buf.data()) >= 0) {
                    for (hssize_t i = 0; i < n; ++i) {
                        QByteArray one = buf.mid(qsizetype(size_t(i) * size), qsizetype(size));
                        const int nul = one.indexOf('\0');
                        if (nul >= 0) one.truncate(nul);
                        values.append(QString::fromUtf8(one).trimmed());
                    }
                }
            }
            if (values.size() == 1) sink->map->insert(name, values.front());
            else if (!values.isEmpty()) sink->map->insert(name, values);
            if (name == u"_Unsigned" && sink->decode)
                sink->decode->unsignedFlag = values.value(0).toLower() == u"true";
        } else if (cls == H5T_INTEGER || cls == H5T_FLOAT) {
            std::vector<double> values(static_cast<size_t>(n));
            if (H5Aread(attr, H5T_NATIVE_DOUBLE, values.data()) >= 0) {
                sink->map->insert(name, numericAttributeValue(values, cls == H5T_INTEGER));
                if (sink->decode) {
                    // Plain HDF5 files also spell the fill value "fill_value" or "FillValue".
                    const bool fillAlias = name == u"fill_value" || name == u"FillValue";
                    NumericAttribute* target =
                        decodeTarget(*sink->decode, fillAlias ? QStringLiteral("_FillValue") : name);
                    if (target) *target = NumericAttribute{true, fromHdf5Type(type), std::move(values)};
                }
            }
        }
    }
    H5Sclose(space);
    H5Tclose(type);
    H5Aclose(attr);
    return 0;
}

herr_t visitObject(hid_t root, const char* name, const H5O_info_t* info, void* data)
{
    if (info->type != H5O_TYPE_DATASET) return 0;
    const hid_t dataset = H5Dopen2(root, name, H5P_DEFAULT);
    if (dataset < 0) return 0;
    static_cast<Hdf5Dataset*>(data)->addDataset(dataset, u'/' + QString::fromUtf8(name));
    H5Dclose(dataset);
    return 0;
}

void closeObjectsOf(hid_t file)
{
    const ssize_t n = H5Fget_obj_count(file, H5F_OBJ_DATASET | H5F_OBJ_GROUP | H5F_OBJ_DATATYPE
                                                 | H5F_OBJ_ATTR | H5F_OBJ_LOCAL);
    if (n <= 0) return;
    std::vector<hid_t> ids(static_cast<size_t>(n));
    const ssize_t got = H5Fget_obj_ids(file, H5F_OBJ_DATASET | H5F_OBJ_GROUP | H5F_OBJ_DATATYPE
                                                 | H5F_OBJ_ATTR | H5F_OBJ_LOCAL,
                                       size_t(n), ids.data());
    for (ssize_t i = 0; i < got; ++i) {
        if (H5Iget_type(ids[size_t(i)]) == H5I_ATTR) H5Aclose(ids[size_t(i)]);
        else H5Oclose(ids[size_t(i)]);
    }
}

QString parentGroup(const QString& path) { return path.left(path.lastIndexOf(u'/')); }

}  // namespace

Result<std::unique_ptr<Hdf5Dataset>> Hdf5Dataset::open(const QString& path)
{
    std::unique_ptr<Hdf5Dataset> ds(new Hdf5Dataset);
    ds->m_path = path;
    LibraryLock lock(libraryMutex());
    QuietErrors quiet;
    // WEAK like netCDF-C: HDF5 refuses to open a file twice with different close degrees.
    const hid_t fapl = H5Pcreate(H5P_FILE_ACCESS);
    H5Pset_fclose_degree(fapl, H5F_CLOSE_WEAK);
    ds->m_file = H5Fopen(path.toLocal8Bit().constData(), H5F_ACC_RDONLY, fapl);
    H5Pclose(fapl);
    if (ds->m_file < 0) {
        return Error(Error::Kind::InvalidInput, path, tr("Cannot open the HDF5 file; it may be damaged"),
                     lastHdf5Message());
    }
    AttributeSink sink{&ds->m_rootAttributes, nullptr};
    hsize_t idx = 0;
    H5Aiterate2(ds->m_file, H5_INDEX_NAME, H5_ITER_NATIVE, &idx, readAttribute, &sink);
    if (H5Ovisit2(ds->m_file, H5_INDEX_NAME, H5_ITER_NATIVE, visitObject, ds.get(), H5O_INFO_BASIC) < 0) {
        // A traversal that failed inside a damaged file can leave objects open, which would
        // keep the file open after H5Fclose and make HDF5 complain at exit: close them.
        closeObjectsOf(ds->m_file);
        return Error(Error::Kind::InvalidInput, path, tr("Cannot read the HDF5 group tree; the file is damaged"),
                     lastHdf5Message());
    }
    ds->analyse();
    return ds;
}

Hdf5Dataset::~Hdf5Dataset()
{
    if (m_file >= 0) {
        LibraryLock lock(libraryMutex());
        H5Fclose(m_file);
    }
}

void Hdf5Dataset::addDataset(qint64 dataset, const QString& fullPath)
{
    Var v;
    v.name = fullPath;
    const hid_t type = H5Dget_type(dataset);
    v.dtype = fromHdf5Type(type);
    H5Tclose(type);
    const hid_t space = H5Dget_space(dataset);
    const int rank = H5Sget_simple_extent_ndims(space);
    if (rank > 0) {
        std::vector<hsize_t> dims(static_cast<size_t>(rank));
        H5Sget_simple_extent_dims(space, dims.data(), nullptr);
        for (hsize_t d : dims) v.shape.push_back(qint64(d));
    }
    H5Sclose(space);
    DecodeAttributes decode;
    AttributeSink sink{&v.attributes, &decode};
    hsize_t idx = 0;
    H5Aiterate2(dataset, H5_INDEX_NAME, H5_ITER_NATIVE, &idx, readAttribute, &sink);
    if (isNumeric(v.dtype)) v.spec = makeDecodeSpec(v.dtype, decode, nullptr);
    v.dtype = isNumeric(v.dtype) ? v.spec.rawType : v.dtype;
    m_vars.push_back(std::move(v));
}

void Hdf5Dataset::analyse()
{
    auto roleOf = [](const Var& v) {
        if (!isNumeric(v.dtype) || v.shape.empty() || v.shape.size() > 2) return AxisRole::None;
        const AxisRole r = cfAxisRole(v.name.section(u'/', -1), v.attributes, 1);
        if (r == AxisRole::Longitude || r == AxisRole::Latitude) return r;
        // HDF-EOS and many mission products spell them out in capitals or plural.
        const QString base = v.name.section(u'/', -1).toLower();
        if (base == u"lats" || base == u"latitudes" || base == u"nav_lat") return AxisRole::Latitude;
        if (base == u"lons" || base == u"longitudes" || base == u"nav_lon") return AxisRole::Longitude;
        return AxisRole::None;
    };
    std::vector<AxisRole> roles;
    for (const Var& v : m_vars) roles.push_back(roleOf(v));

    for (size_t i = 0; i < m_vars.size(); ++i) {
        Var& v = m_vars[i];
        const int rank = int(v.shape.size());
        if (!isNumeric(v.dtype) || rank < 2 || roles[i] != AxisRole::None) continue;
        v.sliceable = true;
        const qint64 ny = v.shape[size_t(rank) - 2];
        const qint64 nx = v.shape[size_t(rank) - 1];
        for (int k = 0; k < rank - 2; ++k) {
            if (v.shape[size_t(k)] > 1) {
                v.zDim = k;
                break;
            }
        }
        // Geolocation: a sibling first (same group), then anywhere in the file.
        auto pick = [&](AxisRole role, bool sameGroup, bool twoD) {
            for (size_t j = 0; j < m_vars.size(); ++j) {
                if (roles[j] != role) continue;
                const Var& c = m_vars[j];
                if (sameGroup && parentGroup(c.name) != parentGroup(v.name)) continue;
                if (twoD && c.shape == std::vector<qint64>{ny, nx}) return int(j);
                if (!twoD && c.shape.size() == 1
                    && c.shape[0] == (role == AxisRole::Latitude ? ny : nx))
                    return int(j);
            }
            return -1;
        };
        for (bool sameGroup : {true, false}) {
            if (v.lonVar >= 0) break;
            const int lon2 = pick(AxisRole::Longitude, sameGroup, true);
            const int lat2 = pick(AxisRole::Latitude, sameGroup, true);
            if (lon2 >= 0 && lat2 >= 0) {
                v.lonVar = lon2;
                v.latVar = lat2;
                v.curvilinear = true;
                break;
            }
            const int lon1 = pick(AxisRole::Longitude, sameGroup, false);
            const int lat1 = pick(AxisRole::Latitude, sameGroup, false);
            if (lon1 >= 0 && lat1 >= 0) {
                v.lonVar = lon1;
                v.latVar = lat1;
            }
        }
    }

    for (size_t i = 0; i < m_vars.size(); ++i) {
        const Var& v = m_vars[i];
        VariableInfo info;
        info.name = v.name;
        info.longName = attributeText(v.attributes, QStringLiteral("long_name"));
        if (info.longName.isEmpty()) info.longName = attributeText(v.attributes, QStringLiteral("description"));
        info.standardName = attributeText(v.attributes, QStringLiteral("standard_name"));
        info.units = attributeText(v.attributes, QStringLiteral("units"));
        info.dtype = v.dtype;
        info.attributes = v.attributes;
        info.isMappable = v.sliceable && v.lonVar >= 0;
        info.isCoordinate = roles[i] != AxisRole::None;
        const int rank = int(v.shape.size());
        for (int k = 0; k < rank; ++k) {
            Dimension d;
            d.name = QStringLiteral("dim%1").arg(k);
            d.size = v.shape[size_t(k)];
            if (v.sliceable && k == rank - 1) d.role = info.isMappable && !v.curvilinear ? AxisRole::Longitude : AxisRole::X;
            else if (v.sliceable && k == rank - 2) d.role = info.isMappable && !v.curvilinear ? AxisRole::Latitude : AxisRole::Y;
            else if (k == v.zDim) d.role = AxisRole::Vertical;
            info.dimensions.append(d);
        }
        m_infos.append(info);
    }
}

int Hdf5Dataset::findVariable(const QString& name) const
{
    const QString full = name.startsWith(u'/') ? name : u'/' + name;
    for (size_t i = 0; i < m_vars.size(); ++i) {
        if (m_vars[i].name == full) return int(i);
    }
    return -1;
}

Result<const Hdf5Dataset::Var*> Hdf5Dataset::sliceableVar(const QString& variable) const
{
    const int i = findVariable(variable);
    if (i < 0) return Error(Error::Kind::NotFound, m_path, tr("No dataset named \"%1\"").arg(variable));
    if (!m_vars[size_t(i)].sliceable) {
        return Error(Error::Kind::Unsupported, m_path,
                     tr("Dataset %1 has no two-dimensional plane to read").arg(m_vars[size_t(i)].name));
    }
    return &m_vars[size_t(i)];
}

Result<void> Hdf5Dataset::readHyperslabLocked(const Var& v, const std::vector<qint64>& start,
                                              const std::vector<qint64>& count, void* out) const
{
    QuietErrors quiet;
    const hid_t dataset = H5Dopen2(m_file, v.name.toUtf8().constData(), H5P_DEFAULT);
    if (dataset < 0) {
        return Error(Error::Kind::Io, m_path, tr("Cannot open dataset %1").arg(v.name), lastHdf5Message());
    }
    const hid_t fileSpace = H5Dget_space(dataset);
    std::vector<hsize_t> s(start.begin(), start.end());
    std::vector<hsize_t> c(count.begin(), count.end());
    herr_t status = H5Sselect_hyperslab(fileSpace, H5S_SELECT_SET, s.data(), nullptr, c.data(), nullptr);
    const hid_t memSpace = H5Screate_simple(int(c.size()), c.data(), nullptr);
    if (status >= 0)
        status = H5Dread(dataset, nativeType(v.dtype), memSpace, fileSpace, H5P_DEFAULT, out);
    const QString detail = status < 0 ? lastHdf5Message() : QString();
    H5Sclose(memSpace);
    H5Sclose(fileSpace);
    H5Dclose(dataset);
    if (status < 0) return Error(Error::Kind::Io, m_path, tr("Cannot read dataset %1").arg(v.name), detail);
    return {};
}

Result<std::vector<double>> Hdf5Dataset::readWholeLocked(const Var& v) const
{
    size_t n = 1;
    for (qint64 d : v.shape) n *= size_t(d);
    std::vector<char> raw(n * size_t(dataTypeSize(v.dtype)));
    std::vector<qint64> start(v.shape.size(), 0);
    if (Result<void> r = readHyperslabLocked(v, start, v.shape, raw.data()); !r) return r.error();
    std::vector<double> out(n);
    decodeToDouble(raw.data(), n, v.spec, out.data());
    return out;
}

Result<std::shared_ptr<const Grid>> Hdf5Dataset::grid(const QString& variable) const
{
    Result<const Var*> found = sliceableVar(variable);
    if (!found) return found.error();
    const Var& v = **found;
    const int index = int(&v - m_vars.data());
    {
        std::lock_guard<std::mutex> cache(m_cacheMutex);
        if (auto it = m_grids.find(index); it != m_grids.end()) return it->second;
    }
    auto g = std::make_shared<Grid>();
    const size_t rank = v.shape.size();
    g->ny = int(v.shape[rank - 2]);
    g->nx = int(v.shape[rank - 1]);
    if (v.lonVar >= 0) {
        LibraryLock lock(libraryMutex());
        Result<std::vector<double>> lon = readWholeLocked(m_vars[size_t(v.lonVar)]);
        if (!lon) return lon.error();
        Result<std::vector<double>> lat = readWholeLocked(m_vars[size_t(v.latVar)]);
        if (!lat) return lat.error();
        g->lon = std::move(*lon);
        g->lat = std::move(*lat);
        g->curvilinear = v.curvilinear;
    } else {
        g->lon.resize(size_t(g->nx));
        g->lat.resize(size_t(g->ny));
        for (int i = 0; i < g->nx; ++i) g->lon[size_t(i)] = i;
        for (int j = 0; j < g->ny; ++j) g->lat[size_t(j)] = j;
    }
    if (v.zDim >= 0) {
        g->levels.resize(size_t(v.shape[size_t(v.zDim)]));
        for (size_t k = 0; k < g->levels.size(); ++k) g->levels[k] = double(k);
        g->levelName = QStringLiteral("dim%1").arg(v.zDim);
    }
    std::shared_ptr<const Grid> result = g;
    std::lock_guard<std::mutex> cache(m_cacheMutex);
    m_grids.emplace(index, result);
    return result;
}

std::optional<Base::GeoBox> Hdf5Dataset::bbox() const
{
    {
        std::lock_guard<std::mutex> cache(m_cacheMutex);
        if (m_bboxDone) return m_bbox;
    }
    std::vector<Base::GeoBox> boxes;
    std::vector<std::pair<int, int>> seen;
    for (const Var& v : m_vars) {
        if (!v.sliceable || v.lonVar < 0) continue;
        if (std::find(seen.begin(), seen.end(), std::make_pair(v.lonVar, v.latVar)) != seen.end()) continue;
        seen.emplace_back(v.lonVar, v.latVar);
        Result<std::shared_ptr<const Grid>> g = grid(v.name);
        if (!g) continue;
        if (std::optional<Base::GeoBox> b = gridBoundingBox(**g)) boxes.push_back(*b);
    }
    const std::optional<Base::GeoBox> box = unionBoundingBox(boxes);
    std::lock_guard<std::mutex> cache(m_cacheMutex);
    m_bbox = box;
    m_bboxDone = true;
    return m_bbox;
}

Result<Slice> Hdf5Dataset::readSlice(const QString& variable, const SliceIndex& index,
                                     Base::Feedback* feedback)
{
    Result<const Var*> found = sliceableVar(variable);
    if (!found) return found.error();
    const Var& v = **found;
    Result<std::shared_ptr<const Grid>> g = grid(v.name);
    if (!g) return g.error();
    if (index.level < 0 || index.level >= (*g)->levelCount()) {
        return Error(Error::Kind::InvalidInput, m_path + u':' + v.name,
                     tr("Level index %1 is outside 0..%2").arg(index.level).arg((*g)->levelCount() - 1));
    }
    if (Base::isCancelled(feedback)) return Error::cancelled(m_path);
    const size_t rank = v.shape.size();
    std::vector<qint64> start(rank, 0);
    std::vector<qint64> count(rank, 1);
    count[rank - 2] = v.shape[rank - 2];
    count[rank - 1] = v.shape[rank - 1];
    if (v.zDim >= 0) start[size_t(v.zDim)] = index.level;
    const size_t n = size_t((*g)->nx) * size_t((*g)->ny);
    std::vector<char> raw(n * size_t(dataTypeSize(v.dtype)));
    {
        LibraryLock lock(libraryMutex());
        if (Result<void> r = readHyperslabLocked(v, start, count, raw.data()); !r) return r.error();
    }
    Slice slice;
    slice.grid = *g;
    slice.index = index;
    slice.units = attributeText(v.attributes, QStringLiteral("units"));
    slice.values.resize(n);
    decodeToFloat(raw.data(), n, v.spec, slice.values.data(), slice.minimum, slice.maximum);
    return slice;
}

Result<std::optional<double>> Hdf5Dataset::readValue(const QString& variable, int ix, int iy,
                                                     const SliceIndex& index)
{
    Result<const Var*> found = sliceableVar(variable);
    if (!found) return found.error();
    const Var& v = **found;
    const size_t rank = v.shape.size();
    if (ix < 0 || iy < 0 || ix >= v.shape[rank - 1] || iy >= v.shape[rank - 2]
        || (v.zDim >= 0 && (index.level < 0 || index.level >= v.shape[size_t(v.zDim)]))) {
        return Error(Error::Kind::InvalidInput, m_path + u':' + v.name, tr("Cell index out of range"));
    }
    std::vector<qint64> start(rank, 0);
    std::vector<qint64> count(rank, 1);
    start[rank - 1] = ix;
    start[rank - 2] = iy;
    if (v.zDim >= 0) start[size_t(v.zDim)] = index.level;
    alignas(8) char raw[8] = {};
    {
        LibraryLock lock(libraryMutex());
        if (Result<void> r = readHyperslabLocked(v, start, count, raw); !r) return r.error();
    }
    double value = 0;
    decodeToDouble(raw, 1, v.spec, &value);
    if (std::isnan(value)) return std::optional<double>();
    return std::optional<double>(value);
}

Result<std::vector<double>> Hdf5Dataset::readTimeSeries(const QString& variable, int ix, int iy,
                                                        qint64 level, Base::Feedback*)
{
    // Plain HDF5 has no time axis: the "series" is the single value at the cell.
    Result<std::optional<double>> v = readValue(variable, ix, iy, SliceIndex{0, level});
    if (!v) return v.error();
    return std::vector<double>{v->value_or(std::nan(""))};
}

}  // namespace Estran::Data::detail
