// SPDX-License-Identifier: GPL-3.0-or-later
#include "estran/gui/selectionmapwidget.h"

#include "deliveryguard.h"

#include "estran/base/selectionmodel.h"
#include "estran/geo/coastlines.h"
#include "estran/geo/graticule.h"
#include "estran/geo/projection.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QThreadPool>

#include <algorithm>
#include <cmath>

namespace Estran::Gui {

namespace {

constexpr double kHandle = 6.0;    // pixels within which an edge is grabbed
constexpr double kMinDrag = 4.0;   // pixels before a press becomes a new box
constexpr double kMinSize = 0.01;  // degrees: a resize never collapses the box

enum Edge { None = 0, West = 1, East = 2, South = 4, North = 8 };
enum class Drag { Idle, Create, Move, Resize, MovePolygon, MoveVertex };

// West edges live in [-180, 180), east edges in (-180, 180], so a box ending on the
// antimeridian keeps east = 180 instead of flipping to -180 and "crossing".
double wrapWest(double lon) {
    return lon - 360.0 * std::floor((lon + 180.0) / 360.0);
}
double wrapEast(double lon) {
    return -wrapWest(-lon);
}

QPainterPath projectedPath(const Geo::Projection& projection,
                           const std::vector<Geo::LonLatPolyline>& lines) {
    QPainterPath path;
    for (const auto& line : lines) {
        std::vector<double> x = line.lon, y = line.lat;
        projection.forwardArray(x.data(), y.data(), x.size());
        bool pen = false;
        for (size_t i = 0; i < x.size(); ++i) {
            if (std::isnan(x[i]) || std::isnan(y[i])) {
                pen = false;
                continue;
            }
            if (pen)
                path.lineTo(x[i], y[i]);
            else
                path.moveTo(x[i], y[i]);
            pen = true;
        }
    }
    return path;
}

// What a press at `pos` grabs: edges of the box (Edge flags in `edges`), the inside (Move), or
// nothing (Create a new box).
Drag hitTest(const SelectionMapWidget& map, const std::optional<Base::GeoBox>& box,
             const QPointF& pos, int& edges) {
    edges = None;
    if (!box) return Drag::Create;
    const double xw = map.lonLatToPixel(box->west, 0).x(), xe = map.lonLatToPixel(box->east, 0).x();
    const double yn = map.lonLatToPixel(0, box->north).y(),
                 ys = map.lonLatToPixel(0, box->south).y();
    const bool inY = pos.y() > yn - kHandle && pos.y() < ys + kHandle;
    // Horizontal extent of the box at this pixel row (both pieces when crossing).
    const bool inX = box->crossesAntimeridian()
                         ? (pos.x() > xw - kHandle || pos.x() < xe + kHandle)
                         : (pos.x() > xw - kHandle && pos.x() < xe + kHandle);
    if (inY && std::abs(pos.x() - xw) < kHandle)
        edges |= West;
    else if (inY && std::abs(pos.x() - xe) < kHandle)
        edges |= East;
    if (inX && std::abs(pos.y() - yn) < kHandle)
        edges |= North;
    else if (inX && std::abs(pos.y() - ys) < kHandle)
        edges |= South;
    if (edges != None) return Drag::Resize;
    const QPointF ll = map.pixelToLonLat(pos);
    return box->contains(ll.x(), ll.y()) ? Drag::Move : Drag::Create;
}

Qt::CursorShape cursorFor(Drag drag, int edges) {
    switch (drag) {
        case Drag::Move:
            return Qt::SizeAllCursor;
        case Drag::Resize:
            if (edges == (West | North) || edges == (East | South)) return Qt::SizeFDiagCursor;
            if (edges == (East | North) || edges == (West | South)) return Qt::SizeBDiagCursor;
            return (edges & (West | East)) ? Qt::SizeHorCursor : Qt::SizeVerCursor;
        case Drag::MovePolygon:
            return Qt::SizeAllCursor;
        case Drag::MoveVertex:
            return Qt::PointingHandCursor;
        case Drag::Idle:
        case Drag::Create:
            break;
    }
    return Qt::CrossCursor;
}

}  // namespace

struct SelectionMapWidget::Private {
    QPointer<Base::SelectionModel> model;
    std::optional<Geo::Projection> projection;
    QRectF world;             // projected bounds
    QTransform toWidget;      // projected metres → pixels
    QPainterPath coastlines;  // projected, filled in by the worker
    QPainterPath graticule;
    QList<Base::GeoBox> footprints;
    QList<QPolygonF> resultRings;
    QImage basemap;
    QRectF basemapLonLat;
    QString attribution;
    int highlightedResult = -1;
    std::shared_ptr<DeliveryGuard> guard;

