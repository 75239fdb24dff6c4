// SPDX-License-Identifier: GPL-3.0-or-later
#include "estran/render/axislookup.h"

#include "estran/data/grid.h"

#include <algorithm>
#include <cmath>

namespace Estran::Render::detail {

namespace {
double wrap180(double d)
{
    d = std::fmod(d + 180.0, 360.0);
    if (d < 0) d += 360.0;
    return d - 180.0;
}
constexpr double kDeg = M_PI / 180.0;
}  // namespace

AxisLookup::AxisLookup(const std::vector<double>& centres, bool periodic) : m_periodic(periodic)
{
    const size_t n = centres.size();
    if (n == 0) return;
    std::vector<double> u(n);
    u[0] = centres[0];
    for (size_t i = 1; i < n; ++i) {
        // Longitudes are unwrapped step by step, so 350, 355, 0, 5 becomes 350 .. 365.
        const double d = periodic ? wrap180(centres[i] - centres[i - 1])
                                  : centres[i] - centres[i - 1];
        u[i] = u[i - 1] + d;
    }
    m_descending = n > 1 && u[n - 1] < u[0];
    if (m_descending) std::reverse(u.begin(), u.end());
    for (size_t i = 1; i < n; ++i) {
        if (!(u[i] > u[i - 1])) return;  // not monotonic (or NaN): leave empty
    }
    m_n = int(n);
    m_edges.resize(n + 1);
    if (n == 1) {
        m_edges[0] = u[0] - 0.5;
        m_edges[1] = u[0] + 0.5;
    } else {
        m_edges[0] = u[0] - (u[1] - u[0]) / 2;
        for (size_t i = 1; i < n; ++i) m_edges[i] = (u[i - 1] + u[i]) / 2;
        m_edges[n] = u[n - 1] + (u[n - 1] - u[n - 2]) / 2;
    }
    if (periodic && m_edges[n] - m_edges[0] >= 360.0 - 1e-6) {
        // A global axis: split the overlap so each longitude has exactly one cell.
        const double excess = (m_edges[n] - m_edges[0]) - 360.0;
        m_edges[0] += excess / 2;
        m_edges[n] = m_edges[0] + 360.0;
        m_global = true;
    }
    // Regular axes skip the binary search.
    const double step = (u[n - 1] - u[0]) / double(std::max<size_t>(1, n - 1));
    m_regular = n > 1;
    for (size_t i = 1; i < n && m_regular; ++i) {
        if (std::abs((u[i] - u[i - 1]) - step) > 1e-6 * std::max(1.0, std::abs(step)))
            m_regular = false;
    }
    m_step = step;
}

int AxisLookup::index(double v) const
{
    if (m_n == 0 || !std::isfinite(v)) return -1;
    const double e0 = m_edges.front();
    if (m_periodic) {
        v = e0 + std::fmod(v - e0, 360.0);
        if (v < e0) v += 360.0;
    }
    if (v < e0 || v > m_edges.back()) return -1;
    int k;
    if (m_regular && !m_global) {
        k = int((v - (e0)) / m_step);
    } else if (m_regular) {
        // Edges 0 and n were adjusted for the overlap: inner edges are still regular.
        k = int((v - (m_edges[1] - m_step)) / m_step);
    } else {
        k = int(std::upper_bound(m_edges.begin(), m_edges.end(), v) - m_edges.begin()) - 1;
    }
    k = std::clamp(k, 0, m_n - 1);
    return m_descending ? m_n - 1 - k : k;
}

CurvilinearLookup::CurvilinearLookup(const Data::Grid& grid)
{
    const int nx = grid.nx, ny = grid.ny;
    const size_t n = size_t(nx) * size_t(ny);
    if (n == 0 || grid.lon.size() < n || grid.lat.size() < n) return;
    m_xyz.resize(3 * n);
    std::vector<char> valid(n, 0);
    for (size_t i = 0; i < n; ++i) {
        const double lon = grid.lon[i], lat = grid.lat[i];
        if (!std::isfinite(lon) || !std::isfinite(lat) || lat < -90 || lat > 90) continue;
        valid[i] = 1;
        m_xyz[3 * i] = float(std::cos(lat * kDeg) * std::cos(lon * kDeg));
        m_xyz[3 * i + 1] = float(std::cos(lat * kDeg) * std::sin(lon * kDeg));
        m_xyz[3 * i + 2] = float(std::sin(lat * kDeg));
    }
    auto chord = [&](size_t a, size_t b) {
        const float dx = m_xyz[3 * a] - m_xyz[3 * b], dy = m_xyz[3 * a + 1] - m_xyz[3 * b + 1],
                    dz = m_xyz[3 * a + 2] - m_xyz[3 * b + 2];
        return std::sqrt(dx * dx + dy * dy + dz * dz);
    };
    // A cell accepts points up to 0.75 of its largest neighbour spacing: beyond its corners
    // (0.71) but short of the next cell's centre.
    m_radius.assign(n, 0.0f);
    std::vector<float> spacings;
    for (int iy = 0; iy < ny; ++iy) {
        for (int ix = 0; ix < nx; ++ix) {
            const size_t i = size_t(iy) * nx + ix;
            if (!valid[i]) continue;
            float r = 0.0f;
            const int nb[4][2] = {{ix - 1, iy}, {ix + 1, iy}, {ix, iy - 1}, {ix, iy + 1}};
            for (const auto& p : nb) {
                if (p[0] < 0 || p[0] >= nx || p[1] < 0 || p[1] >= ny) continue;
                const size_t j = size_t(p[1]) * nx + p[0];
                if (valid[j]) r = std::max(r, chord(i, j));
            }
            m_radius[i] = 0.75f * r;
            if (r > 0 && (i % 7) == 0) spacings.push_back(r);
        }
    }
    if (spacings.empty()) return;
    std::nth_element(spacings.begin(), spacings.begin() + spacings.size() / 2, spacings.end());
    const double typicalDeg = spacings[spacings.size() / 2] / kDeg;
    // Bins of about two cells, but never more than ~4 M bins.
    m_binDeg = std::max({typicalDeg * 2.0, 0.05, std::sqrt(360.0 * 180.0 / 4.0e6)});
    m_nbx = int(std::ceil(360.0 / m_binDeg));
    m_nby = int(std::ceil(180.0 / m_binDeg));
    std::vector<std::uint32_t> count(size_t(m_nbx) * m_nby + 1, 0);
    std::vector<int> binOfCell(n, -1);
    for (size_t i = 0; i < n; ++i) {
        if (!valid[i] || m_radius[i] <= 0) continue;
        const double lon = wrap180(grid.lon[i]) + 180.0;
        const int bx = std::min(m_nbx - 1, int(lon / m_binDeg));
        const int by = std::min(m_nby - 1, int((grid.lat[i] + 90.0) / m_binDeg));
        binOfCell[i] = binOf(bx, by);
        ++count[size_t(binOfCell[i]) + 1];
    }
    for (size_t b = 1; b < count.size(); ++b) count[b] += count[b - 1];
    m_start = count;
    m_cells.resize(m_start.back());
    std::vector<std::uint32_t> fill(m_start.begin(), m_start.end() - 1);
    for (size_t i = 0; i < n; ++i) {
        if (binOfCell[i] >= 0) m_cells[fill[size_t(binOfCell[i])]++] = std::uint32_t(i);
    }
}

int CurvilinearLookup::index(double lon, double lat) const
{
    if (m_start.empty() || !std::isfinite(lon) || !std::isfinite(lat)) return -1;
    const float qx = float(std::cos(lat * kDeg) * std::cos(lon * kDeg));
    const float qy = float(std::cos(lat * kDeg) * std::sin(lon * kDeg));
    const float qz = float(std::sin(lat * kDeg));
    const double l = wrap180(lon) + 180.0;
    const int bx = std::min(m_nbx - 1, int(l / m_binDeg));
    const int by = std::min(m_nby - 1, int((lat + 90.0) / m_binDeg));
    // Towards the poles a bin spans less distance in longitude: widen the search there.
    const double c = std::cos(std::min(89.0, std::abs(lat) + m_binDeg) * kDeg);
    const int rx = std::min(m_nbx / 2, int(std::ceil(1.0 / std::max(c, 1e-3))));
    float best = 1e9f;
    int bestIdx = -1;
    for (int dy = -1; dy <= 1; ++dy) {
        const int yb = by + dy;
        if (yb < 0 || yb >= m_nby) continue;
        for (int dx = -rx; dx <= rx; ++dx) {
            int xb = (bx + dx) % m_nbx;
            if (xb < 0) xb += m_nbx;
            const int b = binOf(xb, yb);
            for (std::uint32_t k = m_start[size_t(b)]; k < m_start[size_t(b) + 1]; ++k) {
                const std::uint32_t i = m_cells[k];
                const float ddx = m_xyz[3 * i] - qx, ddy = m_xyz[3 * i + 1] - qy,
                            ddz = m_xyz[3 * i + 2] - qz;
                const float d = ddx * ddx + ddy * ddy + ddz * ddz;
                if (d < best) {
                    best = d;
                    bestIdx = int(i);
                }
            }
        }
    }
    if (bestIdx < 0) return -1;
    const float r = m_radius[size_t(bestIdx)];
    return best <= r * r ? bestIdx : -1;
}

}  // namespace Estran::Render::detail
