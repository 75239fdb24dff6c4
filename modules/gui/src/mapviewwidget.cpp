// SPDX-License-Identifier: GPL-3.0-or-later
#include "estran/gui/mapviewwidget.h"

#include "estran/base/log.h"
#include "estran/scene/mapscene.h"

#include <vtkCamera.h>
#include <vtkCommand.h>
#include <vtkGenericOpenGLRenderWindow.h>
#include <vtkOpenGLFramebufferObject.h>
#include <vtkNew.h>
#include <vtkOpenGLState.h>
#include <vtkRenderer.h>

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QOpenGLContext>
#include <QOpenGLFunctions>
#include <QPainter>
#include <QWheelEvent>

#include <cmath>

namespace Estran::Gui {

// QT_LOGGING_RULES="estran.gui.map.debug=true" prints where the time of each frame goes.
Q_LOGGING_CATEGORY(lcMap, "estran.gui.map", QtWarningMsg)

namespace {
// Milliseconds since the first map event, so the debug lines show a frame's timeline.
double clockMs()
{
    static QElapsedTimer clock;
    if (!clock.isValid()) clock.start();
    return clock.nsecsElapsed() / 1e6;
}
}  // namespace

struct MapViewWidget::Private {
    explicit Private(MapViewWidget* q) : q(q)
    {
        window->AddRenderer(renderer);
        // An opaque widget needs alpha = 1 or the compositor blends the map with what lies
        // behind the window; clearing to an opaque background gives it for free.
        renderer->SetBackgroundAlpha(1.0);
        // VTK asks through these events whether Qt's context is current and to make it so;
        // without answers, vtkGenericOpenGLRenderWindow::Render() silently skips drawing.
        window->AddObserver(vtkCommand::WindowMakeCurrentEvent, this, &Private::onWindowEvent);
        window->AddObserver(vtkCommand::WindowIsCurrentEvent, this, &Private::onWindowEvent);
        scene = std::make_unique<Render::MapScene>(renderer);
    }

    void onWindowEvent(vtkObject*, unsigned long event, void* callData)
    {
        QOpenGLContext* context = q->context();
        if (event == vtkCommand::WindowMakeCurrentEvent) {
            if (context && QOpenGLContext::currentContext() != context) q->makeCurrent();
        } else if (event == vtkCommand::WindowIsCurrentEvent) {
            *static_cast<bool*>(callData) =
                context && QOpenGLContext::currentContext() == context;
        }
    }

    vtkCamera* camera() const { return renderer->GetActiveCamera(); }

