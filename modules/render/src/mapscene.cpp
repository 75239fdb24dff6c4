// SPDX-License-Identifier: GPL-3.0-or-later
#include "estran/render/mapscene.h"

#include "axislookup.h"
#include "projectedlines.h"

#include "estran/data/slice.h"
#include "estran/geo/coastlines.h"
#include "estran/geo/graticule.h"
#include "estran/geo/projection.h"
#include "estran/render/colormap.h"
#include "estran/render/mapimagerenderer.h"

#include <QCoreApplication>

#include <vtkActor.h>
#include <vtkCamera.h>
#include <vtkCellArray.h>
#include <vtkCellData.h>
#include <vtkCoordinate.h>
#include <vtkDoubleArray.h>
#include <vtkFloatArray.h>
#include <vtkIdTypeArray.h>
#include <vtkLookupTable.h>
#include <vtkPoints.h>
#include <vtkPolyData.h>
#include <vtkPolyDataMapper.h>
#include <vtkProperty.h>
#include <vtkRenderer.h>
#include <vtkScalarBarActor.h>
#include <vtkSmartPointer.h>
#include <vtkTextActor.h>
#include <vtkTextProperty.h>

#include <algorithm>
#include <cmath>

namespace Estran::Render {

namespace {

QString tr(const char* text) { return QCoreApplication::translate("Estran::Render", text); }

template <typename T>
using Ptr = vtkSmartPointer<T>;

// Above ~2 M cells the scene shows every k-th cell: more cells than screen pixels only cost
// memory and frame time.
constexpr double kMaxCells = 2.0e6;

// Overlays are lifted above the grid so the depth test never hides them.
constexpr double kZCoast = 2.0;
constexpr double kZGraticule = 1.0;

void setColor(vtkProperty* p, const QColor& c) { p->SetColor(c.redF(), c.greenF(), c.blueF()); }

Ptr<vtkPolyData> linesToPolyData(const std::vector<QPolygonF>& pieces, double z)
{
    auto points = Ptr<vtkPoints>::New();
    points->SetDataTypeToDouble();
    auto lines = Ptr<vtkCellArray>::New();
    for (const QPolygonF& piece : pieces) {
        lines->InsertNextCell(piece.size());
        for (const QPointF& p : piece) lines->InsertCellPoint(points->InsertNextPoint(p.x(), p.y(), z));
    }
    auto pd = Ptr<vtkPolyData>::New();
    pd->SetPoints(points);
    pd->SetLines(lines);
    return pd;
}

Ptr<vtkActor> lineActor(vtkPolyData* pd, const QColor& color, float width, double opacity)
{
    auto mapper = Ptr<vtkPolyDataMapper>::New();
    mapper->SetInputData(pd);
    mapper->ScalarVisibilityOff();
    auto actor = Ptr<vtkActor>::New();
    actor->SetMapper(mapper);
    setColor(actor->GetProperty(), color);
    actor->GetProperty()->SetLineWidth(width);
    actor->GetProperty()->SetOpacity(opacity);
    actor->GetProperty()->LightingOff();
    actor->PickableOff();
    return actor;
}

}  // namespace

struct MapScene::Private {
    vtkRenderer* renderer = nullptr;
    MapStyle style;
    std::optional<Geo::Projection> projection;
    std::shared_ptr<const Data::Grid> grid;  ///< grid the geometry was built for
    Data::Slice slice;                       ///< last slice (values kept for restyling)
    std::pair<double, double> range{0.0, 1.0};
    QRectF extent;  ///< projected extent of the data

    Ptr<vtkPolyData> gridData;
    Ptr<vtkFloatArray> scalars;
    std::vector<std::uint32_t> cellSource;  ///< scene cell → slice value index
    Ptr<vtkLookupTable> lut;
    Ptr<vtkActor> gridActor, coastActor, graticuleActor, frameActor;
    Ptr<vtkScalarBarActor> scalarBar;
    Ptr<vtkTextActor> title, units;
    std::vector<Ptr<vtkTextActor>> labels;

    void removeActors()
    {
        if (!renderer) return;
        for (vtkProp* a : {static_cast<vtkProp*>(gridActor), static_cast<vtkProp*>(coastActor),
                           static_cast<vtkProp*>(graticuleActor), static_cast<vtkProp*>(frameActor),
                           static_cast<vtkProp*>(scalarBar), static_cast<vtkProp*>(title),
                           static_cast<vtkProp*>(units)}) {
            if (a) renderer->RemoveViewProp(a);
        }
        for (auto& l : labels) renderer->RemoveViewProp(l);
        labels.clear();
        gridActor = coastActor = graticuleActor = frameActor = nullptr;
        scalarBar = nullptr;
        title = units = nullptr;
    }

