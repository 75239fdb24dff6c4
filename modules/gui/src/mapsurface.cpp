// SPDX-License-Identifier: GPL-3.0-or-later
#include "mapsurface.h"

#include "estran/scene/mapscene.h"

#include <vtkCommand.h>
#include <vtkGenericOpenGLRenderWindow.h>
#include <vtkNew.h>
#include <vtkOpenGLFramebufferObject.h>
#include <vtkOpenGLState.h>
#include <vtkRenderer.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QOpenGLContext>
#include <QOpenGLFunctions>

namespace Estran::Gui {

Q_LOGGING_CATEGORY(lcMap, "estran.gui.map", QtWarningMsg)

double mapClockMs()
{
    static QElapsedTimer clock;
    if (!clock.isValid()) clock.start();
    return clock.nsecsElapsed() / 1e6;
}

struct MapSurface::Private {
    explicit Private(MapSurface* q) : q(q)
    {
        window->AddRenderer(renderer);
        // An opaque map needs alpha = 1 or a compositor blends it with what lies behind
        // the window; clearing to an opaque background gives it for free.
        renderer->SetBackgroundAlpha(1.0);
        // VTK asks through these events whether Qt's context is current and to make it so;
        // without answers, vtkGenericOpenGLRenderWindow::Render() silently skips drawing.
        window->AddObserver(vtkCommand::WindowMakeCurrentEvent, this, &Private::onWindowEvent);
        window->AddObserver(vtkCommand::WindowIsCurrentEvent, this, &Private::onWindowEvent);
    }

    void onWindowEvent(vtkObject*, unsigned long event, void* callData)
    {
        QOpenGLContext* context = q->context();
        if (event == vtkCommand::WindowMakeCurrentEvent) {
            if (context && QOpenGLContext::currentContext() != context) q->makeCurrent();
        } else if (event == vtkCommand::WindowIsCurrentEvent) {
            *static_cast<bool*>(callData) = context && QOpenGLContext::currentContext() == context;
        }
    }

    QSize deviceSize() const { return q->size() * q->devicePixelRatio(); }