    MapViewWidget* q;
    vtkNew<vtkGenericOpenGLRenderWindow> window;
    vtkNew<vtkRenderer> renderer;
    std::unique_ptr<Render::MapScene> scene;
    bool initialized = false;
    const void* lastGrid = nullptr;
};

MapViewWidget::MapViewWidget(QWidget* parent) : QOpenGLWidget(parent), d(std::make_unique<Private>(this))
{
    // VTK 9.1 needs an OpenGL 3.2 core context; depth for the overlays' ordering.
    QSurfaceFormat format = QSurfaceFormat::defaultFormat();
    format.setRenderableType(QSurfaceFormat::OpenGL);
    format.setVersion(3, 2);
    format.setProfile(QSurfaceFormat::CoreProfile);
    format.setDepthBufferSize(24);
    format.setStencilBufferSize(8);
    format.setAlphaBufferSize(0);
    format.setSamples(0);
    setFormat(format);
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setMinimumSize(200, 150);
    setToolTip(tr("Drag to pan, wheel to zoom, double-click to fit, click for a time series"));
    connect(this, &QOpenGLWidget::frameSwapped, this, &MapViewWidget::onFrameSwapped);
    (void)d->scene->setStyle(m_style);
}

MapViewWidget::~MapViewWidget()
{
    // Release VTK's GL objects while our context is current; later it no longer exists.
    if (d->initialized && context()) {
        makeCurrent();
        d->scene.reset();
        d->renderer->ReleaseGraphicsResources(d->window);
        d->window->Finalize();
        doneCurrent();
    }
}

void MapViewWidget::setSlice(std::shared_ptr<const Data::Slice> slice)
{
    m_slice = std::move(slice);
    if (!m_slice) {
        clear();
        return;
    }
    QElapsedTimer timer;
    timer.start();
    auto result = d->scene->setSlice(m_slice);
    qCDebug(lcMap) << clockMs() << "setSlice" << m_slice->index.time << timer.nsecsElapsed() / 1e6 << "ms";
    if (!result) {
        m_lastError = result.error().toString();
        Base::Log::error(result.error());
    } else {
        m_lastError.clear();
    }
    // A new grid (another variable or file) gets a fitted view; a new time step keeps the view.
    if (m_slice->grid.get() != d->lastGrid) {
        d->lastGrid = m_slice->grid.get();
        m_viewTouched = false;
        d->scene->resetCamera();
        d->camera()->ParallelProjectionOn();
    }
    update();
}

void MapViewWidget::setStyle(const Render::MapStyle& style)
{
    const bool newProjection = style.projection != m_style.projection;
    m_style = style;
    auto result = d->scene->setStyle(style);
    if (!result) {
        m_lastError = result.error().toString();
        Base::Log::error(result.error());
    }
    if (newProjection) {
        d->scene->resetCamera();
        d->camera()->ParallelProjectionOn();
    }
    update();
}

std::pair<double, double> MapViewWidget::range() const { return d->scene->range(); }

void MapViewWidget::clear()
{
    m_slice.reset();
    d->lastGrid = nullptr;
    d->scene->clear();
    m_readoutText.clear();
    Q_EMIT readoutChanged(m_readoutText);
    update();
}

void MapViewWidget::resetView()
{
    m_viewTouched = false;
    d->scene->resetCamera();
    d->camera()->ParallelProjectionOn();
    update();
}

MapViewWidget::View MapViewWidget::view() const
{
    double focal[3];
    d->camera()->GetFocalPoint(focal);
    return {focal[0], focal[1], d->camera()->GetParallelScale()};
}

void MapViewWidget::setView(const View& view)
{
    if (!(view.halfHeight > 0.0)) return;
    vtkCamera* camera = d->camera();
    double focal[3], position[3];
    camera->GetFocalPoint(focal);
    camera->GetPosition(position);
    camera->SetFocalPoint(view.centerX, view.centerY, focal[2]);
    camera->SetPosition(view.centerX, view.centerY, position[2]);
    camera->SetParallelScale(view.halfHeight);
    m_viewTouched = true;
    update();
}

void MapViewWidget::setFootprints(const QList<QPolygonF>& lonLatRings, int highlighted)
{
    d->scene->setFootprints(lonLatRings, highlighted);
    update();
}

bool MapViewWidget::zoomToLonLat(const QRectF& lonLatBox)
{
    if (!d->scene->fitLonLatBox(lonLatBox)) return false;
    m_viewTouched = true;
    update();
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
            const auto lonLat = d->scene->worldToLonLat(x, y);
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

void MapViewWidget::initializeGL()
{
    vtkGenericOpenGLRenderWindow* window = d->window;
    window->SetOwnContext(false);
    // VTK renders into its own framebuffer; paintGL blits it into ours, so VTK must not blit
    // to whatever framebuffer happens to be bound when its frame ends.
    window->SetFrameBlitModeToNoBlit();
    window->SwapBuffersOff();
    window->SetForceMaximumHardwareLineWidth(1);
    // No multisampling: VTK's default (8 samples) made every frame about 1.7x slower under
    // software OpenGL (14 against 22 played steps per second) for no visible difference: the
    // map is an opaque texture and the overlays are one-pixel lines.
    window->SetMultiSamples(0);
    window->SetReadyForRendering(true);
    window->SetDPI(int(72 * devicePixelRatioF()));
    if (!window->InitializeFromCurrentContext()) {
        m_lastError = tr("OpenGL 3.2 is not available for the map view");
        Base::Log::error(tr("Map view"), m_lastError);
        return;
    }
    const QSize deviceSize = size() * devicePixelRatioF();
    window->SetSize(deviceSize.width(), deviceSize.height());
    d->initialized = true;
}

void MapViewWidget::resizeGL(int w, int h)
{
    const qreal dpr = devicePixelRatioF();
    d->window->SetSize(int(w * dpr), int(h * dpr));
    d->window->SetDPI(int(72 * dpr));
    // Until the user moves the map, it keeps filling the view as docks open and close.
    if (!m_viewTouched && m_slice) {
        d->scene->resetCamera();
        d->camera()->ParallelProjectionOn();
    }
}

void MapViewWidget::paintGL()
{
    if (!d->initialized) return;
    const QSize deviceSize = size() * devicePixelRatioF();
    d->window->SetSize(deviceSize.width(), deviceSize.height());
    d->renderer->ResetCameraClippingRange();
    QElapsedTimer timer;
    timer.start();
    // Qt draws with the same context between our frames (it composites the window), so VTK's
    // cache of the GL state is stale: re-read it, and give VTK the depth function it expects
    // (Qt leaves GL_LESS; with it, 2-D overlays drawn at one depth, such as the colour bar
    // over its background panel, fail the depth test whenever no translucent pass ran before
    // them to set GL_LEQUAL). QVTKOpenGLNativeWidget does the same.
    vtkOpenGLState* state = d->window->GetState();
    state->Reset();
    state->Push();
    state->vtkglDepthFunc(GL_LEQUAL);
    d->window->Render();
    state->Pop();
    qCDebug(lcMap) << clockMs() << "render" << timer.nsecsElapsed() / 1e6 << "ms";

    // A progress callback during Render may have made another context current.
    makeCurrent();
    // Straight from the framebuffer VTK rendered into: with SwapBuffers off, VTK no longer
    // copies it (colour and depth) into its display framebuffer first, one full-view pass
    // less per frame under software OpenGL.
    vtkOpenGLFramebufferObject* rendered = d->window->GetRenderFramebuffer();
    rendered->Bind(GL_READ_FRAMEBUFFER);
    rendered->ActivateReadBuffer(0);
    state->vtkglBindFramebuffer(GL_DRAW_FRAMEBUFFER, defaultFramebufferObject());
    state->vtkglDisable(GL_SCISSOR_TEST);
    state->vtkglBlitFramebuffer(0, 0, deviceSize.width(), deviceSize.height(), 0, 0,
                                deviceSize.width(), deviceSize.height(), GL_COLOR_BUFFER_BIT,
                                GL_NEAREST);
    // Alpha is 1 everywhere already (opaque background, VTK blends alpha with ONE,
    // ONE_MINUS_SRC_ALPHA), so no pass is needed to make the widget opaque for the compositor.
    QOpenGLFunctions* f = context()->functions();
    // Qt's own painting after us expects its framebuffer bound.
    f->glBindFramebuffer(GL_FRAMEBUFFER, defaultFramebufferObject());

    qCDebug(lcMap) << clockMs() << "painted";
    if (m_slice) {
        ++m_dataFrames;
        m_drawnIndex = m_slice->index;
    } else {
        // An empty map says how to fill it rather than showing a blank rectangle.
        QPainter painter(this);
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(rect().adjusted(20, 20, -20, -20), Qt::AlignCenter | Qt::TextWordWrap,
                         tr("Open a netCDF, HDF5, GeoTIFF, GRIB or Zarr file with File ▸ Open, "
                            "or drop files here.\nFile ▸ Open Demo Dataset shows a synthetic "
                            "sea-surface temperature year."));
    }
}

void MapViewWidget::onFrameSwapped()
{
    if (!m_drawnIndex) return;
    const Data::SliceIndex index = *m_drawnIndex;
    m_drawnIndex.reset();
    qCDebug(lcMap) << clockMs() << "swapped" << index.time;
    Q_EMIT frameDisplayed(index);
}

bool MapViewWidget::displayToWorld(QPointF position, double& x, double& y) const
{
    // The map camera is a parallel projection looking down -z with y up, so a widget
    // position maps linearly to world x/y: half the view height is the parallel scale.
    if (height() <= 0) return false;
    vtkCamera* camera = d->camera();
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
    const auto lonLat = d->scene->worldToLonLat(x, y);
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
    if (event->button() == Qt::LeftButton) {
        m_pressPos = event->position().toPoint();
        m_lastDragPos = m_pressPos;
        m_dragging = false;
        event->accept();
        return;
    }
    QOpenGLWidget::mousePressEvent(event);
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
            vtkCamera* camera = d->camera();
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
            update();
        }
    }
    updateReadout(event->position());
}

void MapViewWidget::mouseReleaseEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton) {
        QOpenGLWidget::mouseReleaseEvent(event);
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
    vtkCamera* camera = d->camera();
    double px = 0.0, py = 0.0;
    if (!displayToWorld(position, px, py)) return;
    const double oldScale = camera->GetParallelScale();
    const double newScale = oldScale * factor;
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
    update();
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
    default: QOpenGLWidget::keyPressEvent(event); return;
    }
    event->accept();
}

void MapViewWidget::leaveEvent(QEvent* event)
{
    if (!m_readoutText.isEmpty()) {
        m_readoutText.clear();
        Q_EMIT readoutChanged(m_readoutText);
    }
    QOpenGLWidget::leaveEvent(event);
}

}  // namespace Estran::Gui
