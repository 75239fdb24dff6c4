// SPDX-License-Identifier: GPL-3.0-or-later
#include "estran/base/units.h"
#include "estran/scene/mapscene.h"

#include "estran/render/axislookup.h"
#include "estran/render/projectedlines.h"

#include "estran/data/slice.h"
#include "estran/geo/coastlines.h"
#include "estran/geo/graticule.h"
#include "estran/geo/projection.h"
#include "estran/render/colormap.h"
#include "estran/render/mapimagerenderer.h"

#include <QCoreApplication>

#include <vtkVersionMacros.h>
#include <vtkActor.h>
#include <vtkCallbackCommand.h>
#include <vtkCamera.h>
#include <vtkCellArray.h>
#include <vtkCellData.h>
#include <vtkCoordinate.h>
#include <vtkDoubleArray.h>
#include <vtkFloatArray.h>
#include <vtkIdTypeArray.h>
#include <vtkUnsignedCharArray.h>
#include <vtkTexture.h>
#include <vtkPointData.h>
#include <vtkImageData.h>
#include <vtkLookupTable.h>
#include <vtkPoints.h>
#include <vtkPolyData.h>
#include <vtkPolyDataMapper.h>
#include <vtkProperty.h>
#include <vtkProperty2D.h>
#include <vtkRenderer.h>
#include <vtkScalarBarActor.h>
#include <vtkOpenGLRenderWindow.h>
#include <vtkOpenGLState.h>
#include <vtkOpenGLTexture.h>
#include <vtkShaderProperty.h>
#include <vtkTextureObject.h>
#include <vtkTextureUnitManager.h>
#include <vtkUniforms.h>
#include <vtkSmartPointer.h>
#include <vtkTextActor.h>
#include <vtkTextProperty.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <thread>

namespace Estran::Render {

namespace {

QString tr(const char* text) { return QCoreApplication::translate("Estran::Render", text); }

template <typename T>
using Ptr = vtkSmartPointer<T>;

// Texture budget (texels) and mesh budget (quads) of the grid actor.
constexpr double kMaxTexels = 16.0e6;
constexpr double kMaxQuads = 250.0e3;

// Overlays are lifted above the grid so the depth test never hides them.
constexpr double kZCoast = 2.0;
constexpr double kZFootprint = 3.0;
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
    // Drawn in the opaque pass even when see-through: VTK 9.1 sends any translucent actor
    // through its order-independent transparency pass (extra full-viewport float buffers and a
    // compositing pass), about 8 ms of CPU a frame under software OpenGL. Blending stays on in
    // the opaque pass, and each line actor is added after the grid it lies on, so the lines
    // still blend over the map. (The view must then set GL_LEQUAL itself for the overlays:
    // the transparency pass used to leave it behind, see MapViewWidget::paintGL.)
    actor->ForceOpaqueOn();
    return actor;
}

}  // namespace

struct MapScene::Private {
    vtkRenderer* renderer = nullptr;
    MapStyle style;
    std::optional<Geo::Projection> projection;
    std::shared_ptr<const Data::Grid> grid;  ///< grid the geometry was built for
    /// Last slice, shared with the caller (never copied: the values texture may point into it).
    std::shared_ptr<const Data::Slice> slice;
    std::pair<double, double> range{0.0, 1.0};
    QRectF extent;  ///< projected extent of the data

    Ptr<vtkPolyData> gridData;  ///< the coarse projected mesh; texture coordinates are cell
                                ///< indices divided by the grid's size
    Ptr<vtkImageData> image;    ///< the values: one float texel per (sampled) cell, NaN = fill
    Ptr<vtkFloatArray> values;  ///< the slice's own values (stride 1) or a sampled copy
    std::vector<float> sampled; ///< storage of the sampled copy
    Ptr<vtkTexture> texture;
    /// The GL texture behind `texture`, uploaded by us as GL_R32F: vtkOpenGLTexture itself
    /// would convert float scalars to 8-bit colours. Touched only while VTK renders (context
    /// current), in onRenderStart().
    Ptr<vtkTextureObject> valuesObject;
    bool valuesDirty = false;
    vtkMTimeType valuesUploaded = 0;  ///< render window context time of the last upload
    Ptr<vtkImageData> colormapImage;  ///< 256 x 1 RGBA, the colour map's table
    Ptr<vtkTexture> colormapTexture;
    int texStride = 1;    ///< cells per texel along each axis, as uploaded
    int limitStride = 1;  ///< the least stride: grids above the texture limits are sampled
    bool regularGrid = false;  ///< 1-D axes with equal spacing (all cells the same size)
    int tnx = 0, tny = 0;
    void setStride(int stride);
    void fitStrideToView(double unitsPerPixel);
    Ptr<vtkLookupTable> lut;  ///< for the colour bar
    Ptr<vtkActor> gridActor, coastActor, graticuleActor, frameActor;
    Ptr<vtkScalarBarActor> scalarBar;
    Ptr<vtkTextActor> title, units;
    std::vector<Ptr<vtkTextActor>> labels;  ///< graticule labels (a pool; labelsUsed shown)
    size_t labelsUsed = 0;
    double graticuleStep = 0.0;  ///< step and view the graticule was last built for
    QRectF graticuleView;
    unsigned long startObserver = 0;
    // Catalogue footprints (lon/lat) and their actors; independent of the data.
    QList<QPolygonF> footprints;
    int highlighted = -1;
    Ptr<vtkActor> footprintActor, highlightActor;

    bool ensureProjection();
    void buildFootprints();
    void removeFootprintActors()
    {
        if (!renderer) return;
        if (footprintActor) renderer->RemoveViewProp(footprintActor);
        if (highlightActor) renderer->RemoveViewProp(highlightActor);
        footprintActor = highlightActor = nullptr;
    }

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
        labelsUsed = 0;
        graticuleStep = 0.0;
        gridActor = coastActor = graticuleActor = frameActor = nullptr;
        scalarBar = nullptr;
        title = units = nullptr;
        lutKey.clear();
    }

    Base::Result<void> buildGrid();
    void updateValues();
    void updateColours();
    const Data::Slice& currentSlice() const
    {
        static const Data::Slice none;
        return slice ? *slice : none;
    }
    void updateLookupTable();
    void updateTitle();
    void buildOverlays();
    void updateGraticule(const QRectF& view);
    void updateCoastlines(double viewSpan, double unitsPerPixel);
    double coastTolerance = -1.0;  ///< simplification (projected units) of coastActor
    int coastResolution = -1;  ///< Geo::Coastlines::Resolution of coastActor
    QString lutKey;  ///< what the lookup table and colour bar were last built for
    void onRenderStart();
    void uploadValues();
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

