// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "estran/gui/gui_export.h"
#include "estran/render/mapstyle.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;

namespace Estran::Gui {

/// How the map is drawn: colour map (with previews), projection, automatic or manual range,
/// coastlines and graticule. Emits styleChanged on every edit. GUI thread only.
class ESTRAN_GUI_EXPORT StylePanel : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StylePanel)
public:
    explicit StylePanel(QWidget* parent = nullptr);
    ~StylePanel() override;

    Render::MapStyle style() const { return m_style; }
    /// Shows `style` without emitting styleChanged.
    void setStyle(const Render::MapStyle& style);
    /// The range in use when automatic, shown greyed in the spin boxes.
    void setAutomaticRange(double minimum, double maximum);

    /// A 256×16 preview of a colour map, for combo boxes and menus.
    static QPixmap colormapPreview(const QString& name, QSize size = QSize(96, 12));

Q_SIGNALS:
    void styleChanged(const Estran::Render::MapStyle& style);

private:
    void readWidgets();
    void updateRangeWidgets();

    Render::MapStyle m_style;
    bool m_updating = false;
    QComboBox* m_colormap;
    QCheckBox* m_reversed;
    QComboBox* m_projection;
    QCheckBox* m_autoRange;
    QDoubleSpinBox* m_min;
    QDoubleSpinBox* m_max;
    QCheckBox* m_coastlines;
    QCheckBox* m_graticule;
};

}  // namespace Estran::Gui
