// SPDX-License-Identifier: GPL-3.0-or-later
#include "estran/gui/mapviewwidget.h"

#include "mapsurface.h"

#include "estran/base/log.h"
#include "estran/scene/mapscene.h"

#include <vtkCamera.h>

#include <QElapsedTimer>
#include <QCursor>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QWheelEvent>

#include <cmath>

namespace Estran::Gui {

MapViewWidget::MapViewWidget(QWidget* parent) : QWidget(parent), m_surface(new MapSurface)
{
    // The native window only shows the map: the pointer and the keys pass through it to this
    // widget, so input, tooltips, cursors, focus and the main window's shortcuts behave as
    // for any widget (a native child that took input would also take the keys whenever the
    // pointer is over it, away from the window's shortcuts). Platforms that ignore the flag
    // (Wayland before Qt 6.7) deliver to the window, which hands the events on to this widget.
    m_surface->setFlags(m_surface->flags() | Qt::WindowTransparentForInput | Qt::WindowDoesNotAcceptFocus);
    m_surface->setInputTarget(this);
    QWidget* container = QWidget::createWindowContainer(m_surface, this);
    container->setAttribute(Qt::WA_TransparentForMouseEvents);
    container->setFocusPolicy(Qt::NoFocus);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(container);
    setMinimumSize(200, 150);
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setToolTip(tr("Drag to pan, wheel to zoom, double-click to fit, click for a time series"));

    connect(m_surface, &MapSurface::framePainted, this, &MapViewWidget::onFramePainted,
            Qt::DirectConnection);
    connect(m_surface, &QOpenGLWindow::frameSwapped, this, &MapViewWidget::onFrameSwapped);
    connect(m_surface, &MapSurface::initializationFailed, this, [this] {
        m_lastError = tr("OpenGL 3.2 is not available for the map view");
        Base::Log::error(tr("Map view"), m_lastError);
    });
    (void)m_surface->scene().setStyle(m_style);
}

MapViewWidget::~MapViewWidget() = default;

QWindow* MapViewWidget::mapWindow() const { return m_surface; }

void MapViewWidget::requestFrame() { m_surface->update(); }

void MapViewWidget::setSlice(std::shared_ptr<const Data::Slice> slice)
{
    m_slice = std::move(slice);
    if (!m_slice) {
        clear();
        return;
    }
    QElapsedTimer timer;
    timer.start();
    Render::MapScene& scene = m_surface->scene();
    auto result = scene.setSlice(m_slice);
    qCDebug(lcMap) << mapClockMs() << "setSlice" << m_slice->index.time << timer.nsecsElapsed() / 1e6 << "ms";
    if (!result) {
        m_lastError = result.error().toString();
        Base::Log::error(result.error());
    } else {
        m_lastError.clear();
    }
    // A new grid (another variable or file) gets a fitted view; a new time step keeps the view.
    if (m_slice->grid.get() != m_lastGrid) {
        m_lastGrid = m_slice->grid.get();
        m_viewTouched = false;
        scene.resetCamera();
        m_surface->camera()->ParallelProjectionOn();
    }
    // The value under a resting pointer follows the step shown (playing, Ctrl+Right).
    if (!m_readoutText.isEmpty()) updateReadout(mapFromGlobal(QCursor::pos()));
    requestFrame();
}

void MapViewWidget::setStyle(const Render::MapStyle& style)
{
    const bool newProjection = style.projection != m_style.projection;
    m_style = style;
    auto result = m_surface->scene().setStyle(style);
    if (!result) {
        m_lastError = result.error().toString();
        Base::Log::error(result.error());
    }
    if (newProjection) {
        m_surface->scene().resetCamera();
        m_surface->camera()->ParallelProjectionOn();
    }
    requestFrame();
}

std::pair<double, double> MapViewWidget::range() const { return m_surface->scene().range(); }

void MapViewWidget::clear()
{
    m_slice.reset();
    m_lastGrid = nullptr;
    m_surface->scene().clear();
    m_readoutText.clear();
    Q_EMIT readoutChanged(m_readoutText);
    requestFrame();
}

void MapViewWidget::resetView()
{
    m_viewTouched = false;
    m_surface->scene().resetCamera();
    m_surface->camera()->ParallelProjectionOn();
    requestFrame();
}

MapViewWidget::View MapViewWidget::view() const
{
    double focal[3];
    m_surface->camera()->GetFocalPoint(focal);
    return {focal[0], focal[1], m_surface->camera()->GetParallelScale()};
}

void MapViewWidget::setView(const View& view)
{
    if (!(view.halfHeight > 0.0)) return;
    vtkCamera* camera = m_surface->camera();
    double focal[3], position[3];
    camera->GetFocalPoint(focal);
    camera->GetPosition(position);
    camera->SetFocalPoint(view.centerX, view.centerY, focal[2]);
    camera->SetPosition(view.centerX, view.centerY, position[2]);
    camera->SetParallelScale(view.halfHeight);
    m_viewTouched = true;
    requestFrame();
}

void MapViewWidget::setFootprints(const QList<QPolygonF>& lonLatRings, int highlighted)
{
    m_surface->scene().setFootprints(lonLatRings, highlighted);
    requestFrame();
}

bool MapViewWidget::zoomToLonLat(const QRectF& lonLatBox)
{
    if (!m_surface->scene().fitLonLatBox(lonLatBox)) return false;
    m_viewTouched = true;
    requestFrame();
    return true;
}

std::optional<Base::GeoBox> MapViewWidget::visibleLonLatBox() const
{
    if (!m_slice || width() <= 0 || height() <= 0) return std::nullopt;
    double west = 180, south = 90, east = -180, north = -90;
    bool any = false;
    constexpr int n = 12;
    for (int i = 0; i <= n; ++i) {
        for (int j = 0; j <= n; ++j) {
            double x = 0, y = 0;
            if (!displayToWorld(QPointF(width() * i / double(n), height() * j / double(n)), x, y)) continue;
            const auto lonLat = m_surface->scene().worldToLonLat(x, y);
            if (!lonLat) continue;
            any = true;
            west = std::min(west, lonLat->first);
            east = std::max(east, lonLat->first);
            south = std::min(south, lonLat->second);
            north = std::max(north, lonLat->second);
        }
    }
    if (!any) return std::nullopt;
    return Base::GeoBox{west, south, east, north};
}

QImage MapViewWidget::grabFramebuffer()
{
    QImage image = m_surface->renderToImage();
    if (!image.isNull() && !m_slice) {
        // The same hint the window shows over an empty map.
        QPainter painter(&image);
        painter.scale(image.devicePixelRatio(), image.devicePixelRatio());
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(rect().adjusted(20, 20, -20, -20), Qt::AlignCenter | Qt::TextWordWrap, emptyMapHint());
    }
    return image;
}

QString MapViewWidget::emptyMapHint() const
{
    return tr("Open a netCDF, HDF5, GeoTIFF, GRIB or Zarr file with File ▸ Open, "
              "or drop files here.\nFile ▸ Open Demo Dataset shows a synthetic "
              "sea-surface temperature year.");
}

void MapViewWidget::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    // Until the user moves the map, it keeps filling the view as docks open and close.
    if (!m_viewTouched && m_slice) {
        m_surface->scene().resetCamera();
        m_surface->camera()->ParallelProjectionOn();
    }
}