namespace {

// One span of an axis as drawn: display coordinates a..b (degrees; longitudes shifted into
// the projection's [lon0 - 180, lon0 + 180]) and the fractional source index ta..tb at its ends
// (the texture coordinate before scaling).
struct Span {
    double a, b, ta, tb;
};

// Cell spans of a 1-D axis in source order: edges halfway between centres, half a spacing
// beyond the ends; longitudes unwrapped around each centre.
std::vector<Span> cellSpans(const std::vector<double>& c, bool periodic)
{
    const int n = int(c.size());
    std::vector<Span> out(static_cast<size_t>(n));
    auto d = [&](int i, int k) {
        double v = c[size_t(k)] - c[size_t(i)];
        return periodic ? std::remainder(v, 360.0) : v;
    };
    for (int i = 0; i < n; ++i) {
        const double v = c[size_t(i)];
        if (n == 1) {
            out[0] = {v - 0.5, v + 0.5, 0.0, 1.0};
            break;
        }
        const double toPrev = i > 0 ? d(i, i - 1) / 2 : -d(i, i + 1) / 2;
        const double toNext = i < n - 1 ? d(i, i + 1) / 2 : -d(i, i - 1) / 2;
        // The edge towards the next cell carries index i + 1, the one towards the previous i.
        if (toNext > toPrev) out[size_t(i)] = {v + toPrev, v + toNext, double(i), double(i + 1)};
        else out[size_t(i)] = {v + toNext, v + toPrev, double(i + 1), double(i)};
    }
    return out;
}

bool regularSpans(const std::vector<Span>& spans)
{
    if (spans.size() < 2) return true;
    const double w = spans[0].b - spans[0].a;
    for (const Span& sp : spans) {
        if (std::abs((sp.b - sp.a) - w) > 1e-6 * std::max(1.0, std::abs(w))) return false;
    }
    return true;
}

// Sorts spans along the axis, cuts those wider than maxDeg and merges neighbours into pieces
// up to maxDeg wide while both the coordinate and the texture index run on continuously
// (merging is exact only on regular axes, where the index is linear in the coordinate).
std::vector<Span> meshSpans(std::vector<Span> spans, double maxDeg, bool mergeable)
{
    std::sort(spans.begin(), spans.end(), [](const Span& l, const Span& r) { return l.a < r.a; });
    std::vector<Span> out;
    for (const Span& sp : spans) {
        const int m = std::max(1, int(std::ceil((sp.b - sp.a) / maxDeg - 1e-9)));
        for (int q = 0; q < m; ++q) {
            const double f0 = double(q) / m, f1 = double(q + 1) / m;
            const Span sub{sp.a + (sp.b - sp.a) * f0, sp.a + (sp.b - sp.a) * f1,
                           sp.ta + (sp.tb - sp.ta) * f0, sp.ta + (sp.tb - sp.ta) * f1};
            if (mergeable && !out.empty()) {
                Span& last = out.back();
                const bool contiguous = std::abs(sub.a - last.b) < 1e-9 * std::max(1.0, std::abs(sub.a)) &&
                                        std::abs(sub.ta - last.tb) < 1e-6 &&
                                        (sub.tb - sub.ta) * (last.tb - last.ta) > 0;
                if (contiguous && sub.b - last.a <= maxDeg + 1e-9) {
                    last.b = sub.b;
                    last.tb = sub.tb;
                    continue;
                }
            }
            out.push_back(sub);
        }
    }
    return out;
}

}  // namespace

