// SPDX-License-Identifier: GPL-3.0-or-later
#include "estran/gui/pluginsdialog.h"

#include "deliveryguard.h"
#include "pluginscantask.h"

#include "estran/base/taskmanager.h"

#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QScreen>
#include <QSet>
#include <QStyle>
#include <QStyledItemDelegate>
#include <QTableWidget>
#include <QThreadPool>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>

namespace Estran::Gui {

namespace {

// Row roles: the plugin id a row can load (empty for a file that is not a usable plugin),
// whether it may still be loaded, and the text of the details pane.
constexpr int IdRole = Qt::UserRole;
constexpr int LoadableRole = Qt::UserRole + 1;
constexpr int DetailsRole = Qt::UserRole + 2;

QTableWidgetItem* item(const QString& text, const QString& toolTip = {})
{
    auto* i = new QTableWidgetItem(text);
    i->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    i->setToolTip(toolTip.isEmpty() ? text : toolTip);
    return i;
}

QString escaped(const QString& text) { return text.toHtmlEscaped(); }

/// Paths keep both ends when cut (the folder's start and the file name), other texts their start.
class PathDelegate final : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        option->textElideMode = Qt::ElideMiddle;
    }
};

}  // namespace

PluginsDialog::PluginsDialog(QWidget* parent)
    : QDialog(parent),
      m_table(new QTableWidget(0, ColumnCount, this)),
      m_folders(new QTableWidget(0, 2, this)),
      m_details(new QLabel(this)),
      m_status(new QLabel(this)),
      m_folderHelp(new QLabel(this)),
      m_openFolder(new QPushButton(tr("Open My Plugin Folder"), this)),
      m_rescan(new QPushButton(tr("&Rescan"), this)),
      m_load(new QPushButton(tr("&Load Now"), this)),
      m_guard(std::make_shared<DeliveryGuard>(this))
{
    setWindowTitle(tr("Plugins"));
    setObjectName(QStringLiteral("pluginsDialog"));

    auto* intro = new QLabel(tr("Plugins add file formats (reader plugins) and catalogue protocols (catalogue provider "
                                "plugins) to Estran and estran-cli. Estran reads what each plugin says about itself "
                                "and loads a plugin only when a file or a catalogue needs it; a plugin that cannot be "
                                "used is listed with the reason and left out."),
                             this);
    intro->setWordWrap(true);

    m_table->setObjectName(QStringLiteral("pluginTable"));
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Version"), tr("State"), tr("Id"), tr("Kind"),
                                        tr("Description"), tr("File"), tr("Folder")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setItemDelegateForColumn(FileColumn, new PathDelegate(m_table));
    m_table->setItemDelegateForColumn(FolderColumn, new PathDelegate(m_table));
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &PluginsDialog::showDetails);

    m_details->setObjectName(QStringLiteral("pluginDetails"));
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::RichText);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_details->setMinimumHeight(fontMetrics().lineSpacing() * 7);
    m_details->setFrameShape(QFrame::StyledPanel);
    m_details->setMargin(6);

    auto* folderBox = new QGroupBox(tr("Folders searched, in this order"), this);
    m_folders->setObjectName(QStringLiteral("folderTable"));
    m_folders->setHorizontalHeaderLabels({tr("Folder"), tr("Comes from")});
    m_folders->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_folders->setSelectionMode(QAbstractItemView::NoSelection);
    m_folders->setWordWrap(false);
    m_folders->setItemDelegateForColumn(0, new PathDelegate(m_folders));
    m_folders->verticalHeader()->hide();
    m_folders->horizontalHeader()->setStretchLastSection(true);
    m_folderHelp->setWordWrap(true);
    m_folderHelp->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* folderLayout = new QVBoxLayout(folderBox);
    folderLayout->addWidget(m_folders);
    folderLayout->addWidget(m_folderHelp);

    m_openFolder->setObjectName(QStringLiteral("openUserFolder"));
    m_rescan->setObjectName(QStringLiteral("rescan"));
    m_load->setObjectName(QStringLiteral("loadNow"));
    m_openFolder->setToolTip(tr("Opens your plugin folder in the file manager, creating it if needed: "
                                "copy a plugin there and press Rescan."));
    m_rescan->setToolTip(tr("Looks again for plugin files in the folders above."));
    m_load->setToolTip(tr("Loads the selected plugin now, to check that it works, instead of waiting "
                          "for a file that needs it."));
    m_load->setEnabled(false);
    connect(m_openFolder, &QPushButton::clicked, this, &PluginsDialog::openUserFolder);
    connect(m_rescan, &QPushButton::clicked, this, &PluginsDialog::rescan);
    connect(m_load, &QPushButton::clicked, this, &PluginsDialog::loadSelected);

    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_load);
    buttons->addWidget(m_rescan);
    buttons->addWidget(m_openFolder);
    buttons->addWidget(m_status, 1);
    buttons->addWidget(close);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_details);
    layout->addWidget(folderBox);
    layout->addLayout(buttons);
    // Wide enough for every column of a usual listing, within the screen.
    QSize size(1440, 860);
    if (const QScreen* screen = this->screen()) size = size.boundedTo(screen->availableGeometry().size() * 0.9);
    resize(size);

    start(new PluginScanTask(PluginScanTask::Action::List));
}

