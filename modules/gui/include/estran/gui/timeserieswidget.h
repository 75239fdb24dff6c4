// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "estran/base/cfcalendar.h"
#include "estran/gui/gui_export.h"

#include <QWidget>

#include <optional>
#include <vector>

namespace Estran::Gui {

/// A small line plot of one cell over time, painted with QPainter: value axis with units, time
/// axis labelled with dates in the variable's calendar, gaps where values are NaN, and a marker
/// at the current step. GUI thread only.
class ESTRAN_GUI_EXPORT TimeSeriesWidget : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimeSeriesWidget)
public:
    explicit TimeSeriesWidget(QWidget* parent = nullptr);
    ~TimeSeriesWidget() override;

    /// `times` in the axis units (indices are used when empty or without an axis);
    /// values.size() must equal times.size() when times is not empty.
    void setSeries(std::vector<double> times, std::optional<Base::CfTimeAxis> axis,
                   std::vector<double> values, const QString& title, const QString& units);
    void clear();
    void setCurrentIndex(qint64 index);

    const std::vector<double>& values() const { return m_values; }
    const QString& title() const { return m_title; }
    /// Number of connected runs of valid values (NaN splits a run), as drawn.
    int segmentCount() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;

private:
    std::vector<double> m_times;
    std::optional<Base::CfTimeAxis> m_axis;
    std::vector<double> m_values;
    QString m_title;
    QString m_units;
    qint64 m_current = -1;
    QRect m_plotRect;  ///< where the last paint put the plot area, for the hover read-out
};

}  // namespace Estran::Gui
