// SPDX-License-Identifier: GPL-3.0-or-later
#include "estran/gui/selectiondock.h"

#include "estran/base/log.h"
#include "estran/base/selectionmodel.h"
#include "estran/base/task.h"
#include "estran/base/taskmanager.h"
#include "estran/data/webbasemap.h"
#include "estran/gui/gazetteer.h"
#include "estran/gui/selectionmapwidget.h"
#include "estran/gui/timerangewidget.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QButtonGroup>
#include <QPushButton>
#include <QSettings>
#include <QUrl>
#include <QToolButton>
#include <QVBoxLayout>

namespace Estran::Gui {

namespace {

/// Fetches and warps the web basemap on a worker (Base::Task: listed in the status bar,
/// cancellable), so the panel never waits on the network.
class BasemapTask final : public Base::Task {
public:
    BasemapTask(QString url, int width)
        : Base::Task(SelectionDock::tr("Loading the web basemap")), m_url(std::move(url)), m_width(width) {}
    const Data::WebBasemap::Image& image() const { return m_image; }
    const QString& url() const { return m_url; }

protected:
    std::optional<Base::Error> run(Base::Feedback* feedback) override {
        auto image = Data::WebBasemap::render(m_url, Data::WebBasemap::defaultCacheDirectory(), m_width, feedback);
        if (!image) return image.error();
        m_image = std::move(*image);
        return std::nullopt;
    }

private:
    QString m_url;
    int m_width;
    Data::WebBasemap::Image m_image;
};

QString basemapUrl() {
    return QSettings().value(QStringLiteral("selection/basemapUrl"), Data::WebBasemap::defaultUrl()).toString();
}

QDoubleSpinBox* degrees(double limit, const QString& name, const QString& tip) {
    auto* spin = new QDoubleSpinBox;
    spin->setObjectName(name);
    spin->setRange(-limit, limit);
    spin->setDecimals(2);
    spin->setSingleStep(1.0);
    spin->setSuffix(QStringLiteral("°"));
    spin->setToolTip(tip);
    // Only Enter, focus loss and the arrows write: typing "45" is one undo step, not two.
    spin->setKeyboardTracking(false);
    return spin;
}

}  // namespace

SelectionDock::SelectionDock(Base::SelectionModel* model, QWidget* parent)
    : QWidget(parent),
      m_model(model),
      m_map(new SelectionMapWidget(model)),
      m_time(new TimeRangeWidget(model)),
      m_west(degrees(180, QStringLiteral("West"),
                     tr("West edge (degrees east); larger than East across the antimeridian"))),
      m_south(degrees(90, QStringLiteral("South"), tr("South edge (degrees north)"))),
      m_east(degrees(180, QStringLiteral("East"), tr("East edge (degrees east)"))),
      m_north(degrees(90, QStringLiteral("North"), tr("North edge (degrees north)"))),
      m_areaNote(new QLabel),
      m_boxTool(new QToolButton),
      m_polygonTool(new QToolButton),
      m_polygonText(new QLineEdit),
      m_gazetteer(new QComboBox),
      m_basemap(new QCheckBox(tr("Web basemap"))),
      m_useDepth(new QCheckBox(tr("Depth"))),
      m_depthMin(new QDoubleSpinBox),
      m_depthMax(new QDoubleSpinBox),
      m_saved(new QComboBox),
      m_restore(new QPushButton(tr("Restore"))),
      m_delete(new QPushButton(tr("Delete"))),
      m_zoom(new QPushButton(tr("Zoom Viewer"))) {
    setObjectName(QStringLiteral("SelectionDock"));
    m_gazetteer->setObjectName(QStringLiteral("Gazetteer"));
    m_gazetteer->addItem(tr("Go to a sea…"));
    // Combos sized to their longest entry would make the panel wider than a side dock.
    for (QComboBox* combo : {m_gazetteer, m_saved}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(8);
    }
    for (const auto& entry : Gazetteer::entries()) m_gazetteer->addItem(entry.name, entry.id);

    // Area: the map, then the edges in two rows (W E / S N), narrow enough for a side dock.
    auto* area = new QGroupBox(tr("Area"));
    auto* areaLayout = new QVBoxLayout(area);
    // Drawing tools, as in a GIS: one draws boxes, the other polygons.
    m_boxTool->setText(tr("Box"));
    m_boxTool->setToolTip(tr("Draw, move and resize a lon/lat box"));
    m_polygonTool->setText(tr("Polygon"));
    m_polygonTool->setToolTip(tr("Click vertices to draw a polygon; double-click to close it"));
    m_boxTool->setObjectName(QStringLiteral("BoxTool"));
    m_polygonTool->setObjectName(QStringLiteral("PolygonTool"));
    auto* tools = new QButtonGroup(this);
    auto* toolRow = new QHBoxLayout;
    for (QToolButton* b : {m_boxTool, m_polygonTool}) {
        b->setCheckable(true);
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
        tools->addButton(b);
        toolRow->addWidget(b);
    }
    toolRow->addStretch(1);
    m_boxTool->setChecked(true);
    areaLayout->addLayout(toolRow);
    areaLayout->addWidget(m_map);
    auto* edges = new QGridLayout;
    edges->addWidget(new QLabel(tr("W")), 0, 0, Qt::AlignRight);
    edges->addWidget(m_west, 0, 1);
    edges->addWidget(new QLabel(tr("E")), 0, 2, Qt::AlignRight);
    edges->addWidget(m_east, 0, 3);
    edges->addWidget(new QLabel(tr("S")), 1, 0, Qt::AlignRight);
    edges->addWidget(m_south, 1, 1);
    edges->addWidget(new QLabel(tr("N")), 1, 2, Qt::AlignRight);
    edges->addWidget(m_north, 1, 3);
    edges->setColumnStretch(1, 1);
    edges->setColumnStretch(3, 1);
    areaLayout->addLayout(edges);
    m_polygonText->setObjectName(QStringLiteral("PolygonVertices"));
    m_polygonText->setPlaceholderText(tr("lon lat, lon lat, lon lat, …"));
    m_polygonText->setToolTip(tr("The polygon's vertices in degrees; edit and press Enter"));
    areaLayout->addWidget(m_polygonText);
    auto* areaRow = new QHBoxLayout;
    areaRow->addWidget(m_gazetteer, 1);
    areaRow->addWidget(m_areaNote);
    areaLayout->addLayout(areaRow);
    m_basemap->setObjectName(QStringLiteral("WebBasemap"));
    m_basemap->setToolTip(tr("Draw map tiles from %1 under the coastlines (needs the network; tiles are cached on "
                             "disk). The tile URL is the setting selection/basemapUrl.")
                              .arg(basemapUrl()));
    areaLayout->addWidget(m_basemap);

    auto* period = new QGroupBox(tr("Period"));
    (new QVBoxLayout(period))->addWidget(m_time);

    auto* depth = new QGroupBox(tr("Vertical"));
    auto* depthLayout = new QHBoxLayout(depth);
    for (QDoubleSpinBox* spin : {m_depthMin, m_depthMax}) {
        spin->setRange(-100000, 100000);
        spin->setDecimals(1);
        spin->setKeyboardTracking(false);
        spin->setToolTip(tr("In the data's vertical units (metres of depth, positive down)"));
    }
    m_depthMax->setValue(100);
    depthLayout->addWidget(m_useDepth);
    depthLayout->addWidget(m_depthMin, 1);
    depthLayout->addWidget(new QLabel(tr("to")));
    depthLayout->addWidget(m_depthMax, 1);

    auto* saved = new QGroupBox(tr("Named Selections"));
    auto* savedLayout = new QGridLayout(saved);
    m_saved->setEditable(true);
    m_saved->setObjectName(QStringLiteral("SavedSelections"));
    m_saved->lineEdit()->setPlaceholderText(tr("Name"));
    m_saved->setInsertPolicy(QComboBox::NoInsert);
    auto* save = new QPushButton(tr("Save"));
    save->setObjectName(QStringLiteral("SaveSelection"));
    m_restore->setObjectName(QStringLiteral("RestoreSelection"));
    m_delete->setObjectName(QStringLiteral("DeleteSelection"));
    m_useDepth->setObjectName(QStringLiteral("UseDepth"));
    m_depthMin->setObjectName(QStringLiteral("DepthMin"));
    m_depthMax->setObjectName(QStringLiteral("DepthMax"));
    save->setToolTip(tr("Save the current selection under the name typed"));
    savedLayout->addWidget(m_saved, 0, 0, 1, 2);
    savedLayout->addWidget(save, 0, 2);
    savedLayout->addWidget(m_restore, 1, 1);
    savedLayout->addWidget(m_delete, 1, 2);
    savedLayout->setColumnStretch(0, 1);

    auto* clear = new QPushButton(tr("Clear"));
    clear->setObjectName(QStringLiteral("ClearSelection"));
    clear->setToolTip(tr("Whole world, any time, all levels"));
    m_zoom->setToolTip(tr("Fit the map view to the selected area"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(clear);
    buttons->addStretch(1);
    buttons->addWidget(m_zoom);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(area);
    layout->addWidget(period);
    layout->addWidget(depth);
    layout->addWidget(saved);
    layout->addLayout(buttons);
    layout->addStretch(1);

    for (QDoubleSpinBox* spin : {m_west, m_south, m_east, m_north}) {
        connect(spin, &QDoubleSpinBox::valueChanged, this, &SelectionDock::writeBox);
    }
    connect(m_boxTool, &QToolButton::toggled, this, [this](bool on) {
        if (on) m_map->setTool(SelectionMapWidget::Tool::Box);
    });
    connect(m_polygonTool, &QToolButton::toggled, this, [this](bool on) {
        if (on) m_map->setTool(SelectionMapWidget::Tool::Polygon);
        updateFromModel();
    });
    connect(m_polygonText, &QLineEdit::editingFinished, this, &SelectionDock::writePolygon);
    connect(m_basemap, &QCheckBox::toggled, this, &SelectionDock::setBasemapShown);
    connect(m_useDepth, &QCheckBox::toggled, this, &SelectionDock::writeDepth);
    connect(m_depthMin, &QDoubleSpinBox::valueChanged, this, &SelectionDock::writeDepth);
    connect(m_depthMax, &QDoubleSpinBox::valueChanged, this, &SelectionDock::writeDepth);
    connect(m_gazetteer, &QComboBox::activated, this, [this](int index) {
        if (index > 0) selectRegion(m_gazetteer->itemData(index).toString());
        m_gazetteer->setCurrentIndex(0);
    });
    connect(clear, &QPushButton::clicked, this, [this] {
        if (m_model) m_model->setSelection({});
    });
    connect(save, &QPushButton::clicked, this, [this] {
        const QString name = m_saved->currentText().trimmed();
        if (m_model && !name.isEmpty()) m_model->save(name);
    });
    connect(m_restore, &QPushButton::clicked, this, [this] {
        if (m_model) m_model->restore(m_saved->currentText().trimmed());
    });
    connect(m_delete, &QPushButton::clicked, this, [this] {
        if (m_model) m_model->removeSaved(m_saved->currentText().trimmed());
    });
    connect(m_saved, &QComboBox::currentTextChanged, this, &SelectionDock::updateSaved);
    connect(m_zoom, &QPushButton::clicked, this, [this] {
        const auto box = m_model ? m_model->selection().boundingBox() : std::nullopt;
        if (!box) return;
        // Across the antimeridian the east edge is continued past 180° so the rectangle stays
        // one piece for the viewer.
        const double east = box->crossesAntimeridian() ? box->east + 360.0 : box->east;
        Q_EMIT zoomRequested(QRectF(QPointF(box->west, box->south), QPointF(east, box->north)));
    });
    if (model) {
        connect(model, &Base::SelectionModel::selectionChanged, this,
                &SelectionDock::updateFromModel);
        connect(model, &Base::SelectionModel::savedChanged, this, [this] {
            const QString text = m_saved->currentText();
            m_saved->clear();
            m_saved->addItems(m_model->savedNames());
            m_saved->setCurrentText(text);
            updateSaved();
        });
    }
    updateFromModel();
    updateSaved();
    // Off unless the user turned it on: an offline laptop never tries the network by itself.
    if (QSettings().value(QStringLiteral("selection/basemap"), false).toBool()) m_basemap->setChecked(true);
}

void SelectionDock::setBasemapShown(bool shown) {
    QSettings().setValue(QStringLiteral("selection/basemap"), shown);
    if (!shown) {
        m_map->setBasemap({}, {});
        return;
    }
    auto* task = new BasemapTask(basemapUrl(), 720);
    connect(task, &Base::Task::finished, this, [this, task](bool ok) {
        if (!m_basemap->isChecked()) return;  // turned off meanwhile
        if (!ok) {
            // Offline, or the server refused: say so and leave the plain map.
            if (task->error()) Base::Log::warning(task->error()->where(), task->error()->message(), task->error()->detail());
            m_basemap->setChecked(false);
            m_basemap->setToolTip(tr("The web basemap could not be loaded: %1")
                                      .arg(task->error() ? task->error()->message() : tr("cancelled")));
            return;
        }
        const Data::WebBasemap::Image& image = task->image();
        QImage picture(image.rgba.data(), image.width, image.height, 4 * image.width, QImage::Format_RGBA8888);
        const QString attribution = task->url().contains(QStringLiteral("openstreetmap"))
                                        ? QStringLiteral("© OpenStreetMap contributors")
                                        : QUrl(task->url()).host();
        m_map->setBasemap(picture.copy(), QRectF(QPointF(image.west, image.south), QPointF(image.east, image.north)),
                          attribution);
    });
    Base::TaskManager::instance()->start(task);
}

void SelectionDock::setFootprints(const QList<Base::GeoBox>& boxes) {
    m_map->setFootprints(boxes);
}

void SelectionDock::setAvailableTimes(const QList<QDateTime>& times) {
    m_time->setAvailableTimes(times);
}

bool SelectionDock::selectRegion(const QString& id) {
    const auto box = Gazetteer::find(id);
    if (!box || !m_model) return false;
    Base::Selection s = m_model->selection();
    s.box = *box;
    s.polygon.clear();
    m_model->setSelection(s);
    return true;
}

void SelectionDock::updateFromModel() {
    if (!m_model) return;
    m_updating = true;
    const Base::Selection& s = m_model->selection();
    const Base::GeoBox box = s.boundingBox().value_or(Base::GeoBox{});
    m_west->setValue(box.west);
    m_south->setValue(box.south);
    m_east->setValue(box.east);
    m_north->setValue(box.north);
    const bool polygon = s.polygon.size() >= 3;
    m_areaNote->setText(polygon                     ? tr("polygon, %n vertices", nullptr, int(s.polygon.size()))
                        : !s.boundingBox()          ? tr("whole world")
                        : box.crossesAntimeridian() ? tr("across 180°")
                                                    : QString());
    // A polygon's edges are its bounding box: shown, edited through its vertices instead.
    for (QDoubleSpinBox* spin : {m_west, m_south, m_east, m_north}) spin->setEnabled(!polygon);
    m_polygonText->setVisible(polygon || m_polygonTool->isChecked());
    // Shown to the hundredth of a degree, like the edge fields; written back only when edited.
    if (!m_polygonText->hasFocus()) m_polygonText->setText(polygon ? Base::polygonToText(s.polygon, 2) : QString());
    m_polygonText->setStyleSheet(QString());
    m_zoom->setEnabled(s.boundingBox().has_value());
    m_useDepth->setChecked(s.depthMin || s.depthMax);
    if (s.depthMin) m_depthMin->setValue(*s.depthMin);
    if (s.depthMax) m_depthMax->setValue(*s.depthMax);
    m_depthMin->setEnabled(m_useDepth->isChecked());
    m_depthMax->setEnabled(m_useDepth->isChecked());
    m_updating = false;
}

void SelectionDock::writeBox() {
    if (m_updating || !m_model) return;
    Base::Selection s = m_model->selection();
    const Base::GeoBox box{m_west->value(), std::min(m_south->value(), m_north->value()),
                           m_east->value(), std::max(m_south->value(), m_north->value())};
    if (box.west == box.east || box.south == box.north) return;  // an empty box selects nothing
    s.box = box;
    s.polygon.clear();
    m_model->setSelection(s);
}

void SelectionDock::writePolygon() {
    if (m_updating || !m_model) return;
    const QString text = m_polygonText->text().trimmed();
    if (text.isEmpty() || !m_polygonText->isModified()) return;
    QString why;
    const std::optional<QVector<QPointF>> ring = Base::polygonFromText(text, &why);
    if (!ring) {
        // Kept as typed, marked, with the reason: the user fixes the vertex rather than retyping.
        m_polygonText->setStyleSheet(QStringLiteral("QLineEdit { border: 1px solid #c03030; }"));
        m_polygonText->setToolTip(why);
        return;
    }
    m_polygonText->setToolTip(tr("The polygon's vertices in degrees; edit and press Enter"));
    m_polygonText->setModified(false);
    Base::Selection s = m_model->selection();
    s.polygon = *ring;
    s.box.reset();
    m_model->setSelection(s);
}

void SelectionDock::writeDepth() {
    if (m_updating || !m_model) return;
    Base::Selection s = m_model->selection();
    if (m_useDepth->isChecked()) {
        s.depthMin = std::min(m_depthMin->value(), m_depthMax->value());
        s.depthMax = std::max(m_depthMin->value(), m_depthMax->value());
    } else {
        s.depthMin.reset();
        s.depthMax.reset();
    }
    m_model->setSelection(s);
}

void SelectionDock::updateSaved() {
    const bool known = m_model && m_model->savedNames().contains(m_saved->currentText().trimmed());
    m_restore->setEnabled(known);
    m_delete->setEnabled(known);
}

}  // namespace Estran::Gui
