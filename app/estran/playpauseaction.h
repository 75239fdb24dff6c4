// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAction>

namespace Estran::Gui {
class TimeControlWidget;
}

namespace Estran::App {

/// Time ▸ Play / Pause: starts or stops playback at the rate set in the time control.
class PlayPauseAction final : public QAction {
    Q_OBJECT
public:
    PlayPauseAction(Gui::TimeControlWidget* control, QObject* parent);

private:
    void run();
    void update(bool playing);
    Gui::TimeControlWidget* m_control;
};

}  // namespace Estran::App
