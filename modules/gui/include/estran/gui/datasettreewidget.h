// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "estran/gui/gui_export.h"

#include <QTreeWidget>

namespace Estran::Data {
class Dataset;
}

namespace Estran::Gui {

/// Datasets → groups → variables. Mappable variables are selectable and shown on the map when
/// activated; the others (coordinates, 1-D series) are listed for their attributes. The context
/// menu offers "Show on map", "Copy name" and "Close". GUI thread only.
class ESTRAN_GUI_EXPORT DatasetTreeWidget : public QTreeWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DatasetTreeWidget)
public:
    explicit DatasetTreeWidget(QWidget* parent = nullptr);
    ~DatasetTreeWidget() override;

    /// Lists a dataset's variables under id `datasetId`.
    void addDataset(int datasetId, const Data::Dataset& dataset);
    void removeDataset(int datasetId);
    /// Selects (and scrolls to) a variable without emitting mapVariableRequested.
    bool selectVariable(int datasetId, const QString& variable);
    /// The item of a variable, or null (for tests).
    QTreeWidgetItem* variableItem(int datasetId, const QString& variable) const;

Q_SIGNALS:
    /// A mappable variable was activated (clicked, Enter, "Show on map").
    void mapVariableRequested(int datasetId, const QString& variable);
    /// The current item became a variable (any kind) or a dataset (variable empty).
    void currentChanged(int datasetId, const QString& variable);
    void closeRequested(int datasetId);

private:
    void showContextMenu(const QPoint& position);
    void onItemActivated(QTreeWidgetItem* item);
    QTreeWidgetItem* datasetItem(int datasetId) const;
};

}  // namespace Estran::Gui
