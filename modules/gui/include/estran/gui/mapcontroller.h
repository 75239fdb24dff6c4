// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "estran/data/slice.h"
#include "estran/gui/gui_export.h"
#include "estran/render/mapstyle.h"

#include <QObject>
#include <QPointer>

#include <memory>

namespace Estran::Data {
class Dataset;
}

namespace Estran::Gui {

class LevelSelector;
class MapViewWidget;
class SliceCache;
class StylePanel;
class TimeControlWidget;
class TimeSeriesWidget;
struct DeliveryGuard;

/// Keeps the map, the time and level controls, the style panel and the time-series plot in step
/// for the variable on show: asks the SliceCache for the slice at (time, level), hands it to the
/// view, prefetches the next steps while playing, and fetches a time series when a cell is
/// clicked. All widgets are optional and not owned. GUI thread only.
class ESTRAN_GUI_EXPORT MapController : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MapController)
public:
    MapController(MapViewWidget* view, SliceCache* cache, QObject* parent = nullptr);
    ~MapController() override;

    void setTimeControl(TimeControlWidget* control);
    void setLevelSelector(LevelSelector* selector);
    void setStylePanel(StylePanel* panel);
    void setTimeSeriesWidget(TimeSeriesWidget* plot);
    /// How many time steps ahead are read while moving through time (default 4).
    void setPrefetchCount(int steps) { m_prefetch = steps; }

    /// Shows `variable` of a dataset at `index`.
    void showVariable(int datasetId, std::shared_ptr<Data::Dataset> dataset,
                      const QString& variable, const Data::SliceIndex& index = {});
    /// Forgets the variable (its dataset was closed) and clears the view.
    void clear();

    int datasetId() const { return m_datasetId; }
    const QString& variable() const { return m_variable; }
    std::shared_ptr<Data::Dataset> dataset() const { return m_dataset; }
    /// The index asked for last (what will be on screen once read).
    Data::SliceIndex index() const { return m_index; }
    /// The index of the slice on screen, when one is.
    std::optional<Data::SliceIndex> shownIndex() const { return m_shown; }

    void setTimeIndex(qint64 time);
    void setLevelIndex(qint64 level);
    void setStyle(const Render::MapStyle& style);
    Render::MapStyle style() const;

    /// Reads the series at a cell on a worker and shows it in the time-series widget.
    void requestTimeSeries(int ix, int iy);

Q_SIGNALS:
    void variableChanged(int datasetId, const QString& variable);
    /// A slice was handed to the view (it is drawn at the next frame).
    void sliceShown(const Estran::Data::SliceIndex& index);
    void timeSeriesShown(int ix, int iy);

private:
    void request();
    void apply(const std::shared_ptr<const Data::Slice>& slice);
    void prefetchAhead();

    QPointer<MapViewWidget> m_view;
    SliceCache* m_cache;
    QPointer<TimeControlWidget> m_time;
    QPointer<LevelSelector> m_level;
    /// True while apply() sets the controls to what is shown.
    bool m_syncingControls = false;
    QPointer<StylePanel> m_style;
    QPointer<TimeSeriesWidget> m_plot;
    int m_datasetId = -1;
    std::shared_ptr<Data::Dataset> m_dataset;
    QString m_variable;
    Data::SliceIndex m_index;
    std::optional<Data::SliceIndex> m_shown;
    const void* m_gridShown = nullptr;  ///< the grid the controls were set up from
    int m_prefetch = 4;
    quint64 m_seriesGeneration = 0;
    std::shared_ptr<DeliveryGuard> m_guard;
};

}  // namespace Estran::Gui
