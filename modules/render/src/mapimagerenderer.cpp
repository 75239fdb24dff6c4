// SPDX-License-Identifier: GPL-3.0-or-later
#include "estran/base/units.h"
#include "estran/render/mapimagerenderer.h"

#include "estran/render/axislookup.h"
#include "estran/render/projectedlines.h"

#include "estran/data/slice.h"
#include "estran/geo/coastlines.h"
#include "estran/geo/graticule.h"
#include "estran/geo/projection.h"
#include "estran/render/colormap.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>
#include <thread>

namespace Estran::Render {

namespace {

using detail::AxisLookup;
using detail::CurvilinearLookup;

QString tr(const char* text) { return QCoreApplication::translate("Estran::Render", text); }

constexpr int kOutsideWorld = -2;
constexpr int kOutsideData = -1;

bool isPolar(const Geo::Projection& p) { return p.name().endsWith(QStringLiteral("polar-stereo")); }

/// Projected extent (metres, y up) shown in an integer pixel rectangle.
struct View {
    QRectF extent;  ///< top() is the smallest y
    QRect pixels;
    double sx = 1.0, sy = 1.0;

    QPointF toPixel(double x, double y) const
    {
        return {pixels.left() + (x - extent.left()) * sx, pixels.top() + (extent.bottom() - y) * sy};
    }
    double toX(double px) const { return extent.left() + (px - pixels.left()) / sx; }
    double toY(double py) const { return extent.bottom() - (py - pixels.top()) / sy; }
    QPolygonF toPixels(const QPolygonF& projected) const
    {
        QPolygonF out;
        out.reserve(projected.size());
        for (const QPointF& p : projected) out.append(toPixel(p.x(), p.y()));
        return out;
    }
};

/// Lon/lat → grid cell for any kind of grid.
struct CellLocator {
    AxisLookup lon, lat;
    std::unique_ptr<CurvilinearLookup> curvilinear;
    int nx = 0;

