// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "aboutaction.h"
#include "appsettings.h"
#include "closedatasetaction.h"
#include "exportsubsetaction.h"
#include "opendemoaction.h"
#include "openfileaction.h"
#include "openrecentmenu.h"
#include "openworkspaceaction.h"
#include "playpauseaction.h"
#include "pluginsaction.h"
#include "quitaction.h"
#include "resetviewaction.h"
#include "saveworkspaceaction.h"
#include "selectionundoaction.h"
#include "remotewiring.h"
#include "selectionwiring.h"
#include "settingsaction.h"
#include "timestepaction.h"

#include "estran/base/log.h"
#include "estran/base/selectionmodel.h"
#include "estran/base/taskmanager.h"
#include "estran/data/dataset.h"
#include "estran/gui/attributepanel.h"
#include "estran/gui/catalogdock.h"
#include "estran/gui/datasetlist.h"
#include "estran/gui/datasettreewidget.h"
#include "estran/gui/downloadqueue.h"
#include "estran/gui/downloadspanel.h"
#include "estran/gui/levelselector.h"
#include "estran/gui/logpanel.h"
#include "estran/gui/mapcontroller.h"
#include "estran/gui/mapviewwidget.h"
#include "estran/gui/opendatasettask.h"
#include "estran/gui/slicecache.h"
#include "estran/gui/stylepanel.h"
#include "estran/gui/taskstatuswidget.h"
#include "estran/gui/timecontrolwidget.h"
#include "estran/gui/timeserieswidget.h"
#include "estran/net/httpclient.h"
#include "estran/geo/coastlines.h"
#include "estran/gui/cloudstorage.h"

#include <QCloseEvent>
#include <QDockWidget>
#include <QThreadPool>
#include <QDragEnterEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenuBar>
#include <QPainter>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QStatusBar>
#include <QVBoxLayout>

namespace Estran::App {

namespace {
// Bumped when docks are added or renamed, so an old saved layout is not forced on new docks.
constexpr int kLayoutVersion = 4;
}  // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent), m_datasets(new Gui::DatasetList(this)),
      m_cache(new Gui::SliceCache(qint64(AppSettings::cacheBudgetMiB()) << 20, this)),
      m_mapView(new Gui::MapViewWidget), m_controller(new Gui::MapController(m_mapView, m_cache, this)),
      m_timeControl(new Gui::TimeControlWidget), m_levelSelector(new Gui::LevelSelector),
      m_stylePanel(new Gui::StylePanel), m_tree(new Gui::DatasetTreeWidget),
      m_attributes(new Gui::AttributePanel), m_logPanel(new Gui::LogPanel),
      m_timeSeries(new Gui::TimeSeriesWidget), m_readout(new QLabel)
{
    setWindowTitle(tr("Estran"));
    setObjectName(QStringLiteral("MainWindow"));
    setAcceptDrops(true);
    // The map draws coastlines on the GUI thread from Coastlines' process-wide cache. Decoding
    // GSHHG takes the netCDF lock, which a slice read may hold: decode the resolutions the map
    // uses on a worker, so drawing finds them ready instead of waiting for that lock. The
    // world view needs only the low one; the intermediate one (for views under ~3000 km, four
    // times the points) waits for the first map frame, so it competes neither for the two
    // cores nor for the netCDF lock with opening the first file.
    QThreadPool::globalInstance()->start([] {
        (void)Geo::Coastlines::shared(Geo::Coastlines::Resolution::Low);
    });
    connect(m_mapView, &Gui::MapViewWidget::frameDisplayed, this, [] {
        QThreadPool::globalInstance()->start([] {
            (void)Geo::Coastlines::shared(Geo::Coastlines::Resolution::Intermediate);
        });
    }, Qt::SingleShotConnection);
    // s3:// data opened in place reads from the user's S3 service, with their keys if stored.
    Gui::CloudStorage::applyToGdal(this);
    setDockOptions(QMainWindow::AnimatedDocks | QMainWindow::AllowTabbedDocks);

    // Central area: the map with the time and level controls under it.
    auto* central = new QWidget;
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_mapView, 1);
    auto* controls = new QHBoxLayout;
    controls->setContentsMargins(4, 0, 4, 0);
    controls->addWidget(m_timeControl, 1);
    controls->addWidget(m_levelSelector);
    layout->addLayout(controls);
    setCentralWidget(central);

