// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "estran/gui/gui_export.h"

#include <QVariantMap>
#include <QWidget>

#include <optional>

class QTreeWidget;

namespace Estran::Data {
struct VariableInfo;
}

namespace Estran::Gui {

/// Attributes of the selected variable (with its type, dimensions and shape) and the global
/// attributes of its dataset, in two sections. GUI thread only.
class ESTRAN_GUI_EXPORT AttributePanel : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AttributePanel)
public:
    explicit AttributePanel(QWidget* parent = nullptr);
    ~AttributePanel() override;

    /// `variable` may be nullopt to show only the dataset's global attributes.
    void showAttributes(const QString& datasetName, const QVariantMap& global,
                        const std::optional<Data::VariableInfo>& variable);
    void clear();
    /// The value shown for an attribute of the variable section, or empty (for tests).
    QString variableAttributeText(const QString& name) const;

private:
    QTreeWidget* m_tree;
};

}  // namespace Estran::Gui
