// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "estran/data/slice.h"

#include <QMainWindow>
#include <QPixmap>

#include <functional>
#include <memory>

class QLabel;
class QMenu;

namespace Estran::Base {
class Error;
class SelectionModel;
}

namespace Estran::Gui {
class AttributePanel;
class DatasetList;
class DatasetTreeWidget;
class LevelSelector;
class LogPanel;
class MapController;
class MapViewWidget;
class SliceCache;
class StylePanel;
class TimeControlWidget;
class TimeSeriesWidget;
}  // namespace Estran::Gui

namespace Estran::App {

/// The main window only assembles: it creates the panels and docks, the menus from the action
/// classes, and connects them. Behaviour lives in the gui module (MapController, SliceCache,
/// widgets) and in one class per action. GUI thread only.
class MainWindow final : public QMainWindow {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    using OpenedCallback = std::function<void(int datasetId)>;
    /// Opens a file on a worker (never blocks); errors go to the log panel and a non-modal
    /// message naming the file. A file already open is not opened twice: `onOpened` gets its id.
    /// When nothing is on the map yet, the dataset's first mappable variable is shown.
    void openFile(const QString& path, OpenedCallback onOpened = {});
    void openFiles(const QStringList& paths);
    void closeDataset(int datasetId);
    void closeAllDatasets();
    /// Shows a variable on the map (and selects it in the tree).
    bool showVariable(int datasetId, const QString& variable, const Data::SliceIndex& index = {});
    /// Opened files do not show their first variable automatically (workspace restore, benchmarks).
    void setAutoShowFirstVariable(bool enabled) { m_autoShow = enabled; }

    Gui::DatasetList* datasets() const { return m_datasets; }
    Gui::MapController* controller() const { return m_controller; }
    Gui::MapViewWidget* mapView() const { return m_mapView; }
    /// An image of the window as it looks, map included (a plain grab() leaves the map's
    /// native OpenGL window blank).
    QPixmap snapshot();
    Gui::TimeControlWidget* timeControl() const { return m_timeControl; }
    Gui::StylePanel* stylePanel() const { return m_stylePanel; }
    Gui::SliceCache* sliceCache() const { return m_cache; }
    Gui::LogPanel* logPanel() const { return m_logPanel; }
    /// The one shared "where and when" (selection panel, export dialog, catalogue form).
    Base::SelectionModel* selectionModel() const { return m_selection; }

    /// Window geometry and dock layout from the last session (QSettings). Saved on close once
    /// restoreLayout() was called, so hooks and tests that never restore never overwrite it.
    void restoreLayout();
    void saveLayout() const;

    /// Rebuilds File ▸ Open Recent (after the list changed).
    void updateRecentMenu();

Q_SIGNALS:
    void datasetOpened(int datasetId, const QString& path);
    void openFailed(const QString& path, const Estran::Base::Error& error);

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    void createDocks();
    void createMenus();
    void showOpenError(const QString& path, const Base::Error& error);
    void showCurrentAttributes(int datasetId, const QString& variable);

    Gui::DatasetList* m_datasets;
    Gui::SliceCache* m_cache;
    Gui::MapViewWidget* m_mapView;
    Gui::MapController* m_controller;
    Gui::TimeControlWidget* m_timeControl;
    Gui::LevelSelector* m_levelSelector;
    Gui::StylePanel* m_stylePanel;
    Gui::DatasetTreeWidget* m_tree;
    Gui::AttributePanel* m_attributes;
    Gui::LogPanel* m_logPanel;
    Gui::TimeSeriesWidget* m_timeSeries;
    QLabel* m_readout;
    Base::SelectionModel* m_selection = nullptr;
    QMenu* m_recentMenu = nullptr;
    QDockWidget* m_logDock = nullptr;
    QDockWidget* m_seriesDock = nullptr;
    bool m_autoShow = true;
    bool m_persistLayout = false;
};

}  // namespace Estran::App
