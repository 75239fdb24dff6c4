// SPDX-License-Identifier: GPL-3.0-or-later
#include "timestepaction.h"

#include "estran/gui/timecontrolwidget.h"

namespace Estran::App {

TimeStepAction::TimeStepAction(Step step, Gui::TimeControlWidget* control, QObject* parent)
    : QAction(parent), m_step(step), m_control(control)
{
    switch (step) {
    case Step::First:
        setText(tr("&First Step"));
        setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Home));
        break;
    case Step::Previous:
        setText(tr("&Previous Step"));
        setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Left));
        break;
    case Step::Next:
        setText(tr("&Next Step"));
        setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Right));
        break;
    case Step::Last:
        setText(tr("&Last Step"));
        setShortcut(QKeySequence(Qt::CTRL | Qt::Key_End));
        break;
    }
    connect(this, &QAction::triggered, this, &TimeStepAction::run);
    connect(control, &Gui::TimeControlWidget::currentIndexChanged, this, &TimeStepAction::updateEnabled);
    connect(control, &Gui::TimeControlWidget::timesChanged, this, &TimeStepAction::updateEnabled);
    updateEnabled();
}

void TimeStepAction::run()
{
    switch (m_step) {
    case Step::First: m_control->setCurrentIndex(0); break;
    case Step::Previous: m_control->setCurrentIndex(m_control->currentIndex() - 1); break;
    case Step::Next: m_control->setCurrentIndex(m_control->currentIndex() + 1); break;
    case Step::Last: m_control->setCurrentIndex(m_control->count() - 1); break;
    }
}

void TimeStepAction::updateEnabled()
{
    const qint64 index = m_control->currentIndex();
    const qint64 count = m_control->count();
    const bool back = m_step == Step::First || m_step == Step::Previous;
    setEnabled(count > 1 && (back ? index > 0 : index + 1 < count));
}

}  // namespace Estran::App
