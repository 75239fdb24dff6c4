// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QImage>
#include <QLoggingCategory>
#include <QOpenGLWindow>

#include <memory>

class vtkCamera;

namespace Estran::Render {
class MapScene;
}

namespace Estran::Gui {

// QT_LOGGING_RULES="estran.gui.map.debug=true" prints where the time of each frame goes.
Q_DECLARE_LOGGING_CATEGORY(lcMap)
/// Milliseconds since the first map event, so the debug lines show a frame's timeline.
double mapClockMs();

/// The native OpenGL window the map is drawn in: a vtkGenericOpenGLRenderWindow driven on
/// this window's Qt context, filled by a Render::MapScene.
///
/// A native child window (shown inside MapViewWidget through a window container) rather than
/// a QOpenGLWidget: a QOpenGLWidget makes Qt compose the whole top-level window with OpenGL
/// for every frame it shows (every widget's backing store plus the map's texture, then a
/// swap of the whole window). Here a frame touches only the map's own pixels: VTK renders
/// into its framebuffer, which is blitted into this window's back buffer and swapped; the
/// other widgets keep Qt's raster backing store and repaint only when they change. VTK's own
/// QVTKOpenGLWindow takes the same route for the same reason.
///
/// The window only shows pixels: it is transparent for input, so on X11 the pointer and keys
/// reach the MapViewWidget under it. Where the platform ignores that flag (QtWayland before
/// Qt 6.7 delivers a subsurface its own input), the events that arrive here are passed on to
/// the input target. GUI thread only.
class MapSurface : public QOpenGLWindow {
    Q_OBJECT
public:
    MapSurface();
    ~MapSurface() override;

    Render::MapScene& scene() { return *m_scene; }
    const Render::MapScene& scene() const { return *m_scene; }
    vtkCamera* camera() const;
    /// True once the context turned out unable to run VTK (no OpenGL 3.2).
    bool openGlUnavailable() const { return m_openGlUnavailable; }

    /// The widget that handles the input this window receives (MapViewWidget).
    void setInputTarget(QObject* target) { m_inputTarget = target; }

    /// Renders a frame now and returns it (device pixels), for tests and screenshots: what
    /// VTK drew, independent of what the window system kept of the last swapped frame.
    QImage renderToImage();

Q_SIGNALS:
    /// VTK could not use the context; openGlUnavailable() is true from now on.
    void initializationFailed();
    /// A frame was drawn into the back buffer (before the swap). Connected directly, so a
    /// receiver may still paint over it with a QPainter on this window.
    void framePainted();

protected:
    bool event(QEvent* event) override;
    void initializeGL() override;
    void paintGL() override;

private:
    bool renderVtk();

    struct Private;
    std::unique_ptr<Private> d;
    std::unique_ptr<Render::MapScene> m_scene;
    bool m_openGlUnavailable = false;
    QObject* m_inputTarget = nullptr;
    bool m_initialized = false;
};

}  // namespace Estran::Gui
