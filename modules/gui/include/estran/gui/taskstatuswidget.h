// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "estran/gui/gui_export.h"

#include <QWidget>

class QLabel;
class QProgressBar;
class QToolButton;

namespace Estran::Base {
class Task;
class TaskManager;
}

namespace Estran::Gui {

/// Status-bar strip for the running tasks of a TaskManager: the newest task's name and
/// progress, how many others run, and a button that cancels them. Hidden when idle.
class ESTRAN_GUI_EXPORT TaskStatusWidget : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TaskStatusWidget)
public:
    explicit TaskStatusWidget(Base::TaskManager* manager, QWidget* parent = nullptr);
    ~TaskStatusWidget() override;

    QString text() const;

private:
    void refresh();
    Base::TaskManager* m_manager;
    QLabel* m_label;
    QProgressBar* m_progress;
    QToolButton* m_cancel;
};

}  // namespace Estran::Gui
