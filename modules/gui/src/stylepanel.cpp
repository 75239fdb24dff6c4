// SPDX-License-Identifier: GPL-3.0-or-later
#include "estran/gui/stylepanel.h"

#include "estran/geo/projection.h"
#include "estran/render/colormap.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QImage>
#include <QPainter>
#include <QPixmap>

#include <cmath>
#include <limits>

namespace Estran::Gui {

StylePanel::StylePanel(QWidget* parent)
    : QWidget(parent), m_colormap(new QComboBox(this)),
      m_reversed(new QCheckBox(tr("Reversed"), this)), m_projection(new QComboBox(this)),
      m_autoRange(new QCheckBox(tr("Automatic"), this)), m_min(new QDoubleSpinBox(this)),
      m_max(new QDoubleSpinBox(this)), m_coastlines(new QCheckBox(tr("Coastlines"), this)),
      m_graticule(new QCheckBox(tr("Graticule"), this))
{
    auto* form = new QFormLayout(this);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);

    m_colormap->setIconSize(QSize(96, 12));
    for (const QString& name : Render::Colormap::names()) {
        m_colormap->addItem(QIcon(colormapPreview(name)), name, name);
    }
    m_colormap->setToolTip(tr("Colour map used for the values"));
    form->addRow(tr("Colour map:"), m_colormap);
    m_reversed->setToolTip(tr("Run the colour map from its last colour to its first"));
    form->addRow(QString(), m_reversed);

    for (const QString& name : Geo::Projection::names()) {
        m_projection->addItem(Geo::Projection::displayName(name), name);
    }
    form->addRow(tr("Projection:"), m_projection);

    for (QDoubleSpinBox* box : {m_min, m_max}) {
        box->setRange(-std::numeric_limits<double>::max(), std::numeric_limits<double>::max());
        box->setDecimals(3);
        box->setKeyboardTracking(false);
    }
    m_autoRange->setToolTip(tr("Use the minimum and maximum of the slice on show"));
    form->addRow(tr("Range:"), m_autoRange);
    form->addRow(tr("Minimum:"), m_min);
    form->addRow(tr("Maximum:"), m_max);
    auto* overlays = new QHBoxLayout;
    overlays->addWidget(m_coastlines);
    overlays->addWidget(m_graticule);
    overlays->addStretch(1);
    form->addRow(tr("Overlays:"), overlays);

    auto edited = [this] {
        if (m_updating) return;
        readWidgets();
        Q_EMIT styleChanged(m_style);
    };
    connect(m_colormap, &QComboBox::currentIndexChanged, this, edited);
    connect(m_reversed, &QCheckBox::toggled, this, edited);
    connect(m_projection, &QComboBox::currentIndexChanged, this, edited);
    connect(m_autoRange, &QCheckBox::toggled, this, [this, edited] {
        updateRangeWidgets();
        edited();
    });
    connect(m_min, &QDoubleSpinBox::valueChanged, this, edited);
    connect(m_max, &QDoubleSpinBox::valueChanged, this, edited);
    connect(m_coastlines, &QCheckBox::toggled, this, edited);
    connect(m_graticule, &QCheckBox::toggled, this, edited);
    setStyle(m_style);
}

StylePanel::~StylePanel() = default;

void StylePanel::setStyle(const Render::MapStyle& style)
{
    m_updating = true;
    m_style = style;
    // Unknown names (an old setting, a hand-edited workspace) fall back to the first entry, and
    // the style says so, rather than carrying a name nothing can draw.
    // "<name>_r" is the reversed map: shown as the map plus the Reversed box.
    const bool reversed = style.colormap.endsWith(QStringLiteral("_r"));
    const QString base = reversed ? style.colormap.chopped(2) : style.colormap;
    int index = m_colormap->findData(base);
    m_colormap->setCurrentIndex(index >= 0 ? index : 0);
    m_reversed->setChecked(reversed && index >= 0);
    m_style.colormap = m_colormap->currentData().toString()
                       + (m_reversed->isChecked() ? QStringLiteral("_r") : QString());
    index = m_projection->findData(style.projection);
    m_projection->setCurrentIndex(index >= 0 ? index : 0);
    m_style.projection = m_projection->currentData().toString();
    m_autoRange->setChecked(!style.rangeMin || !style.rangeMax);
    if (style.rangeMin) m_min->setValue(*style.rangeMin);
    if (style.rangeMax) m_max->setValue(*style.rangeMax);
    m_coastlines->setChecked(style.coastlines);
    m_graticule->setChecked(style.graticule);
    updateRangeWidgets();
    m_updating = false;
}

void StylePanel::setAutomaticRange(double minimum, double maximum)
{
    if (!m_autoRange->isChecked() || !std::isfinite(minimum) || !std::isfinite(maximum)) return;
    m_updating = true;
    m_min->setValue(minimum);
    m_max->setValue(maximum);
    m_updating = false;
}

void StylePanel::readWidgets()
{
    m_style.colormap = m_colormap->currentData().toString()
                       + (m_reversed->isChecked() ? QStringLiteral("_r") : QString());
    m_style.projection = m_projection->currentData().toString();
    if (m_autoRange->isChecked()) {
        m_style.rangeMin.reset();
        m_style.rangeMax.reset();
    } else {
        m_style.rangeMin = std::min(m_min->value(), m_max->value());
        m_style.rangeMax = std::max(m_min->value(), m_max->value());
    }
    m_style.coastlines = m_coastlines->isChecked();
    m_style.graticule = m_graticule->isChecked();
}

void StylePanel::updateRangeWidgets()
{
    // Greyed while automatic: they then show the range in use, not an input.
    m_min->setEnabled(!m_autoRange->isChecked());
    m_max->setEnabled(!m_autoRange->isChecked());
}

QPixmap StylePanel::colormapPreview(const QString& name, QSize size)
{
    auto colormap = Render::Colormap::byName(name);
    QImage image(qMax(size.width(), 1), qMax(size.height(), 1), QImage::Format_RGB32);
    if (!colormap) {
        image.fill(Qt::gray);
        return QPixmap::fromImage(image);
    }
    for (int x = 0; x < image.width(); ++x) {
        const QColor c = colormap->at(image.width() > 1 ? double(x) / (image.width() - 1) : 0.0);
        for (int y = 0; y < image.height(); ++y) image.setPixel(x, y, c.rgb());
    }
    return QPixmap::fromImage(image);
}

}  // namespace Estran::Gui