// The grid is drawn as an RGBA texture (one texel per cell, nearest filtering, colour-mapped
// on the CPU exactly like MapImageRenderer) draped over a coarse projected mesh: pieces of
// about a degree in curved projections, whole runs of cells in plate carrée. A million-cell
// grid is then ~65 k quads instead of a million, which software OpenGL (llvmpipe under Xvfb,
// machines without a GPU) draws in milliseconds; a new time step only refills the texture.
Base::Result<void> MapScene::Private::buildGrid()
{
    const Data::Grid& g = *grid;
    const Geo::Projection& proj = *projection;
    // Texture size limits (8192 texels a side, 16 M texels): larger grids are sampled.
    limitStride = std::max({1, int(std::ceil(std::max(g.nx, g.ny) / 8192.0)),
                            int(std::ceil(std::sqrt(double(g.nx) * double(g.ny) / kMaxTexels)))});
    texStride = limitStride;
    regularGrid = false;
    tnx = (g.nx + texStride - 1) / texStride;
    tny = (g.ny + texStride - 1) / texStride;
    // Texture coordinates are fractional cell indices over the grid's size; the fragment shader
    // turns them back into a texel (any stride, no rounding of the texture's own size).
    const double uScale = 1.0 / double(g.nx), vScale = 1.0 / double(g.ny);

    // Float coordinates: metres to ~1 m over the whole Earth, half the memory of doubles.
    auto points = Ptr<vtkPoints>::New();
    points->SetDataTypeToFloat();
    auto tcoords = Ptr<vtkFloatArray>::New();
    tcoords->SetNumberOfComponents(2);
    tcoords->SetName("tcoords");
    // Quads as a flat connectivity list, handed to VTK in one go.
    std::vector<vtkIdType> connectivity;
    const double jump = detail::jumpThreshold(proj);
    const double minLat = proj.minLatitude(), maxLat = proj.maxLatitude();

    if (!g.curvilinear) {
        if (detail::AxisLookup(g.lon, true).isEmpty() || detail::AxisLookup(g.lat, false).isEmpty()) {
            return Base::Error(Base::Error::Kind::InvalidInput, QStringLiteral("render"),
                               tr("Longitudes or latitudes of the grid are not monotonic"));
        }
        const double lon0 = proj.centralLongitude();
        const double west = lon0 - 180.0, east = lon0 + 180.0;
        // Longitudes: shifted into [west, east), a cell crossing `east` split in two.
        std::vector<Span> lonCells = cellSpans(g.lon, true);
        const bool lonRegular = regularSpans(lonCells);
        std::vector<Span> lonPieces;
        for (Span sp : lonCells) {
            const double shift = std::floor((sp.a - west) / 360.0) * 360.0;
            sp.a -= shift;
            sp.b -= shift;
            sp.b = std::min(sp.b, sp.a + 360.0);
            if (sp.b > east + 1e-9) {
                const double f = (east - sp.a) / (sp.b - sp.a);
                const double tm = sp.ta + (sp.tb - sp.ta) * f;
                lonPieces.push_back({sp.a, east, sp.ta, tm});
                lonPieces.push_back({west, sp.b - 360.0, tm, sp.tb});
            } else {
                lonPieces.push_back(sp);
            }
        }
        // Latitudes: clamped to the projection's band.
        std::vector<Span> latCells = cellSpans(g.lat, false);
        const bool latRegular = regularSpans(latCells);
        regularGrid = lonRegular && latRegular;
        std::vector<Span> latPieces;
        for (const Span& sp : latCells) {
            const double a = std::max(sp.a, minLat), b = std::min(sp.b, maxLat);
            if (b <= a) continue;
            const double k = (sp.tb - sp.ta) / (sp.b - sp.a);
            latPieces.push_back({a, b, sp.ta + (a - sp.a) * k, sp.ta + (b - sp.a) * k});
        }
        // Plate carrée is linear in both axes and Mercator in longitude: long pieces are
        // exact there. Elsewhere ~1° pieces follow the projection's curvature.
        const bool cyl = proj.isCylindrical();
        const bool plate = proj.name() == u"platecarree";
        const auto cols = meshSpans(lonPieces, cyl ? 360.0 : 1.0, lonRegular);
        const auto rows = meshSpans(latPieces, plate ? 180.0 : 1.0, latRegular);
        std::vector<double> xs, ys;
        std::vector<float> tc;
        xs.reserve(4 * cols.size() * rows.size());
        ys.reserve(xs.capacity());
        tc.reserve(2 * xs.capacity());
        for (const Span& r : rows) {
            for (const Span& c : cols) {
                xs.insert(xs.end(), {c.a, c.b, c.b, c.a});
                ys.insert(ys.end(), {r.a, r.a, r.b, r.b});
                const float u0 = float(c.ta * uScale), u1 = float(c.tb * uScale);
                const float v0 = float(r.ta * vScale), v1 = float(r.tb * vScale);
                tc.insert(tc.end(), {u0, v0, u1, v0, u1, v1, u0, v1});
            }
        }
        proj.forwardArray(xs.data(), ys.data(), xs.size());
        for (size_t q = 0; q + 3 < xs.size(); q += 4) {
            bool ok = true;
            for (size_t k = q; k < q + 4 && ok; ++k) ok = !std::isnan(xs[k]);
            if (!ok) continue;
            const vtkIdType first = points->GetNumberOfPoints();
            for (size_t k = q; k < q + 4; ++k) {
                points->InsertNextPoint(xs[k], ys[k], 0.0);
                tcoords->InsertNextTuple2(tc[2 * k], tc[2 * k + 1]);
            }
            connectivity.insert(connectivity.end(), {first, first + 1, first + 2, first + 3});
        }
    } else {
        // Corners from the centres: pad the centre grid by linear extrapolation, then average
        // each 2x2 block (longitudes unwrapped around the block's first centre). Every K-th
        // corner makes the mesh; the texture still has one texel per cell.
        const int nx = g.nx, ny = g.ny;
        const int K = std::max(1, int(std::ceil(std::sqrt(double(nx) * double(ny) / kMaxQuads))));
        auto centre = [&](int i, int j, double& lon, double& lat) {
            const size_t k = size_t(std::clamp(j, 0, ny - 1)) * nx + size_t(std::clamp(i, 0, nx - 1));
            lon = g.lon[k];
            lat = g.lat[k];
        };
        auto padded = [&](int i, int j, double& lon, double& lat) {
            const int ci = std::clamp(i, 0, nx - 1), cj = std::clamp(j, 0, ny - 1);
            centre(ci, cj, lon, lat);
            if (ci == i && cj == j) return;
            double lon2 = 0, lat2 = 0;
            const int ii = ci + (i < ci ? 1 : i > ci ? -1 : 0), jj = cj + (j < cj ? 1 : j > cj ? -1 : 0);
            centre(ii, jj, lon2, lat2);
            lon = lon + std::remainder(lon - lon2, 360.0);
            lat = std::clamp(lat + (lat - lat2), -90.0, 90.0);
        };
        std::vector<int> ci, cj;
        for (int i = 0; i < nx; i += K) ci.push_back(i);
        ci.push_back(nx);
        for (int j = 0; j < ny; j += K) cj.push_back(j);
        cj.push_back(ny);
        const size_t mx = ci.size(), my = cj.size();
        std::vector<double> cx(mx * my), cy(mx * my);
        for (size_t b = 0; b < my; ++b) {
            for (size_t a = 0; a < mx; ++a) {
                const int i = ci[a], j = cj[b];
                double l0 = 0, a0 = 0, sl = 0, sa = 0;
                padded(i - 1, j - 1, l0, a0);
                for (int q = 0; q < 4; ++q) {
                    double l = 0, t = 0;
                    padded(i - 1 + (q & 1), j - 1 + (q >> 1), l, t);
                    sl += l0 + std::remainder(l - l0, 360.0);
                    sa += t;
                }
                cx[b * mx + a] = sl / 4;
                cy[b * mx + a] = std::clamp(sa / 4, minLat, maxLat);
            }
        }
        proj.forwardArray(cx.data(), cy.data(), cx.size());
        points->SetNumberOfPoints(vtkIdType(cx.size()));
        tcoords->SetNumberOfTuples(vtkIdType(cx.size()));
        for (size_t b = 0; b < my; ++b) {
            for (size_t a = 0; a < mx; ++a) {
                const size_t k = b * mx + a;
                points->SetPoint(vtkIdType(k), std::isnan(cx[k]) ? 0.0 : cx[k],
                                 std::isnan(cy[k]) ? 0.0 : cy[k], 0.0);
                tcoords->SetTuple2(vtkIdType(k), ci[a] * uScale, cj[b] * vScale);
            }
        }
        for (size_t b = 0; b + 1 < my; ++b) {
            for (size_t a = 0; a + 1 < mx; ++a) {
                const vtkIdType ids[4] = {vtkIdType(b * mx + a), vtkIdType(b * mx + a + 1),
                                          vtkIdType((b + 1) * mx + a + 1), vtkIdType((b + 1) * mx + a)};
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
            }
        }
    }
    if (connectivity.empty()) {
        // Nothing to show in this projection: drop the old grid rather than leave it drawn in
        // the previous projection's coordinates.
        if (gridActor) renderer->RemoveViewProp(gridActor);
        gridActor = nullptr;
        gridData = nullptr;
        image = nullptr;
        values = nullptr;
        texture = nullptr;
        extent = proj.worldBounds();
        return Base::Error(Base::Error::Kind::InvalidInput, QStringLiteral("render"),
                           tr("No part of the data is visible in the %1 projection")
                               .arg(Geo::Projection::displayName(proj.name())));
    }
    const size_t nQuads = connectivity.size() / 4;
    auto offsets = Ptr<vtkIdTypeArray>::New();
    offsets->SetNumberOfValues(vtkIdType(nQuads + 1));
    for (size_t k = 0; k <= nQuads; ++k) offsets->SetValue(vtkIdType(k), vtkIdType(4 * k));
    auto conn = Ptr<vtkIdTypeArray>::New();
    conn->SetNumberOfValues(vtkIdType(connectivity.size()));
    std::copy(connectivity.begin(), connectivity.end(), conn->GetPointer(0));
    auto polys = Ptr<vtkCellArray>::New();
    polys->SetData(offsets, conn);
    gridData = Ptr<vtkPolyData>::New();
    gridData->SetPoints(points);
    gridData->SetPolys(polys);
    gridData->GetPointData()->SetTCoords(tcoords);
    double bounds[6];
    gridData->GetBounds(bounds);
    extent = QRectF(QPointF(bounds[0], bounds[2]), QPointF(bounds[1], bounds[3]));

    image = Ptr<vtkImageData>::New();
    image->SetDimensions(tnx, tny, 1);
    values = Ptr<vtkFloatArray>::New();
    values->SetName("values");
    image->GetPointData()->SetScalars(values);
    texture = Ptr<vtkTexture>::New();
    texture->SetInputData(image);
    valuesObject = Ptr<vtkTextureObject>::New();
    valuesUploaded = 0;
    if (auto* gl = vtkOpenGLTexture::SafeDownCast(texture)) gl->SetTextureObject(valuesObject);
    // The float values go to the GPU as they are (a single-channel float texture): colour
    // mapping happens in the fragment shader below, so a new time step uploads 4 bytes a
    // cell and nothing is computed per cell on the CPU, and a new colour map or range is a
    // uniform and a 256-texel texture.
    texture->InterpolateOff();
    texture->RepeatOff();
    texture->EdgeClampOn();
    texture->MipmapOff();
    texture->SetColorModeToDirectScalars();
    if (!colormapTexture) {
        colormapImage = Ptr<vtkImageData>::New();
        colormapImage->SetDimensions(256, 1, 1);
        auto table = Ptr<vtkUnsignedCharArray>::New();
        table->SetNumberOfComponents(4);
        table->SetNumberOfTuples(256);
        colormapImage->GetPointData()->SetScalars(table);
        colormapTexture = Ptr<vtkTexture>::New();
        colormapTexture->SetInputData(colormapImage);
        colormapTexture->InterpolateOff();
        colormapTexture->RepeatOff();
        colormapTexture->EdgeClampOn();
        colormapTexture->MipmapOff();
        colormapTexture->SetColorModeToDirectScalars();
    }

    auto mapper = Ptr<vtkPolyDataMapper>::New();
    mapper->SetInputData(gridData);
    mapper->ScalarVisibilityOff();
    if (gridActor) renderer->RemoveViewProp(gridActor);
    gridActor = Ptr<vtkActor>::New();
    gridActor->SetMapper(mapper);
    gridActor->SetTexture(texture);
    gridActor->GetProperty()->SetTexture("estranColormap", colormapTexture);
    gridActor->GetProperty()->LightingOff();
    gridActor->GetProperty()->SetColor(1.0, 1.0, 1.0);
    // Opaque whatever the textures hold (VTK would otherwise scan them for alpha each frame).
    gridActor->ForceOpaqueOn();
    // The cell under the fragment: the texel its (sampled) values are in, exactly, without
    // filtering (texelFetch). NaN is fill and takes the fill colour, never a scale colour;
    // other values take the same one of 256 bins as Colormap::indexOf on the CPU.
    vtkShaderProperty* shader = gridActor->GetShaderProperty();
    shader->AddFragmentShaderReplacement("//VTK::TCoord::Impl", true, R"GLSL(
  {
    ivec2 texels = textureSize(actortexture, 0);
    ivec2 cell = clamp(ivec2(floor(tcoordVCVSOutput * estranCells)), ivec2(0), ivec2(estranCells) - 1);
    float v = texelFetch(actortexture, min(cell / estranStride, texels - 1), 0).r;
    if (isnan(v)) {
      gl_FragData[0] = vec4(estranFill.rgb, 1.0);
    } else {
      float t = (v - estranLow) * estranScale;
      int k = t > 0.0 ? min(255, int(t * 256.0)) : 0;
      gl_FragData[0] = vec4(texelFetch(estranColormap, ivec2(k, 0), 0).rgb, 1.0);
    }
  }
)GLSL", false);
    const float cells[2] = {float(g.nx), float(g.ny)};
    shader->GetFragmentCustomUniforms()->SetUniform2f("estranCells", cells);
    shader->GetFragmentCustomUniforms()->SetUniformi("estranStride", texStride);
    renderer->AddViewProp(gridActor);
    return {};
}

