// SPDX-License-Identifier: GPL-3.0-or-later
#include "playpauseaction.h"

#include "estran/gui/timecontrolwidget.h"

namespace Estran::App {

PlayPauseAction::PlayPauseAction(Gui::TimeControlWidget* control, QObject* parent)
    : QAction(parent), m_control(control)
{
    setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Space));
    connect(this, &QAction::triggered, this, &PlayPauseAction::run);
    connect(control, &Gui::TimeControlWidget::playingChanged, this, &PlayPauseAction::update);
    connect(control, &Gui::TimeControlWidget::timesChanged, this,
            [this] { setEnabled(m_control->count() > 1); });
    update(false);
    setEnabled(false);
}

void PlayPauseAction::run() { m_control->isPlaying() ? m_control->pause() : m_control->play(); }

void PlayPauseAction::update(bool playing) { setText(playing ? tr("P&ause") : tr("P&lay")); }

}  // namespace Estran::App