PluginsDialog::~PluginsDialog() { m_guard->close(); }

void PluginsDialog::rescan() { start(new PluginScanTask(PluginScanTask::Action::Rescan)); }

void PluginsDialog::loadSelected()
{
    const QList<QTableWidgetItem*> selected = m_table->selectedItems();
    if (selected.isEmpty()) return;
    const QTableWidgetItem* first = m_table->item(selected.front()->row(), NameColumn);
    const QString id = first->data(IdRole).toString();
    if (id.isEmpty() || !first->data(LoadableRole).toBool()) return;
    start(new PluginScanTask(PluginScanTask::Action::Load, id));
}

void PluginsDialog::openUserFolder()
{
    if (m_userFolder.isEmpty()) return;
    // The folder may not exist yet: made on a worker, opened once it is there.
    QThreadPool::globalInstance()->start([guard = m_guard, folder = m_userFolder, this] {
        const bool made = QDir().mkpath(folder);
        guard->post([this, folder, made] {
            if (!made) {
                m_status->setText(tr("Cannot create %1").arg(folder));
                return;
            }
            QDesktopServices::openUrl(QUrl::fromLocalFile(folder));
            Q_EMIT userFolderOpened(folder);
            // A new folder is searched from now on: show it as existing.
            rescan();
        });
    });
}

void PluginsDialog::start(PluginScanTask* task)
{
    const quint64 generation = ++m_generation;
    setBusy(true, task->name() + QStringLiteral("…"));
    // Only the latest request fills the dialog; an older one finishing late is dropped.
    connect(task, &Base::Task::finished, this, [this, task, generation](bool) {
        if (generation != m_generation) return;
        setBusy(false);
        apply(*task);
    });
    Base::TaskManager::instance()->start(task);
}

void PluginsDialog::setBusy(bool busy, const QString& text)
{
    m_rescan->setEnabled(!busy);
    m_status->setText(text);
    if (busy) m_load->setEnabled(false);
}

