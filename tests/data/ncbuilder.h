// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Writes small netCDF files for the tests with netCDF-C directly, so each test states the
// exact bytes and attributes it decodes.

#include <QString>

#include <gtest/gtest.h>
#include <netcdf.h>

#include <string>
#include <vector>

namespace Estran::Test {

#define NCB_CHECK(call)                                                                           \
    do {                                                                                         \
        const int st_ = (call);                                                                  \
        EXPECT_EQ(st_, NC_NOERR) << #call << ": " << nc_strerror(st_);                           \
    } while (false)

class NcBuilder {
public:
    explicit NcBuilder(const QString& path, int mode = NC_NETCDF4)
    {
        NCB_CHECK(nc_create(path.toLocal8Bit().constData(), mode | NC_CLOBBER, &m_ncid));
    }
    ~NcBuilder() { close(); }

    int id() const { return m_ncid; }
    int group(const char* name, int parent = -1)
    {
        int g = 0;
        NCB_CHECK(nc_def_grp(parent < 0 ? m_ncid : parent, name, &g));
        return g;
    }
    int dim(const char* name, size_t len, int grp = -1)
    {
        int d = 0;
        NCB_CHECK(nc_def_dim(grp < 0 ? m_ncid : grp, name, len, &d));
        return d;
    }
    /// Returns a handle (group << 16 | varid) usable with the other calls.
    int var(const char* name, nc_type type, std::vector<int> dims, int grp = -1)
    {
        const int g = grp < 0 ? m_ncid : grp;
        int v = 0;
        NCB_CHECK(nc_def_var(g, name, type, int(dims.size()), dims.data(), &v));
        m_vars.push_back({g, v});
        return int(m_vars.size()) - 1;
    }
    void text(int var, const char* name, const std::string& value)
    {
        auto [g, v] = resolve(var);
        NCB_CHECK(nc_put_att_text(g, v, name, value.size(), value.data()));
    }
    void att(int var, const char* name, nc_type type, std::vector<double> values)
    {
        auto [g, v] = resolve(var);
        NCB_CHECK(nc_put_att_double(g, v, name, type, values.size(), values.data()));
    }
    void fill(int var, nc_type type, double value) { att(var, "_FillValue", type, {value}); }
    /// Writes values converted to the variable's type (range-checked by netCDF).
    void put(int var, const std::vector<double>& values)
    {
        end();
        auto [g, v] = resolve(var);
        NCB_CHECK(nc_put_var_double(g, v, values.data()));
    }
    /// Writes raw bytes of the variable's own type (for _Unsigned and packed tests).
    template <typename T>
    void putRaw(int var, const std::vector<T>& values)
    {
        end();
        auto [g, v] = resolve(var);
        NCB_CHECK(nc_put_var(g, v, values.data()));
    }
    void close()
    {
        if (m_ncid >= 0) NCB_CHECK(nc_close(m_ncid));
        m_ncid = -1;
    }

    static int global() { return -1; }

private:
    std::pair<int, int> resolve(int var) const
    {
        if (var < 0) return {m_ncid, NC_GLOBAL};
        return m_vars[size_t(var)];
    }
    void end()
    {
        if (!m_ended) {
            nc_enddef(m_ncid);
            m_ended = true;
        }
    }

    int m_ncid = -1;
    bool m_ended = false;
    std::vector<std::pair<int, int>> m_vars;
};

/// lon/lat coordinate variables with CF attributes; returns {lonVar, latVar}.
inline std::pair<int, int> addLonLat(NcBuilder& b, int lonDim, int latDim, const char* lonName = "lon",
                                     const char* latName = "lat")
{
    const int lon = b.var(lonName, NC_DOUBLE, {lonDim});
    b.text(lon, "units", "degrees_east");
    b.text(lon, "standard_name", "longitude");
    const int lat = b.var(latName, NC_DOUBLE, {latDim});
    b.text(lat, "units", "degrees_north");
    b.text(lat, "standard_name", "latitude");
    return {lon, lat};
}

}  // namespace Estran::Test