void MapViewWidget::onFramePainted()
{
    if (m_slice) {
        ++m_dataFrames;
        m_drawnIndex = m_slice->index;
        return;
    }
    // An empty map says how to fill it rather than showing a blank rectangle.
    QPainter painter(m_surface);
    painter.setPen(palette().color(QPalette::PlaceholderText));
    painter.drawText(rect().adjusted(20, 20, -20, -20), Qt::AlignCenter | Qt::TextWordWrap, emptyMapHint());
}

void MapViewWidget::onFrameSwapped()
{
    if (!m_drawnIndex) return;
    const Data::SliceIndex index = *m_drawnIndex;
    m_drawnIndex.reset();
    qCDebug(lcMap) << mapClockMs() << "swapped" << index.time;
    Q_EMIT frameDisplayed(index);
}

bool MapViewWidget::displayToWorld(QPointF position, double& x, double& y) const
{
    // The map camera is a parallel projection looking down -z with y up, so a widget
    // position maps linearly to world x/y: half the view height is the parallel scale.
    if (height() <= 0) return false;
    vtkCamera* camera = m_surface->camera();
    double focal[3];
    camera->GetFocalPoint(focal);
    const double unitsPerPixel = 2.0 * camera->GetParallelScale() / height();
    x = focal[0] + (position.x() - width() / 2.0) * unitsPerPixel;
    y = focal[1] + (height() / 2.0 - position.y()) * unitsPerPixel;
    return std::isfinite(x) && std::isfinite(y);
}

std::optional<CellReadout> MapViewWidget::readoutAt(QPointF position) const
{
    if (!m_slice) return std::nullopt;
    double x = 0.0, y = 0.0;
    if (!displayToWorld(position, x, y)) return std::nullopt;
    const auto lonLat = m_surface->scene().worldToLonLat(x, y);
    if (!lonLat) return std::nullopt;
    return CellReadout::at(*m_slice, lonLat->first, lonLat->second);
}

