// SPDX-License-Identifier: GPL-3.0-or-later
#include "estran/data/libraryinfo.h"
#include "estran/gui/catalogdock.h"

#include "estran/base/feedback.h"
#include "estran/base/log.h"
#include "estran/base/task.h"
#include "estran/base/taskmanager.h"
#include "estran/catalog/catalogprovider.h"
#include "estran/catalog/federatedsearch.h"
#include "estran/catalog/providerconfig.h"
#include "estran/catalog/providerregistry.h"
#include "estran/gui/cloudstorage.h"
#include "estran/gui/downloadqueue.h"
#include "estran/gui/filteredit.h"
#include "estran/net/credentialstore.h"
#include "estran/gui/itempagewidget.h"
#include "estran/gui/providereditdialog.h"
#include "estran/gui/providerlistmodel.h"
#include "estran/gui/searchresultsmodel.h"
#include "estran/gui/thumbnailcache.h"
#include "estran/net/httpclient.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDateTimeEdit>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QSet>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTimeZone>
#include <QUrl>
#include <QToolButton>
#include <QVBoxLayout>

namespace Estran::Gui {

using Catalog::ProviderConfig;
using State = ProviderListModel::State;

namespace {

// Transport failures (no route, no DNS, refused, timed out) mean the host cannot be reached,
// which an offline laptop shows for every provider; an HTTP error means the server answered.
bool isUnreachable(const Base::Error& e)
{
    if (e.kind() != Base::Error::Kind::Network) return false;
    const QString d = e.detail();
    for (const char* word : {"resolve", "connect", "Connection", "timed out", "Timeout", "No route"}) {
        if (d.contains(QLatin1String(word))) return true;
    }
    return false;
}

// Probes an endpoint on a worker: what "Test connection" shows.
class TestConnectionTask final : public Base::Task {
public:
    TestConnectionTask(std::shared_ptr<const Net::HttpClient> client, ProviderConfig provider)
        : Base::Task(CatalogDock::tr("Testing %1").arg(provider.name)), m_client(std::move(client)),
          m_provider(std::move(provider))
    {
    }
    const ProviderConfig& provider() const { return m_provider; }
    const Catalog::Capabilities& capabilities() const { return m_capabilities; }

protected:
    std::optional<Base::Error> run(Base::Feedback* feedback) override
    {
        auto created = Catalog::ProviderRegistry::instance().create(m_provider.type, m_provider.url, *m_client);
        if (!created) return created.error();
        auto caps = (*created)->capabilities(feedback);
        if (!caps) return caps.error();
        m_capabilities = *caps;
        return std::nullopt;
    }

private:
    std::shared_ptr<const Net::HttpClient> m_client;
    ProviderConfig m_provider;
    Catalog::Capabilities m_capabilities;
};

// Reads what the enabled STAC catalogues can filter on, on a worker; merged by name.
class QueryablesTask final : public Base::Task {
public:
    QueryablesTask(std::shared_ptr<const Net::HttpClient> client, QList<ProviderConfig> providers, QString collection)
        : Base::Task(CatalogDock::tr("Reading the filterable fields")), m_client(std::move(client)),
          m_providers(std::move(providers)), m_collection(std::move(collection))
    {
    }
    const QList<Catalog::Queryable>& queryables() const { return m_queryables; }
    const QStringList& answered() const { return m_answered; }
    const QList<Base::Error>& problems() const { return m_problems; }

protected:
    std::optional<Base::Error> run(Base::Feedback* feedback) override
    {
        QSet<QString> names;
        for (const ProviderConfig& p : m_providers) {
            if (Base::isCancelled(feedback)) return Base::Error::cancelled(p.url);
            auto created = Catalog::ProviderRegistry::instance().create(p.type, p.url, *m_client);
            if (!created) continue;
            Base::Result<QList<Catalog::Queryable>> list = (*created)->queryables(m_collection, feedback);
            if (!list) {
                m_problems << list.error();
                continue;
            }
            m_answered << p.name;
            for (const Catalog::Queryable& q : *list) {
                if (names.contains(q.name)) continue;
                names.insert(q.name);
                m_queryables << q;
            }
        }
        std::sort(m_queryables.begin(), m_queryables.end(),
                  [](const Catalog::Queryable& a, const Catalog::Queryable& b) { return a.name < b.name; });
        return std::nullopt;
    }

private:
    std::shared_ptr<const Net::HttpClient> m_client;
    QList<ProviderConfig> m_providers;
    QString m_collection;
    QList<Catalog::Queryable> m_queryables;
    QStringList m_answered;
    QList<Base::Error> m_problems;
};

QDoubleSpinBox* degreeBox(double min, double max)
{
    auto* box = new QDoubleSpinBox;
    box->setRange(min, max);
    box->setDecimals(3);
    box->setSuffix(QStringLiteral("°"));
    box->setMinimumWidth(70);
    return box;
}

QDateTimeEdit* utcEdit()
{
    auto* edit = new QDateTimeEdit;
    edit->setTimeSpec(Qt::UTC);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    edit->setCalendarPopup(true);
    return edit;
}

}  // namespace

CatalogDock::CatalogDock(std::shared_ptr<const Net::HttpClient> client, DownloadQueue* queue,
                         const QString& providersPath, QWidget* parent)
    : QWidget(parent), m_client(std::move(client)), m_queue(queue),
      m_providersPath(providersPath.isEmpty() ? ProviderConfig::defaultPath() : providersPath),
      m_providers(new ProviderListModel(this)), m_results(new SearchResultsModel(this)),
      m_thumbnails(new ThumbnailCache(m_client, 48, this)), m_itemPage(new ItemPageWidget)
{
    m_results->setThumbnailCache(m_thumbnails);

    m_resultsView = new QTableView;
    m_resultsView->setModel(m_results);
    m_resultsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_resultsView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_resultsView->setIconSize(QSize(48, 48));
    m_resultsView->verticalHeader()->setDefaultSectionSize(52);
    m_resultsView->verticalHeader()->hide();
    m_resultsView->horizontalHeader()->setSectionResizeMode(SearchResultsModel::TitleColumn, QHeaderView::Stretch);
    for (int c : {int(SearchResultsModel::ProviderColumn), int(SearchResultsModel::TimeColumn),
                  int(SearchResultsModel::CollectionColumn)}) {
        m_resultsView->horizontalHeader()->setSectionResizeMode(c, QHeaderView::Interactive);
    }
    // Narrow by default so the title keeps most of a side dock; all can be widened.
    m_resultsView->setColumnWidth(SearchResultsModel::ProviderColumn, 80);
    m_resultsView->setColumnWidth(SearchResultsModel::TimeColumn, 110);
    m_resultsView->setColumnWidth(SearchResultsModel::CollectionColumn, 80);
    m_resultsView->setMinimumHeight(160);
    m_resultsView->setWordWrap(true);
    m_resultsView->setContextMenuPolicy(Qt::CustomContextMenu);

    m_summary = new QLabel;
    m_summary->setWordWrap(true);
    auto* resultsBox = new QWidget;
    auto* resultsLayout = new QVBoxLayout(resultsBox);
    resultsLayout->setContentsMargins(0, 0, 0, 0);
    resultsLayout->addWidget(m_summary);
    resultsLayout->addWidget(m_resultsView, 1);

    // The form and the catalogue list share one tabbed area: a side dock has little height,
    // and the results below need it more than the list, whose failures the tab title counts.
    m_tabs = new QTabWidget;
    m_tabs->addTab(createSearchBox(), tr("Search"));
    m_tabs->addTab(createProviderBox(), tr("Catalogues"));
    auto* splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(m_tabs);
    splitter->addWidget(resultsBox);
    splitter->addWidget(m_itemPage);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 3);
    splitter->setStretchFactor(2, 2);
    splitter->setChildrenCollapsible(false);
    // Results get the room; the item page below shows the selected one (sizes are proportions).
    splitter->setSizes({200, 420, 260});
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(splitter);

