// SPDX-License-Identifier: GPL-3.0-or-later
#include "estran/gui/datasettreewidget.h"

#include "estran/data/dataset.h"

#include <QApplication>
#include <QClipboard>
#include <QFileInfo>
#include <QHeaderView>
#include <QMenu>
#include <QStyle>

namespace Estran::Gui {

namespace {

enum Role { DatasetIdRole = Qt::UserRole + 1, VariableRole, MappableRole };

QString shapeText(const Data::VariableInfo& info)
{
    QStringList dims;
    for (const Data::Dimension& d : info.dimensions) dims << QStringLiteral("%1=%2").arg(d.name).arg(d.size);
    return dims.join(QStringLiteral(", "));
}

}  // namespace

DatasetTreeWidget::DatasetTreeWidget(QWidget* parent) : QTreeWidget(parent)
{
    setColumnCount(3);
    setHeaderLabels({tr("Name"), tr("Units"), tr("Dimensions")});
    header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    setUniformRowHeights(true);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setContextMenuPolicy(Qt::CustomContextMenu);
    setDragDropMode(QAbstractItemView::NoDragDrop);
    connect(this, &QTreeWidget::customContextMenuRequested, this, &DatasetTreeWidget::showContextMenu);
    connect(this, &QTreeWidget::itemActivated, this, &DatasetTreeWidget::onItemActivated);
    connect(this, &QTreeWidget::itemClicked, this, &DatasetTreeWidget::onItemActivated);
    connect(this, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* item) {
        if (!item) return;
        Q_EMIT currentChanged(item->data(0, DatasetIdRole).toInt(), item->data(0, VariableRole).toString());
    });
}

DatasetTreeWidget::~DatasetTreeWidget() = default;

QTreeWidgetItem* DatasetTreeWidget::datasetItem(int datasetId) const
{
    for (int i = 0; i < topLevelItemCount(); ++i) {
        if (topLevelItem(i)->data(0, DatasetIdRole).toInt() == datasetId) return topLevelItem(i);
    }
    return nullptr;
}

void DatasetTreeWidget::addDataset(int datasetId, const Data::Dataset& dataset)
{
    auto* top = new QTreeWidgetItem(this, {QFileInfo(dataset.path()).fileName(), QString(), dataset.format()});
    top->setData(0, DatasetIdRole, datasetId);
    top->setToolTip(0, dataset.path());
    top->setIcon(0, style()->standardIcon(QStyle::SP_DriveHDIcon));
    top->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);

    // Groups come from the variable paths ("/data_01/ku/ssha"): one node per path component.
    QHash<QString, QTreeWidgetItem*> groups;
    QTreeWidgetItem* firstMappable = nullptr;
    for (const Data::VariableInfo& info : dataset.variables()) {
        QStringList parts = info.name.split(u'/', Qt::SkipEmptyParts);
        if (parts.isEmpty()) continue;
        const QString leaf = parts.takeLast();
        QTreeWidgetItem* parent = top;
        QString path;
        for (const QString& part : parts) {
            path += u'/' + part;
            QTreeWidgetItem*& group = groups[path];
            if (!group) {
                group = new QTreeWidgetItem(parent, {part});
                group->setData(0, DatasetIdRole, datasetId);
                group->setIcon(0, style()->standardIcon(QStyle::SP_DirIcon));
                group->setFlags(Qt::ItemIsEnabled);
            }
            parent = group;
        }
        auto* item = new QTreeWidgetItem(parent, {leaf, info.units, shapeText(info)});
        item->setData(0, DatasetIdRole, datasetId);
        item->setData(0, VariableRole, info.name);
        item->setData(0, MappableRole, info.isMappable);
        QString tip = info.longName.isEmpty() ? info.name : tr("%1 (%2)").arg(info.longName, info.name);
        if (info.isMappable) {
            tip += u'\n' + tr("Click to show on the map");
            QFont font = item->font(0);
            font.setBold(true);
            item->setFont(0, font);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
            if (!firstMappable) firstMappable = item;
        } else {
            // Listed for its attributes, but cannot become the map's variable.
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
            item->setForeground(0, palette().brush(QPalette::Disabled, QPalette::Text));
        }
        item->setToolTip(0, tip);
    }
    top->setExpanded(true);
    for (QTreeWidgetItem* group : std::as_const(groups)) group->setExpanded(true);
}

void DatasetTreeWidget::removeDataset(int datasetId) { delete datasetItem(datasetId); }

QTreeWidgetItem* DatasetTreeWidget::variableItem(int datasetId, const QString& variable) const
{
    QTreeWidgetItem* top = datasetItem(datasetId);
    if (!top) return nullptr;
    QList<QTreeWidgetItem*> stack{top};
    while (!stack.isEmpty()) {
        QTreeWidgetItem* item = stack.takeLast();
        if (item->data(0, VariableRole).toString() == variable) return item;
        for (int i = 0; i < item->childCount(); ++i) stack.append(item->child(i));
    }
    return nullptr;
}

bool DatasetTreeWidget::selectVariable(int datasetId, const QString& variable)
{
    QTreeWidgetItem* item = variableItem(datasetId, variable);
    if (!item) return false;
    const QSignalBlocker blocker(this);
    setCurrentItem(item);
    scrollToItem(item);
    return true;
}

void DatasetTreeWidget::onItemActivated(QTreeWidgetItem* item)
{
    if (!item || !item->data(0, MappableRole).toBool()) return;
    Q_EMIT mapVariableRequested(item->data(0, DatasetIdRole).toInt(), item->data(0, VariableRole).toString());
}

void DatasetTreeWidget::showContextMenu(const QPoint& position)
{
    QTreeWidgetItem* item = itemAt(position);
    if (!item) return;
    const int id = item->data(0, DatasetIdRole).toInt();
    const QString variable = item->data(0, VariableRole).toString();
    QMenu menu(this);
    if (item->data(0, MappableRole).toBool()) {
        menu.addAction(tr("Show on Map"), this, [this, id, variable] {
            Q_EMIT mapVariableRequested(id, variable);
        });
    }
    if (!variable.isEmpty()) {
        menu.addAction(tr("Copy Name"), this, [variable] { QApplication::clipboard()->setText(variable); });
    }
    menu.addSeparator();
    menu.addAction(style()->standardIcon(QStyle::SP_DialogCloseButton), tr("Close Dataset"), this,
                   [this, id] { Q_EMIT closeRequested(id); });
    menu.exec(viewport()->mapToGlobal(position));
}

}  // namespace Estran::Gui
