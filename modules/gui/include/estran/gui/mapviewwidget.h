// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "estran/base/geobox.h"
#include "estran/data/slice.h"
#include "estran/gui/cellreadout.h"
#include "estran/gui/gui_export.h"
#include "estran/render/mapstyle.h"

#include <QImage>
#include <QWidget>

class QWindow;
#include <QList>
#include <QPoint>
#include <QPolygonF>
#include <QRectF>

#include <memory>
#include <optional>

namespace Estran::Gui {

/// The interactive map: a VTK renderer filled by Render::MapScene, drawn in a native OpenGL
/// window (MapSurface) that this widget contains.
///
/// VTK's own Qt widget is built for Qt 5 on Debian, so the map drives a
/// vtkGenericOpenGLRenderWindow on Qt's context itself: VTK renders into its own framebuffer
/// and the result is blitted into the window's back buffer. A native window rather than a
/// QOpenGLWidget, so a new frame does not make Qt re-compose the whole main window.
///
/// Input: left drag (or the arrow keys) pans, the wheel zooms around the cursor (+ and - around
/// the centre), double click or resetView() fits the data. Moving the pointer emits readoutChanged with the value under it; a click
/// (press and release without dragging) emits cellClicked. GUI thread only.
class MapSurface;

class ESTRAN_GUI_EXPORT MapViewWidget : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MapViewWidget)
public:
    explicit MapViewWidget(QWidget* parent = nullptr);
    ~MapViewWidget() override;

    /// Shows a slice (kept alive by the widget) and schedules a repaint.
    void setSlice(std::shared_ptr<const Data::Slice> slice);
    std::shared_ptr<const Data::Slice> slice() const { return m_slice; }
    void setStyle(const Render::MapStyle& style);
    Render::MapStyle style() const { return m_style; }
    /// Range in use (manual or automatic) for the current slice.
    std::pair<double, double> range() const;
    void clear();

    /// Fits the camera to the data.
    void resetView();
    /// Camera as centre (world x, y) and half-height of the view in world units, for workspaces.
    struct View {
        double centerX = 0.0;
        double centerY = 0.0;
        double halfHeight = 0.0;
    };
    View view() const;
    void setView(const View& view);

    /// Catalogue footprints drawn above the data (lon/lat rings, see Render::MapScene).
    void setFootprints(const QList<QPolygonF>& lonLatRings, int highlighted = -1);
    /// Fits the view to a lon/lat box (x = lon, y = lat); false when it cannot be projected.
    bool zoomToLonLat(const QRectF& lonLatBox);
    /// The lon/lat extent of what the view shows, sampled across the widget; nullopt when no
    /// data is shown or no visible point lies on the map.
    std::optional<Base::GeoBox> visibleLonLatBox() const;

    /// Readout at a widget position (logical pixels), or nullopt off the map/grid.
    std::optional<CellReadout> readoutAt(QPointF position) const;
    /// Text of the last readout ("" when the pointer is off the map).
    const QString& readoutText() const { return m_readoutText; }

    /// Renders the map now and returns it in device pixels (a null image before the map
    /// window is shown). For tests and screenshots: widget grabs leave native windows blank.
    QImage grabFramebuffer();
    /// The native window the map is drawn in. It takes no input: the pointer and the keys
    /// pass through it to this widget.
    QWindow* mapWindow() const;

    /// Number of frames drawn with a slice.
    qint64 dataFramesDrawn() const { return m_dataFrames; }
    /// The last error from the VTK scene, if any.
    const QString& lastError() const { return m_lastError; }

Q_SIGNALS:
    void readoutChanged(const QString& text);
    void cellClicked(int ix, int iy, double lon, double lat);
    /// A frame showing `index` reached the screen (after the window's buffer swap).
    void frameDisplayed(const Estran::Data::SliceIndex& index);

protected:
    void resizeEvent(QResizeEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void leaveEvent(QEvent* event) override;

private:
    bool displayToWorld(QPointF position, double& x, double& y) const;
    void zoomAround(QPointF position, double factor);
    void updateReadout(QPointF position);
    void onFramePainted();
    void onFrameSwapped();
    void requestFrame();
    QString emptyMapHint() const;

    MapSurface* m_surface;  // owned by its window container, a child of this widget
    std::shared_ptr<const Data::Slice> m_slice;
    Render::MapStyle m_style;
    QString m_readoutText;
    QString m_lastError;
    qint64 m_dataFrames = 0;
    QPoint m_pressPos;
    QPoint m_lastDragPos;
    bool m_dragging = false;
    /// True once the user panned or zoomed: resizes then keep the view instead of refitting.
    bool m_viewTouched = false;
    std::optional<Data::SliceIndex> m_drawnIndex;
    const void* m_lastGrid = nullptr;
};

}  // namespace Estran::Gui