void MapViewWidget::updateReadout(QPointF position)
{
    const auto readout = readoutAt(position);
    const QString text = readout ? readout->toText() : QString();
    if (text == m_readoutText) return;
    m_readoutText = text;
    Q_EMIT readoutChanged(m_readoutText);
}

void MapViewWidget::mousePressEvent(QMouseEvent* event)
{
    setFocus(Qt::MouseFocusReason);
    if (event->button() == Qt::LeftButton) {
        m_pressPos = event->position().toPoint();
        m_lastDragPos = m_pressPos;
        m_dragging = false;
        event->accept();
        return;
    }
    QWidget::mousePressEvent(event);
}

void MapViewWidget::mouseMoveEvent(QMouseEvent* event)
{
    const QPoint pos = event->position().toPoint();
    if (event->buttons() & Qt::LeftButton) {
        if (!m_dragging && (pos - m_pressPos).manhattanLength() >= 4) {
            m_dragging = true;
            setCursor(Qt::ClosedHandCursor);
        }
        if (m_dragging) {
            vtkCamera* camera = m_surface->camera();
            const double unitsPerPixel = 2.0 * camera->GetParallelScale() / std::max(1, height());
            const double dx = -(pos.x() - m_lastDragPos.x()) * unitsPerPixel;
            const double dy = (pos.y() - m_lastDragPos.y()) * unitsPerPixel;
            double focal[3], position[3];
            camera->GetFocalPoint(focal);
            camera->GetPosition(position);
            camera->SetFocalPoint(focal[0] + dx, focal[1] + dy, focal[2]);
            camera->SetPosition(position[0] + dx, position[1] + dy, position[2]);
            m_lastDragPos = pos;
            m_viewTouched = true;
            requestFrame();
        }
    }
    updateReadout(event->position());
}

void MapViewWidget::mouseReleaseEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton) {
        QWidget::mouseReleaseEvent(event);
        return;
    }
    if (m_dragging) {
        m_dragging = false;
        unsetCursor();
    } else if (const auto readout = readoutAt(event->position())) {
        Q_EMIT cellClicked(readout->ix, readout->iy, readout->lon, readout->lat);
    }
    event->accept();
}

void MapViewWidget::mouseDoubleClickEvent(QMouseEvent* event)
{
    if (event->button() == Qt::LeftButton) {
        resetView();
        event->accept();
    }
}

void MapViewWidget::zoomAround(QPointF position, double factor)
{
    vtkCamera* camera = m_surface->camera();
    double px = 0.0, py = 0.0;
    if (!displayToWorld(position, px, py)) return;
    const double newScale = camera->GetParallelScale() * factor;
    // The world point under `position` stays under it.
    double focal[3], eye[3];
    camera->GetFocalPoint(focal);
    camera->GetPosition(eye);
    const double fx = px - (px - focal[0]) * factor;
    const double fy = py - (py - focal[1]) * factor;
    camera->SetFocalPoint(fx, fy, focal[2]);
    camera->SetPosition(fx, fy, eye[2]);
    camera->SetParallelScale(newScale);
    m_viewTouched = true;
    requestFrame();
}

void MapViewWidget::wheelEvent(QWheelEvent* event)
{
    const double steps = event->angleDelta().y() / 120.0;
    if (steps == 0.0) return;
    zoomAround(event->position(), std::pow(0.8, steps));
    event->accept();
}

void MapViewWidget::keyPressEvent(QKeyEvent* event)
{
    // Ctrl/Alt/Meta combinations belong to the window's shortcuts, not to panning.
    if (event->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier)) {
        QWidget::keyPressEvent(event);
        return;
    }
    const QPointF centre(width() / 2.0, height() / 2.0);
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal: zoomAround(centre, 0.8); break;
    case Qt::Key_Minus: zoomAround(centre, 1.25); break;
    case Qt::Key_Left:
    case Qt::Key_Right:
    case Qt::Key_Up:
    case Qt::Key_Down: {
        // A tenth of the view per press, like a short drag.
        View v = view();
        const double step = 0.2 * v.halfHeight;
        if (event->key() == Qt::Key_Left) v.centerX -= step;
        if (event->key() == Qt::Key_Right) v.centerX += step;
        if (event->key() == Qt::Key_Up) v.centerY += step;
        if (event->key() == Qt::Key_Down) v.centerY -= step;
        setView(v);
        break;
    }
    default: QWidget::keyPressEvent(event); return;
    }
    event->accept();
}

void MapViewWidget::leaveEvent(QEvent* event)
{
    if (!m_readoutText.isEmpty()) {
        m_readoutText.clear();
        Q_EMIT readoutChanged(m_readoutText);
    }
    QWidget::leaveEvent(event);
}

}  // namespace Estran::Gui
