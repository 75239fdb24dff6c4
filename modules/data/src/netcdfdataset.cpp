// SPDX-License-Identifier: GPL-3.0-or-later
#include "netcdfdataset.h"

#include "cfaxes.h"
#include "cfgridmapping.h"
#include "gridgeometry.h"
#include "hdf5chunkplanereader.h"
#include "librarylock.h"

#include <QCoreApplication>

#include <netcdf.h>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <cstring>
#include <thread>

namespace Estran::Data::detail {

using Base::Error;
using Base::Result;

namespace {

QString tr(const char* text) { return QCoreApplication::translate("Estran::Data", text); }

DataType fromNcType(nc_type t)
{
    switch (t) {
    case NC_BYTE: return DataType::Int8;
    case NC_UBYTE: return DataType::UInt8;
    case NC_SHORT: return DataType::Int16;
    case NC_USHORT: return DataType::UInt16;
    case NC_INT: return DataType::Int32;
    case NC_UINT: return DataType::UInt32;
    case NC_INT64: return DataType::Int64;
    case NC_UINT64: return DataType::UInt64;
    case NC_FLOAT: return DataType::Float32;
    case NC_DOUBLE: return DataType::Float64;
    case NC_CHAR:
    case NC_STRING: return DataType::String;
    default: return DataType::Other;
    }
}

// netCDF's default fill per type, applied when a variable has no _FillValue. Bytes are left
// out, as the NUG advises: -127 is a legitimate byte value far more often than a fill.
std::optional<double> defaultFill(nc_type t)
{
    switch (t) {
    case NC_SHORT: return double(NC_FILL_SHORT);
    case NC_USHORT: return double(NC_FILL_USHORT);
    case NC_INT: return double(NC_FILL_INT);
    case NC_UINT: return double(NC_FILL_UINT);
    case NC_INT64: return double(NC_FILL_INT64);
    case NC_UINT64: return double(NC_FILL_UINT64);
    case NC_FLOAT: return double(NC_FILL_FLOAT);
    case NC_DOUBLE: return NC_FILL_DOUBLE;
    default: return std::nullopt;
    }
}

QString ncName(int group, int varid)
{
    char name[NC_MAX_NAME + 1] = {};
    if (varid == NC_GLOBAL) return {};
    nc_inq_varname(group, varid, name);
    return QString::fromUtf8(name);
}

// Reads every attribute of a variable (or NC_GLOBAL) into a QVariantMap and collects the
// numeric ones that drive CF decoding, with their types.
void readAttributes(int group, int varid, QVariantMap& out, DecodeAttributes* decode)
{
    int natts = 0;
    if (varid == NC_GLOBAL) nc_inq_natts(group, &natts);
    else nc_inq_varnatts(group, varid, &natts);
    for (int i = 0; i < natts; ++i) {
        char cname[NC_MAX_NAME + 1] = {};
        if (nc_inq_attname(group, varid, i, cname) != NC_NOERR) continue;
        nc_type type = 0;
        size_t len = 0;
        if (nc_inq_att(group, varid, cname, &type, &len) != NC_NOERR) continue;
        const QString name = QString::fromUtf8(cname);
        if (type == NC_CHAR) {
            QByteArray buf(qsizetype(len), '\0');
            if (len > 0 && nc_get_att_text(group, varid, cname, buf.data()) != NC_NOERR) continue;
            while (!buf.isEmpty() && buf.back() == '\0') buf.chop(1);
            out.insert(name, QString::fromUtf8(buf));
            if (decode && name == u"_Unsigned")
                decode->unsignedFlag = QString::fromUtf8(buf).trimmed().toLower() == u"true";
            continue;
        }
        if (type == NC_STRING) {
            std::vector<char*> strings(len, nullptr);
            if (len == 0 || nc_get_att_string(group, varid, cname, strings.data()) != NC_NOERR)
                continue;
            QStringList list;
            for (char* s : strings) list.append(QString::fromUtf8(s ? s : ""));
            nc_free_string(len, strings.data());
            if (list.size() == 1) out.insert(name, list.front());
            else out.insert(name, list);
            if (decode && name == u"_Unsigned")
                decode->unsignedFlag = list.value(0).trimmed().toLower() == u"true";
            continue;
        }
        const DataType dt = fromNcType(type);
        if (!isNumeric(dt) || len == 0) continue;
        std::vector<double> values(len);
        if (nc_get_att_double(group, varid, cname, values.data()) != NC_NOERR) continue;
        out.insert(name, numericAttributeValue(values, dt != DataType::Float32 && dt != DataType::Float64));
        if (NumericAttribute* target = decode ? decodeTarget(*decode, name) : nullptr)
            *target = NumericAttribute{true, dt, std::move(values)};
    }
}

}  // namespace

Error NetcdfDataset::ncError(int status, const QString& message) const
{
    return Error(Error::Kind::Io, m_path, message, QString::fromUtf8(nc_strerror(status)));
}

Result<std::unique_ptr<NetcdfDataset>> NetcdfDataset::open(const QString& path)
{
    std::unique_ptr<NetcdfDataset> ds(new NetcdfDataset);
    ds->m_path = path;
    LibraryLock lock(libraryMutex());
    const int status = nc_open(path.toLocal8Bit().constData(), NC_NOWRITE, &ds->m_ncid);
    if (status != NC_NOERR) {
        ds->m_ncid = -1;
        const Error::Kind kind = status == ENOENT ? Error::Kind::NotFound : Error::Kind::InvalidInput;
        QString message;
        switch (status) {
        case NC_ENOTNC: message = tr("Not a netCDF file, or the file is damaged"); break;
        case NC_EHDFERR:
        case NC_EINVAL:
        case NC_ENOMEM:
        case NC_EBADDIM:
        case NC_ETRUNC: message = tr("The netCDF file is damaged or truncated"); break;
        default: message = tr("Cannot open the netCDF file"); break;
        }
        return Error(kind, path, message, QString::fromUtf8(nc_strerror(status)));
    }
    int format = 0;
    nc_inq_format(ds->m_ncid, &format);
    ds->m_netcdf4 = format == NC_FORMAT_NETCDF4 || format == NC_FORMAT_NETCDF4_CLASSIC;
    // Two names only (the CLI's JSON contract): the classic-model and CDF-5 variants are
    // details the attribute panel does not need.
    ds->m_format = ds->m_netcdf4 ? QStringLiteral("netCDF-4") : QStringLiteral("netCDF-3");
    if (Result<void> r = ds->scan(); !r) return r.error();
    for (Var& v : ds->m_vars) ds->analyse(v);
    ds->m_cacheSet.assign(ds->m_vars.size(), false);
    ds->buildInfos();
    return ds;
}

NetcdfDataset::~NetcdfDataset()
{
    // The fast readers hold HDF5 handles on the same file: close them before netCDF does.
    m_fastReaders.clear();
    if (m_ncid >= 0) {
        LibraryLock lock(libraryMutex());
        nc_close(m_ncid);
    }
}

Result<void> NetcdfDataset::scan()
{
    readAttributes(m_ncid, NC_GLOBAL, m_globalAttributes, nullptr);
    return scanGroup(m_ncid, QString());
}

Result<void> NetcdfDataset::scanGroup(int group, const QString& groupPath)
{
    int nvars = 0;
    if (int st = nc_inq_nvars(group, &nvars); st != NC_NOERR)
        return ncError(st, tr("Cannot list the variables"));
    for (int varid = 0; varid < nvars; ++varid) {
        Var v;
        v.group = group;
        v.varid = varid;
        v.shortName = ncName(group, varid);
        v.groupPath = groupPath;
        v.name = groupPath.isEmpty() ? v.shortName : groupPath + u'/' + v.shortName;
        nc_type type = 0;
        int ndims = 0;
        if (int st = nc_inq_var(group, varid, nullptr, &type, &ndims, nullptr, nullptr);
            st != NC_NOERR)
            return ncError(st, tr("Cannot read the description of variable %1").arg(v.name));
        v.ncType = type;
        v.dimids.resize(size_t(ndims));
        if (ndims > 0) nc_inq_vardimid(group, varid, v.dimids.data());
        for (int d : v.dimids) {
            char dname[NC_MAX_NAME + 1] = {};
            size_t len = 0;
            nc_inq_dim(group, d, dname, &len);
            v.dimNames.append(QString::fromUtf8(dname));
            v.shape.push_back(len);
        }
        DecodeAttributes decode;
        readAttributes(group, varid, v.attributes, &decode);
        v.storedType = fromNcType(type);
        const std::optional<double> fill = defaultFill(type);
        v.spec = makeDecodeSpec(v.storedType, decode, fill ? &*fill : nullptr);
        v.dtype = v.spec.rawType;
        v.role = cfAxisRole(v.shortName, v.attributes, int(v.dimids.size()));
        m_vars.push_back(std::move(v));
    }
    int ngroups = 0;
    nc_inq_grps(group, &ngroups, nullptr);
    std::vector<int> groups(size_t(std::max(ngroups, 0)));
    if (ngroups > 0) nc_inq_grps(group, nullptr, groups.data());
    for (int g : groups) {
        char gname[NC_MAX_NAME + 1] = {};
        nc_inq_grpname(g, gname);
        if (Result<void> r = scanGroup(g, groupPath + u'/' + QString::fromUtf8(gname)); !r)
            return r;
    }
    return {};
}

int NetcdfDataset::findVariable(const QString& name) const
{
    for (size_t i = 0; i < m_vars.size(); ++i) {
        if (m_vars[i].name == name) return int(i);
    }
    // "/sst" names a root variable, and "data_01/ssha" a grouped one.
    const QString alt = name.startsWith(u'/') ? name.mid(1) : u'/' + name;
    for (size_t i = 0; i < m_vars.size(); ++i) {
        if (m_vars[i].name == alt) return int(i);
    }
    return -1;
}

// CF: names in `coordinates` are looked up in the variable's group, then in its ancestors.
int NetcdfDataset::resolveReference(const QString& name, const QString& fromGroup) const
{
    if (name.startsWith(u'/')) return findVariable(name);
    QString group = fromGroup;
    while (true) {
        const int i = findVariable(group.isEmpty() ? name : group + u'/' + name);
        if (i >= 0) return i;
        if (group.isEmpty()) break;
        group = group.left(std::max<qsizetype>(0, group.lastIndexOf(u'/')));
    }
    return -1;
}

int NetcdfDataset::coordinateVariable(int dimid, const QString& dimName) const
{
    for (size_t i = 0; i < m_vars.size(); ++i) {
        const Var& c = m_vars[i];
        if (c.dimids.size() == 1 && c.dimids[0] == dimid && c.shortName == dimName) return int(i);
    }
    return -1;
}

void NetcdfDataset::analyse(Var& v)
{
    const int nd = int(v.dimids.size());
    v.coordFor.assign(size_t(nd), -1);
    std::vector<AxisRole> roles(size_t(nd), AxisRole::None);
    for (int k = 0; k < nd; ++k) {
        const int c = coordinateVariable(v.dimids[size_t(k)], v.dimNames[k]);
        if (c >= 0) {
            v.coordFor[size_t(k)] = c;
            roles[size_t(k)] = m_vars[size_t(c)].role;
        } else {
            // A dimension without a coordinate variable still says something by its name
            // ("time", "depth"); lon/lat need values, so only time and vertical count here.
            const AxisRole byName = cfAxisRole(v.dimNames[k], QVariantMap(), 1);
            if (byName == AxisRole::Time || byName == AxisRole::Vertical) roles[size_t(k)] = byName;
        }
    }
    auto position = [&](int dimid) {
        for (int k = 0; k < nd; ++k) {
            if (v.dimids[size_t(k)] == dimid) return k;
        }
        return -1;
    };

    // Auxiliary coordinates named by the `coordinates` attribute.
    std::vector<int> aux;
    const QString coords = attributeText(v.attributes, QStringLiteral("coordinates"));
    for (const QString& n : coords.split(u' ', Qt::SkipEmptyParts)) {
        const int i = resolveReference(n, v.groupPath);
        if (i >= 0) aux.push_back(i);
    }
    for (int a : aux) {
        const Var& c = m_vars[size_t(a)];
        if (c.dimids.size() != 1) continue;
        const int k = position(c.dimids[0]);
        if (k < 0 || c.role == AxisRole::None) continue;
        const AxisRole current = roles[size_t(k)];
        // A lon/lat auxiliary is better than a projected x/y coordinate or nothing.
        if (current == AxisRole::None || current == AxisRole::X || current == AxisRole::Y) {
            v.coordFor[size_t(k)] = a;
            roles[size_t(k)] = c.role;
        }
    }

    // 2-D longitude/latitude: from `coordinates`, else any 2-D lon/lat on the same dimensions
    // (NEMO and some satellite files omit the attribute).
    auto find2d = [&](AxisRole role, const std::vector<int>& candidates) {
        for (int a : candidates) {
            const Var& c = m_vars[size_t(a)];
            if (c.dimids.size() == 2 && c.role == role && position(c.dimids[0]) >= 0
                && position(c.dimids[1]) >= 0 && c.dimids[0] != c.dimids[1])
                return a;
        }
        return -1;
    };
    int lon2 = find2d(AxisRole::Longitude, aux);
    int lat2 = find2d(AxisRole::Latitude, aux);
    const bool isLonLat = v.role == AxisRole::Longitude || v.role == AxisRole::Latitude;
    if ((lon2 < 0 || lat2 < 0) && nd >= 2 && !isLonLat) {
        std::vector<int> all(m_vars.size());
        for (size_t i = 0; i < all.size(); ++i) all[i] = int(i);
        if (lon2 < 0) lon2 = find2d(AxisRole::Longitude, all);
        if (lat2 < 0) lat2 = find2d(AxisRole::Latitude, all);
    }
    const bool numeric = isNumeric(v.dtype);
    if (lon2 >= 0 && lat2 >= 0 && m_vars[size_t(lon2)].dimids == m_vars[size_t(lat2)].dimids
        && int(&v - m_vars.data()) != lon2 && int(&v - m_vars.data()) != lat2) {
        v.yDim = position(m_vars[size_t(lon2)].dimids[0]);
        v.xDim = position(m_vars[size_t(lon2)].dimids[1]);
        v.lon2d = lon2;
        v.lat2d = lat2;
        v.curvilinear = true;
        v.geolocated = true;
    } else {
        int lonK = -1;
        int latK = -1;
        for (int k = nd - 1; k >= 0; --k) {
            if (roles[size_t(k)] == AxisRole::Longitude && lonK < 0) lonK = k;
            if (roles[size_t(k)] == AxisRole::Latitude && latK < 0) latK = k;
        }
        if (lonK >= 0 && latK >= 0 && lonK != latK) {
            v.xDim = lonK;
            v.yDim = latK;
            v.geolocated = true;
        } else if (nd >= 2) {
            int xk = -1;
            int yk = -1;
            for (int k = nd - 1; k >= 0; --k) {
                if (roles[size_t(k)] == AxisRole::X && xk < 0) xk = k;
                if (roles[size_t(k)] == AxisRole::Y && yk < 0) yk = k;
            }
            if (xk < 0 || yk < 0 || xk == yk) {
                xk = nd - 1;
                yk = nd - 2;
            }
            v.xDim = xk;
            v.yDim = yk;
        }
    }
    v.sliceable = numeric && nd >= 2 && v.xDim >= 0 && v.yDim >= 0 && !isLonLat;
    if (!v.sliceable) {
        v.geolocated = false;
        v.curvilinear = false;
    }

    // Projected grids (x/y in metres or rotated degrees) with a CF grid_mapping: lon/lat of
    // every cell are computed, so the variable is mappable like a curvilinear one.
    if (v.sliceable) {
        // "crs" or the extended form "crs: x y"; only the first mapping is used.
        QString gmName = attributeText(v.attributes, QStringLiteral("grid_mapping")).section(u' ', 0, 0);
        if (gmName.endsWith(u':')) gmName.chop(1);
        const int gm = gmName.isEmpty() ? -1 : resolveReference(gmName, v.groupPath);
        const std::optional<QString> crs = gm >= 0 ? cfGridMappingCrs(m_vars[size_t(gm)].attributes)
                                                   : std::nullopt;
        if (crs) {
            // Kept even when the file has 2-D lat/lon, so renderers know the native projection.
            v.crs = *crs;
            v.gridMapping = gm;
        }
        std::vector<double> px{0.0}, py{0.0};
        if (crs && !v.geolocated && v.coordFor[size_t(v.xDim)] >= 0 && v.coordFor[size_t(v.yDim)] >= 0
            && transformToLonLat(*crs, px, py)) {
            v.projected = true;
            v.geolocated = true;
            v.curvilinear = true;
        }
    }

    for (int k = 0; k < nd; ++k) {
        if (k == v.xDim || k == v.yDim) continue;
        if (roles[size_t(k)] == AxisRole::Time && v.tDim < 0) v.tDim = k;
        else if (roles[size_t(k)] == AxisRole::Vertical && v.zDim < 0) v.zDim = k;
    }
    // A dimension with no known meaning (ensemble member, band, ...) still deserves a
    // selector; the level slider is the one the viewer has.
    if (v.sliceable && v.zDim < 0) {
        for (int k = 0; k < nd; ++k) {
            if (k != v.xDim && k != v.yDim && k != v.tDim && v.shape[size_t(k)] > 1) {
                v.zDim = k;
                break;
            }
        }
    }
    // A second unknown dimension (eraint's "month" next to its pressure levels) drives the time
    // slider, with raw values when it has no calendar: otherwise it could never be browsed.
    if (v.sliceable && v.tDim < 0) {
        for (int k = 0; k < nd; ++k) {
            if (k != v.xDim && k != v.yDim && k != v.zDim && v.shape[size_t(k)] > 1) {
                v.tDim = k;
                break;
            }
        }
    }
    // Also the time dimension of 1-D series, for the info summary.
    if (!v.sliceable) {
        for (int k = 0; k < nd && v.tDim < 0; ++k) {
            if (roles[size_t(k)] == AxisRole::Time) v.tDim = k;
        }
    }

    v.gridKey = QStringLiteral("%1/%2/%3/%4/%5/%6/%7/%8/%9")
                    .arg(v.xDim >= 0 ? v.dimids[size_t(v.xDim)] : -1)
                    .arg(v.yDim >= 0 ? v.dimids[size_t(v.yDim)] : -1)
                    .arg(v.xDim >= 0 ? v.coordFor[size_t(v.xDim)] : -1)
                    .arg(v.yDim >= 0 ? v.coordFor[size_t(v.yDim)] : -1)
                    .arg(v.lon2d)
                    .arg(v.lat2d)
                    .arg(v.tDim >= 0 ? v.coordFor[size_t(v.tDim)] * 100000 + v.dimids[size_t(v.tDim)] : -1)
                    .arg(v.zDim >= 0 ? v.coordFor[size_t(v.zDim)] * 100000 + v.dimids[size_t(v.zDim)] : -1)
                    .arg(v.xDim >= 0 && v.yDim >= 0 && v.xDim < v.yDim ? 1 : 0);
}

Result<std::vector<double>> NetcdfDataset::readWholeLocked(int varIndex) const
{
    const Var& c = m_vars[size_t(varIndex)];
    size_t n = 1;
    for (size_t s : c.shape) n *= s;
    std::vector<double> out(n);
    if (n == 0) return out;
    const int es = dataTypeSize(c.dtype);
    if (es == 0) {
        return Error(Error::Kind::Unsupported, m_path,
                     tr("Variable %1 is not numeric").arg(c.name));
    }
    std::vector<char> raw(n * size_t(es));
    if (int st = nc_get_var(c.group, c.varid, raw.data()); st != NC_NOERR)
        return ncError(st, tr("Cannot read variable %1").arg(c.name));
    decodeToDouble(raw.data(), n, c.spec, out.data());
    return out;
}

std::vector<double> NetcdfDataset::boundsLocked(int coordIndex) const
{
    if (coordIndex < 0) return {};
    const Var& c = m_vars[size_t(coordIndex)];
    const QString name = attributeText(c.attributes, QStringLiteral("bounds"));
    if (name.isEmpty() || c.shape.size() != 1) return {};
    for (size_t i = 0; i < m_vars.size(); ++i) {
        const Var& b = m_vars[i];
        // The bounds variable lives beside its coordinate (same group), shaped (n, 2).
        if (b.group != c.group || b.shortName != name) continue;
        if (b.shape.size() != 2 || b.shape[0] != c.shape[0] || b.shape[1] != 2) return {};
        Result<std::vector<double>> values = readWholeLocked(int(i));
        return values ? std::move(*values) : std::vector<double>();
    }
    return {};
}

Result<std::shared_ptr<const Grid>> NetcdfDataset::buildGridLocked(const Var& v) const
{
    auto g = std::make_shared<Grid>();
    g->nx = int(v.shape[size_t(v.xDim)]);
    g->ny = int(v.shape[size_t(v.yDim)]);
    if (v.projected) {
        Result<std::vector<double>> xs = readWholeLocked(v.coordFor[size_t(v.xDim)]);
        if (!xs) return xs.error();
        Result<std::vector<double>> ys = readWholeLocked(v.coordFor[size_t(v.yDim)]);
        if (!ys) return ys.error();
        const QVariantMap& gm = m_vars[size_t(v.gridMapping)].attributes;
        const double sx = cfProjectionUnitScale(
            attributeText(m_vars[size_t(v.coordFor[size_t(v.xDim)])].attributes, QStringLiteral("units")), gm);
        const double sy = cfProjectionUnitScale(
            attributeText(m_vars[size_t(v.coordFor[size_t(v.yDim)])].attributes, QStringLiteral("units")), gm);
        const size_t n = size_t(g->nx) * size_t(g->ny);
        g->lon.resize(n);
        g->lat.resize(n);
        for (int y = 0; y < g->ny; ++y) {
            for (int x = 0; x < g->nx; ++x) {
                g->lon[size_t(y) * g->nx + x] = (*xs)[size_t(x)] * sx;
                g->lat[size_t(y) * g->nx + x] = (*ys)[size_t(y)] * sy;
            }
        }
        if (!transformToLonLat(v.crs, g->lon, g->lat)) {
            return Error(Error::Kind::Unsupported, m_path + u':' + v.name,
                         tr("Cannot compute longitudes and latitudes from the grid mapping"), v.crs);
        }
        g->curvilinear = true;
        g->sourceCrs = v.crs;
    } else if (v.curvilinear) {
        g->curvilinear = true;
        g->sourceCrs = v.crs;
        Result<std::vector<double>> lon = readWholeLocked(v.lon2d);
        if (!lon) return lon.error();
        Result<std::vector<double>> lat = readWholeLocked(v.lat2d);
        if (!lat) return lat.error();
        g->lon = std::move(*lon);
        g->lat = std::move(*lat);
        // 2-D coordinates stored (x, y) instead of (y, x): transpose into row-major y/x.
        if (m_vars[size_t(v.lon2d)].dimids[0] != v.dimids[size_t(v.yDim)]) {
            std::vector<double> tl(g->lon.size()), ta(g->lat.size());
            for (int y = 0; y < g->ny; ++y) {
                for (int x = 0; x < g->nx; ++x) {
                    tl[size_t(y) * g->nx + x] = g->lon[size_t(x) * g->ny + y];
                    ta[size_t(y) * g->nx + x] = g->lat[size_t(x) * g->ny + y];
                }
            }
            g->lon.swap(tl);
            g->lat.swap(ta);
        }
    } else {
        auto axis = [&](int dim, std::vector<double>& out) -> Result<void> {
            const int c = v.coordFor[size_t(dim)];
            if (v.geolocated && c >= 0) {
                Result<std::vector<double>> values = readWholeLocked(c);
                if (!values) return values.error();
                out = std::move(*values);
            } else {
                out.resize(v.shape[size_t(dim)]);
                for (size_t i = 0; i < out.size(); ++i) out[i] = double(i);
            }
            return {};
        };
        if (Result<void> r = axis(v.xDim, g->lon); !r) return r.error();
        if (Result<void> r = axis(v.yDim, g->lat); !r) return r.error();
        if (v.geolocated) {
            g->lonBounds = boundsLocked(v.coordFor[size_t(v.xDim)]);
            g->latBounds = boundsLocked(v.coordFor[size_t(v.yDim)]);
        }
    }
    if (v.tDim >= 0) {
        const int c = v.coordFor[size_t(v.tDim)];
        if (c >= 0) {
            Result<std::vector<double>> t = readWholeLocked(c);
            if (!t) return t.error();
            g->times = std::move(*t);
            g->timeBounds = boundsLocked(c);
            const Var& tv = m_vars[size_t(c)];
            const QString units = attributeText(tv.attributes, QStringLiteral("units"));
            // A time axis with units that do not parse is an error the user must see, not a
            // silent switch to raw numbers.
            if (!units.isEmpty()) {
                Result<Base::CfTimeAxis> axis = Base::CfTimeAxis::create(
                    units, attributeText(tv.attributes, QStringLiteral("calendar")),
                    m_path + u':' + tv.name);
                if (!axis) return axis.error();
                g->timeAxis = *axis;
            }
        } else {
            g->times.resize(v.shape[size_t(v.tDim)]);
            for (size_t i = 0; i < g->times.size(); ++i) g->times[i] = double(i);
        }
    }
    if (v.zDim >= 0) {
        const int c = v.coordFor[size_t(v.zDim)];
        if (c >= 0 && isNumeric(m_vars[size_t(c)].dtype)) {
            Result<std::vector<double>> z = readWholeLocked(c);
            if (!z) return z.error();
            g->levels = std::move(*z);
            g->levelBounds = boundsLocked(c);
            const Var& zv = m_vars[size_t(c)];
            g->levelName = zv.name;
            g->levelUnits = attributeText(zv.attributes, QStringLiteral("units"));
            g->levelPositiveDown = cfPositiveDown(zv.attributes);
        } else {
            g->levels.resize(v.shape[size_t(v.zDim)]);
            for (size_t i = 0; i < g->levels.size(); ++i) g->levels[i] = double(i);
            g->levelName = v.dimNames[v.zDim];
        }
    }
    return std::shared_ptr<const Grid>(std::move(g));
}

Result<std::shared_ptr<const Grid>> NetcdfDataset::grid(const QString& variable) const
{
    const int i = findVariable(variable);
    if (i < 0) {
        return Error(Error::Kind::NotFound, m_path, tr("No variable named \"%1\"").arg(variable));
    }
    const Var& v = m_vars[size_t(i)];
    if (!v.sliceable) {
        return Error(Error::Kind::Unsupported, m_path,
                     tr("Variable %1 has no horizontal plane to map").arg(v.name));
    }
    {
        std::lock_guard<std::mutex> cache(m_cacheMutex);
        if (auto it = m_grids.find(v.gridKey); it != m_grids.end()) return it->second;
    }
    Result<std::shared_ptr<const Grid>> g = [&] {
        LibraryLock lock(libraryMutex());
        return buildGridLocked(v);
    }();
    if (!g) return g.error();
    std::lock_guard<std::mutex> cache(m_cacheMutex);
    m_grids.emplace(v.gridKey, *g);
    return *g;
}

std::optional<Base::GeoBox> NetcdfDataset::bbox() const
{
    {
        std::lock_guard<std::mutex> cache(m_cacheMutex);
        if (m_bboxDone) return m_bbox;
    }
    std::vector<Base::GeoBox> boxes;
    QStringList seen;
    for (const Var& v : m_vars) {
        if (!v.geolocated || seen.contains(v.gridKey)) continue;
        seen.append(v.gridKey);
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

void NetcdfDataset::buildInfos()
{
    std::map<int, std::vector<double>> timeValues;
    for (size_t i = 0; i < m_vars.size(); ++i) {
        const Var& v = m_vars[i];
        VariableInfo info;
        info.name = v.name;
        info.longName = attributeText(v.attributes, QStringLiteral("long_name"));
        info.standardName = attributeText(v.attributes, QStringLiteral("standard_name"));
        info.units = attributeText(v.attributes, QStringLiteral("units"));
        info.dtype = v.dtype;
        info.attributes = v.attributes;
        info.isMappable = v.geolocated;
        bool coordinate = v.dimids.size() == 1 && v.shape.size() == 1
                          && v.dimNames.value(0) == v.shortName;
        for (int k = 0; k < int(v.dimids.size()); ++k) {
            Dimension d;
            d.name = v.dimNames[k];
            d.size = qint64(v.shape[size_t(k)]);
            const int c = v.coordFor.empty() ? -1 : v.coordFor[size_t(k)];
            if (k == v.xDim) d.role = v.curvilinear || !v.geolocated ? AxisRole::X : AxisRole::Longitude;
            else if (k == v.yDim) d.role = v.curvilinear || !v.geolocated ? AxisRole::Y : AxisRole::Latitude;
            else if (k == v.tDim) d.role = AxisRole::Time;
            else if (k == v.zDim) d.role = AxisRole::Vertical;
            else if (c >= 0) d.role = m_vars[size_t(c)].role;
            if (coordinate) d.role = v.role;
            info.dimensions.append(d);
        }
        // Auxiliary coordinates, cell bounds and grid mappings are not data to map.
        for (const Var& other : m_vars) {
            if (other.lon2d == int(i) || other.lat2d == int(i) || other.gridMapping == int(i))
                coordinate = true;
            for (const QString& attr : {QStringLiteral("coordinates"), QStringLiteral("bounds"),
                                        QStringLiteral("climatology")}) {
                const QStringList refs = attributeText(other.attributes, attr).split(u' ', Qt::SkipEmptyParts);
                for (const QString& r : refs) {
                    if (!coordinate && resolveReference(r, other.groupPath) == int(i)) coordinate = true;
                }
            }
        }
        if (coordinate) info.isMappable = false;
        info.isCoordinate = coordinate;

        // Time summary from the time coordinate; a bad `units` leaves it empty here and is
        // reported by grid(), which is where the user asks for dates.
        int tVar = -1;
        if (v.tDim >= 0 && !v.coordFor.empty()) tVar = v.coordFor[size_t(v.tDim)];
        if (v.dimids.size() == 1 && v.role == AxisRole::Time) tVar = int(i);
        if (tVar >= 0) {
            const Var& tv = m_vars[size_t(tVar)];
            Result<Base::CfTimeAxis> axis = Base::CfTimeAxis::create(
                attributeText(tv.attributes, QStringLiteral("units")),
                attributeText(tv.attributes, QStringLiteral("calendar")), m_path + u':' + tv.name);
            if (axis) {
                auto it = timeValues.find(tVar);
                if (it == timeValues.end()) {
                    Result<std::vector<double>> values = readWholeLocked(tVar);
                    it = timeValues.emplace(tVar, values ? *values : std::vector<double>{}).first;
                }
                const std::vector<double>& t = it->second;
                if (!t.empty()) {
                    TimeSummary ts;
                    ts.start = axis->toIsoString(t.front());
                    ts.end = axis->toIsoString(t.back());
                    ts.count = qint64(t.size());
                    ts.calendar = Base::cfCalendarName(axis->calendar());
                    info.time = ts;
                }
            }
        }
        m_infos.append(info);
    }
}

void NetcdfDataset::ensureChunkCacheLocked(const Var& v)
{
    const size_t index = size_t(&v - m_vars.data());
    if (!m_netcdf4 || m_cacheSet[index]) return;
    m_cacheSet[index] = true;
    int storage = 0;
    std::vector<size_t> chunks(std::max<size_t>(1, v.dimids.size()));
    if (nc_inq_var_chunking(v.group, v.varid, &storage, chunks.data()) != NC_NOERR
        || storage != NC_CHUNKED)
        return;
    size_t bytes = size_t(std::max(1, dataTypeSize(v.dtype)));
    for (size_t i = 0; i < v.dimids.size(); ++i) bytes *= chunks[i];
    // Room for a few chunks: a plane usually spans one or a handful, and the next time step's
    // chunk should not evict the current one while panning levels.
    const size_t size = std::clamp<size_t>(bytes * 4, size_t(16) << 20, size_t(256) << 20);
    nc_set_var_chunk_cache(v.group, v.varid, size, 1009, 0.75f);
}

const Hdf5ChunkPlaneReader* NetcdfDataset::fastReader(int varIndex)
{
    const Var& v = m_vars[size_t(varIndex)];
    const int nd = int(v.dimids.size());
    if (!m_netcdf4 || v.xDim != nd - 1 || v.yDim != nd - 2) return nullptr;
    if (qEnvironmentVariableIsSet("ESTRAN_NO_CHUNK_FAST_PATH")) return nullptr;
    if (auto it = m_fastReaders.find(varIndex); it != m_fastReaders.end()) return it->second.get();
    const QString objectPath = v.name.startsWith(u'/') ? v.name : u'/' + v.name;
    Result<std::unique_ptr<Hdf5ChunkPlaneReader>> r = Hdf5ChunkPlaneReader::open(m_path, objectPath);
    std::unique_ptr<Hdf5ChunkPlaneReader> reader;
    if (r && (*r)->elementSize() == dataTypeSize(v.dtype) && (*r)->nx() == int(v.shape[size_t(v.xDim)])
        && (*r)->ny() == int(v.shape[size_t(v.yDim)]))
        reader = std::move(*r);
    const Hdf5ChunkPlaneReader* p = reader.get();
    m_fastReaders.emplace(varIndex, std::move(reader));
    return p;
}

Result<const NetcdfDataset::Var*> NetcdfDataset::sliceableVar(const QString& variable) const
{
    const int i = findVariable(variable);
    if (i < 0) {
        return Error(Error::Kind::NotFound, m_path, tr("No variable named \"%1\"").arg(variable));
    }
    const Var& v = m_vars[size_t(i)];
    if (!v.sliceable) {
        return Error(Error::Kind::Unsupported, m_path,
                     tr("Variable %1 has no horizontal plane to read").arg(v.name));
    }
    return &v;
}

namespace {

Result<void> checkIndex(const QString& where, const Grid& g, const SliceIndex& index)
{
    if (index.time < 0 || index.time >= g.timeCount()) {
        return Error(Error::Kind::InvalidInput, where,
                     QCoreApplication::translate("Estran::Data", "Time index %1 is outside 0..%2")
                         .arg(index.time)
                         .arg(g.timeCount() - 1));
    }
    if (index.level < 0 || index.level >= g.levelCount()) {
        return Error(Error::Kind::InvalidInput, where,
                     QCoreApplication::translate("Estran::Data", "Level index %1 is outside 0..%2")
                         .arg(index.level)
                         .arg(g.levelCount() - 1));
    }
    return {};
}

// One stored element holding the fill value, for chunks the file never wrote.
std::vector<char> storedFillBytes(const DecodeSpec& spec, DataType type)
{
    const size_t es = size_t(dataTypeSize(type));
    std::vector<char> bytes(es, 0);
    if (!spec.hasFill) return bytes;
    auto put = [&](auto value) { std::memcpy(bytes.data(), &value, es); };
    switch (type) {
    case DataType::Int8: put(std::int8_t(spec.fill)); break;
    case DataType::UInt8: put(std::uint8_t(spec.fill)); break;
    case DataType::Int16: put(std::int16_t(spec.fill)); break;
    case DataType::UInt16: put(std::uint16_t(spec.fill)); break;
    case DataType::Int32: put(std::int32_t(spec.fill)); break;
    case DataType::UInt32: put(std::uint32_t(spec.fill)); break;
    case DataType::Int64: put(std::int64_t(spec.fill)); break;
    case DataType::UInt64: put(std::uint64_t(spec.fill)); break;
    case DataType::Float32: put(float(spec.fill)); break;
    case DataType::Float64: put(double(spec.fill)); break;
    default: break;
    }
    return bytes;
}

template <typename T>
void transposeInto(const T* in, int nx, int ny, T* out)
{
    // `in` is laid out [x][y]; `out` becomes [y][x].
    for (int x = 0; x < nx; ++x) {
        for (int y = 0; y < ny; ++y) out[size_t(y) * nx + x] = in[size_t(x) * ny + y];
    }
}

}  // namespace

Result<Slice> NetcdfDataset::readSlice(const QString& variable, const SliceIndex& index,
                                       Base::Feedback* feedback)
{
    Result<const Var*> found = sliceableVar(variable);
    if (!found) return found.error();
    const Var& v = **found;
    Result<std::shared_ptr<const Grid>> g = grid(v.name);
    if (!g) return g.error();
    if (Result<void> r = checkIndex(m_path + u':' + v.name, **g, index); !r) return r.error();
    if (Base::isCancelled(feedback)) return Error::cancelled(m_path);

    const int nd = int(v.dimids.size());
    std::vector<size_t> start(size_t(nd), 0);
    std::vector<size_t> count(size_t(nd), 1);
    count[size_t(v.xDim)] = v.shape[size_t(v.xDim)];
    count[size_t(v.yDim)] = v.shape[size_t(v.yDim)];
    if (v.tDim >= 0) start[size_t(v.tDim)] = size_t(index.time);
    if (v.zDim >= 0) start[size_t(v.zDim)] = size_t(index.level);

    Slice slice;
    slice.grid = *g;
    slice.index = index;
    slice.units = attributeText(v.attributes, QStringLiteral("units"));
    const int nx = (*g)->nx;
    const int ny = (*g)->ny;
    const size_t n = size_t(nx) * size_t(ny);
    slice.values.resize(n);
    const size_t es = size_t(dataTypeSize(v.dtype));
    const bool transposed = v.xDim < v.yDim;
    const bool direct = v.ncType == NC_FLOAT && !transposed;

    // Per-thread raw buffer: reused across steps, so a time-slider scrub does not page-fault
    // a fresh plane-sized allocation for every read.
    thread_local std::vector<char> raw;
    const Hdf5ChunkPlaneReader* fast = nullptr;
    {
        LibraryLock lock(libraryMutex());
        fast = fastReader(int(&v - m_vars.data()));
        if (!fast) {
            ensureChunkCacheLocked(v);
            int st = NC_NOERR;
            if (direct) {
                st = nc_get_vara_float(v.group, v.varid, start.data(), count.data(),
                                       slice.values.data());
            } else {
                raw.resize(n * es);
                st = nc_get_vara(v.group, v.varid, start.data(), count.data(), raw.data());
            }
            if (st != NC_NOERR)
                return ncError(st, tr("Cannot read a slice of variable %1").arg(v.name));
        }
    }
    if (fast) {
        // Raw chunks are fetched under HDF5's own lock and inflated here, so concurrent
        // reads of different steps use several cores.
        std::vector<std::uint64_t> leading;
        for (int k = 0; k < nd - 2; ++k) leading.push_back(start[size_t(k)]);
        const std::vector<char> fillBytes = storedFillBytes(v.spec, v.dtype);
        if (direct) {
            Result<void> r = fast->readPlane(leading, fillBytes, raw);
            if (!r) return r.error();
            decodeToFloat(raw.data(), n, v.spec, slice.values.data(), slice.minimum, slice.maximum);
            return slice;
        }
        Result<void> r = fast->readPlane(leading, fillBytes, raw);
        if (!r) return r.error();
    }
    if (Base::isCancelled(feedback)) return Error::cancelled(m_path);
    if (direct) {
        decodeToFloat(slice.values.data(), n, v.spec, slice.values.data(), slice.minimum,
                      slice.maximum);
    } else if (!transposed) {
        decodeToFloat(raw.data(), n, v.spec, slice.values.data(), slice.minimum, slice.maximum);
    } else {
        std::vector<float> tmp(n);
        decodeToFloat(raw.data(), n, v.spec, tmp.data(), slice.minimum, slice.maximum);
        transposeInto(tmp.data(), nx, ny, slice.values.data());
    }
    Base::reportProgress(feedback, 100.0);
    return slice;
}

Result<std::optional<double>> NetcdfDataset::readValue(const QString& variable, int ix, int iy,
                                                       const SliceIndex& index)
{
    Result<const Var*> found = sliceableVar(variable);
    if (!found) return found.error();
    const Var& v = **found;
    Result<std::shared_ptr<const Grid>> g = grid(v.name);
    if (!g) return g.error();
    const QString where = m_path + u':' + v.name;
    if (Result<void> r = checkIndex(where, **g, index); !r) return r.error();
    if (ix < 0 || iy < 0 || ix >= (*g)->nx || iy >= (*g)->ny) {
        return Error(Error::Kind::InvalidInput, where,
                     tr("Cell (%1, %2) is outside the %3 × %4 grid").arg(ix).arg(iy).arg((*g)->nx).arg((*g)->ny));
    }
    const int nd = int(v.dimids.size());
    std::vector<size_t> start(size_t(nd), 0);
    std::vector<size_t> count(size_t(nd), 1);
    start[size_t(v.xDim)] = size_t(ix);
    start[size_t(v.yDim)] = size_t(iy);
    if (v.tDim >= 0) start[size_t(v.tDim)] = size_t(index.time);
    if (v.zDim >= 0) start[size_t(v.zDim)] = size_t(index.level);
    alignas(8) char raw[8] = {};
    {
        LibraryLock lock(libraryMutex());
        ensureChunkCacheLocked(v);
        if (int st = nc_get_vara(v.group, v.varid, start.data(), count.data(), raw); st != NC_NOERR)
            return ncError(st, tr("Cannot read a value of variable %1").arg(v.name));
    }
    double value = 0;
    decodeToDouble(raw, 1, v.spec, &value);
    if (std::isnan(value)) return std::optional<double>();
    return std::optional<double>(value);
}

Result<std::vector<double>> NetcdfDataset::readTimeSeries(const QString& variable, int ix, int iy,
                                                          qint64 level, Base::Feedback* feedback)
{
    Result<const Var*> found = sliceableVar(variable);
    if (!found) return found.error();
    const Var& v = **found;
    Result<std::shared_ptr<const Grid>> g = grid(v.name);
    if (!g) return g.error();
    const QString where = m_path + u':' + v.name;
    if (Result<void> r = checkIndex(where, **g, SliceIndex{0, level}); !r) return r.error();
    if (ix < 0 || iy < 0 || ix >= (*g)->nx || iy >= (*g)->ny) {
        return Error(Error::Kind::InvalidInput, where,
                     tr("Cell (%1, %2) is outside the %3 × %4 grid").arg(ix).arg(iy).arg((*g)->nx).arg((*g)->ny));
    }
    const int nd = int(v.dimids.size());
    const size_t nt = v.tDim >= 0 ? v.shape[size_t(v.tDim)] : 1;
    std::vector<double> out(nt);
    const size_t es = size_t(dataTypeSize(v.dtype));

    // With one map per chunk every step inflates a whole chunk whatever is read from it; the
    // chunk fast path lets a few threads inflate different steps at once.
    const Hdf5ChunkPlaneReader* fast = nullptr;
    if (nt > 8) {
        LibraryLock lock(libraryMutex());
        fast = fastReader(int(&v - m_vars.data()));
    }
    if (fast) {
        const std::vector<char> fillBytes = storedFillBytes(v.spec, v.dtype);
        const size_t offset = (size_t(iy) * size_t((*g)->nx) + size_t(ix)) * es;
        std::atomic<size_t> next{0};
        std::atomic<size_t> done{0};
        std::atomic<bool> stop{false};
        std::mutex errorMutex;
        std::optional<Error> error;
        auto work = [&] {
            std::vector<char> plane;
            for (size_t t = next++; t < nt && !stop; t = next++) {
                if (Base::isCancelled(feedback)) {
                    stop = true;
                    break;
                }
                std::vector<std::uint64_t> leading;
                for (int k = 0; k < nd - 2; ++k) {
                    std::uint64_t index = 0;
                    if (k == v.tDim) index = t;
                    else if (k == v.zDim) index = std::uint64_t(level);
                    leading.push_back(index);
                }
                if (Result<void> r = fast->readPlane(leading, fillBytes, plane); !r) {
                    std::lock_guard<std::mutex> guard(errorMutex);
                    if (!error) error = r.error();
                    stop = true;
                    break;
                }
                decodeToDouble(plane.data() + offset, 1, v.spec, &out[t]);
                Base::reportProgress(feedback, 100.0 * double(++done) / double(nt));
            }
        };
        const unsigned workers = std::clamp(std::thread::hardware_concurrency(), 1u, 4u);
        std::vector<std::thread> threads;
        for (unsigned w = 1; w < workers; ++w) threads.emplace_back(work);
        work();
        for (std::thread& th : threads) th.join();
        if (error) return *error;
        if (Base::isCancelled(feedback)) return Error::cancelled(m_path);
        return out;
    }

    // Blocks of steps keep the lock short and let a long series be cancelled.
    const size_t block = 64;
    std::vector<char> raw(std::min(nt, block) * es);
    for (size_t t0 = 0; t0 < nt; t0 += block) {
        if (Base::isCancelled(feedback)) return Error::cancelled(m_path);
        const size_t cnt = std::min(block, nt - t0);
        std::vector<size_t> start(size_t(nd), 0);
        std::vector<size_t> count(size_t(nd), 1);
        start[size_t(v.xDim)] = size_t(ix);
        start[size_t(v.yDim)] = size_t(iy);
        if (v.zDim >= 0) start[size_t(v.zDim)] = size_t(level);
        if (v.tDim >= 0) {
            start[size_t(v.tDim)] = t0;
            count[size_t(v.tDim)] = cnt;
        }
        {
            LibraryLock lock(libraryMutex());
            ensureChunkCacheLocked(v);
            if (int st = nc_get_vara(v.group, v.varid, start.data(), count.data(), raw.data());
                st != NC_NOERR)
                return ncError(st, tr("Cannot read the time series of variable %1").arg(v.name));
        }
        decodeToDouble(raw.data(), cnt, v.spec, out.data() + t0);
        Base::reportProgress(feedback, 100.0 * double(t0 + cnt) / double(nt));
    }
    return out;
}

}  // namespace Estran::Data::detail