    int cell(double lo, double la) const
    {
        if (curvilinear) return curvilinear->index(lo, la);
        const int ix = lon.index(lo);
        if (ix < 0) return kOutsideData;
        const int iy = lat.index(la);
        if (iy < 0) return kOutsideData;
        return iy * nx + ix;
    }
};

// Projected bounding box of the data, sampling the cell edges (1-D axes) or centres.
QRectF dataExtent(const Data::Grid& g, const CellLocator& loc, const Geo::Projection& p)
{
    std::vector<double> xs, ys;
    if (!g.curvilinear) {
        const int nLon = 181, nLat = 91;
        const double lat0 = std::max(-90.0, loc.lat.lowEdge()),
                     lat1 = std::min(90.0, loc.lat.highEdge());
        const double lon0 = loc.lon.lowEdge(), lon1 = loc.lon.highEdge();
        for (int j = 0; j < nLat; ++j) {
            for (int i = 0; i < nLon; ++i) {
                xs.push_back(lon0 + (lon1 - lon0) * i / (nLon - 1));
                ys.push_back(std::clamp(lat0 + (lat1 - lat0) * j / (nLat - 1),
                                        p.minLatitude(), p.maxLatitude()));
            }
        }
    } else {
        const size_t n = size_t(g.nx) * size_t(g.ny);
        const size_t step = std::max<size_t>(1, n / 40000);
        for (size_t i = 0; i < n; i += step) {
            xs.push_back(g.lon[i]);
            ys.push_back(g.lat[i]);
        }
    }
    p.forwardArray(xs.data(), ys.data(), xs.size());
    double x0 = HUGE_VAL, x1 = -HUGE_VAL, y0 = HUGE_VAL, y1 = -HUGE_VAL;
    for (size_t i = 0; i < xs.size(); ++i) {
        if (std::isnan(xs[i])) continue;
        x0 = std::min(x0, xs[i]);
        x1 = std::max(x1, xs[i]);
        y0 = std::min(y0, ys[i]);
        y1 = std::max(y1, ys[i]);
    }
    if (!(x1 > x0) || !(y1 > y0)) return {};
    QRectF r(QPointF(x0, y0), QPointF(x1, y1));
    if (g.curvilinear) {
        r.adjust(-r.width() * 0.01, -r.height() * 0.01, r.width() * 0.01, r.height() * 0.01);
    }
    const QRectF world = p.worldBounds();
    r = r.intersected(world);
    // Nearly global data is shown on the whole world, which reads better than a map cut a
    // few degrees short of the edge.
    if (r.width() >= 0.75 * world.width() && r.height() >= 0.75 * world.height()) return world;
    return r;
}

QString formatValue(double v, double step)
{
    if (std::abs(v) < step * 1e-6) v = 0.0;
    const int decimals = std::clamp(int(-std::floor(std::log10(step) + 1e-9)), 0, 8);
    if (std::abs(v) >= 1e6 || (std::abs(v) < 1e-3 && v != 0.0)) return QString::number(v, 'g', 3);
    return QString::number(v, 'f', decimals + (std::abs(step / std::pow(10.0, -decimals) - 2.5) < 1e-6 ? 1 : 0));
}

QString formatEnd(double v)
{
    if (std::abs(v) >= 1e5 || (std::abs(v) < 1e-2 && v != 0.0)) return QString::number(v, 'g', 4);
    return QString::number(v, 'g', std::abs(v) >= 1000 ? 6 : 4);
}

double niceNumber(double span)
{
    const double e = std::pow(10.0, std::floor(std::log10(span)));
    const double f = span / e;
    const double nice = f < 1.5 ? 1 : f < 2.25 ? 2 : f < 3.5 ? 2.5 : f < 7.5 ? 5 : 10;
    return nice * e;
}

struct Layout {
    QFont font, titleFont;
    QRect mapArea;
    QRect colorbar;
    int titleHeight = 0;
};

Layout computeLayout(QSize size, const MapStyle& style, bool polar)
{
    Layout l;
    l.font = QGuiApplication::font();
    l.font.setPixelSize(std::clamp(size.height() / 52, 9, 16));
    l.titleFont = l.font;
    l.titleFont.setPixelSize(l.font.pixelSize() + 3);
    l.titleFont.setBold(true);
    const QFontMetricsF fm(l.font);
    const int textH = int(std::ceil(fm.height()));
    const int top = style.title.isEmpty() ? 6 : int(std::ceil(QFontMetricsF(l.titleFont).height())) + 10;
    l.titleHeight = top;
    const int labelW = style.graticule ? int(std::ceil(fm.horizontalAdvance(QStringLiteral("88°S")))) + 8 : 6;
    const int labelH = style.graticule ? textH + 6 : 6;
    const int barH = std::clamp(size.height() / 45, 10, 18);
    const int colorbarH = style.colorbar ? barH + 2 * textH + 18 : 0;
    int left = labelW, right = polar ? labelW : 12, bottom = labelH;
    int topMargin = top + (polar && style.graticule ? textH + 4 : 2);
    l.mapArea = QRect(left, topMargin, size.width() - left - right,
                      size.height() - topMargin - bottom - colorbarH);
    if (style.colorbar) {
        const int w = std::max(120, int(size.width() * 0.6));
        l.colorbar = QRect((size.width() - w) / 2, size.height() - colorbarH + 10, w, barH);
    }
    return l;
}

void drawLabel(QPainter& p, std::vector<QRectF>& taken, const QRect& bounds, QPointF anchor,
               const QString& text, Qt::Alignment align)
{
    const QFontMetricsF fm(p.font());
    const double w = fm.horizontalAdvance(text), h = fm.height();
    double x = anchor.x(), y = anchor.y();
    if (align & Qt::AlignHCenter) x -= w / 2;
    else if (align & Qt::AlignRight) x -= w;
    if (align & Qt::AlignVCenter) y -= h / 2;
    else if (align & Qt::AlignBottom) y -= h;
    QRectF r(x, y, w, h);
    if (!QRectF(bounds).contains(r)) return;
    for (const QRectF& t : taken) {
        if (t.adjusted(-3, -1, 3, 1).intersects(r)) return;
    }
    taken.push_back(r);
    p.drawText(r, Qt::AlignCenter, text);
}

void drawGraticule(QPainter& p, const View& view, const Geo::Projection& proj, const Layout& layout,
                   const QPainterPath& clip, QSize size)
{
    // Lon/lat span of the view from a lattice of pixels, for a readable step.
    double latMin = 90, latMax = -90;
    std::vector<double> lons;
    for (int j = 0; j <= 16; ++j) {
        for (int i = 0; i <= 16; ++i) {
            double lon = 0, lat = 0;
            if (proj.inverse(view.toX(view.pixels.left() + view.pixels.width() * i / 16.0),
                             view.toY(view.pixels.top() + view.pixels.height() * j / 16.0), lon,
                             lat)) {
                latMin = std::min(latMin, lat);
                latMax = std::max(latMax, lat);
                lons.push_back(lon);
            }
        }
    }
    if (lons.empty()) return;
    std::sort(lons.begin(), lons.end());
    // Longitude span: 360 minus the largest gap between sampled longitudes.
    double gap = lons.front() + 360.0 - lons.back();
    for (size_t i = 1; i < lons.size(); ++i) gap = std::max(gap, lons[i] - lons[i - 1]);
    const double lonSpan = std::min(360.0, 360.0 - gap);
    double step = Geo::Graticule::niceStep(std::max(latMax - latMin, lonSpan / 2.0));
    if (isPolar(proj)) step = std::min(step, 30.0);
    const double lo = std::max(proj.minLatitude(), std::floor(latMin / step) * step);
    const double hi = std::min(proj.maxLatitude(), std::ceil(latMax / step) * step);
    const auto lines = Geo::Graticule::lines(step, lo, hi);
    const double jump = detail::jumpThreshold(proj);

    QPen pen(QColor(90, 90, 90, 110));
    pen.setWidthF(0.8);
    p.save();
    p.setClipPath(clip);
    p.setPen(pen);
    p.setBrush(Qt::NoBrush);
    struct Labelled {
        QString text;
        QPointF anchor;
        Qt::Alignment align;
        bool bottomMeridian = false;  ///< a meridian label along the bottom edge
        double value = 0.0;
    };
    std::vector<Labelled> labels;
    const bool polar = isPolar(proj);
    double poleX = 0, poleY = 0;
    if (polar) proj.forward(0.0, proj.name().startsWith(u'n') ? 90.0 : -90.0, poleX, poleY);
    const QPointF polePx = view.toPixel(poleX, poleY);
    const QRectF inside = QRectF(view.pixels).adjusted(-0.5, -0.5, 0.5, 0.5);
    // Line ends lie exactly on the map's edge, where QPainterPath::contains() is unreliable:
    // label anchors are tested against the clip grown by a pixel.
    QPainterPathStroker stroker;
    stroker.setWidth(2.0);
    const QPainterPath anchorClip = clip.united(stroker.createStroke(clip));
    for (const auto& g : lines) {
        std::vector<QPolygonF> pieces;
        detail::projectPolyline(proj, g.line, jump, pieces);
        bool have = false;
        QPointF best;
        // Polar views of a region: parallels are labelled where they leave the frame on the
        // left (or, failing that, the bottom) like in a cylindrical map.
        bool haveEdge = false;
        QPointF edgeBest;
        double edgeScore = 0.0;
        for (const QPolygonF& piece : pieces) {
            const QPolygonF px = view.toPixels(piece);
            p.drawPolyline(px);
            // Candidates: the vertices inside the map and where the line crosses its frame
            // (a line densified every degree rarely has a vertex exactly on the edge).
            QPolygonF candidates;
            for (qsizetype k = 0; k < px.size(); ++k) {
                const QPointF& q = px[k];
                if (inside.contains(q)) candidates.append(q);
                if (k == 0 || inside.contains(q) == inside.contains(px[k - 1])) continue;
                const QLineF seg(px[k - 1], q);
                const QLineF edges[4] = {{inside.topLeft(), inside.topRight()},
                                         {inside.topRight(), inside.bottomRight()},
                                         {inside.bottomRight(), inside.bottomLeft()},
                                         {inside.bottomLeft(), inside.topLeft()}};
                for (int e = 0; e < 4; ++e) {
                    QPointF hit;
                    if (seg.intersects(edges[e], &hit) != QLineF::BoundedIntersection) continue;
                    candidates.append(hit);
                    if (e < 2) continue;
                    // Any crossing of the left edge (e == 3) beats one of the bottom edge.
                    const double score = e == 3 ? hit.y() : 1e6 - hit.x();
                    if (!haveEdge || score < edgeScore) {
                        edgeBest = hit;
                        edgeScore = score;
                        haveEdge = true;
                    }
                }
            }
            for (const QPointF& q : candidates) {
                if (!anchorClip.contains(q)) continue;
                bool better = false;
                if (polar && g.isMeridian)
                    better = QLineF(polePx, q).length() > QLineF(polePx, best).length();
                else if (g.isMeridian) better = q.y() > best.y();
                else if (!polar) better = q.x() < best.x();
                if (!have || better) best = q;
                have = true;
            }
        }
        if (!have) continue;
        const QString text = Geo::Graticule::label(g.value, g.isMeridian);
        if (polar && g.isMeridian) {
            QLineF ray(polePx, best);
            if (ray.length() < 1) continue;
            ray.setLength(ray.length() + 4);
            const QPointF a = ray.p2();
            const double dx = a.x() - polePx.x(), dy = a.y() - polePx.y();
            Qt::Alignment al;
            al |= std::abs(dx) < 0.35 * ray.length() ? Qt::AlignHCenter
                  : dx > 0                           ? Qt::AlignLeft
                                                     : Qt::AlignRight;
            al |= std::abs(dy) < 0.35 * ray.length() ? Qt::AlignVCenter
                  : dy > 0                           ? Qt::AlignTop
                                                     : Qt::AlignBottom;
            labels.push_back({text, a, al});
        } else if (polar && haveEdge) {
            const bool left = edgeBest.x() <= inside.left() + 0.01;
            labels.push_back({text, left ? edgeBest - QPointF(4, 0) : edgeBest + QPointF(0, 3),
                              left ? Qt::AlignRight | Qt::AlignVCenter
                                   : Qt::AlignHCenter | Qt::AlignTop});
        } else if (polar) {
            // Parallels are labelled where they cross the central meridian; the rim of the
            // map is the edge latitude and is not labelled.
            const double rim = proj.name().startsWith(u'n') ? proj.minLatitude() : proj.maxLatitude();
            if (std::abs(g.value - rim) < 1e-9) continue;
            double x = 0, y = 0;
            if (!proj.forward(proj.centralLongitude(), g.value, x, y)) continue;
            const QPointF a = view.toPixel(x, y);
            if (!inside.contains(a)) continue;
            labels.push_back({text, a + QPointF(3, 0), Qt::AlignLeft | Qt::AlignVCenter});
        } else if (g.isMeridian) {
            labels.push_back({text, best + QPointF(0, 3), Qt::AlignHCenter | Qt::AlignTop, true,
                              g.value});
        } else {
            labels.push_back({text, best - QPointF(4, 0), Qt::AlignRight | Qt::AlignVCenter});
        }
    }
    p.restore();

    p.save();
    p.setFont(layout.font);
    std::vector<QRectF> taken;
    const QRect bounds(0, layout.titleHeight, size.width(),
                       (layout.colorbar.isNull() ? size.height() : layout.colorbar.top() - 4) -
                           layout.titleHeight);
    const QFontMetricsF fm(layout.font);
    auto rectOf = [&fm](const Labelled& l) {
        double x = l.anchor.x(), y = l.anchor.y();
        const double w = fm.horizontalAdvance(l.text), h = fm.height();
        if (l.align & Qt::AlignHCenter) x -= w / 2;
        else if (l.align & Qt::AlignRight) x -= w;
        if (l.align & Qt::AlignVCenter) y -= h / 2;
        else if (l.align & Qt::AlignBottom) y -= h;
        return QRectF(x, y, w, h);
    };
    // Meridian labels along the bottom are thinned evenly (every 2nd, 4th line) until none
    // touch, instead of dropping whichever happens to collide (Robinson's short bottom edge).
    double every = step;
    for (int round = 0; round < 3; ++round) {
        std::vector<QRectF> rects;
        for (const auto& l : labels) {
            if (l.bottomMeridian && std::abs(std::remainder(l.value, every)) < 1e-9)
                rects.push_back(rectOf(l));
        }
        std::sort(rects.begin(), rects.end(),
                  [](const QRectF& a, const QRectF& b) { return a.left() < b.left(); });
        bool crowded = false;
        for (size_t i = 1; i < rects.size() && !crowded; ++i)
            crowded = rects[i].left() < rects[i - 1].right() + 6;
        if (!crowded) break;
        every *= 2;
    }
    for (const auto& l : labels) {
        if (l.bottomMeridian && std::abs(std::remainder(l.value, every)) > 1e-9) continue;
        const QRectF r = rectOf(l);
        // Non-polar labels belong to the margins (or beside Robinson's curved edge); one that
        // would sit over the map is dropped rather than hiding values.
        if (!polar && clip.contains(r.center())) continue;
        p.setPen(QColor(40, 40, 40));
        drawLabel(p, taken, bounds, l.anchor, l.text, l.align);
    }
    p.restore();
}

void drawColorbar(QPainter& p, const Layout& layout, const Colormap& cmap, double lo, double hi,
                  const QString& units)
{
    const QRect bar = layout.colorbar;
    for (int x = 0; x < bar.width(); ++x) {
        const double t = (x + 0.5) / bar.width();
        const auto& c = cmap.table()[size_t(Colormap::indexOf(t))];
        p.fillRect(QRect(bar.left() + x, bar.top(), 1, bar.height()), QColor(c[0], c[1], c[2]));
    }
    p.setPen(QPen(QColor(40, 40, 40), 1));
    p.setBrush(Qt::NoBrush);
    p.drawRect(QRectF(bar).adjusted(-0.5, -0.5, 0.5, 0.5));
    p.setFont(layout.font);
    const QFontMetricsF fm(layout.font);
    std::vector<QRectF> taken;
    const QRect bounds(0, bar.bottom(), p.device()->width(), p.device()->height() - bar.bottom());
    auto tick = [&](double v, const QString& text, bool force) {
        const double x = bar.left() + (v - lo) / (hi - lo) * bar.width();
        const QPointF anchor(x, bar.bottom() + 4);
        const double w = fm.horizontalAdvance(text);
        QRectF r(x - w / 2, anchor.y(), w, fm.height());
        for (const QRectF& t : taken) {
            if (!force && t.adjusted(-6, 0, 6, 0).intersects(r)) return;
        }
        p.drawLine(QPointF(x, bar.bottom() + 0.5), QPointF(x, bar.bottom() + 3.5));
        if (force) {
            taken.push_back(r);
            p.drawText(r, Qt::AlignCenter, text);
        } else {
            drawLabel(p, taken, bounds, anchor, text, Qt::AlignHCenter | Qt::AlignTop);
        }
    };
    tick(lo, formatEnd(lo), true);
    tick(hi, formatEnd(hi), true);
    if (hi > lo) {
        const double step = niceNumber((hi - lo) / 5.0);
        for (double v = std::ceil(lo / step) * step; v < hi - step * 1e-6; v += step) {
            if (v <= lo + step * 1e-6) continue;
            tick(v, formatValue(std::round(v / step) * step, step), false);
        }
    }
    if (!units.isEmpty()) {
        const QRectF r(0, bar.bottom() + 4 + fm.height(), p.device()->width(), fm.height() + 2);
        p.drawText(r, Qt::AlignHCenter | Qt::AlignTop, units);
    }
}

}  // namespace

std::pair<double, double> MapImageRenderer::effectiveRange(const Data::Slice& slice,
                                                           const MapStyle& style)
{
    double lo = slice.minimum, hi = slice.maximum;
    if (std::isnan(lo) || std::isnan(hi)) {
        lo = 0.0;
        hi = 1.0;
    }
    bool diverging = false;
    if (auto cm = Colormap::byName(style.colormap)) diverging = cm->isDiverging();
    if (diverging && !style.rangeMin && !style.rangeMax) {
        // Diverging maps put zero at the centre colour.
        const double m = std::max(std::abs(lo), std::abs(hi));
        lo = -m;
        hi = m;
    }
    if (style.rangeMin) lo = *style.rangeMin;
    if (style.rangeMax) hi = *style.rangeMax;
    if (!(hi > lo)) {
        // A constant field (or an inverted manual range) still needs a non-empty range.
        const double c = (lo + hi) / 2, half = std::max(std::abs(c) * 1e-3, 0.5);
        lo = c - half;
        hi = c + half;
    }
    return {lo, hi};
}

Base::Result<QImage> MapImageRenderer::render(const Data::Slice& slice, const MapStyle& style,
                                              QSize size)
{
    const QString where = QStringLiteral("render");
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance())) {
        return Base::Error(Base::Error::Kind::Internal, where,
                           tr("Rendering text needs a QGuiApplication (the offscreen platform "
                              "is enough)"));
    }
    if (size.width() < 64 || size.height() < 64 || size.width() > 16384 || size.height() > 16384) {
        return Base::Error(Base::Error::Kind::InvalidInput, where,
                           tr("Image size %1x%2 is outside 64..16384 pixels")
                               .arg(size.width())
                               .arg(size.height()));
    }
    const Data::Grid* g = slice.grid.get();
    if (!g || g->nx <= 0 || g->ny <= 0 ||
        slice.values.size() != size_t(g->nx) * size_t(g->ny) ||
        (!g->curvilinear && (g->lon.size() != size_t(g->nx) || g->lat.size() != size_t(g->ny))) ||
        (g->curvilinear && (g->lon.size() != slice.values.size() ||
                            g->lat.size() != slice.values.size()))) {
        return Base::Error(Base::Error::Kind::InvalidInput, where,
                           tr("The slice's values do not match its grid"));
    }
    auto cmap = Colormap::byName(style.colormap);
    if (!cmap) return cmap.error();
    auto proj = Geo::Projection::create(style.projection, style.centralLongitude);
    if (!proj) return proj.error();

    CellLocator loc;
    loc.nx = g->nx;
    if (g->curvilinear) {
        loc.curvilinear = std::make_unique<CurvilinearLookup>(*g);
    } else {
        loc.lon = AxisLookup(g->lon, true);
        loc.lat = AxisLookup(g->lat, false);
        if (loc.lon.isEmpty() || loc.lat.isEmpty()) {
            return Base::Error(Base::Error::Kind::InvalidInput, where,
                               tr("Longitudes or latitudes of the grid are not monotonic"));
        }
        // Regional data across the antimeridian is centred on itself rather than cut in two.
        if (!isPolar(*proj) && !loc.lon.isGlobal() && !style.centralLongitude) {
            const double span = loc.lon.highEdge() - loc.lon.lowEdge();
            double west = std::fmod(loc.lon.lowEdge() + 180.0, 360.0);
            if (west < 0) west += 360.0;
            west -= 180.0;
            if (west + span > 180.0 + 1e-9) {
                double centre = west + span / 2;
                if (centre > 180) centre -= 360;
                auto shifted = Geo::Projection::create(style.projection, std::round(centre));
                if (shifted) proj = std::move(shifted);
            }
        }
    }

    const QRectF extent = dataExtent(*g, loc, *proj);
    if (extent.isEmpty()) {
        return Base::Error(Base::Error::Kind::InvalidInput, where,
                           tr("No part of the data is visible in the %1 projection")
                               .arg(Geo::Projection::displayName(style.projection)));
    }
    const auto [lo, hi] = effectiveRange(slice, style);

    const Layout layout = computeLayout(size, style, isPolar(*proj));
    if (layout.mapArea.width() < 16 || layout.mapArea.height() < 16) {
        return Base::Error(Base::Error::Kind::InvalidInput, where,
                           tr("Image size %1x%2 leaves no room for the map")
                               .arg(size.width())
                               .arg(size.height()));
    }
    View view;
    view.extent = extent;
    {
        const double s = std::min(layout.mapArea.width() / extent.width(),
                                  layout.mapArea.height() / extent.height());
        const int w = std::max(1, int(std::lround(extent.width() * s)));
        const int h = std::max(1, int(std::lround(extent.height() * s)));
        view.pixels = QRect(layout.mapArea.left() + (layout.mapArea.width() - w) / 2,
                            layout.mapArea.top() + (layout.mapArea.height() - h) / 2, w, h);
        view.sx = w / extent.width();
        view.sy = h / extent.height();
    }

    QImage image(size, QImage::Format_RGB32);
    image.fill(style.backgroundColor);

    // Colour lookup: 256 colours, fill colour for NaN, background outside data.
    QRgb lut[256];
    for (int i = 0; i < 256; ++i) {
        const auto& c = cmap->table()[size_t(i)];
        lut[i] = qRgb(c[0], c[1], c[2]);
    }
    const QRgb fill = cmap->distinctColor(style.fillColor).rgb();
    const QRgb background = style.backgroundColor.rgb();
    const float* values = slice.values.data();
    const double inv = 1.0 / (hi - lo);
    auto colourOf = [&](int cell) -> QRgb {
        if (cell < 0) return background;
        const float v = values[cell];
        if (std::isnan(v)) return fill;
        return lut[Colormap::indexOf((double(v) - lo) * inv)];
    };

    const int w = view.pixels.width(), h = view.pixels.height();
    const bool separable = proj->isCylindrical();
    // Cylindrical projections: longitude depends on the column only, latitude on the row.
    std::vector<double> colLon, rowLat;
    std::vector<int> colIdx, rowIdx;
    if (separable) {
        colLon.resize(size_t(w));
        rowLat.resize(size_t(h));
        std::vector<double> ty(size_t(std::max(w, h)), 0.0);
        for (int i = 0; i < w; ++i) colLon[size_t(i)] = view.toX(view.pixels.left() + i + 0.5);
        std::fill(ty.begin(), ty.begin() + w, 0.0);
        proj->inverseArray(colLon.data(), ty.data(), size_t(w));
        std::vector<double> tx(size_t(h), 0.0);
        for (int j = 0; j < h; ++j) rowLat[size_t(j)] = view.toY(view.pixels.top() + j + 0.5);
        proj->inverseArray(tx.data(), rowLat.data(), size_t(h));
        if (!g->curvilinear) {
            colIdx.resize(size_t(w));
            rowIdx.resize(size_t(h));
            for (int i = 0; i < w; ++i) {
                const double lon = colLon[size_t(i)];
                colIdx[size_t(i)] = std::isnan(lon) ? kOutsideWorld : loc.lon.index(lon);
            }
            for (int j = 0; j < h; ++j) {
                const double lat = rowLat[size_t(j)];
                rowIdx[size_t(j)] = std::isnan(lat) ? kOutsideWorld : loc.lat.index(lat);
            }
        }
    }

    // Rows are written through one pointer taken here: QImage::scanLine() detaches, which
    // must not run on several threads at once.
    uchar* const bits = image.bits();
    const qsizetype stride = image.bytesPerLine();
    auto work = [&](int first, int step) {
        std::optional<Geo::Projection> own;
        if (!separable) own = *proj;  // PROJ objects are per thread
        std::vector<double> xs(static_cast<size_t>(w)), ys(static_cast<size_t>(w));
        constexpr int kBlock = 8;
        for (int j0 = first * kBlock; j0 < h; j0 += step * kBlock) {
            for (int j = j0; j < std::min(h, j0 + kBlock); ++j) {
                auto* line = reinterpret_cast<QRgb*>(bits + (view.pixels.top() + j) * stride) +
                             view.pixels.left();
                if (separable && !g->curvilinear) {
                    const int iy = rowIdx[size_t(j)];
                    if (iy < 0) {
                        if (iy == kOutsideData) {
                            std::fill(line, line + w, background);
                        }
                        continue;
                    }
                    const int base = iy * g->nx;
                    for (int i = 0; i < w; ++i) {
                        const int ix = colIdx[size_t(i)];
                        line[i] = ix < 0 ? background : colourOf(base + ix);
                    }
                    continue;
                }
                if (separable) {
                    const double lat = rowLat[size_t(j)];
                    if (std::isnan(lat)) continue;
                    for (int i = 0; i < w; ++i) {
                        const double lon = colLon[size_t(i)];
                        line[i] = std::isnan(lon) ? background : colourOf(loc.cell(lon, lat));
                    }
                    continue;
                }
                const double y = view.toY(view.pixels.top() + j + 0.5);
                for (int i = 0; i < w; ++i) {
                    xs[size_t(i)] = view.toX(view.pixels.left() + i + 0.5);
                    ys[size_t(i)] = y;
                }
                own->inverseArray(xs.data(), ys.data(), size_t(w));
                for (int i = 0; i < w; ++i) {
                    if (std::isnan(xs[size_t(i)])) continue;  // outside the world
                    line[i] = colourOf(loc.cell(xs[size_t(i)], ys[size_t(i)]));
                }
            }
        }
    };
    const int threads = std::clamp(int(std::thread::hardware_concurrency()), 1, 8);
    {
        std::vector<std::thread> pool;
        for (int t = 1; t < threads; ++t) pool.emplace_back(work, t, threads);
        work(0, threads);
        for (auto& th : pool) th.join();
    }

    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setRenderHint(QPainter::TextAntialiasing, true);

    // The world's outline in pixels, intersected with the map rectangle: overlays stay on it.
    const QPolygonF outlinePx = view.toPixels(detail::worldOutline(*proj));
    QPainterPath clip;
    clip.addRect(QRectF(view.pixels));
    if (extent == proj->worldBounds() && !proj->isCylindrical()) {
        QPainterPath world;
        world.addPolygon(outlinePx);
        world.closeSubpath();
        clip = clip.intersected(world);
    }

    if (style.coastlines) {
        const double metresPerPixel = 1.0 / view.sx;
        const auto resolution = metresPerPixel < 3000.0    ? Geo::Coastlines::Resolution::Intermediate
                                : metresPerPixel > 60000.0 ? Geo::Coastlines::Resolution::Crude
                                                           : Geo::Coastlines::Resolution::Low;
        const auto coast = detail::projectedCoastlines(*proj, int(resolution), style.lakes);
        painter.save();
        painter.setClipPath(clip);
        QPen pen(style.coastlineColor);
        pen.setWidthF(0.9);
        painter.setPen(pen);
        const QRectF ext = extent;
        for (const QPolygonF& piece : *coast) {
            if (!piece.boundingRect().intersects(ext)) continue;
            painter.drawPolyline(view.toPixels(piece));
        }
        painter.restore();
    }

    if (style.graticule) drawGraticule(painter, view, *proj, layout, clip, size);

    // Frame: the world's outline when the whole world is shown, else the map rectangle.
    painter.save();
    painter.setPen(QPen(QColor(40, 40, 40), 1.0));
    painter.setBrush(Qt::NoBrush);
    if (extent == proj->worldBounds() && !proj->isCylindrical()) {
        painter.drawPolygon(outlinePx);
    } else {
        painter.drawRect(QRectF(view.pixels).adjusted(-0.5, -0.5, 0.5, 0.5));
    }
    painter.restore();

    if (style.colorbar) drawColorbar(painter, layout, *cmap, lo, hi, Base::displayUnits(slice.units));

    if (!style.title.isEmpty()) {
        painter.setFont(layout.titleFont);
        painter.setPen(QColor(20, 20, 20));
        const QFontMetricsF fm(layout.titleFont);
        const QString text = fm.elidedText(style.title, Qt::ElideRight, size.width() - 16);
        painter.drawText(QRectF(8, 4, size.width() - 16, layout.titleHeight - 4),
                         Qt::AlignHCenter | Qt::AlignVCenter, text);
    }
    painter.end();
    return image;
}

}  // namespace Estran::Render
