// SPDX-License-Identifier: GPL-3.0-or-later
#include "estran/gui/attributepanel.h"

#include "estran/data/variableinfo.h"

#include <QHeaderView>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Estran::Gui {

namespace {

QString valueText(const QVariant& value)
{
    if (value.typeId() == QMetaType::QVariantList || value.typeId() == QMetaType::QStringList) {
        QStringList parts;
        for (const QVariant& v : value.toList()) parts << v.toString();
        return parts.join(QStringLiteral(", "));
    }
    if (value.typeId() == QMetaType::QByteArray) return QString::fromUtf8(value.toByteArray());
    return value.toString();
}

void addAttributes(QTreeWidgetItem* parent, const QVariantMap& attributes)
{
    for (auto it = attributes.cbegin(); it != attributes.cend(); ++it) {
        auto* item = new QTreeWidgetItem(parent, {it.key(), valueText(it.value())});
        item->setToolTip(1, item->text(1));
    }
}

}  // namespace

AttributePanel::AttributePanel(QWidget* parent) : QWidget(parent), m_tree(new QTreeWidget(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tree);
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({tr("Name"), tr("Value")});
    m_tree->setRootIsDecorated(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setUniformRowHeights(true);
    // Names can be long (_QuantizeBitRoundNumberOfSignificantBits); the value matters more, so
    // the name column is capped and the value column takes the rest.
    m_tree->header()->setStretchLastSection(true);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Interactive);
}

AttributePanel::~AttributePanel() = default;

void AttributePanel::clear() { m_tree->clear(); }

void AttributePanel::showAttributes(const QString& datasetName, const QVariantMap& global,
                                    const std::optional<Data::VariableInfo>& variable)
{
    m_tree->clear();
    if (variable) {
        auto* section = new QTreeWidgetItem(m_tree, {tr("Variable %1").arg(variable->name)});
        section->setFirstColumnSpanned(true);
        QStringList dims;
        for (const Data::Dimension& d : variable->dimensions) {
            dims << tr("%1 = %2").arg(d.name).arg(d.size);
        }
        new QTreeWidgetItem(section, {tr("(type)"), Data::dataTypeName(variable->dtype)});
        new QTreeWidgetItem(section, {tr("(dimensions)"), dims.join(QStringLiteral(", "))});
        if (variable->time) {
            new QTreeWidgetItem(section, {tr("(time)"), tr("%1 to %2, %3 steps, %4 calendar")
                                                            .arg(variable->time->start, variable->time->end)
                                                            .arg(variable->time->count)
                                                            .arg(variable->time->calendar)});
        }
        addAttributes(section, variable->attributes);
        section->setExpanded(true);
    }
    auto* globals = new QTreeWidgetItem(m_tree, {tr("Global attributes of %1").arg(datasetName)});
    globals->setFirstColumnSpanned(true);
    addAttributes(globals, global);
    globals->setExpanded(!variable);
    m_tree->resizeColumnToContents(0);
    m_tree->setColumnWidth(0, std::min(m_tree->columnWidth(0), std::max(120, m_tree->width() / 2)));
}

QString AttributePanel::variableAttributeText(const QString& name) const
{
    if (m_tree->topLevelItemCount() == 0) return {};
    QTreeWidgetItem* section = m_tree->topLevelItem(0);
    for (int i = 0; i < section->childCount(); ++i) {
        if (section->child(i)->text(0) == name) return section->child(i)->text(1);
    }
    return {};
}

}  // namespace Estran::Gui