    connect(m_resultsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) { onCurrentResultChanged(current); });
    connect(m_resultsView, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        const Catalog::Item& item = m_results->item(index.row());
        m_itemPage->setItem(item);
        if (auto asset = m_itemPage->currentAsset()) openAsset(item, *asset);
    });
    connect(m_resultsView, &QTableView::customContextMenuRequested, this, &CatalogDock::showResultMenu);
    connect(m_itemPage, &ItemPageWidget::openRequested, this, &CatalogDock::openAsset);
    connect(m_itemPage, &ItemPageWidget::downloadRequested, this, &CatalogDock::downloadAsset);
    connect(m_itemPage, &ItemPageWidget::copyLinkRequested, this, &CatalogDock::copyLink);
    connect(m_itemPage, &ItemPageWidget::zoomRequested, this, &CatalogDock::zoomTo);
    connect(m_providers, &ProviderListModel::providersEdited, this, &CatalogDock::saveProviders);

    loadProviders();
    loadForm();
    updateSummary();
}

CatalogDock::~CatalogDock()
{
    saveForm();
    // The search object has no parent and deletes itself after finished(), so it outlives
    // this widget until its workers have returned, as FederatedSearch requires.
    if (m_search) {
        m_search->disconnect(this);
        m_search->disconnect(m_results);
        m_search->cancel();
    }
}

