// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAction>

namespace Estran::Gui {
class TimeControlWidget;
}

namespace Estran::App {

/// Time ▸ First/Previous/Next/Last Step: moves the time control; disabled where it cannot move.
class TimeStepAction final : public QAction {
    Q_OBJECT
public:
    enum class Step { First, Previous, Next, Last };
    TimeStepAction(Step step, Gui::TimeControlWidget* control, QObject* parent);

private:
    void run();
    void updateEnabled();
    Step m_step;
    Gui::TimeControlWidget* m_control;
};

}  // namespace Estran::App