    Render::MapStyle style = m_stylePanel->style();
    style.colormap = AppSettings::defaultColormap();
    m_stylePanel->setStyle(style);
    m_controller->setTimeControl(m_timeControl);
    m_controller->setLevelSelector(m_levelSelector);
    m_controller->setStylePanel(m_stylePanel);
    m_controller->setTimeSeriesWidget(m_timeSeries);
    m_selection = new Base::SelectionModel(this);

    createDocks();
    createMenus();

    m_readout->setMinimumWidth(420);
    statusBar()->addWidget(m_readout, 1);
    statusBar()->addPermanentWidget(new Gui::TaskStatusWidget(Base::TaskManager::instance()));
    connect(m_mapView, &Gui::MapViewWidget::readoutChanged, m_readout, &QLabel::setText);

    connect(m_tree, &Gui::DatasetTreeWidget::mapVariableRequested, this,
            [this](int id, const QString& variable) { showVariable(id, variable); });
    connect(m_tree, &Gui::DatasetTreeWidget::currentChanged, this, &MainWindow::showCurrentAttributes);
    connect(m_tree, &Gui::DatasetTreeWidget::closeRequested, this, &MainWindow::closeDataset);
    connect(m_datasets, &Gui::DatasetList::datasetAdded, this, [this](int id) {
        m_tree->addDataset(id, *m_datasets->dataset(id));
    });
    connect(m_datasets, &Gui::DatasetList::datasetAboutToBeRemoved, this, [this](int id) {
        if (m_controller->datasetId() == id) m_controller->clear();
        m_cache->removeDataset(m_datasets->dataset(id).get());
        m_tree->removeDataset(id);
        m_attributes->clear();
    });
    connect(m_controller, &Gui::MapController::timeSeriesShown, this, [this] {
        m_seriesDock->show();
        m_seriesDock->raise();
    });
    connect(m_logPanel, &Gui::LogPanel::errorLogged, this, [this] { m_logDock->show(); });
    resize(1400, 900);
}

MainWindow::~MainWindow() = default;