// Points the values texture at the slice (or a sampled copy of it for grids beyond the
// texture limits). The slice stays alive in `slice` for as long as the texture may read it.
void MapScene::Private::updateValues()
{
    if (!values || !grid || !slice) return;
    const int nx = grid->nx, ny = grid->ny, s = texStride;
    if (s == 1) {
        // No copy: VTK uploads straight from the slice's buffer (save = 1: VTK never frees it).
        values->SetArray(const_cast<float*>(slice->values.data()), vtkIdType(slice->values.size()), 1);
    } else {
        sampled.resize(size_t(tnx) * size_t(tny));
        for (int tj = 0; tj < tny; ++tj) {
            const float* row = slice->values.data() + size_t(std::min(ny - 1, tj * s + s / 2)) * nx;
            for (int ti = 0; ti < tnx; ++ti)
                sampled[size_t(tj) * tnx + ti] = row[std::min(nx - 1, ti * s + s / 2)];
        }
        values->SetArray(sampled.data(), vtkIdType(sampled.size()), 1);
    }
    values->Modified();
    image->Modified();
    valuesDirty = true;
}

void MapScene::Private::setStride(int stride)
{
    if (!grid || !image || stride == texStride) return;
    texStride = stride;
    tnx = (grid->nx + stride - 1) / stride;
    tny = (grid->ny + stride - 1) / stride;
    image->SetDimensions(tnx, tny, 1);
    if (gridActor)
        gridActor->GetShaderProperty()->GetFragmentCustomUniforms()->SetUniformi("estranStride", stride);
    updateValues();
}

// No more texels than the view has pixels: when a pixel covers two cells or more each way, the
// values are uploaded sampled (one per block of stride x stride cells, its centre cell, which
// is what nearest texture sampling would show anyway), so a zoomed-out global grid uploads a
// quarter of its values per step. Zooming in uploads the full grid again.
void MapScene::Private::fitStrideToView(double unitsPerPixel)
{
    if (!grid || !image || extent.isEmpty() || !(unitsPerPixel > 0.0)) return;
    // Only where every cell has the same projected size (a regular grid in plate carrée):
    // elsewhere some cells are larger than the average and a block of them would show as one
    // colour over several pixels.
    if (!regularGrid || !projection || projection->name() != u"platecarree") return;
    const double cellW = extent.width() / grid->nx, cellH = extent.height() / grid->ny;
    const int fit = int(std::floor(std::min(unitsPerPixel / cellW, unitsPerPixel / cellH)));
    setStride(std::max(limitStride, fit));
}

void MapScene::Private::uploadValues()
{
    if (!renderer || !valuesObject || !values) return;
    auto* window = vtkOpenGLRenderWindow::SafeDownCast(renderer->GetRenderWindow());
    if (!window) return;
    // A new context (the widget moved to another window) has none of our textures.
    if (!valuesDirty && valuesObject->GetContext() == window &&
        window->GetContextCreationTime() <= valuesUploaded)
        return;
    if (valuesObject->GetContext() != window) valuesObject->SetContext(window);
    constexpr unsigned int glR32F = 0x822E;  // GL_R32F: exact values, NaN kept for fill cells
    constexpr unsigned int glTexture0 = 0x84C0;
    valuesObject->SetInternalFormat(glR32F);
    valuesObject->SetMinificationFilter(vtkTextureObject::Nearest);
    valuesObject->SetMagnificationFilter(vtkTextureObject::Nearest);
    valuesObject->SetWrapS(vtkTextureObject::ClampToEdge);
    valuesObject->SetWrapT(vtkTextureObject::ClampToEdge);
    // Create2DFromRaw binds the texture to the active unit. That unit may hold a texture VTK
    // still counts as bound there (text, colour bar), which would then draw our values: upload
    // through a unit of our own and give it back.
    vtkOpenGLState* state = window->GetState();
    vtkOpenGLState::ScopedglActiveTexture restoreUnit(state);
    vtkTextureUnitManager* units = window->GetTextureUnitManager();
    const int unit = units ? units->Allocate() : -1;
    if (unit < 0) return;  // every unit taken: try again next frame
    state->vtkglActiveTexture(glTexture0 + unsigned(unit));
    valuesObject->Create2DFromRaw(unsigned(tnx), unsigned(tny), 1, VTK_FLOAT, values->GetVoidPointer(0));
    units->Free(unit);
    valuesDirty = false;
    valuesUploaded = window->GetContextCreationTime();
    if (valuesUploaded == 0) valuesUploaded = 1;
}