    Drag drag = Drag::Idle;
    int edges = None;
    QPointF pressPixel;
    QPointF pressLonLat;
    Base::GeoBox original;
    std::optional<Base::GeoBox> dragBox;

    SelectionMapWidget::Tool tool = SelectionMapWidget::Tool::Box;
    QVector<QPointF> drawing;        // a polygon being drawn (lon/lat), not yet in the model
    QPointF hoverLonLat;             // where the rubber band of the drawing ends
    QVector<QPointF> originalRing;   // the model's polygon when a polygon drag started
    QVector<QPointF> dragRing;       // the polygon while it is dragged
    int vertex = -1;                 // the vertex being dragged

    std::optional<Base::GeoBox> modelBox() const {
        return model ? model->selection().boundingBox() : std::nullopt;
    }
    QVector<QPointF> modelPolygon() const {
        if (!model || model->selection().polygon.size() < 3) return {};
        return model->selection().polygon;
    }
};

SelectionMapWidget::SelectionMapWidget(Base::SelectionModel* model, QWidget* parent)
    : QWidget(parent), d(std::make_unique<Private>()) {
    setObjectName(QStringLiteral("SelectionMap"));
    setMouseTracking(true);
    // Layouts ask the size policy, not the virtual, whether height follows width: the map then
    // keeps the world's 2:1 shape instead of floating in grey bands.
    QSizePolicy policy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
    setToolTip(tr("Drag to draw the area; drag inside it to move it, on its edges to resize it."));
    setFocusPolicy(Qt::ClickFocus);  // Enter, Backspace and Esc while drawing a polygon
    d->model = model;
    d->guard = std::make_shared<DeliveryGuard>(this);
    if (auto projection = Geo::Projection::create(QStringLiteral("platecarree"))) {
        d->projection = *projection;
        d->world = d->projection->worldBounds();
        d->graticule = projectedPath(*d->projection, [] {
            std::vector<Geo::LonLatPolyline> lines;
            for (const auto& l : Geo::Graticule::lines(30.0)) lines.push_back(l.line);
            return lines;
        }());
        // GSHHG reading takes a few hundred milliseconds: done once on a worker, with its own
        // Projection copy (PROJ contexts are per thread).
        std::shared_ptr<DeliveryGuard> guard = d->guard;
        Geo::Projection copy = *d->projection;
        QThreadPool::globalInstance()->start([guard, copy, self = this] {
            auto lines = Geo::Coastlines::shared(Geo::Coastlines::Resolution::Low);
            if (!lines) return;
            QPainterPath path = projectedPath(copy, **lines);
            // Delivered on the widget's thread, and only while the widget lives (the guard is
            // closed in its destructor and Qt drops events of deleted receivers).
            guard->post([self, path] {
                self->d->coastlines = path;
                self->update();
            });
        });
    }
    if (model) {
        connect(model, &Base::SelectionModel::selectionChanged, this, [this] { update(); });
    }
}

SelectionMapWidget::~SelectionMapWidget() {
    d->guard->close();
}

void SelectionMapWidget::setFootprints(const QList<Base::GeoBox>& boxes) {
    d->footprints = boxes;
    update();
}

void SelectionMapWidget::setBasemap(const QImage& image, const QRectF& lonLat, const QString& attribution) {
    d->basemap = image;
    d->basemapLonLat = lonLat;
    d->attribution = image.isNull() ? QString() : attribution;
    update();
}

bool SelectionMapWidget::hasBasemap() const {
    return !d->basemap.isNull();
}

void SelectionMapWidget::setResultFootprints(const QList<QPolygonF>& rings, int highlighted) {
    d->resultRings = rings;
    d->highlightedResult = highlighted;
    update();
}

std::optional<Base::GeoBox> SelectionMapWidget::displayedBox() const {
    return d->dragBox ? d->dragBox : d->modelBox();
}

QVector<QPointF> SelectionMapWidget::displayedPolygon() const {
    if (d->dragBox) return {};  // a new box is being drawn over the polygon
    if (!d->drawing.isEmpty()) return d->drawing;
    if (!d->dragRing.isEmpty()) return d->dragRing;
    return d->modelPolygon();
}

SelectionMapWidget::Tool SelectionMapWidget::tool() const {
    return d->tool;
}

void SelectionMapWidget::setTool(Tool tool) {
    if (tool == d->tool) return;
    d->tool = tool;
    d->drawing.clear();
    setToolTip(tool == Tool::Box
                   ? tr("Drag to draw the area; drag inside it to move it, on its edges to resize it.")
                   : tr("Click to add vertices; double-click, Enter or a click on the first vertex closes the polygon. "
                        "Drag a vertex to move it. Backspace removes the last vertex, Esc abandons the drawing."));
    update();
    Q_EMIT toolChanged(tool);
}

QSize SelectionMapWidget::sizeHint() const {
    return {360, 180};
}

QSize SelectionMapWidget::minimumSizeHint() const {
    return {200, 100};
}

void SelectionMapWidget::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    d->toWidget = QTransform();
    if (d->world.isEmpty()) return;
    // Keep the projection's aspect ratio, centred, with a small margin for the edge handles.
    const QRectF area = QRectF(rect()).adjusted(3, 3, -3, -3);
    const double scale =
        std::min(area.width() / d->world.width(), area.height() / d->world.height());
    const double ox = area.center().x() - d->world.center().x() * scale;
    const double oy = area.center().y() + d->world.center().y() * scale;
    d->toWidget = QTransform(scale, 0, 0, -scale, ox, oy);
}