void MainWindow::createDocks()
{
    auto dock = [this](const QString& title, const QString& name, QWidget* widget,
                       Qt::DockWidgetArea area) {
        auto* d = new QDockWidget(title, this);
        d->setObjectName(name);
        d->setWidget(widget);
        addDockWidget(area, d);
        return d;
    };
    QDockWidget* tree = dock(tr("Datasets"), QStringLiteral("DatasetsDock"), m_tree, Qt::LeftDockWidgetArea);
    QDockWidget* attributes = dock(tr("Attributes"), QStringLiteral("AttributesDock"), m_attributes,
                                   Qt::LeftDockWidgetArea);
    splitDockWidget(tree, attributes, Qt::Vertical);
    dock(tr("Style"), QStringLiteral("StyleDock"), m_stylePanel, Qt::RightDockWidgetArea);
    m_seriesDock = dock(tr("Time Series"), QStringLiteral("TimeSeriesDock"), m_timeSeries,
                        Qt::BottomDockWidgetArea);
    m_logDock = dock(tr("Log"), QStringLiteral("LogDock"), m_logPanel, Qt::BottomDockWidgetArea);
    tabifyDockWidget(m_seriesDock, m_logDock);
    // Catalogue browser and downloads share one HTTP client; downloads show in the status bar.
    auto http = std::make_shared<const Net::HttpClient>();
    auto* downloads = new Gui::DownloadQueue(http, Base::TaskManager::instance(), this);
    auto* catalog = new Gui::CatalogDock(http, downloads);
    auto* downloadsPanel = new Gui::DownloadsPanel(downloads);
    // Under the (short) style panel, hidden until asked for with View ▸ Catalogue: its search form
    // is wide, and shown from the start it would take a third of the window from the map.
    QDockWidget* catalogDock = dock(tr("Catalogue"), QStringLiteral("CatalogDock"), catalog, Qt::RightDockWidgetArea);
    splitDockWidget(findChild<QDockWidget*>(QStringLiteral("StyleDock")), catalogDock, Qt::Vertical);
    catalogDock->hide();
    connect(catalogDock, &QDockWidget::visibilityChanged, this, [this, catalogDock](bool shown) {
        if (shown) resizeDocks({findChild<QDockWidget*>(QStringLiteral("StyleDock")), catalogDock}, {230, 2000}, Qt::Vertical);
    });
    QDockWidget* downloadsDock = dock(tr("Downloads"), QStringLiteral("DownloadsDock"), downloadsPanel, Qt::BottomDockWidgetArea);
    tabifyDockWidget(m_logDock, downloadsDock);
    downloadsDock->hide();
    catalog->setExtentSource([this] { return m_mapView->visibleLonLatBox(); });
    connect(catalog, &Gui::CatalogDock::openRequested, this, [this](const QString& url) { openFile(url); });
    connect(downloadsPanel, &Gui::DownloadsPanel::openFileRequested, this, [this](const QString& path) { openFile(path); });
    connect(catalog, &Gui::CatalogDock::footprintsChanged, m_mapView, &Gui::MapViewWidget::setFootprints);
    connect(catalog, &Gui::CatalogDock::zoomRequested, m_mapView, &Gui::MapViewWidget::zoomToLonLat);
    connect(catalog, &Gui::CatalogDock::statusMessage, this, [this](const QString& text) { statusBar()->showMessage(text, 4000); });
    installSelectionDock(this, m_selection, catalog);
    installRemoteJobsDock(this, m_selection);
    connect(downloads, &Gui::DownloadQueue::jobAdded, downloadsDock, [downloadsDock] { downloadsDock->show(); downloadsDock->raise(); });
    // The map gets the room until there is something to show below it: a click shows the
    // time series, an error shows the log (both also under View).
    m_seriesDock->hide();
    m_logDock->hide();
    QDockWidget* style = findChild<QDockWidget*>(QStringLiteral("StyleDock"));
    resizeDocks({tree, attributes}, {360, 240}, Qt::Vertical);
    resizeDocks({tree, style}, {320, 340}, Qt::Horizontal);
    resizeDocks({m_seriesDock}, {180}, Qt::Vertical);
}

void MainWindow::restoreLayout()
{
    m_persistLayout = true;
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray(), kLayoutVersion);
}

void MainWindow::saveLayout() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState(kLayoutVersion));
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(new OpenFileAction(this));
    m_recentMenu = new OpenRecentMenu(this);
    file->addMenu(m_recentMenu);
    file->addAction(new OpenDemoAction(this));
    file->addAction(new CloseDatasetAction(this));
    file->addAction(new ExportSubsetAction(this));
    file->addSeparator();
    file->addAction(new OpenWorkspaceAction(this));
    file->addAction(new SaveWorkspaceAction(this));
    file->addSeparator();
    file->addAction(new SettingsAction(this));
    file->addSeparator();
    file->addAction(new QuitAction(this));

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(new SelectionUndoAction(SelectionUndoAction::Direction::Undo, m_selection, this));
    edit->addAction(new SelectionUndoAction(SelectionUndoAction::Direction::Redo, m_selection, this));

    QMenu* view = menuBar()->addMenu(tr("&View"));
    view->addAction(new ResetViewAction(m_mapView, this));
    view->addSeparator();
    for (QDockWidget* d : findChildren<QDockWidget*>()) view->addAction(d->toggleViewAction());

    QMenu* time = menuBar()->addMenu(tr("&Time"));
    time->addAction(new PlayPauseAction(m_timeControl, this));
    time->addSeparator();
    for (auto step : {TimeStepAction::Step::First, TimeStepAction::Step::Previous,
                      TimeStepAction::Step::Next, TimeStepAction::Step::Last}) {
        time->addAction(new TimeStepAction(step, m_timeControl, this));
    }

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(new PluginsAction(this));
    help->addAction(new AboutAction(this));
}

void MainWindow::updateRecentMenu()
{
    if (auto* menu = qobject_cast<OpenRecentMenu*>(m_recentMenu)) menu->rebuild();
}