// Colour map, range and fill colour: uniforms and the 256-texel table; no per-cell work.
void MapScene::Private::updateColours()
{
    if (!gridActor || !colormapImage) return;
    auto cmap = Colormap::byName(style.colormap);
    if (!cmap) cmap = Colormap::byName(QStringLiteral("viridis"));
    auto* table = vtkUnsignedCharArray::SafeDownCast(colormapImage->GetPointData()->GetScalars());
    unsigned char* out = table->GetPointer(0);
    for (int i = 0; i < 256; ++i, out += 4) {
        const auto& c = cmap->table()[size_t(i)];
        out[0] = c[0];
        out[1] = c[1];
        out[2] = c[2];
        out[3] = 255;
    }
    table->Modified();
    colormapImage->Modified();
    const QColor f = cmap->distinctColor(style.fillColor);
    const float fill[4] = {float(f.redF()), float(f.greenF()), float(f.blueF()), 1.0f};
    vtkUniforms* u = gridActor->GetShaderProperty()->GetFragmentCustomUniforms();
    u->SetUniform4f("estranFill", fill);
    u->SetUniformf("estranLow", float(range.first));
    u->SetUniformf("estranScale", float(1.0 / (range.second - range.first)));
}

void MapScene::Private::updateLookupTable()
{
    auto cmap = Colormap::byName(style.colormap);
    if (!cmap) cmap = Colormap::byName(QStringLiteral("viridis"));
    const Data::Slice& slice = currentSlice();
    range = MapImageRenderer::effectiveRange(slice, style);
    // While playing, most steps change neither the scale nor its labels: a modified lookup
    // table makes the colour bar lay out and rasterise its text again on the next frame.
    const QString key = QStringLiteral("%1|%2|%3|%4|%5|%6|%7")
                            .arg(style.colormap, slice.units, style.fillColor.name())
                            .arg(range.first, 0, 'g', 17)
                            .arg(range.second, 0, 'g', 17)
                            .arg(style.colorbar)
                            .arg(scalarBar ? 1 : 0) +
                        style.backgroundColor.name();
    if (key == lutKey) return;
    lutKey = key;
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
            // VTK's built-in font covers Latin-1 only: "°C" and "m²" render, "m s⁻¹" would not.
            QString label = Base::displayUnits(slice.units);
            if (std::any_of(label.cbegin(), label.cend(), [](QChar c) { return c.unicode() > 0xFF; })) label = slice.units;
            units->SetInput(label.toUtf8().constData());
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
    graticuleActor = nullptr;

    coastResolution = -1;
    coastTolerance = -1.0;
    // The camera is fitted to the extent right after this: estimate its pixel size the same way.
    double unitsPerPixel = std::max(extent.width(), extent.height()) / 1000.0;
    if (const int* size = renderer->GetSize(); size && size[0] > 0 && size[1] > 0)
        unitsPerPixel = std::max(extent.width() / size[0], extent.height() / size[1]) * 1.25;
    updateCoastlines(std::max(extent.width(), extent.height()), unitsPerPixel);

    // Graticule for the data extent now; re-fitted to the camera's view before each render.
    labelsUsed = 0;
    graticuleStep = 0.0;
    updateGraticule(extent);

    QPolygonF outline = detail::worldOutline(proj);
    if (!outline.isEmpty()) outline.append(outline.first());
    frameActor = lineActor(linesToPolyData({outline}, kZCoast), QColor(40, 40, 40), 1.0f, 1.0);
    renderer->AddViewProp(frameActor);
    buildFootprints();
}

