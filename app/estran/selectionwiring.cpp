// SPDX-License-Identifier: GPL-3.0-or-later
#include "selectionwiring.h"

#include "mainwindow.h"

#include "estran/base/selectionmodel.h"
#include "estran/data/dataset.h"
#include "estran/gui/catalogdock.h"
#include "estran/gui/datasetlist.h"
#include "estran/gui/mapcontroller.h"
#include "estran/gui/mapviewwidget.h"
#include "estran/gui/searchresultsmodel.h"
#include "estran/gui/selectiondock.h"
#include "estran/gui/selectionmapwidget.h"
#include "estran/gui/timerangewidget.h"

#include <QDockWidget>
#include <QScrollArea>

namespace Estran::App {

namespace {

QDateTime parseUtc(const QString& iso) {
    QDateTime t = QDateTime::fromString(iso, Qt::ISODate);
    t.setTimeSpec(Qt::UTC);  // the wall-clock value is kept: CF times are UTC
    return t;
}

// Steps of a non-standard calendar that have no Gregorian date (1850-02-30) are left out of
// the histogram; the others are shown at their nominal date.
QList<QDateTime> timesOf(const Data::Dataset& dataset, const QString& variable) {
    QList<QDateTime> times;
    auto grid = dataset.grid(variable);
    if (!grid || !(*grid)->timeAxis) return times;
    const auto& g = **grid;
    times.reserve(qsizetype(g.times.size()));
    for (double v : g.times) {
        const QDateTime t = parseUtc(g.timeAxis->toIsoString(v));
        if (t.isValid()) times.append(t);
    }
    return times;
}

}  // namespace

QDockWidget* installSelectionDock(MainWindow* window, Base::SelectionModel* model,
                                  Gui::CatalogDock* catalog) {
    auto* panel = new Gui::SelectionDock(model);
    // The panel is taller than a laptop's dock area: it scrolls instead of squeezing the map.
    auto* scroll = new QScrollArea;
    scroll->setWidget(panel);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto* dock = new QDockWidget(MainWindow::tr("Selection"), window);
    dock->setObjectName(QStringLiteral("SelectionDock"));
    dock->setWidget(scroll);
    window->addDockWidget(Qt::RightDockWidgetArea, dock);
    if (auto* style = window->findChild<QDockWidget*>(QStringLiteral("StyleDock"))) {
        window->tabifyDockWidget(style, dock);
        style->raise();
    }

    Gui::DatasetList* datasets = window->datasets();
    auto updateFootprints = [datasets, panel] {
        QList<Base::GeoBox> boxes;
        for (int id : datasets->ids()) {
            if (auto box = datasets->dataset(id)->bbox()) boxes.append(*box);
        }
        panel->setFootprints(boxes);
    };
    QObject::connect(datasets, &Gui::DatasetList::datasetAdded, panel, updateFootprints);
    // Queued: the list still holds the dataset while "about to be removed" is emitted.
    QObject::connect(datasets, &Gui::DatasetList::datasetAboutToBeRemoved, panel, updateFootprints,
                     Qt::QueuedConnection);
    QObject::connect(window->controller(), &Gui::MapController::variableChanged, panel,
                     [datasets, panel](int id, const QString& variable) {
                         auto dataset = datasets->dataset(id);
                         panel->setAvailableTimes(dataset && !variable.isEmpty()
                                                      ? timesOf(*dataset, variable)
                                                      : QList<QDateTime>());
                         // Periods are picked in the data's own calendar (360_day, noleap, ...).
                         const auto info = dataset && !variable.isEmpty() ? dataset->variable(variable) : std::nullopt;
                         if (info && info->time)
                             panel->timeRange()->setCalendar(info->time->calendar, info->time->start, info->time->end);
                         else
                             panel->timeRange()->setCalendar(QStringLiteral("standard"));
                     });
    QObject::connect(panel, &Gui::SelectionDock::zoomRequested, window->mapView(),
                     &Gui::MapViewWidget::zoomToLonLat);
    if (catalog) {
        // The search's footprints on the selection map, and its results per day in the period's
        // histogram (once there are some: a new search does not blank the dataset's steps).
        QObject::connect(catalog, &Gui::CatalogDock::footprintsChanged, panel->map(),
                         &Gui::SelectionMapWidget::setResultFootprints);
        Gui::SearchResultsModel* results = catalog->results();
        QObject::connect(results, &QAbstractItemModel::rowsInserted, panel, [results, panel] {
            QList<QDateTime> starts;
            for (int row = 0; row < results->rowCount(); ++row) starts << results->item(row).start;
            panel->timeRange()->setCatalogueTimes(starts);
        });
        QObject::connect(model, &Base::SelectionModel::selectionChanged, catalog,
                         [catalog](const Base::Selection& s) {
                             catalog->setArea(s.boundingBox());
                             catalog->setPolygon(s.polygon);
                             catalog->setTimeRange(parseUtc(s.timeStart), parseUtc(s.timeEnd));
                         });
    }
    return dock;
}

}  // namespace Estran::App
