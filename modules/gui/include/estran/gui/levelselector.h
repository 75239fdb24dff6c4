// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "estran/gui/gui_export.h"

#include <QWidget>

#include <vector>

class QComboBox;
class QLabel;

namespace Estran::Gui {

/// Chooses the depth/level of a 4-D variable: one entry per level with its units
/// ("5 m", "850 hPa"). Disabled when the variable has no vertical axis. GUI thread only.
class ESTRAN_GUI_EXPORT LevelSelector : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LevelSelector)
public:
    explicit LevelSelector(QWidget* parent = nullptr);
    ~LevelSelector() override;

    /// Replaces the levels (empty: no vertical axis); keeps the index when still in range.
    /// Does not emit currentLevelChanged.
    void setLevels(const std::vector<double>& levels, const QString& name, const QString& units);
    qint64 count() const;
    qint64 currentLevel() const;
    void setCurrentLevel(qint64 index);
    QString currentText() const;

Q_SIGNALS:
    void currentLevelChanged(qint64 index);

private:
    QLabel* m_label;
    QComboBox* m_combo;
    bool m_updating = false;
};

}  // namespace Estran::Gui