QWidget* CatalogDock::createProviderBox()
{
    auto* box = new QWidget;
    m_providerView = new QTableView;
    m_providerView->setModel(m_providers);
    m_providerView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_providerView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_providerView->verticalHeader()->hide();
    m_providerView->verticalHeader()->setDefaultSectionSize(22);
    m_providerView->horizontalHeader()->setSectionResizeMode(ProviderListModel::NameColumn, QHeaderView::ResizeToContents);
    // Type names are long ("OGC Catalogue Service (CSW 2.0.2)"): a fixed column keeps room
    // for the status, which is what changes; both have tooltips with the full text.
    m_providerView->horizontalHeader()->setSectionResizeMode(ProviderListModel::TypeColumn, QHeaderView::Interactive);
    m_providerView->setColumnWidth(ProviderListModel::TypeColumn, 120);
    m_providerView->setTextElideMode(Qt::ElideRight);
    m_providerView->horizontalHeader()->setSectionResizeMode(ProviderListModel::StatusColumn, QHeaderView::Stretch);
    m_providerView->setMinimumHeight(120);
    connect(m_providerView, &QTableView::doubleClicked, this,
            [this](const QModelIndex& index) { editProvider(index.row()); });

    auto* add = new QToolButton;
    add->setText(tr("Add…"));
    auto* edit = new QToolButton;
    edit->setText(tr("Edit…"));
    auto* remove = new QToolButton;
    remove->setText(tr("Remove"));
    auto* test = new QToolButton;
    test->setText(tr("Test connection"));
    test->setToolTip(tr("Ask the selected catalogue what it supports (on a worker; the window stays usable)"));
    auto* defaults = new QToolButton;
    defaults->setText(tr("Restore defaults"));
    connect(add, &QToolButton::clicked, this, &CatalogDock::addProvider);
    connect(edit, &QToolButton::clicked, this, [this] { editProvider(currentProviderRow()); });
    connect(remove, &QToolButton::clicked, this, [this] { removeProvider(currentProviderRow()); });
    connect(test, &QToolButton::clicked, this, [this] { testConnection(currentProviderRow()); });
    connect(defaults, &QToolButton::clicked, this, [this] {
        // Window-modal through open(), not exec(): the event loop keeps running.
        auto* box = new QMessageBox(QMessageBox::Question, tr("Restore default catalogues"),
                                    tr("Replace the catalogue list with Estran's defaults?"),
                                    QMessageBox::Yes | QMessageBox::No, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        connect(box, &QMessageBox::finished, this, [this](int result) {
            if (result != QMessageBox::Yes) return;
            m_providers->setProviders(ProviderConfig::defaults());
            saveProviders();
        });
        box->open();
    });
    auto* buttons = new QHBoxLayout;
    for (QToolButton* b : {add, edit, remove, test}) buttons->addWidget(b);
    buttons->addStretch(1);
    buttons->addWidget(defaults);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_providerView, 1);
    layout->addLayout(buttons);
    return box;
}

QWidget* CatalogDock::createSearchBox()
{
    auto* box = new QWidget;
    m_text = new QLineEdit;
    m_text->setPlaceholderText(tr("free text, e.g. sea surface temperature"));
    m_text->setClearButtonEnabled(true);
    m_collections = new QLineEdit;
    m_collections->setPlaceholderText(tr("collection ids, comma separated (optional)"));
    m_collections->setClearButtonEnabled(true);
    m_filter = new FilterEdit;
    connect(m_filter, &FilterEdit::fieldsRequested, this, &CatalogDock::loadQueryables);
    connect(m_filter, &FilterEdit::returnPressed, this, &CatalogDock::search);
    connect(m_collections, &QLineEdit::textChanged, m_filter, &FilterEdit::clearQueryables);

    m_useArea = new QCheckBox(tr("Area"));
    m_west = degreeBox(-180, 180);
    m_south = degreeBox(-90, 90);
    m_east = degreeBox(-180, 180);
    m_north = degreeBox(-90, 90);
    m_west->setToolTip(tr("West longitude (degrees east; west > east crosses the antimeridian)"));
    m_south->setToolTip(tr("South latitude (degrees north)"));
    m_east->setToolTip(tr("East longitude (degrees east)"));
    m_north->setToolTip(tr("North latitude (degrees north)"));
    m_fromMap = new QPushButton(tr("From map"));
    m_fromMap->setToolTip(tr("Use the extent the map view shows now"));
    m_fromMap->setVisible(false);
    // Two rows (W E / S N) keep the form narrow enough for a side dock.
    auto* area = new QGridLayout;
    area->setContentsMargins(0, 0, 0, 0);
    const std::pair<QString, QDoubleSpinBox*> cells[] = {{tr("W"), m_west}, {tr("E"), m_east}, {tr("S"), m_south}, {tr("N"), m_north}};
    for (int i = 0; i < 4; ++i) {
        area->addWidget(new QLabel(cells[i].first), i / 2, (i % 2) * 2);
        area->addWidget(cells[i].second, i / 2, (i % 2) * 2 + 1);
    }
    area->setColumnStretch(1, 1);
    area->setColumnStretch(3, 1);
    area->addWidget(m_fromMap, 0, 4, 2, 1);
    // Typing a box replaces the selection's polygon: the fields would no longer describe it.
    for (QDoubleSpinBox* spin : {m_west, m_south, m_east, m_north}) {
        connect(spin, &QDoubleSpinBox::valueChanged, this, [this] {
            if (!m_settingArea) setPolygon({});
        });
    }
    connect(m_fromMap, &QPushButton::clicked, this, [this] {
        if (!m_extentSource) return;
        if (auto box = m_extentSource()) {
            setArea(box);
        } else {
            Q_EMIT statusMessage(tr("The map shows nothing yet: there is no extent to use."));
        }
    });

    m_useTime = new QCheckBox(tr("Time"));
    m_start = utcEdit();
    m_end = utcEdit();
    auto* time = new QGridLayout;
    time->setContentsMargins(0, 0, 0, 0);
    time->addWidget(new QLabel(tr("from")), 0, 0);
    time->addWidget(m_start, 0, 1);
    time->addWidget(new QLabel(tr("to")), 1, 0);
    time->addWidget(m_end, 1, 1);
    time->addWidget(new QLabel(tr("UTC")), 0, 2, 2, 1);
    time->setColumnStretch(1, 1);

    m_maxItems = new QSpinBox;
    m_maxItems->setRange(1, 10000);
    m_maxItems->setValue(100);
    m_maxItems->setToolTip(tr("At most this many results from each catalogue"));

    m_searchButton = new QPushButton(tr("Search"));
    m_searchButton->setDefault(true);
    m_cancelButton = new QPushButton(tr("Cancel"));
    m_cancelButton->setEnabled(false);
    auto* actions = new QHBoxLayout;
    actions->addWidget(new QLabel(tr("Max. per catalogue:")));
    actions->addWidget(m_maxItems);
    actions->addStretch(1);
    actions->addWidget(m_searchButton);
    actions->addWidget(m_cancelButton);

    auto* form = new QFormLayout(box);
    form->setContentsMargins(4, 4, 4, 4);
    form->addRow(tr("Text:"), m_text);
    form->addRow(tr("Collections:"), m_collections);
    form->addRow(tr("Filter:"), m_filter);
    form->addRow(m_useArea, area);
    form->addRow(m_useTime, time);
    form->addRow(actions);

    auto enableArea = [this](bool on) {
        for (QWidget* w : {static_cast<QWidget*>(m_west), static_cast<QWidget*>(m_south),
                           static_cast<QWidget*>(m_east), static_cast<QWidget*>(m_north)}) {
            w->setEnabled(on);
        }
    };
    connect(m_useArea, &QCheckBox::toggled, this, enableArea);
    connect(m_useTime, &QCheckBox::toggled, m_start, &QWidget::setEnabled);
    connect(m_useTime, &QCheckBox::toggled, m_end, &QWidget::setEnabled);
    connect(m_searchButton, &QPushButton::clicked, this, &CatalogDock::search);
    connect(m_text, &QLineEdit::returnPressed, this, &CatalogDock::search);
    connect(m_collections, &QLineEdit::returnPressed, this, &CatalogDock::search);
    connect(m_cancelButton, &QPushButton::clicked, this, &CatalogDock::cancel);
    return box;
}

