// SPDX-License-Identifier: GPL-3.0-or-later
#include "estran/gui/mapcontroller.h"

#include "deliveryguard.h"

#include "estran/base/log.h"
#include "estran/data/dataset.h"
#include "estran/gui/cellreadout.h"
#include "estran/gui/levelselector.h"
#include "estran/gui/mapviewwidget.h"
#include "estran/gui/slicecache.h"
#include "estran/gui/stylepanel.h"
#include "estran/gui/timecontrolwidget.h"
#include "estran/gui/timeserieswidget.h"

#include <QCoreApplication>
#include <QThreadPool>

namespace Estran::Gui {

MapController::MapController(MapViewWidget* view, SliceCache* cache, QObject* parent)
    : QObject(parent), m_view(view), m_cache(cache), m_guard(std::make_shared<DeliveryGuard>(this))
{
    connect(m_cache, &SliceCache::sliceReady, this,
            [this](const std::shared_ptr<const Data::Slice>& slice, const QString& variable) {
                if (variable == m_variable) apply(slice);
            });
    connect(m_cache, &SliceCache::sliceFailed, this, [this](const Base::Error& error) {
        Base::Log::error(error);
        // Let playback move on: the clock waits for a display that will not come.
        if (m_time) m_time->notifyDisplayed(m_index.time);
    });
    if (m_view) {
        connect(m_view, &MapViewWidget::frameDisplayed, this, [this](const Data::SliceIndex& index) {
            if (m_time) m_time->notifyDisplayed(index.time);
        });
        connect(m_view, &MapViewWidget::cellClicked, this,
                [this](int ix, int iy, double, double) { requestTimeSeries(ix, iy); });
    }
}

MapController::~MapController() { m_guard->close(); }

void MapController::setTimeControl(TimeControlWidget* control)
{
    m_time = control;
    connect(control, &TimeControlWidget::currentIndexChanged, this, &MapController::setTimeIndex);
}

void MapController::setLevelSelector(LevelSelector* selector)
{
    m_level = selector;
    connect(selector, &LevelSelector::currentLevelChanged, this, &MapController::setLevelIndex);
}

void MapController::setStylePanel(StylePanel* panel)
{
    m_style = panel;
    connect(panel, &StylePanel::styleChanged, this, &MapController::setStyle);
    if (m_view) m_view->setStyle(panel->style());
}

void MapController::setTimeSeriesWidget(TimeSeriesWidget* plot) { m_plot = plot; }

void MapController::showVariable(int datasetId, std::shared_ptr<Data::Dataset> dataset,
                                 const QString& variable, const Data::SliceIndex& index)
{
    m_datasetId = datasetId;
    m_dataset = std::move(dataset);
    m_variable = variable;
    m_index = index;
    m_shown.reset();
    m_gridShown = nullptr;
    if (m_plot) m_plot->clear();
    Q_EMIT variableChanged(datasetId, variable);
    request();
}

void MapController::clear()
{
    m_datasetId = -1;
    m_dataset.reset();
    m_variable.clear();
    m_index = {};
    m_shown.reset();
    m_gridShown = nullptr;
    if (m_view) m_view->clear();
    if (m_time) m_time->setTimes({}, std::nullopt);
    if (m_level) m_level->setLevels({}, {}, {});
    if (m_plot) m_plot->clear();
    Q_EMIT variableChanged(-1, QString());
}

void MapController::setTimeIndex(qint64 time)
{
    if (m_syncingControls || !m_dataset || time == m_index.time) return;
    m_index.time = time;
    if (m_plot) m_plot->setCurrentIndex(time);
    request();
}

void MapController::setLevelIndex(qint64 level)
{
    if (m_syncingControls || !m_dataset || level == m_index.level) return;
    m_index.level = level;
    request();
}

void MapController::setStyle(const Render::MapStyle& style)
{
    if (m_view) m_view->setStyle(style);
    if (m_style && m_view && m_view->slice()) {
        const auto [lo, hi] = m_view->range();
        m_style->setAutomaticRange(lo, hi);
    }
}

Render::MapStyle MapController::style() const
{
    if (m_style) return m_style->style();
    return m_view ? m_view->style() : Render::MapStyle();
}

void MapController::request()
{
    if (!m_dataset) return;
    if (auto slice = m_cache->request(m_dataset, m_variable, m_index)) apply(slice);
    prefetchAhead();
}

void MapController::apply(const std::shared_ptr<const Data::Slice>& slice)
{
    // SliceCache answers only the latest request, so this is the slice for m_index.
    if (!slice || !slice->grid) return;
    if (slice->grid.get() != m_gridShown) {
        // First slice of this variable: the grid tells the controls what there is to choose.
        m_gridShown = slice->grid.get();
        const Data::Grid& grid = *slice->grid;
        // The controls' own changes are not choices of the user: ignore them here rather than
        // block the controls' signals, which others (the Time menu's actions) need to follow.
        m_syncingControls = true;
        if (m_time) {
            m_time->setTimes(grid.times, grid.timeAxis);
            m_time->setCurrentIndex(m_index.time);
        }
        if (m_level) {
            m_level->setLevels(grid.levels, grid.levelName, grid.levelUnits);
            m_level->setCurrentLevel(m_index.level);
        }
        m_syncingControls = false;
    }
    m_shown = slice->index;
    if (m_view) {
        m_view->setSlice(slice);
        if (m_style) {
            const auto [lo, hi] = m_view->range();
            m_style->setAutomaticRange(lo, hi);
        }
    }
    Q_EMIT sliceShown(slice->index);
}

void MapController::prefetchAhead()
{
    if (!m_dataset || m_prefetch <= 0 || !m_time || m_time->count() < 2) return;
    QList<Data::SliceIndex> ahead;
    const qint64 count = m_time->count();
    for (int i = 1; i <= m_prefetch; ++i) {
        ahead.append({(m_index.time + i) % count, m_index.level});
    }
    m_cache->prefetch(m_dataset, m_variable, ahead);
}

void MapController::requestTimeSeries(int ix, int iy)
{
    if (!m_dataset || !m_plot) return;
    const quint64 generation = ++m_seriesGeneration;
    auto dataset = m_dataset;
    const QString variable = m_variable;
    const qint64 level = m_index.level;
    auto guard = m_guard;
    QThreadPool::globalInstance()->start([this, guard, dataset, variable, ix, iy, level, generation] {
        auto series = dataset->readTimeSeries(variable, ix, iy, level);
        auto grid = dataset->grid(variable);
        guard->post([this, series = std::move(series), grid = std::move(grid), variable, ix, iy,
                     generation]() mutable {
            // A later click (or another variable) wins; this answer is stale.
            if (generation != m_seriesGeneration || variable != m_variable || !m_plot) return;
            if (!series) {
                Base::Log::error(series.error());
                return;
            }
            std::vector<double> times;
            std::optional<Base::CfTimeAxis> axis;
            if (grid) {
                times = (*grid)->times;
                axis = (*grid)->timeAxis;
            }
            const auto info = m_dataset ? m_dataset->variable(variable) : std::nullopt;
            QString title = info && !info->longName.isEmpty() ? info->longName : variable;
            double lon = 0.0, lat = 0.0;
            if (grid && ix < (*grid)->nx && iy < (*grid)->ny) {
                lon = (*grid)->lonAt(ix, iy);
                lat = (*grid)->latAt(ix, iy);
            }
            title = QCoreApplication::translate("Estran::Gui", "%1 at %2")
                        .arg(title, CellReadout::formatPosition(lon, lat));
            m_plot->setSeries(std::move(times), std::move(axis), std::move(*series), title,
                              info ? CellReadout::displayUnits(info->units) : QString());
            m_plot->setCurrentIndex(m_index.time);
            Q_EMIT timeSeriesShown(ix, iy);
        });
    });
}

}  // namespace Estran::Gui