    MapSurface* q;
    vtkNew<vtkGenericOpenGLRenderWindow> window;
    vtkNew<vtkRenderer> renderer;
};

MapSurface::MapSurface() : d(std::make_unique<Private>(this))
{
    // VTK 9.1 needs an OpenGL 3.2 core context. VTK draws into a framebuffer of its own
    // (with the depth and stencil its overlays need) and only its colour is copied here, so
    // the window's buffers need neither: two full-window buffers less in memory.
    QSurfaceFormat format = QSurfaceFormat::defaultFormat();
    format.setRenderableType(QSurfaceFormat::OpenGL);
    format.setVersion(3, 2);
    format.setProfile(QSurfaceFormat::CoreProfile);
    format.setDepthBufferSize(0);
    format.setStencilBufferSize(0);
    format.setAlphaBufferSize(0);
    format.setSamples(0);
    setFormat(format);
    m_scene = std::make_unique<Render::MapScene>(d->renderer);
}

MapSurface::~MapSurface()
{
    // Release VTK's GL objects while our context is current; later it no longer exists.
    if (m_initialized && context()) {
        makeCurrent();
        m_scene.reset();
        d->renderer->ReleaseGraphicsResources(d->window);
        d->window->Finalize();
        doneCurrent();
    }
}

bool MapSurface::event(QEvent* event)
{
    switch (event->type()) {
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonRelease:
    case QEvent::MouseButtonDblClick:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::KeyPress:
    case QEvent::KeyRelease:
    case QEvent::Enter:
    case QEvent::Leave:
    case QEvent::DragEnter:
    case QEvent::DragMove:
    case QEvent::DragLeave:
    case QEvent::Drop:
        // The target covers this window exactly, so positions need no mapping; drag events
        // travel on from it to the widgets that accept drops (the main window).
        if (m_inputTarget) return QCoreApplication::sendEvent(m_inputTarget, event);
        break;
    default: break;
    }
    return QOpenGLWindow::event(event);
}

vtkCamera* MapSurface::camera() const { return d->renderer->GetActiveCamera(); }

void MapSurface::initializeGL()
{
    vtkGenericOpenGLRenderWindow* window = d->window;
    window->SetOwnContext(false);
    // VTK renders into its own framebuffer; paintGL blits it into the window's back buffer,
    // so VTK must not blit to whatever framebuffer happens to be bound when its frame ends.
    window->SetFrameBlitModeToNoBlit();
    window->SwapBuffersOff();
    window->SetForceMaximumHardwareLineWidth(1);
    // No multisampling: VTK's default (8 samples) made every frame about 1.7x slower under
    // software OpenGL (14 against 22 played steps per second) for no visible difference: the
    // map is an opaque texture and the overlays are one-pixel lines.
    window->SetMultiSamples(0);
    window->SetReadyForRendering(true);
    window->SetDPI(int(72 * devicePixelRatio()));
    if (!window->InitializeFromCurrentContext()) {
        m_openGlUnavailable = true;
        Q_EMIT initializationFailed();
        return;
    }
    const QSize size = d->deviceSize();
    window->SetSize(size.width(), size.height());
    m_initialized = true;
}

bool MapSurface::renderVtk()
{
    if (!m_initialized) return false;
    const QSize size = d->deviceSize();
    d->window->SetSize(size.width(), size.height());
    d->window->SetDPI(int(72 * devicePixelRatio()));
    d->renderer->ResetCameraClippingRange();
    QElapsedTimer timer;
    timer.start();
    // Qt may draw with this context between our frames (a QPainter on an empty map), so
    // VTK's cache of the GL state can be stale: re-read it, and give VTK the depth function
    // it expects (with GL_LESS, 2-D overlays drawn at one depth, such as the colour bar over
    // its background panel, fail the depth test whenever no translucent pass ran before them
    // to set GL_LEQUAL). QVTKOpenGLNativeWidget does the same.
    vtkOpenGLState* state = d->window->GetState();
    state->Reset();
    state->Push();
    state->vtkglDepthFunc(GL_LEQUAL);
    d->window->Render();
    state->Pop();
    qCDebug(lcMap) << mapClockMs() << "render" << timer.nsecsElapsed() / 1e6 << "ms";
    // A progress callback during Render may have made another context current.
    makeCurrent();
    return true;
}

void MapSurface::paintGL()
{
    if (!renderVtk()) return;
    const QSize size = d->deviceSize();
    // Straight from the framebuffer VTK rendered into: with SwapBuffers off, VTK no longer
    // copies it (colour and depth) into its display framebuffer first, one full-view pass
    // less per frame under software OpenGL.
    vtkOpenGLState* state = d->window->GetState();
    vtkOpenGLFramebufferObject* rendered = d->window->GetRenderFramebuffer();
    rendered->Bind(GL_READ_FRAMEBUFFER);
    rendered->ActivateReadBuffer(0);
    state->vtkglBindFramebuffer(GL_DRAW_FRAMEBUFFER, defaultFramebufferObject());
    state->vtkglDisable(GL_SCISSOR_TEST);
    state->vtkglBlitFramebuffer(0, 0, size.width(), size.height(), 0, 0, size.width(), size.height(),
                                GL_COLOR_BUFFER_BIT, GL_NEAREST);
    // Qt's painting after us (and the swap) expects the window's framebuffer bound.
    context()->functions()->glBindFramebuffer(GL_FRAMEBUFFER, defaultFramebufferObject());
    qCDebug(lcMap) << mapClockMs() << "painted";
    Q_EMIT framePainted();
}

QImage MapSurface::renderToImage()
{
    if (!isExposed() || !context()) return {};
    makeCurrent();
    if (!renderVtk()) return {};
    const QSize size = d->deviceSize();
    QImage image(size, QImage::Format_RGBA8888);
    vtkOpenGLFramebufferObject* rendered = d->window->GetRenderFramebuffer();
    rendered->Bind(GL_READ_FRAMEBUFFER);
    rendered->ActivateReadBuffer(0);
    QOpenGLFunctions* f = context()->functions();
    f->glPixelStorei(GL_PACK_ALIGNMENT, 4);
    f->glReadPixels(0, 0, size.width(), size.height(), GL_RGBA, GL_UNSIGNED_BYTE, image.bits());
    f->glBindFramebuffer(GL_FRAMEBUFFER, defaultFramebufferObject());
    // OpenGL's rows go bottom-up.
    image = std::move(image).mirrored().convertToFormat(QImage::Format_RGB32);
    image.setDevicePixelRatio(devicePixelRatio());
    return image;
}

}  // namespace Estran::Gui