void CatalogDock::loadProviders()
{
    auto loaded = ProviderConfig::load(m_providersPath);
    if (!loaded) {
        // A broken file must not cost the user the catalogues: defaults are shown, the file is
        // left alone until the list is edited, and the log says what is wrong with it.
        Base::Log::error(loaded.error());
        m_providers->setProviders(ProviderConfig::defaults());
        return;
    }
    m_providers->setProviders(*loaded);
}

void CatalogDock::saveProviders()
{
    auto saved = ProviderConfig::save(m_providers->providers(), m_providersPath);
    if (!saved) Base::Log::error(saved.error());
}

void CatalogDock::loadForm()
{
    QSettings s;
    s.beginGroup(QStringLiteral("catalog"));
    m_text->setText(s.value(QStringLiteral("text")).toString());
    m_collections->setText(s.value(QStringLiteral("collections")).toString());
    m_filter->setText(s.value(QStringLiteral("filter")).toString());
    const auto box = Base::GeoBox::fromString(s.value(QStringLiteral("area"), QStringLiteral("-10,40,10,55")).toString());
    const Base::GeoBox b = box.value_or(Base::GeoBox{-10, 40, 10, 55});
    m_west->setValue(b.west);
    m_south->setValue(b.south);
    m_east->setValue(b.east);
    m_north->setValue(b.north);
    m_useArea->setChecked(s.value(QStringLiteral("useArea"), false).toBool());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QDateTime start = s.value(QStringLiteral("start")).toDateTime();
    QDateTime end = s.value(QStringLiteral("end")).toDateTime();
    m_start->setDateTime(start.isValid() ? start : now.addDays(-30));
    m_end->setDateTime(end.isValid() ? end : now);
    m_useTime->setChecked(s.value(QStringLiteral("useTime"), false).toBool());
    m_maxItems->setValue(s.value(QStringLiteral("maxItems"), 100).toInt());
    s.endGroup();
    // toggled() is not emitted when the state does not change, so apply it once here.
    for (QWidget* w : {static_cast<QWidget*>(m_west), static_cast<QWidget*>(m_south),
                       static_cast<QWidget*>(m_east), static_cast<QWidget*>(m_north)}) {
        w->setEnabled(m_useArea->isChecked());
    }
    m_start->setEnabled(m_useTime->isChecked());
    m_end->setEnabled(m_useTime->isChecked());
}

void CatalogDock::saveForm() const
{
    QSettings s;
    s.beginGroup(QStringLiteral("catalog"));
    s.setValue(QStringLiteral("text"), m_text->text());
    s.setValue(QStringLiteral("collections"), m_collections->text());
    s.setValue(QStringLiteral("filter"), m_filter->text());
    s.setValue(QStringLiteral("area"),
               Base::GeoBox{m_west->value(), m_south->value(), m_east->value(), m_north->value()}.toString());
    s.setValue(QStringLiteral("useArea"), m_useArea->isChecked());
    s.setValue(QStringLiteral("start"), m_start->dateTime());
    s.setValue(QStringLiteral("end"), m_end->dateTime());
    s.setValue(QStringLiteral("useTime"), m_useTime->isChecked());
    s.setValue(QStringLiteral("maxItems"), m_maxItems->value());
    s.endGroup();
}

