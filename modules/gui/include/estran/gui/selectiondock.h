// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "estran/base/geobox.h"
#include "estran/gui/gui_export.h"

#include <QDateTime>
#include <QList>
#include <QPointer>
#include <QRectF>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QToolButton;

namespace Estran::Base {
class SelectionModel;
}

namespace Estran::Gui {

class SelectionMapWidget;
class TimeRangeWidget;

/// The "where and when" panel: the selection map with its Box and Polygon tools, W/S/E/N fields
/// (the polygon's vertices as text when the area is a polygon), a gazetteer of seas, the
/// period (TimeRangeWidget), an optional depth range, Clear, and named selections. Every edit
/// goes to the shared SelectionModel (one undo step each) and every model change is shown here,
/// so the panel, the export dialog and the catalogue stay in step. GUI thread only; the model
/// is not owned and must outlive the panel.
class ESTRAN_GUI_EXPORT SelectionDock final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SelectionDock)
public:
    explicit SelectionDock(Base::SelectionModel* model, QWidget* parent = nullptr);

    SelectionMapWidget* map() const { return m_map; }
    TimeRangeWidget* timeRange() const { return m_time; }
    /// Outlines of the open datasets on the selection map.
    void setFootprints(const QList<Base::GeoBox>& boxes);
    /// The current dataset's time steps, for presets and the availability histogram.
    void setAvailableTimes(const QList<QDateTime>& times);
    /// Sets the box of the gazetteer entry `id` (English name); false when unknown.
    bool selectRegion(const QString& id);

Q_SIGNALS:
    /// "Zoom viewer to selection": x = longitude, y = latitude (degrees). A box across the
    /// antimeridian comes as one rectangle with right() > 180.
    void zoomRequested(const QRectF& lonLatBox);

private:
    void updateFromModel();
    void writeBox();
    void writeDepth();
    void writePolygon();
    /// Shows or hides the web basemap (fetched on a worker; remembered in QSettings).
    void setBasemapShown(bool shown);
    void updateSaved();

    QPointer<Base::SelectionModel> m_model;
    SelectionMapWidget* m_map;
    TimeRangeWidget* m_time;
    QDoubleSpinBox* m_west;
    QDoubleSpinBox* m_south;
    QDoubleSpinBox* m_east;
    QDoubleSpinBox* m_north;
    QLabel* m_areaNote;
    QToolButton* m_boxTool;
    QToolButton* m_polygonTool;
    QLineEdit* m_polygonText;
    QComboBox* m_gazetteer;
    QCheckBox* m_basemap;
    QCheckBox* m_useDepth;
    QDoubleSpinBox* m_depthMin;
    QDoubleSpinBox* m_depthMax;
    QComboBox* m_saved;
    QPushButton* m_restore;
    QPushButton* m_delete;
    QPushButton* m_zoom;
    bool m_updating = false;
};

}  // namespace Estran::Gui
