// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "estran/base/geobox.h"
#include "estran/gui/gui_export.h"

#include <QList>
#include <QImage>
#include <QPointer>
#include <QPolygonF>
#include <QVector>
#include <QWidget>

#include <memory>
#include <optional>

namespace Estran::Base {
class SelectionModel;
struct Selection;
}  // namespace Estran::Base

namespace Estran::Gui {

/// A small whole-world map (plate carrée through Geo::Projection, low-resolution coastlines
/// loaded once on a worker, a 30° graticule) on which the user edits the shared selection's area.
/// Box tool: drag on empty map to draw a box, drag inside it to move it (across the antimeridian:
/// the box then has west > east), drag an edge or corner to resize. Polygon tool: click to add
/// vertices, double-click, Enter or a click on the first vertex closes the ring, Backspace removes
/// the last vertex, Esc abandons it; a closed polygon's vertices are dragged to edit it, and a
/// drag inside it moves it. Footprints of open datasets are drawn as outlines. Each completed
/// edit is one undoable step of the SelectionModel. GUI thread only.
class ESTRAN_GUI_EXPORT SelectionMapWidget final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SelectionMapWidget)
public:
    enum class Tool { Box, Polygon };

    explicit SelectionMapWidget(Base::SelectionModel* model, QWidget* parent = nullptr);
    ~SelectionMapWidget() override;

    /// Outlines of the open datasets (lon/lat boxes).
    void setFootprints(const QList<Base::GeoBox>& boxes);
    /// A web basemap under the coastlines: `image` covers `lonLat` (x = lon, y = lat); a null
    /// image removes it. `attribution` is drawn in a corner (tile licences ask for it).
    void setBasemap(const QImage& image, const QRectF& lonLat, const QString& attribution = {});
    bool hasBasemap() const;

    /// Footprints of the catalogue's search results (lon/lat rings, x = lon); `highlighted` is
    /// the selected result's index or -1.
    void setResultFootprints(const QList<QPolygonF>& rings, int highlighted = -1);
    /// The box drawn now: the model's, or the one being dragged.
    std::optional<Base::GeoBox> displayedBox() const;
    /// The polygon drawn now: the one being drawn or edited, else the model's (lon/lat).
    QVector<QPointF> displayedPolygon() const;

    Tool tool() const;
    /// Switching tools abandons a polygon being drawn; the selection itself is kept.
    void setTool(Tool tool);

    /// Widget pixel ↔ lon/lat (degrees), for tests and tooltips.
    QPointF lonLatToPixel(double lon, double lat) const;
    QPointF pixelToLonLat(const QPointF& pixel) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override { return width / 2; }

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

Q_SIGNALS:
    void toolChanged(Estran::Gui::SelectionMapWidget::Tool tool);

private:
    void polygonPress(const QPointF& pos);
    void commitPolygon(const QVector<QPointF>& ring);
    struct Private;
    std::unique_ptr<Private> d;
};

}  // namespace Estran::Gui