// Meridians and parallels at a step readable for `view` (projected metres), labelled where
// they leave the view on the bottom (meridians) and left (parallels) or, when the data ends
// inside the view, at their last point there; polar meridians at the rim. Rebuilt only when
// the step or the view changed; the label actors are a pool reused between views.
void MapScene::Private::updateGraticule(const QRectF& view)
{
    if (!renderer || !projection) return;
    const Geo::Projection& proj = *projection;
    const QRectF v = view.intersected(proj.worldBounds());
    if (v.isEmpty()) return;
    const bool polar = proj.name().endsWith(QStringLiteral("polar-stereo"));

    // Lon/lat span of the view, from a lattice of points.
    double latMin = 90, latMax = -90;
    std::vector<double> lons;
    for (int j = 0; j <= 8; ++j) {
        for (int i = 0; i <= 8; ++i) {
            double lon = 0, lat = 0;
            if (proj.inverse(v.left() + v.width() * i / 8.0, v.top() + v.height() * j / 8.0, lon,
                             lat)) {
                latMin = std::min(latMin, lat);
                latMax = std::max(latMax, lat);
                lons.push_back(lon);
            }
        }
    }
    if (polar) {
        // The pole may sit between lattice points.
        double px = 0, py = 0;
        proj.forward(0.0, proj.name().startsWith(u'n') ? 90.0 : -90.0, px, py);
        if (v.contains(px, py)) (proj.name().startsWith(u'n') ? latMax : latMin) =
            proj.name().startsWith(u'n') ? 90.0 : -90.0;
    }
    if (lons.empty()) return;
    std::sort(lons.begin(), lons.end());
    double gap = lons.front() + 360.0 - lons.back();
    for (size_t i = 1; i < lons.size(); ++i) gap = std::max(gap, lons[i] - lons[i - 1]);
    const double lonSpan = std::min(360.0, 360.0 - gap);
    double step = Geo::Graticule::niceStep(std::max(latMax - latMin, lonSpan / 2.0));
    if (polar) step = std::min(step, 30.0);
    const double tol = 0.005 * std::max(v.width(), v.height());
    if (graticuleActor && step == graticuleStep && std::abs(view.left() - graticuleView.left()) < tol &&
        std::abs(view.right() - graticuleView.right()) < tol &&
        std::abs(view.top() - graticuleView.top()) < tol &&
        std::abs(view.bottom() - graticuleView.bottom()) < tol)
        return;
    graticuleStep = step;
    graticuleView = view;

    const double lo = std::max(proj.minLatitude(), std::floor(latMin / step) * step);
    const double hi = std::min(proj.maxLatitude(), std::ceil(latMax / step) * step);
    const auto lines = Geo::Graticule::lines(step, lo, hi);
    const double jump = detail::jumpThreshold(proj);
    struct Anchor {
        QString text;
        QPointF at;
        int justification;
        int vertical;
    };
    std::vector<Anchor> anchors;
    std::vector<QPolygonF> pieces;
    double poleX = 0, poleY = 0;
    if (polar) proj.forward(0.0, proj.name().startsWith(u'n') ? 90.0 : -90.0, poleX, poleY);
    const double rim = proj.name().startsWith(u'n') ? proj.minLatitude() : proj.maxLatitude();
    const QRectF inside = v.adjusted(-tol * 0.01, -tol * 0.01, tol * 0.01, tol * 0.01);
    const QLineF edges[4] = {{v.left(), v.top(), v.right(), v.top()},
                             {v.right(), v.top(), v.right(), v.bottom()},
                             {v.right(), v.bottom(), v.left(), v.bottom()},
                             {v.left(), v.bottom(), v.left(), v.top()}};
    struct Found {
        bool have = false, haveLeft = false;
        QPointF best, left;
    };
    std::vector<Found> found(lines.size());
    for (size_t li = 0; li < lines.size(); ++li) {
        const auto& gl = lines[li];
        std::vector<QPolygonF> mine;
        detail::projectPolyline(proj, gl.line, jump, mine);
        bool have = false;
        QPointF best;
        bool haveLeft = false;
        QPointF left;
        for (const QPolygonF& piece : mine) {
            for (qsizetype k = 0; k < piece.size(); ++k) {
                QPolygonF candidates;
                if (inside.contains(piece[k])) candidates.append(piece[k]);
                if (k > 0 && inside.contains(piece[k]) != inside.contains(piece[k - 1])) {
                    const QLineF seg(piece[k - 1], piece[k]);
                    for (int e = 0; e < 4; ++e) {
                        QPointF hit;
                        if (seg.intersects(edges[e], &hit) != QLineF::BoundedIntersection) continue;
                        candidates.append(hit);
                        if (e == 3 && (!haveLeft || hit.y() < left.y())) {
                            left = hit;
                            haveLeft = true;
                        }
                    }
                }
                for (const QPointF& p : candidates) {
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
        }
        pieces.insert(pieces.end(), mine.begin(), mine.end());
        found[li] = {have, haveLeft, best, left};
    }
    // Labels are screen-sized: with many meridians in view every other one is labelled.
    int meridiansInView = 0;
    for (size_t li = 0; li < lines.size(); ++li)
        meridiansInView += lines[li].isMeridian && found[li].have ? 1 : 0;
    const double labelStep = meridiansInView > 8 ? 2 * step : step;
    for (size_t li = 0; li < lines.size(); ++li) {
        const auto& gl = lines[li];
        const bool have = found[li].have, haveLeft = found[li].haveLeft;
        const QPointF best = found[li].best, left = found[li].left;
        if (gl.isMeridian && std::abs(std::remainder(gl.value, labelStep)) > 1e-9) continue;
        const QString text = Geo::Graticule::label(gl.value, gl.isMeridian);
        // On the camera's own edge (not the world's): there is no room outside the map.
        const bool atBottom = have && std::abs(best.y() - view.top()) < tol;  // top() is min y
        const bool atLeft = have && std::abs(best.x() - view.left()) < tol;
        if (have && !polar) {
            // On the view's edge the label goes inside it, else just outside the data.
            if (gl.isMeridian)
                anchors.push_back({text, best, VTK_TEXT_CENTERED, atBottom ? VTK_TEXT_BOTTOM : VTK_TEXT_TOP});
            else
                anchors.push_back({text, best, atLeft ? VTK_TEXT_LEFT : VTK_TEXT_RIGHT, VTK_TEXT_CENTERED});
        } else if (polar && !gl.isMeridian && std::abs(gl.value - rim) > 1e-9) {
            if (haveLeft) {
                anchors.push_back({text, left, VTK_TEXT_LEFT, VTK_TEXT_CENTERED});
            } else {
                double x = 0, y = 0;
                if (proj.forward(proj.centralLongitude(), gl.value, x, y) && inside.contains(x, y))
                    anchors.push_back({text, {x, y}, VTK_TEXT_LEFT, VTK_TEXT_CENTERED});
            }
        } else if (polar && gl.isMeridian && have) {
            const double dx = best.x() - poleX, dy = best.y() - poleY;
            const double len = std::hypot(dx, dy);
            if (len <= 0) continue;
            const bool onEdge = std::abs(best.x() - view.left()) < tol ||
                                std::abs(best.x() - view.right()) < tol ||
                                std::abs(best.y() - view.top()) < tol ||
                                std::abs(best.y() - view.bottom()) < tol;
            // At the rim: just outside it, justified away from the pole; on the view's edge:
            // justified towards the pole so the label stays in view.
            const QPointF at = onEdge ? best : QPointF(best.x() + dx * 0.03, best.y() + dy * 0.03);
            int just = std::abs(dx) < 0.35 * len ? VTK_TEXT_CENTERED : dx > 0 ? VTK_TEXT_LEFT : VTK_TEXT_RIGHT;
            if (onEdge && just != VTK_TEXT_CENTERED) just = just == VTK_TEXT_LEFT ? VTK_TEXT_RIGHT : VTK_TEXT_LEFT;
            anchors.push_back({text, at, just, VTK_TEXT_CENTERED});
        }
    }

    auto pd = linesToPolyData(pieces, kZGraticule);
    if (!graticuleActor) {
        graticuleActor = lineActor(pd, QColor(90, 90, 90), 1.0f, 0.45);
        graticuleActor->SetVisibility(style.graticule);
        renderer->AddViewProp(graticuleActor);
    } else if (auto* mapper = vtkPolyDataMapper::SafeDownCast(graticuleActor->GetMapper())) {
        mapper->SetInputData(pd);
    }
    while (labels.size() < anchors.size()) {
        auto text = Ptr<vtkTextActor>::New();
        // World-anchored, screen-sized: labels follow pan and zoom but stay readable.
        text->GetPositionCoordinate()->SetCoordinateSystemToWorld();
        vtkTextProperty* tp = text->GetTextProperty();
        tp->SetFontSize(12);
        tp->SetColor(0.15, 0.15, 0.15);
        tp->SetBackgroundColor(1.0, 1.0, 1.0);
        tp->SetBackgroundOpacity(0.6);
        text->PickableOff();
        renderer->AddViewProp(text);
        labels.push_back(text);
    }
    for (size_t k = 0; k < labels.size(); ++k) {
        vtkTextActor* text = labels[k];
        if (k >= anchors.size()) {
            text->SetVisibility(false);
            continue;
        }
        const Anchor& a = anchors[k];
        text->SetInput(a.text.toUtf8().constData());
        text->GetPositionCoordinate()->SetValue(a.at.x(), a.at.y(), kZCoast);
        text->GetTextProperty()->SetJustification(a.justification);
        text->GetTextProperty()->SetVerticalJustification(a.vertical);
        text->SetVisibility(style.graticule);
    }
    labelsUsed = anchors.size();
}

// Views under ~3000 km across get GSHHG's intermediate shorelines, where the low resolution
// looks angular; wider views the low one (a quarter of the points).
void MapScene::Private::updateCoastlines(double viewSpan, double unitsPerPixel)
{
    if (!renderer || !projection) return;
    const auto resolution = viewSpan < 3.0e6 ? Geo::Coastlines::Resolution::Intermediate
                                             : Geo::Coastlines::Resolution::Low;
    // Points closer than half a pixel to the previous one are dropped: a world view of the low
    // resolution shorelines is otherwise tens of thousands of sub-pixel segments, which cost a
    // third of a frame under software OpenGL. The tolerance moves in powers of two, so zooming
    // rebuilds the lines once per halving or doubling of the scale, not on every wheel step.
    const double tolerance = unitsPerPixel > 0.0 && std::isfinite(unitsPerPixel)
                                 ? std::exp2(std::floor(std::log2(unitsPerPixel * 0.5)))
                                 : 0.0;
    if (coastActor && int(resolution) == coastResolution && tolerance == coastTolerance) return;
    const auto coast = detail::projectedCoastlines(*projection, int(resolution), style.lakes);
    auto points = Ptr<vtkPoints>::New();
    points->SetDataTypeToDouble();
    auto lines = Ptr<vtkCellArray>::New();
    std::vector<vtkIdType> ids;
    const double tol2 = tolerance * tolerance;
    for (const QPolygonF& piece : *coast) {
        ids.clear();
        QPointF last = piece.first();
        ids.push_back(points->InsertNextPoint(last.x(), last.y(), kZCoast));
        for (qsizetype k = 1; k < piece.size(); ++k) {
            const QPointF& p = piece[k];
            const double dx = p.x() - last.x(), dy = p.y() - last.y();
            if (k + 1 < piece.size() && dx * dx + dy * dy < tol2) continue;
            ids.push_back(points->InsertNextPoint(p.x(), p.y(), kZCoast));
            last = p;
        }
        lines->InsertNextCell(vtkIdType(ids.size()), ids.data());
    }
    auto pd = Ptr<vtkPolyData>::New();
    pd->SetPoints(points);
    pd->SetLines(lines);
    if (coastActor) renderer->RemoveViewProp(coastActor);
    coastActor = lineActor(pd, style.coastlineColor, 1.0f, 1.0);
    coastActor->SetVisibility(style.coastlines);
    renderer->AddViewProp(coastActor);
    coastResolution = int(resolution);
    coastTolerance = tolerance;
}

// Before each render: the part of the world the camera shows, less the bands of the colour
// bar (bottom) and title (top), so the graticule and its labels follow pan and zoom.
void MapScene::Private::onRenderStart()
{
    if (renderer && grid) {
        const int* size = renderer->GetSize();
        vtkCamera* cam = renderer->GetActiveCamera();
        if (size && size[1] > 0 && cam && cam->GetParallelProjection())
            fitStrideToView(2.0 * cam->GetParallelScale() / size[1]);
    }
    uploadValues();
    if (!renderer || !grid || !graticuleActor) return;
    vtkCamera* cam = renderer->GetActiveCamera();
    if (!cam || !cam->GetParallelProjection()) return;
    const int* size = renderer->GetSize();
    if (!size || size[0] <= 0 || size[1] <= 0) return;
    double f[3];
    cam->GetFocalPoint(f);
    const double s = cam->GetParallelScale(), w = s * double(size[0]) / size[1];
    if (scalarBar && !extent.isEmpty()) {
        // Keep the colour bar just under the map: in a tall view the map sits in the middle
        // and a bar pinned to the window's bottom edge would float far below it. The bar's
        // height plus its labels take about 0.13 of the viewport.
        const double mapBottom = 0.5 + (extent.top() - f[1]) / (2 * s);  // QRectF: top() is min y
        const double y = std::clamp(mapBottom - 0.14, 0.055, 0.5);
        scalarBar->GetPositionCoordinate()->SetValue(0.2, y);
        // The units sit under the bar by the same offset as in the default layout.
        if (units) units->GetPositionCoordinate()->SetValue(0.5, y - 0.047);
    }
    const double bottom = f[1] - s + 2 * s * (style.colorbar ? 0.17 : 0.0);
    const double top = f[1] + s - 2 * s * (style.title.isEmpty() ? 0.0 : 0.08);
    if (top <= bottom) return;
    const QRectF view(QPointF(f[0] - w, bottom), QPointF(f[0] + w, top));
    updateGraticule(view);
    updateCoastlines(std::max(view.width(), view.height()), 2.0 * s / size[1]);
}

bool MapScene::Private::ensureProjection()
{
    if (projection && projection->name() == style.projection) return true;
    auto p = Geo::Projection::create(style.projection, style.centralLongitude);
    if (!p) return false;
    projection = std::move(*p);
    return true;
}

void MapScene::Private::buildFootprints()
{
    removeFootprintActors();
    if (!renderer || footprints.isEmpty() || !ensureProjection()) return;
    const Geo::Projection& proj = *projection;
    const double jump = detail::jumpThreshold(proj);
    // Edges are straight in lon/lat; densified to ~0.5° so they bend like the graticule.
    auto project = [&](const QPolygonF& ring, std::vector<QPolygonF>& out) {
        Geo::LonLatPolyline line;
        for (qsizetype i = 0; i + 1 < ring.size() || (i == 0 && ring.size() == 1); ++i) {
            const QPointF a = ring[i];
            const QPointF b = ring[std::min<qsizetype>(i + 1, ring.size() - 1)];
            const int steps = std::max(1, int(std::ceil(std::max(std::abs(b.x() - a.x()), std::abs(b.y() - a.y())) / 0.5)));
            for (int k = 0; k < steps; ++k) {
                const double t = double(k) / steps;
                line.lon.push_back(a.x() + (b.x() - a.x()) * t);
                line.lat.push_back(a.y() + (b.y() - a.y()) * t);
            }
        }
        if (!ring.isEmpty()) {
            line.lon.push_back(ring.last().x());
            line.lat.push_back(ring.last().y());
        }
        detail::projectPolyline(proj, line, jump, out);
    };
    std::vector<QPolygonF> all, selected;
    for (int i = 0; i < footprints.size(); ++i) project(footprints[i], i == highlighted ? selected : all);
    if (!all.empty()) {
        footprintActor = lineActor(linesToPolyData(all, kZFootprint), QColor(200, 40, 140), 1.5f, 0.9);
        renderer->AddViewProp(footprintActor);
    }
    if (!selected.empty()) {
        highlightActor = lineActor(linesToPolyData(selected, kZFootprint + 0.5), QColor(255, 200, 0), 3.0f, 1.0);
        renderer->AddViewProp(highlightActor);
    }
}

MapScene::MapScene(vtkRenderer* renderer) : d(std::make_unique<Private>())
{
    d->renderer = renderer;
    d->lut = Ptr<vtkLookupTable>::New();
    d->lut->SetNumberOfTableValues(256);
    d->lut->Build();
    if (renderer) {
        auto cb = Ptr<vtkCallbackCommand>::New();
        cb->SetClientData(d.get());
        cb->SetCallback([](vtkObject*, unsigned long, void* client, void*) {
            static_cast<Private*>(client)->onRenderStart();
        });
        d->startObserver = renderer->AddObserver(vtkCommand::StartEvent, cb);
    }
}

MapScene::~MapScene()
{
    if (d->renderer && d->startObserver) d->renderer->RemoveObserver(d->startObserver);
    d->removeActors();
    d->removeFootprintActors();
}

Base::Result<void> MapScene::setSlice(const Data::Slice& slice)
{
    return setSlice(std::make_shared<const Data::Slice>(slice));
}

Base::Result<void> MapScene::setSlice(std::shared_ptr<const Data::Slice> shared)
{
    if (!shared) {
        return Base::Error(Base::Error::Kind::InvalidInput, QStringLiteral("render"),
                           tr("The slice's values do not match its grid"));
    }
    const Data::Slice& slice = *shared;
    const Data::Grid* g = slice.grid.get();
    if (!g || g->nx <= 0 || g->ny <= 0 ||
        slice.values.size() != size_t(g->nx) * size_t(g->ny)) {
        return Base::Error(Base::Error::Kind::InvalidInput, QStringLiteral("render"),
                           tr("The slice's values do not match its grid"));
    }
    if (!d->projection || d->projection->name() != d->style.projection) {
        auto p = Geo::Projection::create(d->style.projection, d->style.centralLongitude);
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
    d->slice = std::move(shared);
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
            // A light panel behind bar and labels: coastlines of a zoomed-in view run under it.
            d->scalarBar->DrawBackgroundOn();
            d->scalarBar->GetBackgroundProperty()->SetColor(1.0, 1.0, 1.0);
            d->scalarBar->GetBackgroundProperty()->SetOpacity(0.85);
            d->units = Ptr<vtkTextActor>::New();
            d->units->GetPositionCoordinate()->SetCoordinateSystemToNormalizedViewport();
            d->units->GetPositionCoordinate()->SetValue(0.5, 0.008);
            d->units->GetTextProperty()->SetFontSize(13);
            d->units->GetTextProperty()->SetColor(0.1, 0.1, 0.1);
            d->units->GetTextProperty()->SetJustificationToCentered();
            d->units->GetTextProperty()->SetVerticalJustificationToBottom();
            d->units->GetTextProperty()->SetBackgroundColor(1.0, 1.0, 1.0);
            d->units->GetTextProperty()->SetBackgroundOpacity(0.85);
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
    d->updateValues();
    d->updateLookupTable();
    d->updateColours();
    if (!sameGrid) resetCamera();
    return {};
}

Base::Result<void> MapScene::setStyle(const MapStyle& style)
{
    if (auto c = Colormap::byName(style.colormap); !c) return c.error();
    const bool newProjection = style.projection != d->style.projection ||
                               style.centralLongitude != d->style.centralLongitude;
    const bool newLakes = style.lakes != d->style.lakes;
    if (newProjection) {
        auto p = Geo::Projection::create(style.projection, style.centralLongitude);
        if (!p) return p.error();
        d->projection = std::move(*p);
    }
    const bool newCoastColour = style.coastlineColor != d->style.coastlineColor;
    d->style = style;
    if (!d->grid) {
        if (newProjection) d->buildFootprints();
        d->updateLookupTable();
        d->updateTitle();
        return {};
    }
    if (newProjection) {
        auto built = d->buildGrid();
        d->updateValues();
        d->buildOverlays();
        resetCamera();
        if (!built) {
            d->updateTitle();
            return built;
        }
    } else if (newLakes) {
        d->buildOverlays();
    } else if (newCoastColour && d->coastActor) {
        setColor(d->coastActor->GetProperty(), style.coastlineColor);
    }
    d->updateLookupTable();
    d->updateColours();
    d->updateTitle();
    if (d->coastActor) d->coastActor->SetVisibility(style.coastlines);
    if (d->graticuleActor) d->graticuleActor->SetVisibility(style.graticule);
    for (size_t k = 0; k < d->labels.size(); ++k)
        d->labels[k]->SetVisibility(style.graticule && k < d->labelsUsed);
    return {};
}

const MapStyle& MapScene::style() const { return d->style; }

std::pair<double, double> MapScene::range() const { return d->range; }

std::optional<std::pair<double, double>> MapScene::worldToLonLat(double x, double y) const
{
    if (!d->projection) {
        auto p = Geo::Projection::create(d->style.projection, d->style.centralLongitude);
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

void MapScene::setFootprints(const QList<QPolygonF>& lonLatRings, int highlighted)
{
    d->footprints = lonLatRings;
    d->highlighted = highlighted;
    d->buildFootprints();
}

bool MapScene::fitLonLatBox(const QRectF& lonLatBox)
{
    if (!d->renderer || !d->ensureProjection()) return false;
    // Sample the box's edges and inside: in polar and Robinson maps a box's projected extent
    // is not given by its corners alone.
    double x0 = HUGE_VAL, y0 = HUGE_VAL, x1 = -HUGE_VAL, y1 = -HUGE_VAL;
    constexpr int n = 16;
    for (int i = 0; i <= n; ++i) {
        for (int j = 0; j <= n; ++j) {
            const double lon = lonLatBox.left() + lonLatBox.width() * i / n;
            const double lat = lonLatBox.top() + lonLatBox.height() * j / n;
            double x = 0, y = 0;
            if (!d->projection->forward(lon, lat, x, y) || !std::isfinite(x) || !std::isfinite(y)) continue;
            x0 = std::min(x0, x);
            y0 = std::min(y0, y);
            x1 = std::max(x1, x);
            y1 = std::max(y1, y);
        }
    }
    if (x0 > x1) return false;
    const QRectF world(QPointF(x0, y0), QPointF(x1, y1));
    vtkCamera* cam = d->renderer->GetActiveCamera();
    cam->ParallelProjectionOn();
    double aspect = 1.0;
    if (int* size = d->renderer->GetSize(); size && size[0] > 0 && size[1] > 0)
        aspect = double(size[0]) / size[1];
    // A margin around the box, and never closer than ~2 km so a point footprint stays readable.
    const double halfH = std::max({world.height() / 2, world.width() / 2 / aspect, 2000.0}) * 1.2;
    const QPointF c = world.center();
    cam->SetFocalPoint(c.x(), c.y(), 0.0);
    cam->SetPosition(c.x(), c.y(), 1.0e7);
    cam->SetViewUp(0.0, 1.0, 0.0);
    cam->SetParallelScale(halfH);
    d->renderer->ResetCameraClippingRange();
    return true;
}

void MapScene::clear()
{
    d->removeActors();
    d->grid.reset();
    d->gridData = nullptr;
    d->image = nullptr;
    d->values = nullptr;
    d->texture = nullptr;
    d->slice.reset();
    d->extent = QRectF();
}

QString MapScene::vtkVersion() { return QStringLiteral("VTK " VTK_VERSION); }

}  // namespace Estran::Render