QPointF SelectionMapWidget::lonLatToPixel(double lon, double lat) const {
    if (!d->projection) return {};
    double x = 0, y = 0;
    d->projection->forward(lon, lat, x, y);
    // forward() wraps 180° onto -180°; the east edge of the map is wanted for east = 180.
    if (lon >= 180.0 && x < 0) x = -x;
    if (lon <= -180.0 && x > 0) x = -x;
    return d->toWidget.map(QPointF(x, y));
}

QPointF SelectionMapWidget::pixelToLonLat(const QPointF& pixel) const {
    if (!d->projection) return {};
    QPointF p = d->toWidget.inverted().map(pixel);
    p.setX(std::clamp(p.x(), d->world.left(), d->world.right()));
    p.setY(std::clamp(p.y(), d->world.top(), d->world.bottom()));
    double lon = 0, lat = 0;
    if (!d->projection->inverse(p.x(), p.y(), lon, lat)) return {};
    if (p.x() >= d->world.right() - 1e-6) lon = 180.0;  // inverse() folds the east edge to -180
    return {lon, std::clamp(lat, -90.0, 90.0)};
}

void SelectionMapWidget::paintEvent(QPaintEvent*) {
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(rect(), palette().window());
    const QRectF worldRect = d->toWidget.mapRect(d->world);
    p.fillRect(worldRect, QColor(0xdf, 0xea, 0xf3));
    if (!d->basemap.isNull()) {
        // Plate carrée: the lon/lat image maps onto the widget as one rectangle.
        const QRectF& ll = d->basemapLonLat;
        const QRectF target(lonLatToPixel(ll.left(), ll.bottom()), lonLatToPixel(ll.right(), ll.top()));
        p.save();
        p.setClipRect(worldRect);
        p.setRenderHint(QPainter::SmoothPixmapTransform);
        p.drawImage(target.normalized(), d->basemap);
        p.restore();
    }

    p.save();
    p.setClipRect(worldRect);
    p.setTransform(d->toWidget);
    QPen grid(QColor(0xb0, 0xbe, 0xcc), 0);
    grid.setCosmetic(true);
    p.setPen(grid);
    p.drawPath(d->graticule);
    QPen coast(QColor(0x50, 0x5a, 0x64), 0);
    coast.setCosmetic(true);
    p.setPen(coast);
    p.drawPath(d->coastlines);
    p.restore();

    // Rectangles of a lon/lat box in pixels: two pieces when it crosses the antimeridian.
    auto pieces = [this](const Base::GeoBox& b) {
        QList<QRectF> rects;
        auto rectFor = [this, &b](double w, double e) {
            return QRectF(lonLatToPixel(w, b.north), lonLatToPixel(e, b.south)).normalized();
        };
        if (b.crossesAntimeridian())
            rects << rectFor(b.west, 180.0) << rectFor(-180.0, b.east);
        else
            rects << rectFor(b.west, b.east);
        return rects;
    };

    // Catalogue results under everything else: thin, the selected one stronger.
    for (qsizetype i = 0; i < d->resultRings.size(); ++i) {
        const bool chosen = i == d->highlightedResult;
        QPolygonF pixels;
        for (const QPointF& v : d->resultRings[i]) pixels << lonLatToPixel(v.x(), v.y());
        p.setPen(QPen(chosen ? QColor(0x10, 0x80, 0x40) : QColor(0x30, 0x9a, 0x60, 150), chosen ? 2.0 : 1.0));
        p.setBrush(chosen ? QColor(0x30, 0x9a, 0x60, 50) : Qt::NoBrush);
        p.drawPolygon(pixels);
    }

    QPen footprint(QColor(0xd9, 0x82, 0x1e), 1.5, Qt::DashLine);
    p.setPen(footprint);
    p.setBrush(Qt::NoBrush);
    for (const auto& box : d->footprints) {
        for (const QRectF& r : pieces(box)) p.drawRect(r);
    }

    const QVector<QPointF> ring = displayedPolygon();
    if (!ring.isEmpty()) {
        QPolygonF pixels;
        for (const QPointF& v : ring) pixels << lonLatToPixel(v.x(), v.y());
        const bool open = !d->drawing.isEmpty();
        p.setPen(QPen(QColor(0x1f, 0x5f, 0xbf), 2));
        if (open) {
            p.setBrush(Qt::NoBrush);
            p.drawPolyline(pixels);
            // The rubber band to the pointer, dashed: where the next click puts a vertex.
            p.setPen(QPen(QColor(0x1f, 0x5f, 0xbf), 1, Qt::DashLine));
            p.drawLine(pixels.last(), lonLatToPixel(d->hoverLonLat.x(), d->hoverLonLat.y()));
        } else {
            p.setBrush(QColor(0x1f, 0x5f, 0xbf, 60));
            p.drawPolygon(pixels);
        }
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0x1f, 0x5f, 0xbf));
        for (int i = 0; i < pixels.size(); ++i) {
            // The first vertex of an open ring is larger: clicking it closes the polygon.
            const double r = open && i == 0 ? 5.0 : 3.0;
            p.drawEllipse(pixels[i], r, r);
        }
    } else if (const auto box = displayedBox()) {
        p.setPen(QPen(QColor(0x1f, 0x5f, 0xbf), 2));
        p.setBrush(QColor(0x1f, 0x5f, 0xbf, 60));
        for (const QRectF& r : pieces(*box)) p.drawRect(r);
        p.setBrush(QColor(0x1f, 0x5f, 0xbf));
        p.setPen(Qt::NoPen);
        for (double lon : {box->west, box->east}) {
            for (double lat : {box->south, box->north}) {
                p.drawRect(QRectF(lonLatToPixel(lon, lat) - QPointF(3, 3), QSizeF(6, 6)));
            }
        }
    }
    p.setPen(palette().color(QPalette::Mid));
    p.setBrush(Qt::NoBrush);
    p.drawRect(worldRect);
    if (!d->attribution.isEmpty()) {
        QFont small = font();
        small.setPointSizeF(std::max(6.0, small.pointSizeF() * 0.75));
        p.setFont(small);
        const QRectF text = p.boundingRect(worldRect, Qt::AlignRight | Qt::AlignBottom, d->attribution).adjusted(-3, -1, 1, 0);
        p.fillRect(text, QColor(255, 255, 255, 190));
        p.setPen(QColor(0x30, 0x30, 0x30));
        p.drawText(text, Qt::AlignCenter, d->attribution);
    }
}