Catalog::SearchQuery CatalogDock::query() const
{
    Catalog::SearchQuery q;
    q.text = m_text->text().trimmed();
    for (const QString& c : m_collections->text().split(u',', Qt::SkipEmptyParts)) {
        if (!c.trimmed().isEmpty()) q.collections.append(c.trimmed());
    }
    if (m_useArea->isChecked()) {
        q.bbox = Base::GeoBox{m_west->value(), m_south->value(), m_east->value(), m_north->value()};
        q.polygon = m_polygon;
    }
    if (m_useTime->isChecked()) {
        q.start = m_start->dateTime().toUTC();
        q.end = m_end->dateTime().toUTC();
    }
    q.maxItems = m_maxItems->value();
    q.pageSize = std::min(q.maxItems, m_pageSize);
    q.cql2Filter = m_filter->filter().value_or(QJsonObject());
    return q;
}

void CatalogDock::setSearchText(const QString& text) { m_text->setText(text); }

void CatalogDock::setCollections(const QStringList& collections)
{
    m_collections->setText(collections.join(QStringLiteral(", ")));
}

void CatalogDock::setArea(const std::optional<Base::GeoBox>& box)
{
    m_polygon.clear();
    m_settingArea = true;
    m_useArea->setChecked(box.has_value());
    if (box) {
        m_west->setValue(box->west);
        m_south->setValue(box->south);
        m_east->setValue(box->east);
        m_north->setValue(box->north);
    }
    m_settingArea = false;
}

void CatalogDock::setPolygon(const QVector<QPointF>& ring)
{
    m_polygon = ring.size() >= 3 ? ring : QVector<QPointF>();
    m_useArea->setToolTip(m_polygon.isEmpty() ? QString()
                                              : tr("The selection's polygon (%n vertices): STAC catalogues search with it, "
                                                   "the others with its bounding box shown here", nullptr, int(m_polygon.size())));
}

void CatalogDock::setTimeRange(const QDateTime& start, const QDateTime& end)
{
    m_useTime->setChecked(start.isValid() || end.isValid());
    if (start.isValid()) m_start->setDateTime(start.toUTC());
    if (end.isValid()) m_end->setDateTime(end.toUTC());
}

void CatalogDock::setMaxItems(int count) { m_maxItems->setValue(count); }

void CatalogDock::setExtentSource(std::function<std::optional<Base::GeoBox>()> source)
{
    m_extentSource = std::move(source);
    m_fromMap->setVisible(bool(m_extentSource));
}

bool CatalogDock::isSearching() const { return m_search && m_search->isRunning(); }

void CatalogDock::search()
{
    if (!m_filter->problem().isEmpty()) {
        // Searching without the filter the user typed would show results they did not ask for.
        m_summary->setText(m_filter->problem());
        return;
    }
    cancel();
    saveForm();
    m_results->clear();
    m_itemPage->clear();
    m_providers->resetStatuses();
    m_failedSources = 0;
    Q_EMIT footprintsChanged({}, -1);

    std::vector<Catalog::FederatedSearch::Source> sources;
    for (const ProviderConfig& p : m_providers->providers()) {
        if (!p.enabled || !ProviderListModel::isTypeAvailable(p.type)) continue;
        auto created = Catalog::ProviderRegistry::instance().create(p.type, p.url, *m_client);
        if (!created) {
            m_providers->setStatus(p.name, {State::Failed, 0, std::nullopt, created.error().message()});
            continue;
        }
        sources.push_back({p.name, std::shared_ptr<Catalog::CatalogProvider>(std::move(*created))});
        m_providers->setStatus(p.name, {State::Searching, 0, std::nullopt, {}});
    }
    if (sources.empty()) {
        m_summary->setText(tr("No catalogue is enabled: tick at least one under Catalogues."));
        m_tabs->setCurrentIndex(1);
        return;
    }

    auto* search = new Catalog::FederatedSearch;  // no parent: see ~CatalogDock
    m_search = search;
    // The provider objects hold a reference to the client; keep it alive as long as the search.
    std::shared_ptr<const Net::HttpClient> keepClient = m_client;
    connect(search, &Catalog::FederatedSearch::pageArrived, this,
            [this](const QString& name, const Catalog::SearchPage& page) {
                const int row = m_providers->rowOf(name);
                ProviderListModel::Status s = row >= 0 ? m_providers->status(row) : ProviderListModel::Status{};
                s.state = State::Searching;
                s.items += page.items.size();
                if (page.matched) s.matched = page.matched;
                m_providers->setStatus(name, s);
                m_results->appendItems(page.items);
                emitFootprints();
                updateSummary();
            });
    connect(search, &Catalog::FederatedSearch::itemMerged, m_results, &SearchResultsModel::mergeItem);
    connect(search, &Catalog::FederatedSearch::sourceFinished, this,
            [this](const QString& name, const Catalog::SearchSummary& summary) {
                ProviderListModel::Status s;
                s.state = State::Done;
                s.items = summary.itemCount;
                s.matched = summary.matched;
                if (!summary.skipped.isEmpty()) {
                    s.message = tr("done: %n item(s), some parts skipped", nullptr, int(summary.itemCount));
                    for (const Base::Error& e : summary.skipped) Base::Log::warning(e.where(), e.message(), e.detail());
                }
                m_providers->setStatus(name, s);
            });
    connect(search, &Catalog::FederatedSearch::sourceFailed, this, &CatalogDock::onSourceFailed);
    connect(search, &Catalog::FederatedSearch::finished, this, &CatalogDock::onSearchFinished);
    connect(search, &Catalog::FederatedSearch::finished, search, [search, keepClient] { search->deleteLater(); });
    m_searchButton->setEnabled(false);
    m_cancelButton->setEnabled(true);
    search->start(query(), std::move(sources));
    updateSummary();
    Q_EMIT searchStarted();
}