    Base::Result<void> buildGrid();
    void updateScalars();
    void updateLookupTable();
    void updateTitle();
    void buildOverlays();
};

void MapScene::Private::updateTitle()
{
    if (!renderer) return;
    if (style.title.isEmpty()) {
        if (title) title->SetVisibility(false);
        return;
    }
    if (!title) {
        title = Ptr<vtkTextActor>::New();
        title->GetPositionCoordinate()->SetCoordinateSystemToNormalizedViewport();
        title->GetPositionCoordinate()->SetValue(0.5, 0.98);
        vtkTextProperty* tp = title->GetTextProperty();
        tp->SetFontSize(16);
        tp->BoldOn();
        tp->SetColor(0.08, 0.08, 0.08);
        tp->SetJustificationToCentered();
        tp->SetVerticalJustificationToTop();
        title->PickableOff();
        renderer->AddViewProp(title);
    }
    title->SetInput(style.title.toUtf8().constData());
    title->SetVisibility(true);
}

// Cells of the scene: a 1-D grid becomes display columns (a cell crossing the projection's
// antimeridian edge is split in two so no seam or smear appears) by rows; a curvilinear grid
// gets corners averaged from neighbouring centres. Grids above kMaxCells are subsampled.
Base::Result<void> MapScene::Private::buildGrid()
{
    const Data::Grid& g = *grid;
    const Geo::Projection& proj = *projection;
    const int stride =
        std::max(1, int(std::ceil(std::sqrt(double(g.nx) * double(g.ny) / kMaxCells))));
    // Float coordinates: metres to ~1 m over the whole Earth, half the memory of doubles.
    auto points = Ptr<vtkPoints>::New();
    points->SetDataTypeToFloat();
    // Quads as a flat connectivity list, handed to VTK in one go (InsertNextCell per cell is
    // several times slower for a million cells).
    std::vector<vtkIdType> connectivity;
    cellSource.clear();
    const double jump = detail::jumpThreshold(proj);
    const double minLat = proj.minLatitude(), maxLat = proj.maxLatitude();

    if (!g.curvilinear) {
        detail::AxisLookup lonAxis(g.lon, true), latAxis(g.lat, false);
        if (lonAxis.isEmpty() || latAxis.isEmpty()) {
            return Base::Error(Base::Error::Kind::InvalidInput, QStringLiteral("render"),
                               tr("Longitudes or latitudes of the grid are not monotonic"));
        }
        // Sampled columns/rows (every stride-th cell) with their edges, unwrapped ascending.
        struct Col {
            double a, b;
            int src;
        };
        auto edgesOf = [&](const std::vector<double>& c, bool periodic, int n) {
            std::vector<std::pair<double, double>> e(static_cast<size_t>(n));
            // Rebuild edges as midpoints in the original order, unwrapped for longitudes.
            for (int i = 0; i < n; ++i) {
                auto d = [&](int k) {
                    double v = c[size_t(k)] - c[size_t(i)];
                    if (periodic) v = std::remainder(v, 360.0);
                    return v;
                };
                const double lo = i > 0 ? d(i - 1) / 2 : -d(std::min(n - 1, i + 1)) / 2;
                const double hi = i < n - 1 ? d(i + 1) / 2 : -d(std::max(0, i - 1)) / 2;
                const double v = c[size_t(i)];
                e[size_t(i)] = {v + std::min(lo, hi), v + std::max(lo, hi)};
                if (n == 1) e[0] = {v - 0.5, v + 0.5};
            }
            return e;
        };
        const auto lonEdges = edgesOf(g.lon, true, g.nx);
        const auto latEdges = edgesOf(g.lat, false, g.ny);
        const double lon0 = proj.centralLongitude();
        std::vector<Col> cols;
        for (int i = 0; i < g.nx; i += stride) {
            const int last = std::min(g.nx - 1, i + stride - 1);
            const int src = std::min(g.nx - 1, i + stride / 2);
            // Block edges unwrapped around the first centre (axes may descend or wrap).
            const double ci = g.lon[size_t(i)];
            double a = HUGE_VAL, b = -HUGE_VAL;
            for (int k : {i, last}) {
                a = std::min(a, ci + std::remainder(lonEdges[size_t(k)].first - ci, 360.0));
                b = std::max(b, ci + std::remainder(lonEdges[size_t(k)].second - ci, 360.0));
            }
            b = std::min(b, a + 360.0);
            // Shift into [lon0 - 180, lon0 + 180) and split at the right edge.
            const double shift = std::floor((a - (lon0 - 180.0)) / 360.0) * 360.0;
            a -= shift;
            b -= shift;
            if (b > lon0 + 180.0 + 1e-9) {
                cols.push_back({a, lon0 + 180.0, src});
                cols.push_back({lon0 - 180.0, b - 360.0, src});
            } else {
                cols.push_back({a, b, src});
            }
        }
        struct Row {
            double a, b;
            int src;
        };
        std::vector<Row> rows;
        for (int j = 0; j < g.ny; j += stride) {
            const int last = std::min(g.ny - 1, j + stride - 1);
            const int src = std::min(g.ny - 1, j + stride / 2);
            double a = std::min(latEdges[size_t(j)].first, latEdges[size_t(last)].first);
            double b = std::max(latEdges[size_t(j)].second, latEdges[size_t(last)].second);
            a = std::max(a, minLat);
            b = std::min(b, maxLat);
            if (b > a) rows.push_back({a, b, src});
        }
        // Columns and rows sorted west→east and south→north; adjacent ones share their edge,
        // so corners are a (column edges × row edges) lattice projected in one call.
        std::sort(cols.begin(), cols.end(), [](const Col& l, const Col& r) { return l.a < r.a; });
        std::sort(rows.begin(), rows.end(), [](const Row& l, const Row& r) { return l.a < r.a; });
        auto lattice = [](const auto& spans, std::vector<double>& edges, std::vector<int>& first) {
            for (const auto& sp : spans) {
                if (edges.empty() || std::abs(sp.a - edges.back()) > 1e-9) edges.push_back(sp.a);
                first.push_back(int(edges.size()) - 1);
                edges.push_back(sp.b);
            }
        };
        std::vector<double> colEdges, rowEdges;
        std::vector<int> colFirst, rowFirst;
        lattice(cols, colEdges, colFirst);
        lattice(rows, rowEdges, rowFirst);
        const size_t nce = colEdges.size(), nre = rowEdges.size();
        std::vector<double> xs(nce * nre), ys(nce * nre);
        for (size_t j = 0; j < nre; ++j) {
            std::copy(colEdges.begin(), colEdges.end(), xs.begin() + long(j * nce));
            std::fill(ys.begin() + long(j * nce), ys.begin() + long((j + 1) * nce), rowEdges[j]);
        }
        proj.forwardArray(xs.data(), ys.data(), xs.size());
        points->SetNumberOfPoints(vtkIdType(xs.size()));
        for (size_t k = 0; k < xs.size(); ++k) {
            points->SetPoint(vtkIdType(k), std::isnan(xs[k]) ? 0.0 : xs[k],
                             std::isnan(ys[k]) ? 0.0 : ys[k], 0.0);
        }
        cellSource.reserve(cols.size() * rows.size());
        connectivity.reserve(4 * cols.size() * rows.size());
        for (size_t r = 0; r < rows.size(); ++r) {
            const size_t base = size_t(rowFirst[r]) * nce;
            for (size_t k = 0; k < cols.size(); ++k) {
                const size_t c = size_t(colFirst[k]);
                const size_t ids[4] = {base + c, base + c + 1, base + nce + c + 1, base + nce + c};
                bool ok = true;
                for (size_t id : ids) ok = ok && !std::isnan(xs[id]);
                if (!ok) continue;
                for (size_t id : ids) connectivity.push_back(vtkIdType(id));
                cellSource.push_back(std::uint32_t(rows[r].src) * std::uint32_t(g.nx) +
                                     std::uint32_t(cols[k].src));
            }
        }
    } else {
        // Corners from the centres: pad the centre grid by linear extrapolation, then average
        // each 2x2 block (longitudes unwrapped around the block's first centre).
        const int nx = (g.nx + stride - 1) / stride, ny = (g.ny + stride - 1) / stride;
        auto centre = [&](int i, int j, double& lon, double& lat) {
            i = std::clamp(i, 0, nx - 1);
            j = std::clamp(j, 0, ny - 1);
            const size_t k = size_t(std::min(g.ny - 1, j * stride)) * g.nx +
                             size_t(std::min(g.nx - 1, i * stride));
            lon = g.lon[k];
            lat = g.lat[k];
        };
        auto padded = [&](int i, int j, double& lon, double& lat) {
            // i, j in -1..nx, -1..ny
            const int ci = std::clamp(i, 0, nx - 1), cj = std::clamp(j, 0, ny - 1);
            centre(ci, cj, lon, lat);
            if (ci == i && cj == j) return;
            double lon2 = 0, lat2 = 0;
            const int ii = ci + (i < ci ? 1 : i > ci ? -1 : 0), jj = cj + (j < cj ? 1 : j > cj ? -1 : 0);
            centre(std::clamp(ii, 0, nx - 1), std::clamp(jj, 0, ny - 1), lon2, lat2);
            lon = lon + std::remainder(lon - lon2, 360.0);
            lat = std::clamp(lat + (lat - lat2), -90.0, 90.0);
        };
        std::vector<double> cx(size_t(nx + 1) * (ny + 1)), cy(cx.size());
        for (int j = 0; j <= ny; ++j) {
            for (int i = 0; i <= nx; ++i) {
                double l0 = 0, a0 = 0, sl = 0, sa = 0;
                padded(i - 1, j - 1, l0, a0);
                for (int q = 0; q < 4; ++q) {
                    double l = 0, a = 0;
                    padded(i - 1 + (q & 1), j - 1 + (q >> 1), l, a);
                    sl += l0 + std::remainder(l - l0, 360.0);
                    sa += a;
                }
                cx[size_t(j) * (nx + 1) + i] = sl / 4;
                cy[size_t(j) * (nx + 1) + i] = std::clamp(sa / 4, minLat, maxLat);
            }
        }
        proj.forwardArray(cx.data(), cy.data(), cx.size());
        points->SetNumberOfPoints(vtkIdType(cx.size()));
        for (size_t k = 0; k < cx.size(); ++k) {
            points->SetPoint(vtkIdType(k), std::isnan(cx[k]) ? 0.0 : cx[k],
                             std::isnan(cy[k]) ? 0.0 : cy[k], 0.0);
        }
        for (int j = 0; j < ny; ++j) {
            for (int i = 0; i < nx; ++i) {
                const vtkIdType ids[4] = {vtkIdType(j) * (nx + 1) + i, vtkIdType(j) * (nx + 1) + i + 1,
                                          vtkIdType(j + 1) * (nx + 1) + i + 1,
                                          vtkIdType(j + 1) * (nx + 1) + i};
                bool ok = true;
                double xmin = HUGE_VAL, xmax = -HUGE_VAL, ymin = HUGE_VAL, ymax = -HUGE_VAL;
                for (vtkIdType id : ids) {
                    if (std::isnan(cx[size_t(id)])) ok = false;
                    xmin = std::min(xmin, cx[size_t(id)]);
                    xmax = std::max(xmax, cx[size_t(id)]);
                    ymin = std::min(ymin, cy[size_t(id)]);
                    ymax = std::max(ymax, cy[size_t(id)]);
                }
                // Cells torn across the antimeridian would smear over the whole map.
                if (!ok || xmax - xmin > jump || ymax - ymin > jump) continue;
                connectivity.insert(connectivity.end(), ids, ids + 4);
                cellSource.push_back(std::uint32_t(std::min(g.ny - 1, j * stride)) * g.nx +
                                     std::uint32_t(std::min(g.nx - 1, i * stride)));
            }
        }
    }
    if (cellSource.empty()) {
        return Base::Error(Base::Error::Kind::InvalidInput, QStringLiteral("render"),
                           tr("No part of the data is visible in the %1 projection")
                               .arg(Geo::Projection::displayName(proj.name())));
    }
    auto offsets = Ptr<vtkIdTypeArray>::New();
    offsets->SetNumberOfValues(vtkIdType(cellSource.size() + 1));
    for (size_t k = 0; k <= cellSource.size(); ++k) offsets->SetValue(vtkIdType(k), vtkIdType(4 * k));
    auto conn = Ptr<vtkIdTypeArray>::New();
    conn->SetNumberOfValues(vtkIdType(connectivity.size()));
    std::copy(connectivity.begin(), connectivity.end(), conn->GetPointer(0));
    auto polys = Ptr<vtkCellArray>::New();
    polys->SetData(offsets, conn);
    gridData = Ptr<vtkPolyData>::New();
    gridData->SetPoints(points);
    gridData->SetPolys(polys);
    scalars = Ptr<vtkFloatArray>::New();
    scalars->SetName("values");
    scalars->SetNumberOfValues(vtkIdType(cellSource.size()));
    gridData->GetCellData()->SetScalars(scalars);
    double b[6];
    gridData->GetBounds(b);
    extent = QRectF(QPointF(b[0], b[2]), QPointF(b[1], b[3]));

    auto mapper = Ptr<vtkPolyDataMapper>::New();
    mapper->SetInputData(gridData);
    mapper->SetScalarModeToUseCellData();
    mapper->SetColorModeToMapScalars();
    mapper->ScalarVisibilityOn();
    mapper->SetLookupTable(lut);
    mapper->UseLookupTableScalarRangeOn();
    if (gridActor) renderer->RemoveViewProp(gridActor);
    gridActor = Ptr<vtkActor>::New();
    gridActor->SetMapper(mapper);
    gridActor->GetProperty()->LightingOff();
    renderer->AddViewProp(gridActor);
    return {};
}

void MapScene::Private::updateScalars()
{
    float* out = scalars->GetPointer(0);
    const float* in = slice.values.data();
    const size_t n = cellSource.size();
    for (size_t k = 0; k < n; ++k) out[k] = in[cellSource[k]];
    scalars->Modified();
    gridData->Modified();
}

void MapScene::Private::updateLookupTable()
{
    auto cmap = Colormap::byName(style.colormap);
    if (!cmap) cmap = Colormap::byName(QStringLiteral("viridis"));
    range = MapImageRenderer::effectiveRange(slice, style);
    lut->SetNumberOfTableValues(256);
    for (int i = 0; i < 256; ++i) {
        const auto& c = cmap->table()[size_t(i)];
        lut->SetTableValue(i, c[0] / 255.0, c[1] / 255.0, c[2] / 255.0, 1.0);
    }
    lut->SetTableRange(range.first, range.second);
    // Fill cells get the fill colour, kept out of the scale (Colormap::distinctColor).
    const QColor fill = cmap->distinctColor(style.fillColor);
    lut->SetNanColor(fill.redF(), fill.greenF(), fill.blueF(), 1.0);
    lut->Modified();
    if (scalarBar) {
        scalarBar->SetTitle("");
        scalarBar->SetVisibility(style.colorbar);
        if (units) {
            units->SetInput(slice.units.toUtf8().constData());
            units->SetVisibility(style.colorbar && !slice.units.isEmpty());
        }
        // Round tick values (0, 5, 10 ... rather than 13.94) plus both ends when they are not
        // crowded by a tick.
        auto ticks = Ptr<vtkDoubleArray>::New();
        const auto [lo, hi] = range;
        const double span = hi - lo;
        const double e = std::pow(10.0, std::floor(std::log10(span / 5.0)));
        const double f = span / 5.0 / e;
        const double step = (f < 1.5 ? 1 : f < 2.25 ? 2 : f < 3.5 ? 2.5 : f < 7.5 ? 5 : 10) * e;
        ticks->InsertNextValue(lo);
        for (double v = std::ceil(lo / step) * step; v < hi - 0.4 * step; v += step) {
            if (v > lo + 0.4 * step) ticks->InsertNextValue(std::abs(v) < step * 1e-9 ? 0.0 : v);
        }
        ticks->InsertNextValue(hi);
        scalarBar->SetCustomLabels(ticks);
    }
    renderer->SetBackground(style.backgroundColor.redF(), style.backgroundColor.greenF(),
                            style.backgroundColor.blueF());
}

void MapScene::Private::buildOverlays()
{
    const Geo::Projection& proj = *projection;
    for (vtkProp* a : {static_cast<vtkProp*>(coastActor), static_cast<vtkProp*>(graticuleActor),
                       static_cast<vtkProp*>(frameActor)}) {
        if (a) renderer->RemoveViewProp(a);
    }
    for (auto& l : labels) renderer->RemoveViewProp(l);
    labels.clear();

    const auto coast = detail::projectedCoastlines(proj, int(Geo::Coastlines::Resolution::Low));
    coastActor = lineActor(linesToPolyData(*coast, kZCoast), style.coastlineColor, 1.0f, 1.0);
    coastActor->SetVisibility(style.coastlines);
    renderer->AddViewProp(coastActor);

    // Graticule over the data extent, with a step readable at the initial zoom.
    const bool polar = proj.name().endsWith(QStringLiteral("polar-stereo"));
    const double fraction = std::max(extent.width() / proj.worldBounds().width(),
                                     extent.height() / proj.worldBounds().height());
    const double step = polar ? 30.0 : Geo::Graticule::niceStep(std::clamp(fraction, 0.0, 1.0) * 180.0);
    const auto lines = Geo::Graticule::lines(step, proj.minLatitude(), proj.maxLatitude());
    std::vector<QPolygonF> pieces;
    const double jump = detail::jumpThreshold(proj);
    struct Anchor {
        QString text;
        QPointF at;
        int justification;
    };
    std::vector<Anchor> anchors;
    const QRectF ext = extent.adjusted(-extent.width() * 1e-6, -extent.height() * 1e-6,
                                       extent.width() * 1e-6, extent.height() * 1e-6);
    double poleX = 0, poleY = 0;
    if (polar) proj.forward(0.0, proj.name().startsWith(u'n') ? 90.0 : -90.0, poleX, poleY);
    const double rim = proj.name().startsWith(u'n') ? proj.minLatitude() : proj.maxLatitude();
    // Labels are screen-sized, so a full-world view labels every other meridian to keep them
    // from running into each other.
    int meridianCount = 0;
    for (const auto& gl : lines) meridianCount += gl.isMeridian ? 1 : 0;
    const double labelStep = meridianCount > 8 ? 2 * step : step;
    for (const auto& gl : lines) {
        std::vector<QPolygonF> mine;
        detail::projectPolyline(proj, gl.line, jump, mine);
        // Labels at the line's end nearest the bottom (meridians) or left (parallels) of the
        // data extent, like the offscreen renderer; polar meridians at the rim.
        bool have = false;
        QPointF best;
        for (const QPolygonF& piece : mine) {
            for (const QPointF& p : piece) {
                if (!ext.contains(p)) continue;
                bool better = false;
                if (polar && gl.isMeridian)
                    better = std::hypot(p.x() - poleX, p.y() - poleY) >
                             std::hypot(best.x() - poleX, best.y() - poleY);
                else
                    better = gl.isMeridian ? p.y() < best.y() : p.x() < best.x();
                if (!have || better) best = p;
                have = true;
            }
        }
        pieces.insert(pieces.end(), mine.begin(), mine.end());
        const bool labelled =
            !gl.isMeridian || std::abs(std::remainder(gl.value, labelStep)) < 1e-9;
        if (!labelled) continue;
        if (have && !polar) {
            anchors.push_back({Geo::Graticule::label(gl.value, gl.isMeridian), best,
                               gl.isMeridian ? VTK_TEXT_CENTERED : VTK_TEXT_RIGHT});
        } else if (polar && !gl.isMeridian && std::abs(gl.value - rim) > 1e-9) {
            double x = 0, y = 0;
            if (proj.forward(proj.centralLongitude(), gl.value, x, y) && ext.contains(x, y))
                anchors.push_back({Geo::Graticule::label(gl.value, false), {x, y}, VTK_TEXT_LEFT});
        } else if (polar && gl.isMeridian && have) {
            // Just outside the rim, justified away from the pole.
            const double dx = best.x() - poleX, dy = best.y() - poleY;
            const double len = std::hypot(dx, dy);
            if (len <= 0) continue;
            const QPointF at(best.x() + dx / len * len * 0.03, best.y() + dy / len * len * 0.03);
            const int just = std::abs(dx) < 0.35 * len ? VTK_TEXT_CENTERED
                             : dx > 0                  ? VTK_TEXT_LEFT
                                                       : VTK_TEXT_RIGHT;
            anchors.push_back({Geo::Graticule::label(gl.value, true), at, just});
        }
    }
    graticuleActor = lineActor(linesToPolyData(pieces, kZGraticule), QColor(90, 90, 90), 1.0f, 0.45);
    graticuleActor->SetVisibility(style.graticule);
    renderer->AddViewProp(graticuleActor);
    for (const Anchor& a : anchors) {
        auto text = Ptr<vtkTextActor>::New();
        text->SetInput(a.text.toUtf8().constData());
        // World-anchored, screen-sized: labels follow pan and zoom but stay readable.
        text->GetPositionCoordinate()->SetCoordinateSystemToWorld();
        text->GetPositionCoordinate()->SetValue(a.at.x(), a.at.y(), kZCoast);
        vtkTextProperty* tp = text->GetTextProperty();
        tp->SetFontSize(12);
        tp->SetColor(0.15, 0.15, 0.15);
        tp->SetBackgroundColor(1.0, 1.0, 1.0);
        tp->SetBackgroundOpacity(0.6);
        tp->SetJustification(a.justification);
        if (a.justification == VTK_TEXT_CENTERED && !polar) tp->SetVerticalJustificationToTop();
        else tp->SetVerticalJustificationToCentered();
        text->SetVisibility(style.graticule);
        text->PickableOff();
        renderer->AddViewProp(text);
        labels.push_back(text);
    }

    QPolygonF outline = detail::worldOutline(proj);
    if (!outline.isEmpty()) outline.append(outline.first());
    frameActor = lineActor(linesToPolyData({outline}, kZCoast), QColor(40, 40, 40), 1.0f, 1.0);
    renderer->AddViewProp(frameActor);
}

MapScene::MapScene(vtkRenderer* renderer) : d(std::make_unique<Private>())
{
    d->renderer = renderer;
    d->lut = Ptr<vtkLookupTable>::New();
    d->lut->SetNumberOfTableValues(256);
    d->lut->Build();
}

MapScene::~MapScene() { d->removeActors(); }

Base::Result<void> MapScene::setSlice(const Data::Slice& slice)
{
    const Data::Grid* g = slice.grid.get();
    if (!g || g->nx <= 0 || g->ny <= 0 ||
        slice.values.size() != size_t(g->nx) * size_t(g->ny)) {
        return Base::Error(Base::Error::Kind::InvalidInput, QStringLiteral("render"),
                           tr("The slice's values do not match its grid"));
    }
    if (!d->projection || d->projection->name() != d->style.projection) {
        auto p = Geo::Projection::create(d->style.projection);
        if (!p) return p.error();
        d->projection = std::move(*p);
    }
    // Readers normally hand out one cached Grid per variable; another object with the same
    // horizontal geometry (a plugin reader, a second file of a series) also keeps the fast path.
    const bool sameGrid =
        d->grid && d->gridData &&
        (d->grid == slice.grid ||
         (d->grid->nx == g->nx && d->grid->ny == g->ny &&
          d->grid->curvilinear == g->curvilinear && d->grid->lon == g->lon &&
          d->grid->lat == g->lat));
    if (sameGrid) d->grid = slice.grid;
    d->slice = slice;
    if (!sameGrid) {
        d->grid = slice.grid;
        if (auto r = d->buildGrid(); !r) {
            d->grid.reset();
            return r;
        }
        d->buildOverlays();
        if (!d->scalarBar) {
            d->scalarBar = Ptr<vtkScalarBarActor>::New();
            d->scalarBar->SetLookupTable(d->lut);
            d->scalarBar->SetOrientationToHorizontal();
            d->scalarBar->GetPositionCoordinate()->SetCoordinateSystemToNormalizedViewport();
            d->scalarBar->GetPositionCoordinate()->SetValue(0.2, 0.055);
            d->scalarBar->SetWidth(0.6);
            d->scalarBar->SetHeight(0.1);
            d->scalarBar->SetBarRatio(0.4);
            // Fixed point sizes: by default VTK scales the text with the bar, which gives
            // labels taller than the bar itself in a large window.
            d->scalarBar->UnconstrainedFontSizeOn();
            d->scalarBar->GetTitleTextProperty()->SetFontSize(13);
            d->scalarBar->GetLabelTextProperty()->SetFontSize(12);
            d->scalarBar->GetTitleTextProperty()->BoldOff();
            d->scalarBar->GetLabelTextProperty()->BoldOff();
            d->scalarBar->SetLabelFormat("%.4g");
            d->scalarBar->SetUseCustomLabels(true);
            // Tick labels above the bar; the units go below it in their own text actor
            // (the bar's own title competes with the labels for the same space).
            d->scalarBar->SetTextPositionToSucceedScalarBar();
            d->units = Ptr<vtkTextActor>::New();
            d->units->GetPositionCoordinate()->SetCoordinateSystemToNormalizedViewport();
            d->units->GetPositionCoordinate()->SetValue(0.5, 0.008);
            d->units->GetTextProperty()->SetFontSize(13);
            d->units->GetTextProperty()->SetColor(0.1, 0.1, 0.1);
            d->units->GetTextProperty()->SetJustificationToCentered();
            d->units->GetTextProperty()->SetVerticalJustificationToBottom();
            d->units->PickableOff();
            d->renderer->AddViewProp(d->units);
            d->scalarBar->GetTitleTextProperty()->SetColor(0.1, 0.1, 0.1);
            d->scalarBar->GetLabelTextProperty()->SetColor(0.1, 0.1, 0.1);
            d->scalarBar->GetTitleTextProperty()->ShadowOff();
            d->scalarBar->GetLabelTextProperty()->ShadowOff();
            d->scalarBar->GetTitleTextProperty()->ItalicOff();
            d->scalarBar->GetLabelTextProperty()->ItalicOff();
            d->renderer->AddViewProp(d->scalarBar);
        }
    }
    d->updateLookupTable();
    d->updateScalars();
    if (!sameGrid) resetCamera();
    return {};
}

Base::Result<void> MapScene::setStyle(const MapStyle& style)
{
    if (auto c = Colormap::byName(style.colormap); !c) return c.error();
    const bool newProjection = style.projection != d->style.projection;
    if (newProjection) {
        auto p = Geo::Projection::create(style.projection);
        if (!p) return p.error();
        d->projection = std::move(*p);
    }
    const bool newCoastColour = style.coastlineColor != d->style.coastlineColor;
    d->style = style;
    if (!d->grid) {
        d->updateLookupTable();
        d->updateTitle();
        return {};
    }
    if (newProjection) {
        if (auto r = d->buildGrid(); !r) return r;
        d->buildOverlays();
        d->updateScalars();
        resetCamera();
    } else if (newCoastColour && d->coastActor) {
        setColor(d->coastActor->GetProperty(), style.coastlineColor);
    }
    d->updateLookupTable();
    d->updateTitle();
    if (d->coastActor) d->coastActor->SetVisibility(style.coastlines);
    if (d->graticuleActor) d->graticuleActor->SetVisibility(style.graticule);
    for (auto& l : d->labels) l->SetVisibility(style.graticule);
    return {};
}

const MapStyle& MapScene::style() const { return d->style; }

std::pair<double, double> MapScene::range() const { return d->range; }

std::optional<std::pair<double, double>> MapScene::worldToLonLat(double x, double y) const
{
    if (!d->projection) {
        auto p = Geo::Projection::create(d->style.projection);
        if (!p) return std::nullopt;
        d->projection = std::move(*p);
    }
    double lon = 0, lat = 0;
    if (!d->projection->inverse(x, y, lon, lat)) return std::nullopt;
    return std::make_pair(lon, lat);
}

void MapScene::resetCamera()
{
    if (!d->renderer) return;
    QRectF e = d->extent.isEmpty() && d->projection ? d->projection->worldBounds() : d->extent;
    if (e.isEmpty()) return;
    vtkCamera* cam = d->renderer->GetActiveCamera();
    cam->ParallelProjectionOn();
    const QPointF c = e.center();
    cam->SetFocalPoint(c.x(), c.y(), 0.0);
    cam->SetPosition(c.x(), c.y(), 1.0e7);
    cam->SetViewUp(0.0, 1.0, 0.0);
    // Fit width or height, whichever binds for the viewport's aspect; leave room for the
    // colour bar at the bottom.
    double aspect = 1.0;
    if (int* size = d->renderer->GetSize(); size && size[0] > 0 && size[1] > 0)
        aspect = double(size[0]) / size[1];
    const double halfH = std::max(e.height() / 2, e.width() / 2 / aspect);
    // The colour bar and its labels take the bottom ~18% of the viewport (the title the top
    // ~9%): the map is shifted up or down by the difference.
    const bool hasTitle = !d->style.title.isEmpty();
    const double scale = halfH * (hasTitle ? 1.4 : 1.25);
    const double shift = halfH * (hasTitle ? 0.14 : 0.22);
    cam->SetParallelScale(scale);
    cam->SetFocalPoint(c.x(), c.y() - shift, 0.0);
    cam->SetPosition(c.x(), c.y() - shift, 1.0e7);
    d->renderer->ResetCameraClippingRange();
}

void MapScene::clear()
{
    d->removeActors();
    d->grid.reset();
    d->gridData = nullptr;
    d->scalars = nullptr;
    d->cellSource.clear();
    d->slice = Data::Slice();
    d->extent = QRectF();
}

}  // namespace Estran::Render