void SelectionMapWidget::mousePressEvent(QMouseEvent* event) {
    if (event->button() != Qt::LeftButton || !d->model) return;
    d->pressPixel = event->position();
    d->pressLonLat = pixelToLonLat(d->pressPixel);
    d->dragBox.reset();
    d->dragRing.clear();
    event->accept();
    const QVector<QPointF> ring = d->modelPolygon();
    if (d->tool == Tool::Polygon) {
        polygonPress(d->pressPixel);
        return;
    }
    if (!ring.isEmpty()) {
        // The box tool on a polygon: a drag inside moves it, elsewhere draws a new box.
        d->originalRing = ring;
        d->drag = QPolygonF(ring).containsPoint(d->pressLonLat, Qt::OddEvenFill) ? Drag::MovePolygon : Drag::Create;
        return;
    }
    d->original = d->modelBox().value_or(Base::GeoBox{});
    d->drag = hitTest(*this, d->modelBox(), d->pressPixel, d->edges);
}

void SelectionMapWidget::polygonPress(const QPointF& pos) {
    const auto near = [this, &pos](const QPointF& lonLat) {
        return QLineF(lonLatToPixel(lonLat.x(), lonLat.y()), pos).length() < kHandle;
    };
    if (!d->drawing.isEmpty()) {
        // A click on the first vertex closes the ring; any other click adds a vertex.
        if (d->drawing.size() >= 3 && near(d->drawing.first())) {
            commitPolygon(std::exchange(d->drawing, {}));
            return;
        }
        if (!near(d->drawing.last())) d->drawing << d->pressLonLat;
        update();
        return;
    }
    const QVector<QPointF> ring = d->modelPolygon();
    for (int i = 0; i < ring.size(); ++i) {
        if (near(ring[i])) {
            d->originalRing = ring;
            d->vertex = i;
            d->drag = Drag::MoveVertex;
            return;
        }
    }
    if (!ring.isEmpty() && QPolygonF(ring).containsPoint(d->pressLonLat, Qt::OddEvenFill)) {
        d->originalRing = ring;
        d->drag = Drag::MovePolygon;
        return;
    }
    d->drawing = {d->pressLonLat};
    d->hoverLonLat = d->pressLonLat;
    update();
}