void CatalogDock::loadQueryables()
{
    QList<ProviderConfig> stac;
    for (const ProviderConfig& p : m_providers->providers()) {
        if (p.enabled && p.type == u"stac") stac << p;
    }
    const QStringList collections = query().collections;
    const QString collection = collections.size() == 1 ? collections.first() : QString();
    if (stac.isEmpty()) {
        m_filter->setQueryables({}, tr("No STAC catalogue is enabled"));
        return;
    }
    auto* task = new QueryablesTask(m_client, stac, collection);
    // Only the latest request counts: an older answer (another collection) arriving last is dropped.
    const int generation = ++m_queryablesGeneration;
    connect(task, &Base::Task::finished, this, [this, task, collection, generation] {
        if (generation != m_queryablesGeneration) return;
        for (const Base::Error& e : task->problems()) Base::Log::info(e.where(), e.message(), e.detail());
        QString note;
        if (task->answered().isEmpty()) note = tr("No enabled STAC catalogue lists its fields (see the log)");
        else if (collection.isEmpty()) note = tr("Fields of %1").arg(task->answered().join(QStringLiteral(", ")));
        else note = tr("Fields of %1 in %2").arg(collection, task->answered().join(QStringLiteral(", ")));
        m_filter->setQueryables(task->queryables(), note);
    });
    Base::TaskManager::instance()->start(task);
}

void CatalogDock::cancel()
{
    if (!m_search) return;
    // Detach now: the old search's late pages must not land in the next search's results.
    m_search->disconnect(this);
    m_search->disconnect(m_results);
    m_search->cancel();
    for (int row = 0; row < m_providers->rowCount(); ++row) {
        if (m_providers->status(row).state == State::Searching) {
            ProviderListModel::Status s = m_providers->status(row);
            s.state = State::Done;
            s.message = tr("cancelled after %n item(s)", nullptr, int(s.items));
            m_providers->setStatus(m_providers->provider(row).name, s);
        }
    }
    m_search = nullptr;
    m_searchButton->setEnabled(true);
    m_cancelButton->setEnabled(false);
    updateSummary();
    Q_EMIT searchFinished();
}

void CatalogDock::onSourceFailed(const QString& name, const Base::Error& error)
{
    ++m_failedSources;
    ProviderListModel::Status s;
    const int row = m_providers->rowOf(name);
    if (row >= 0) s.items = m_providers->status(row).items;
    if (error.kind() == Base::Error::Kind::Cancelled) {
        s.state = State::Done;
        s.message = tr("cancelled");
    } else {
        s.state = isUnreachable(error) ? State::Unreachable : State::Failed;
        // The server is named so the user knows which endpoint to check.
        s.message = tr("%1 (%2)").arg(error.message(), QUrl(error.where()).host().isEmpty() ? error.where()
                                                                                              : QUrl(error.where()).host());
        // A warning, not an error: the row already shows it, and an offline laptop must not
        // pop the log open for every catalogue on every search.
        Base::Log::warning(error.where(), tr("%1: %2").arg(name, error.message()), error.detail());
    }
    m_providers->setStatus(name, s);
    updateSummary();
}

void CatalogDock::onSearchFinished()
{
    m_search = nullptr;
    m_searchButton->setEnabled(true);
    m_cancelButton->setEnabled(false);
    updateSummary();
    Q_EMIT searchFinished();
}

void CatalogDock::updateSummary()
{
    const int n = m_results->rowCount();
    QString text;
    if (isSearching()) {
        text = tr("Searching… %n result(s) so far", nullptr, n);
    } else if (n == 0 && m_failedSources == 0) {
        text = tr("Enter search terms and press Search. Results stream in from every ticked catalogue.");
    } else {
        text = tr("%n result(s)", nullptr, n);
        if (m_failedSources > 0) text += tr(" — %n catalogue(s) failed (see Catalogues)", nullptr, m_failedSources);
    }
    m_summary->setText(text);
    m_tabs->setTabText(1, m_failedSources > 0 ? tr("Catalogues (%n failed)", nullptr, m_failedSources) : tr("Catalogues"));
    Q_EMIT statusMessage(text);
}

