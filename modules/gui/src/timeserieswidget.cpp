// SPDX-License-Identifier: GPL-3.0-or-later
#include "estran/gui/timeserieswidget.h"

#include <QLocale>
#include <QMouseEvent>
#include <QToolTip>
#include <QPainter>
#include <QPainterPath>

#include <cmath>
#include <limits>

namespace Estran::Gui {

namespace {

// About `count` round tick values covering [lo, hi].
std::vector<double> niceTicks(double lo, double hi, int count)
{
    std::vector<double> ticks;
    if (!(hi > lo) || count < 1) return ticks;
    const double raw = (hi - lo) / count;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    double step = magnitude;
    for (double m : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        step = m * magnitude;
        if (step >= raw) break;
    }
    for (double t = std::ceil(lo / step) * step; t <= hi + step * 1e-9; t += step) {
        ticks.push_back(std::abs(t) < step * 1e-9 ? 0.0 : t);
    }
    return ticks;
}

}  // namespace

TimeSeriesWidget::TimeSeriesWidget(QWidget* parent) : QWidget(parent)
{
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setToolTip(tr("Values of the clicked cell over time"));
}

TimeSeriesWidget::~TimeSeriesWidget() = default;

void TimeSeriesWidget::setSeries(std::vector<double> times, std::optional<Base::CfTimeAxis> axis,
                                 std::vector<double> values, const QString& title,
                                 const QString& units)
{
    if (!times.empty() && times.size() != values.size()) times.clear();
    m_times = std::move(times);
    m_axis = std::move(axis);
    m_values = std::move(values);
    m_title = title;
    m_units = units;
    update();
}

void TimeSeriesWidget::clear()
{
    m_times.clear();
    m_values.clear();
    m_title.clear();
    m_units.clear();
    update();
}

void TimeSeriesWidget::setCurrentIndex(qint64 index)
{
    if (index == m_current) return;
    m_current = index;
    update();
}

void TimeSeriesWidget::mouseMoveEvent(QMouseEvent* event)
{
    // The value and date of the step nearest the pointer, as a tooltip.
    if (m_values.empty() || !m_plotRect.isValid() || !m_plotRect.contains(event->position().toPoint())) {
        QToolTip::hideText();
        return;
    }
    const size_t n = m_values.size();
    const double f = (event->position().x() - m_plotRect.left()) / std::max(1, m_plotRect.width());
    auto xOf = [&](size_t i) { return m_times.empty() ? double(i) : m_times[i]; };
    const double x = xOf(0) + f * (xOf(n - 1) - xOf(0));
    size_t best = 0;
    for (size_t i = 1; i < n; ++i) {
        if (std::abs(xOf(i) - x) < std::abs(xOf(best) - x)) best = i;
    }
    const QString date = m_axis ? m_axis->toIsoString(xOf(best)) : QString::number(best);
    const double v = m_values[best];
    const QString value = std::isfinite(v) ? QLocale().toString(v, 'g', 6) + u' ' + m_units
                                           : tr("no data");
    QToolTip::showText(event->globalPosition().toPoint(), tr("%1: %2").arg(date, value.trimmed()), this);
}

int TimeSeriesWidget::segmentCount() const
{
    int segments = 0;
    bool inRun = false;
    for (double v : m_values) {
        const bool valid = std::isfinite(v);
        if (valid && !inRun) ++segments;
        inRun = valid;
    }
    return segments;
}

QSize TimeSeriesWidget::sizeHint() const { return {420, 200}; }
QSize TimeSeriesWidget::minimumSizeHint() const { return {200, 120}; }

void TimeSeriesWidget::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.fillRect(rect(), palette().base());
    p.setRenderHint(QPainter::Antialiasing);
    const QFontMetrics fm = fontMetrics();
    if (m_values.empty()) {
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap,
                   tr("Click a point on the map to plot its values over time"));
        return;
    }

    const size_t n = m_values.size();
    auto xOf = [&](size_t i) { return m_times.empty() ? double(i) : m_times[i]; };
    double xmin = xOf(0), xmax = xOf(n - 1);
    if (xmin > xmax) std::swap(xmin, xmax);
    double ymin = std::numeric_limits<double>::infinity();
    double ymax = -ymin;
    for (double v : m_values) {
        if (!std::isfinite(v)) continue;
        ymin = std::min(ymin, v);
        ymax = std::max(ymax, v);
    }
    const bool anyValid = std::isfinite(ymin);
    if (!anyValid) {
        ymin = 0.0;
        ymax = 1.0;
    }
    if (ymax - ymin < 1e-12) {
        ymin -= 0.5;
        ymax += 0.5;
    }
    if (xmax - xmin <= 0.0) {
        xmin -= 0.5;
        xmax += 0.5;
    }
    const auto yTicks = niceTicks(ymin, ymax, 4);
    int labelWidth = 0;
    for (double t : yTicks) labelWidth = std::max(labelWidth, fm.horizontalAdvance(QLocale().toString(t, 'g', 6)));
    const QRect plot = rect().adjusted(labelWidth + 12, fm.height() + 8, -12, -(fm.height() + 10));
    if (plot.width() < 20 || plot.height() < 20) return;
    m_plotRect = plot;
    auto px = [&](double x) { return plot.left() + (x - xmin) / (xmax - xmin) * plot.width(); };
    auto py = [&](double y) { return plot.bottom() - (y - ymin) / (ymax - ymin) * plot.height(); };

    // Title with units.
    p.setPen(palette().color(QPalette::Text));
    const QString heading = m_units.isEmpty() ? m_title : tr("%1 (%2)").arg(m_title, m_units);
    p.drawText(QRect(0, 2, width(), fm.height()), Qt::AlignHCenter, heading);

    // Axes, value ticks and grid.
    QColor gridColor = palette().color(QPalette::Mid);
    gridColor.setAlpha(90);
    for (double t : yTicks) {
        const double y = py(t);
        p.setPen(gridColor);
        p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        p.setPen(palette().color(QPalette::Text));
        p.drawText(QRectF(0, y - fm.height() / 2.0, plot.left() - 6, fm.height()),
                   Qt::AlignRight | Qt::AlignVCenter, QLocale().toString(t, 'g', 6));
    }
    p.setPen(palette().color(QPalette::Text));
    p.drawRect(plot);

    // Date ticks: first, last and a few in between, in the variable's calendar.
    const int maxLabels = std::max(2, plot.width() / (fm.horizontalAdvance(QStringLiteral("0000-00-00")) + 16));
    const size_t intervals = size_t(maxLabels - 1);
    const size_t stride = std::max<size_t>(1, (n - 1 + intervals - 1) / intervals);
    for (size_t i = 0; i < n; i += stride) {
        const double x = px(xOf(i));
        p.drawLine(QPointF(x, plot.bottom()), QPointF(x, plot.bottom() + 4));
        QString label = m_axis ? m_axis->toIsoString(xOf(i)).left(10) : QString::number(i);
        const int w = fm.horizontalAdvance(label);
        const double left = std::clamp(x - w / 2.0, 0.0, double(width() - w));
        p.drawText(QPointF(left, plot.bottom() + 6 + fm.ascent()), label);
    }

    // The series, broken at NaN so a gap shows as a gap, with dots for isolated values.
    QPen line(palette().color(QPalette::Highlight), 1.6);
    p.setPen(line);
    QPainterPath path;
    bool inRun = false;
    for (size_t i = 0; i < n; ++i) {
        const double v = m_values[i];
        if (!std::isfinite(v)) {
            inRun = false;
            continue;
        }
        const QPointF point(px(xOf(i)), py(v));
        const bool prevValid = i > 0 && std::isfinite(m_values[i - 1]);
        const bool nextValid = i + 1 < n && std::isfinite(m_values[i + 1]);
        if (!prevValid && !nextValid) p.drawEllipse(point, 2.0, 2.0);
        if (inRun) {
            path.lineTo(point);
        } else {
            path.moveTo(point);
        }
        inRun = true;
    }
    p.drawPath(path);

    if (m_current >= 0 && size_t(m_current) < n) {
        QColor marker = palette().color(QPalette::Text);
        marker.setAlpha(120);
        p.setPen(QPen(marker, 1, Qt::DashLine));
        const double x = px(xOf(size_t(m_current)));
        p.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
    }
    if (!anyValid) {
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(plot, Qt::AlignCenter, tr("no valid values at this point"));
    }
}

}  // namespace Estran::Gui