void MainWindow::openFile(const QString& path, OpenedCallback onOpened)
{
    const int existing = m_datasets->idForPath(path);
    if (existing >= 0) {
        if (onOpened) onOpened(existing);
        return;
    }
    // Catalogue assets arrive as URLs (OPeNDAP, /vsicurl/); only local paths are made absolute.
    auto* task = new Gui::OpenDatasetTask(path.contains(QStringLiteral("://")) ? path : QFileInfo(path).absoluteFilePath());
    connect(task, &Base::Task::finished, this, [this, task, onOpened = std::move(onOpened)](bool ok) {
        if (!ok) {
            if (task->error()) {
                Base::Log::error(*task->error());
                if (task->error()->kind() != Base::Error::Kind::Cancelled) {
                    showOpenError(task->path(), *task->error());
                }
                Q_EMIT openFailed(task->path(), *task->error());
            }
            return;
        }
        // The same file may have been opened twice before the first open finished.
        int id = m_datasets->idForPath(task->path());
        if (id < 0) {
            id = m_datasets->add(task->dataset());
            AppSettings::addRecentFile(task->path());
            updateRecentMenu();
            Base::Log::info(task->path(), tr("opened (%1)").arg(task->dataset()->format()));
        }
        if (m_autoShow && m_controller->datasetId() < 0) {
            for (const Data::VariableInfo& info : task->dataset()->variables()) {
                if (info.isMappable) {
                    showVariable(id, info.name);
                    break;
                }
            }
        }
        Q_EMIT datasetOpened(id, task->path());
        if (onOpened) onOpened(id);
    });
    Base::TaskManager::instance()->start(task);
}

void MainWindow::openFiles(const QStringList& paths)
{
    for (const QString& path : paths) openFile(path);
}

void MainWindow::closeDataset(int datasetId) { m_datasets->remove(datasetId); }

void MainWindow::closeAllDatasets() { m_datasets->clear(); }

bool MainWindow::showVariable(int datasetId, const QString& variable, const Data::SliceIndex& index)
{
    auto dataset = m_datasets->dataset(datasetId);
    if (!dataset) return false;
    const auto info = dataset->variable(variable);
    if (!info || !info->isMappable) {
        Base::Log::error(dataset->path(), tr("variable '%1' cannot be shown on a map").arg(variable));
        return false;
    }
    m_tree->selectVariable(datasetId, info->name);
    showCurrentAttributes(datasetId, info->name);
    m_controller->showVariable(datasetId, dataset, info->name, index);
    setWindowTitle(tr("%1 — %2 — Estran").arg(info->name, QFileInfo(dataset->path()).fileName()));
    return true;
}

void MainWindow::showCurrentAttributes(int datasetId, const QString& variable)
{
    auto dataset = m_datasets->dataset(datasetId);
    if (!dataset) return;
    m_attributes->showAttributes(QFileInfo(dataset->path()).fileName(), dataset->attributes(),
                                 variable.isEmpty() ? std::nullopt : dataset->variable(variable));
}

void MainWindow::showOpenError(const QString& path, const Base::Error& error)
{
    // Non-modal: the user may keep working (and other files keep opening) while it is shown.
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Cannot open %1").arg(QFileInfo(path).fileName()),
                                tr("%1 could not be opened: %2").arg(path, error.message()),
                                QMessageBox::Close, this);
    if (!error.detail().isEmpty()) box->setDetailedText(error.detail());
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setModal(false);
    box->show();
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (std::any_of(urls.cbegin(), urls.cend(), [](const QUrl& u) { return u.isLocalFile(); })) {
        event->acceptProposedAction();
    }
}

void MainWindow::dropEvent(QDropEvent* event)
{
    QStringList paths;
    for (const QUrl& url : event->mimeData()->urls()) {
        if (url.isLocalFile()) paths << url.toLocalFile();
    }
    openFiles(paths);
    event->acceptProposedAction();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    // Workers finish their current read and drop their result; nothing waits for them here.
    Base::TaskManager::instance()->cancelAll();
    m_timeControl->pause();
    if (m_persistLayout) saveLayout();
    QMainWindow::closeEvent(event);
}

QPixmap MainWindow::snapshot()
{
    QPixmap shot = grab();
    const QImage map = m_mapView->grabFramebuffer();
    if (!map.isNull()) {
        QPainter painter(&shot);
        painter.drawImage(m_mapView->mapTo(this, QPoint(0, 0)), map);
    }
    return shot;
}

}  // namespace Estran::App