int CatalogDock::currentProviderRow() const
{
    const QModelIndex index = m_providerView->currentIndex();
    return index.isValid() ? index.row() : -1;
}

void CatalogDock::addProvider()
{
    ProviderConfig blank;
    blank.type = QStringLiteral("stac");
    auto* dialog = new ProviderEditDialog(blank, [this](const QString& n) { return m_providers->isNameFree(n); }, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_providers->addProvider(dialog->provider());
        storeApiKey(dialog->provider(), dialog->newApiKey());
    });
    dialog->open();
}

void CatalogDock::editProvider(int row)
{
    if (row < 0 || row >= m_providers->rowCount()) return;
    const ProviderConfig current = m_providers->provider(row);
    auto* dialog = new ProviderEditDialog(
        current, [this, row](const QString& n) { return m_providers->isNameFree(n, row); }, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // The row may have moved while the dialog was open; find it again by its old name.
    connect(dialog, &QDialog::accepted, this, [this, dialog, name = current.name] {
        m_providers->updateProvider(m_providers->rowOf(name), dialog->provider());
        storeApiKey(dialog->provider(), dialog->newApiKey());
    });
    dialog->open();
}

void CatalogDock::storeApiKey(const ProviderConfig& provider, const QString& key)
{
    if (key.isEmpty()) return;
    Net::CredentialStore().write(provider.apiKeyEntry(), key, this, [this, name = provider.name](const Base::Result<void>& r) {
        if (r) Q_EMIT statusMessage(tr("API key of %1 stored in the system keychain").arg(name));
        else Base::Log::error(r.error());
    });
}

void CatalogDock::removeProvider(int row)
{
    if (row < 0 || row >= m_providers->rowCount()) return;
    m_providers->removeProvider(row);
}

void CatalogDock::testConnection(int row)
{
    if (row < 0 || row >= m_providers->rowCount()) return;
    const ProviderConfig p = m_providers->provider(row);
    if (!ProviderListModel::isTypeAvailable(p.type)) {
        Q_EMIT connectionTested(p.name, false, m_providers->statusText(row));
        return;
    }
    m_providers->setStatus(p.name, {State::Testing, 0, std::nullopt, {}});
    auto* task = new TestConnectionTask(m_client, p);
    connect(task, &Base::Task::finished, this, [this, task](bool ok) {
        const QString name = task->provider().name;
        ProviderListModel::Status s;
        QString text;
        if (ok) {
            const Catalog::Capabilities& c = task->capabilities();
            QStringList parts;
            if (!c.title.isEmpty()) parts << c.title;
            if (!c.protocolVersion.isEmpty()) parts << c.protocolVersion;
            parts << c.notes;
            text = parts.join(QStringLiteral(" — "));
            s.state = State::Done;
            s.message = tr("connected: %1").arg(text.isEmpty() ? tr("the server answered") : text);
            Base::Log::info(task->provider().url, s.message);
        } else {
            const Base::Error e = task->error().value_or(Base::Error::cancelled(name));
            s.state = isUnreachable(e) ? State::Unreachable : State::Failed;
            text = e.message();
            s.message = tr("%1 (%2)").arg(e.message(), e.where());
            if (e.kind() != Base::Error::Kind::Cancelled) Base::Log::error(e);
        }
        m_providers->setStatus(name, s);
        Q_EMIT connectionTested(name, ok, text);
    });
    Base::TaskManager::instance()->start(task);
}

void CatalogDock::onCurrentResultChanged(const QModelIndex& index)
{
    if (!index.isValid()) {
        m_itemPage->clear();
    } else {
        m_itemPage->setItem(m_results->item(index.row()));
    }
    emitFootprints();
}

void CatalogDock::emitFootprints()
{
    QList<QPolygonF> rings;
    int highlighted = -1;
    const int current = m_resultsView->currentIndex().isValid() ? m_resultsView->currentIndex().row() : -1;
    for (int row = 0; row < m_results->rowCount(); ++row) {
        const QList<QPolygonF> r = SearchResultsModel::footprint(m_results->item(row));
        if (row == current && !r.isEmpty()) highlighted = int(rings.size());
        rings += r;
    }
    Q_EMIT footprintsChanged(rings, highlighted);
}

Base::Result<QString> CatalogDock::remotePathFor(const Catalog::Asset& asset)
{
    const QString href = asset.href;
    const QString type = asset.type.toLower();
    const QString path = QUrl(href).path().toLower();
    const bool http = href.startsWith(u"http://") || href.startsWith(u"https://");
    if (!http) {
        const QUrl url(href);
        if (url.isLocalFile()) return url.toLocalFile();
        return Base::Error(Base::Error::Kind::Unsupported, href,
                           tr("Only http(s) assets can be opened in place; download this one instead"));
    }
    const bool opendap = type.contains(QStringLiteral("opendap")) || type.contains(QStringLiteral("dap"))
                         || href.contains(QStringLiteral("/dodsC/")) || asset.roles.contains(QStringLiteral("opendap"));
    if (opendap) return href;  // netCDF-C speaks DAP2/DAP4 itself
    if (type.contains(QStringLiteral("zarr")) || path.endsWith(QStringLiteral(".zarr"))
        || path.endsWith(QStringLiteral(".zarr/"))) {
        return QStringLiteral("ZARR:\"/vsicurl/%1\"").arg(href);
    }
    if (type.contains(QStringLiteral("netcdf")) || type.contains(QStringLiteral("hdf"))
        || path.endsWith(QStringLiteral(".nc")) || path.endsWith(QStringLiteral(".nc4"))
        || path.endsWith(QStringLiteral(".h5")) || path.endsWith(QStringLiteral(".hdf5"))) {
        // netCDF-C reads a plain HTTP file by byte ranges when told so with #mode=bytes, if it
        // was built with that support; otherwise say so instead of failing with "no such file".
        if (!Data::LibraryInfo::netcdfReadsHttpByteRanges()) {
            return Base::Error(Base::Error::Kind::Unsupported, href,
                               tr("netCDF/HDF5 files over plain HTTP cannot be opened in place: this "
                                  "build's netCDF library has no byte-range support; use the "
                                  "dataset's OPeNDAP link, or Download and open the file"));
        }
        return href.contains(u'#') ? href : href + QStringLiteral("#mode=bytes");
    }
    if (type.contains(QStringLiteral("tiff")) || path.endsWith(QStringLiteral(".tif"))
        || path.endsWith(QStringLiteral(".tiff"))) {
        // GDAL reads (cloud-optimised) GeoTIFFs in place with HTTP range requests; the explicit
        // /vsicurl/ prefix also covers hrefs whose name does not end in .tif.
        return QStringLiteral("/vsicurl/") + href;
    }
    return Base::Error(Base::Error::Kind::Unsupported, href,
                       tr("This asset (%1) is not a format Estran opens in place; use Download or Copy link")
                           .arg(asset.type.isEmpty() ? tr("unknown type") : asset.type));
}

void CatalogDock::openAsset(const Catalog::Item& item, const Catalog::Asset& asset)
{
    auto path = remotePathFor(asset);
    if (!path) {
        Base::Log::warning(path.error().where(), path.error().message(), path.error().detail());
        Q_EMIT statusMessage(path.error().message());
        return;
    }
    Base::Log::info(asset.href, tr("opening asset '%1' of %2 in place").arg(asset.key, item.id));
    Q_EMIT openRequested(*path);
}

void CatalogDock::downloadAsset(const Catalog::Item& item, const Catalog::Asset& asset)
{
    if (!m_queue) {
        Q_EMIT statusMessage(tr("Downloads are not available here."));
        return;
    }
    const QString title = asset.title.isEmpty() ? QStringLiteral("%1 / %2").arg(item.id, asset.key) : asset.title;
    // Which keychain entries hold what this asset needs; read by the download's worker.
    Net::KeychainAccess access;
    access.s3Endpoint = CloudStorage::endpoint();
    if (const int row = m_providers->rowOf(item.providerId); row >= 0) {
        const ProviderConfig provider = m_providers->provider(row);
        access.apiKeyHeader = provider.apiKeyHeader;
        access.apiKeyEntry = provider.apiKeyEntry();
    }
    m_queue->enqueue(asset.href, DownloadQueue::defaultDirectory(), asset.checksum, title, access);
    Q_EMIT statusMessage(tr("Queued %1 for download").arg(title));
}

void CatalogDock::copyLink(const QString& url)
{
    QApplication::clipboard()->setText(url);
    Q_EMIT statusMessage(tr("Copied %1").arg(url));
}

void CatalogDock::zoomTo(const Catalog::Item& item)
{
    QRectF box;
    for (const QPolygonF& ring : SearchResultsModel::footprint(item)) box = box.united(ring.boundingRect());
    if (box.isEmpty() && box.isNull()) return;
    Q_EMIT zoomRequested(box);
}

void CatalogDock::showResultMenu(const QPoint& pos)
{
    const QModelIndex index = m_resultsView->indexAt(pos);
    if (!index.isValid()) return;
    const Catalog::Item item = m_results->item(index.row());
    m_itemPage->setItem(item);
    const auto asset = m_itemPage->currentAsset();
    // popup(), not exec(): no nested event loop while the menu is open.
    auto* menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    QAction* open = menu->addAction(tr("Open"), this, [this, item, asset] { openAsset(item, *asset); });
    open->setEnabled(asset && ItemPageWidget::isOpenable(*asset));
    QAction* download = menu->addAction(tr("Download"), this, [this, item, asset] { downloadAsset(item, *asset); });
    download->setEnabled(asset && m_queue);
    QAction* copy = menu->addAction(tr("Copy link"), this, [this, asset] { copyLink(asset->href); });
    copy->setEnabled(asset.has_value());
    QAction* zoom = menu->addAction(tr("Zoom to footprint"), this, [this, item] { zoomTo(item); });
    zoom->setEnabled(item.bbox || !item.geometry.isEmpty());
    menu->popup(m_resultsView->viewport()->mapToGlobal(pos));
}

}  // namespace Estran::Gui