void PluginsDialog::apply(const PluginScanTask& task)
{
    if (task.status() != Base::Task::Status::Succeeded) {
        m_status->setText(task.error() ? task.error()->message() : QString());
        return;
    }
    m_userFolder = task.userFolder();
    const QString selectedId = [this] {
        const QList<QTableWidgetItem*> s = m_table->selectedItems();
        return s.isEmpty() ? QString() : m_table->item(s.front()->row(), NameColumn)->data(IdRole).toString();
    }();

    // Errors whose file is a listed plugin (a failed load) belong on that plugin's row; the
    // others are files that are no usable plugin at all and get a row of their own.
    QSet<QString> pluginFiles;
    for (const Data::ReaderPluginInfo& p : task.plugins()) pluginFiles.insert(p.file);
    for (const Catalog::ProviderPluginInfo& p : task.providerPlugins()) pluginFiles.insert(p.file);

    const QStyle* s = style();
    m_table->setSortingEnabled(false);
    m_table->setRowCount(0);
    int selectRow = -1;
    // What every row shows, whatever the kind of plugin (or a file refused as one).
    struct Row {
        QString name, id, version, kind, description, file, state, stateToolTip, details;
        QIcon icon;
        bool loadable = false;
    };
    const auto addRow = [&](const Row& r) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        const QFileInfo file(r.file);
        auto* name = item(r.name, r.id.isEmpty() ? r.file : QString());
        name->setData(IdRole, r.id);
        name->setData(LoadableRole, r.loadable);
        name->setData(DetailsRole, r.details);
        m_table->setItem(row, NameColumn, name);
        m_table->setItem(row, VersionColumn, item(r.version));
        auto* stateItem = item(r.state, r.stateToolTip);
        stateItem->setIcon(r.icon);
        m_table->setItem(row, StateColumn, stateItem);
        m_table->setItem(row, IdColumn, item(r.id));
        m_table->setItem(row, KindColumn, item(r.kind));
        m_table->setItem(row, DescriptionColumn, item(r.description));
        m_table->setItem(row, FileColumn, item(file.fileName(), r.file));
        m_table->setItem(row, FolderColumn, item(QDir::toNativeSeparators(file.path())));
        if (!r.id.isEmpty() && r.id == selectedId) selectRow = row;
    };
    // A plugin found by its metadata: state, icon, and the details pane around `what` (what it
    // opens or provides).
    const auto pluginRow = [&](const Base::PluginInfo& p, const QString& what) {
        const QString& path = p.file;
        const QString& loadError = p.loadError;
        Row r{p.name, p.id, p.version, {}, p.description, path, {}, {}, {}, {}, false};
        if (p.loaded) {
            r.state = tr("Loaded");
            r.icon = s->standardIcon(QStyle::SP_DialogApplyButton);
        } else if (!loadError.isEmpty()) {
            // The loader names the library's path, twice: the file column has it already.
            r.state = tr("Failed: %1").arg(QString(loadError).replace(path, QFileInfo(path).fileName()));
            r.icon = s->standardIcon(QStyle::SP_MessageBoxWarning);
        } else {
            r.state = tr("Not loaded yet");
        }
        r.details = QStringLiteral("<b>%1</b> &nbsp;%2 %3<br>").arg(escaped(p.name), escaped(p.id), escaped(p.version));
        if (!p.description.isEmpty()) r.details += escaped(p.description) + QStringLiteral("<br>");
        r.details += what;
        r.details += tr("File: %1").arg(escaped(QDir::toNativeSeparators(path))) + QStringLiteral("<br>");
        r.details += tr("State: %1").arg(escaped(loadError.isEmpty() ? r.state : tr("Failed: %1").arg(loadError)));
        return r;
    };

    for (const Data::ReaderPluginInfo& p : task.plugins()) {
        QStringList opens;
        if (!p.suffixes.isEmpty()) opens << tr("files ending in %1").arg(QStringLiteral(".") + p.suffixes.join(QStringLiteral(", .")));
        if (!p.prefixes.isEmpty()) opens << tr("paths starting with %1").arg(p.prefixes.join(QStringLiteral(", ")));
        if (p.fallback) opens << tr("files no other reader recognises");
        QString what = tr("Opens: %1").arg(escaped(opens.join(QStringLiteral("; ")))) + QStringLiteral("<br>");
        if (!p.libraries.isEmpty()) what += tr("Brings: %1").arg(escaped(p.libraries.join(QStringLiteral(", ")))) + QStringLiteral("<br>");
        Row r = pluginRow(p, what);
        r.kind = tr("Reader");
        r.loadable = !p.loaded && p.loadError.isEmpty();
        addRow(r);
    }
    for (const Catalog::ProviderPluginInfo& p : task.providerPlugins()) {
        QStringList types;
        for (qsizetype i = 0; i < p.types.size(); ++i)
            types << QStringLiteral("%1 (%2)").arg(p.typeNames.value(i), p.types.at(i));
        const QString what = tr("Catalogue types: %1").arg(escaped(types.join(QStringLiteral(", ")))) + QStringLiteral("<br>") +
                             tr("Loaded when a catalogue of one of these types is first used.") + QStringLiteral("<br>");
        Row r = pluginRow(p, what);
        r.kind = tr("Catalogue provider");
        // No door to load a provider plugin on its own yet: it loads with its first provider.
        r.loadable = false;
        addRow(r);
    }
    for (const Base::Error& e : task.errors()) {
        if (pluginFiles.contains(e.where())) continue;
        // A refused file's kind is not known for sure (its metadata may be what is wrong).
        Row r;
        r.name = QFileInfo(e.where()).fileName();
        r.file = e.where();
        r.state = tr("Failed: %1").arg(e.message());
        r.stateToolTip = e.detail().isEmpty() ? r.state : r.state + u'\n' + e.detail();
        r.icon = s->standardIcon(QStyle::SP_MessageBoxWarning);
        r.details = QStringLiteral("<b>%1</b><br>").arg(escaped(r.name));
        r.details += tr("Problem: %1").arg(escaped(e.message())) + QStringLiteral("<br>");
        if (!e.detail().isEmpty() && e.detail() != e.message())
            r.details += tr("Detail: %1").arg(escaped(e.detail())) + QStringLiteral("<br>");
        r.details += tr("File: %1").arg(escaped(QDir::toNativeSeparators(e.where())));
        addRow(r);
    }
    // A file removed since it was found stays listed (Estran forgets it at the next start): say
    // so rather than show a plugin that is no longer there as if it were.
    for (int row = 0; row < m_table->rowCount(); ++row) {
        QTableWidgetItem* fileItem = m_table->item(row, FileColumn);
        if (!fileItem || !task.missingFiles().contains(fileItem->toolTip())) continue;
        QTableWidgetItem* stateItem = m_table->item(row, StateColumn);
        const QString removed = tr("File removed (listed until Estran restarts)");
        stateItem->setText(removed + QStringLiteral(" — ") + stateItem->text());
        stateItem->setToolTip(removed + u'\n' + stateItem->toolTip());
        stateItem->setIcon(s->standardIcon(QStyle::SP_MessageBoxWarning));
        QTableWidgetItem* name = m_table->item(row, NameColumn);
        name->setData(LoadableRole, false);
        name->setData(DetailsRole, name->data(DetailsRole).toString() + QStringLiteral("<br><b>") + removed.toHtmlEscaped() +
                                       QStringLiteral("</b>"));
    }
    m_table->resizeColumnsToContents();
    // Long texts (a loader's reason, a description) stay whole in the details pane and the
    // tooltips; the columns are capped so the table keeps the state and the file in view, the
    // state (the reason of a failure) getting the most room.
    const int x = fontMetrics().horizontalAdvance(QLatin1Char('x'));
    for (int c = 0; c < ColumnCount; ++c) {
        const int cap = c == StateColumn ? 48 * x : c == NameColumn || c == DescriptionColumn ? 30 * x : 40 * x;
        m_table->setColumnWidth(c, std::min(m_table->columnWidth(c), cap));
    }
    if (m_table->rowCount() > 0) m_table->selectRow(selectRow >= 0 ? selectRow : 0);
    showDetails();

    m_folders->setRowCount(0);
    for (const PluginScanTask::Folder& f : task.folders()) {
        const int row = m_folders->rowCount();
        m_folders->insertRow(row);
        QString origin;
        switch (f.origin) {
        case PluginScanTask::Folder::Origin::Environment: origin = tr("ESTRAN_PLUGIN_PATH"); break;
        case PluginScanTask::Folder::Origin::User: origin = tr("Your plugin folder"); break;
        case PluginScanTask::Folder::Origin::Estran: origin = tr("Estran's own plugins"); break;
        }
        if (!f.exists) origin = tr("%1 (does not exist)").arg(origin);
        m_folders->setItem(row, 0, item(QDir::toNativeSeparators(f.path)));
        m_folders->setItem(row, 1, item(origin));
    }
    m_folders->resizeColumnToContents(0);
    // Usually every folder in view without scrolling (there are rarely more than six), but the
    // plugin table keeps most of the room.
    int height = m_folders->horizontalHeader()->height() + 2 * m_folders->frameWidth();
    for (int r = 0; r < std::min(m_folders->rowCount(), 6); ++r) height += m_folders->rowHeight(r);
    m_folders->setFixedHeight(height);
    m_folderHelp->setText(
        tr("For two plugins with the same id, the first folder wins. To add folders, set ESTRAN_PLUGIN_PATH "
           "(folders separated by \"%1\") before starting Estran. Your own folder, %2, is searched by the app "
           "and estran-cli alike: copy a plugin there and press Rescan.")
            .arg(QDir::listSeparator(), QDir::toNativeSeparators(m_userFolder)));
    m_openFolder->setEnabled(!m_userFolder.isEmpty());
    Q_EMIT refreshed();
}

void PluginsDialog::showDetails()
{
    const QList<QTableWidgetItem*> selected = m_table->selectedItems();
    if (selected.isEmpty()) {
        m_details->setText(tr("No plugin selected."));
        m_load->setEnabled(false);
        return;
    }
    const QTableWidgetItem* first = m_table->item(selected.front()->row(), NameColumn);
    m_details->setText(first->data(DetailsRole).toString());
    m_load->setEnabled(m_rescan->isEnabled() && first->data(LoadableRole).toBool());
}

}  // namespace Estran::Gui
