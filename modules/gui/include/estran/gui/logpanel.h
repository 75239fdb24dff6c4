// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "estran/gui/gui_export.h"

#include <QWidget>

class QTreeWidget;

namespace Estran::Base {
struct LogEntry;
}

namespace Estran::Gui {

/// Shows Base::Log: one row per entry (time, level, where, message), the library detail as an
/// expandable child row. Errors raise errorLogged so the window can show the panel. GUI thread.
class ESTRAN_GUI_EXPORT LogPanel : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogPanel)
public:
    explicit LogPanel(QWidget* parent = nullptr);
    ~LogPanel() override;

    int rowCount() const;
    /// Message column of a row (for tests).
    QString messageAt(int row) const;
    QString detailAt(int row) const;

Q_SIGNALS:
    void errorLogged(const QString& where, const QString& message);

private:
    void append(const Base::LogEntry& entry);
    QTreeWidget* m_tree;
};

}  // namespace Estran::Gui