void SelectionMapWidget::commitPolygon(const QVector<QPointF>& ring) {
    if (!d->model || ring.size() < 3) return;
    Base::Selection selection = d->model->selection();
    selection.polygon = ring;
    selection.box.reset();
    d->model->setSelection(selection);  // one undo step per polygon or per vertex drag
    update();
}

void SelectionMapWidget::mouseDoubleClickEvent(QMouseEvent* event) {
    if (d->tool != Tool::Polygon || event->button() != Qt::LeftButton) return;
    // The double-click's first press already added its vertex.
    if (d->drawing.size() >= 3) commitPolygon(std::exchange(d->drawing, {}));
    event->accept();
}

void SelectionMapWidget::keyPressEvent(QKeyEvent* event) {
    if (d->drawing.isEmpty()) {
        QWidget::keyPressEvent(event);
        return;
    }
    switch (event->key()) {
        case Qt::Key_Escape:
            d->drawing.clear();
            break;
        case Qt::Key_Backspace:
            d->drawing.removeLast();
            break;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            commitPolygon(std::exchange(d->drawing, {}));
            break;
        default:
            QWidget::keyPressEvent(event);
            return;
    }
    update();
    event->accept();
}

void SelectionMapWidget::mouseMoveEvent(QMouseEvent* event) {
    const QPointF pos = event->position();
    const QPointF ll = pixelToLonLat(pos);
    if (!d->drawing.isEmpty()) {
        d->hoverLonLat = ll;
        update();
        return;
    }
    if (d->drag == Drag::MovePolygon || d->drag == Drag::MoveVertex) {
        const QPointF delta = ll - d->pressLonLat;
        d->dragRing = d->originalRing;
        if (d->drag == Drag::MoveVertex) {
            d->dragRing[d->vertex] = ll;
        } else {
            for (QPointF& v : d->dragRing) v = QPointF(v.x() + delta.x(), std::clamp(v.y() + delta.y(), -90.0, 90.0));
        }
        update();
        return;
    }
    if (d->drag == Drag::Idle) {
        // Hover feedback: the cursor tells what a press here would grab.
        if (d->tool == Tool::Polygon || !d->modelPolygon().isEmpty()) {
            setCursor(Qt::CrossCursor);
            return;
        }
        int edges = None;
        const Drag grab = hitTest(*this, d->modelBox(), pos, edges);
        setCursor(cursorFor(grab, edges));
        return;
    }
    const Base::GeoBox o = d->original;
    Base::GeoBox b = o;
    switch (d->drag) {
        case Drag::Idle:
        case Drag::MovePolygon:
        case Drag::MoveVertex:
            return;
        case Drag::Create:
            if (QLineF(pos, d->pressPixel).length() < kMinDrag) return;
            b = {std::min(ll.x(), d->pressLonLat.x()), std::min(ll.y(), d->pressLonLat.y()),
                 std::max(ll.x(), d->pressLonLat.x()), std::max(ll.y(), d->pressLonLat.y())};
            break;
        case Drag::Move: {
            double dlat = ll.y() - d->pressLonLat.y();
            dlat = std::clamp(dlat, -90.0 - o.south, 90.0 - o.north);
            b.south = o.south + dlat;
            b.north = o.north + dlat;
            if (o.width() < 360.0) {
                // Longitudes wrap: moving past ±180 gives a box with west > east.
                const double dlon = ll.x() - d->pressLonLat.x();
                b.west = wrapWest(o.west + dlon);
                b.east = wrapEast(o.east + dlon);
            }
            break;
        }
        case Drag::Resize:
            if (d->edges & West) {
                b.west = wrapWest(ll.x());
                if (!o.crossesAntimeridian()) b.west = std::min(b.west, o.east - kMinSize);
            }
            if (d->edges & East) {
                b.east = wrapEast(ll.x());
                if (!o.crossesAntimeridian()) b.east = std::max(b.east, o.west + kMinSize);
            }
            if (d->edges & North) b.north = std::max(ll.y(), o.south + kMinSize);
            if (d->edges & South) b.south = std::min(ll.y(), o.north - kMinSize);
            break;
    }
    d->dragBox = b;
    update();
}

void SelectionMapWidget::mouseReleaseEvent(QMouseEvent* event) {
    if (event->button() != Qt::LeftButton || d->drag == Drag::Idle) return;
    mouseMoveEvent(event);
    if (d->drag == Drag::MovePolygon || d->drag == Drag::MoveVertex) {
        d->drag = Drag::Idle;
        const QVector<QPointF> ring = std::exchange(d->dragRing, {});
        if (!ring.isEmpty() && ring != d->originalRing) commitPolygon(ring);
        update();
        return;
    }
    d->drag = Drag::Idle;
    const auto box = std::exchange(d->dragBox, std::nullopt);
    if (box && d->model && box->width() > 0 && box->height() > 0) {
        // One undo step per drag, not one per mouse move.
        Base::Selection selection = d->model->selection();
        selection.box = *box;
        selection.polygon.clear();
        d->model->setSelection(selection);
    }
    update();
}

}  // namespace Estran::Gui
