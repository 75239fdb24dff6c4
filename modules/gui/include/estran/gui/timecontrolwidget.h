// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "estran/base/cfcalendar.h"
#include "estran/gui/gui_export.h"

#include <QWidget>

#include <optional>
#include <vector>

class QLabel;
class QSlider;
class QTimer;
class QToolButton;
class QDoubleSpinBox;

namespace Estran::Gui {

/// Time slider with the date in the variable's own calendar, step buttons and play/pause.
///
/// Playback runs on a QTimer clock at a steady rate (frames per second). It never skips a
/// step and never blocks: a tick advances only when the step asked for last has been shown
/// (notifyDisplayed()); a tick that finds the view still busy is simply let go. GUI thread only.
class ESTRAN_GUI_EXPORT TimeControlWidget : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimeControlWidget)
public:
    explicit TimeControlWidget(QWidget* parent = nullptr);
    ~TimeControlWidget() override;

    /// Time values in the axis units; an empty vector disables the control.
    /// Keeps the current index when it is still in range. Does not emit currentIndexChanged.
    void setTimes(const std::vector<double>& times, const std::optional<Base::CfTimeAxis>& axis);
    qint64 count() const { return qint64(m_times.size()); }

    qint64 currentIndex() const { return m_index; }
    /// Moves to `index` (clamped) and emits currentIndexChanged when it changed.
    void setCurrentIndex(qint64 index);
    /// The date shown for the current step ("2001-03-01T00:00:00"), or empty.
    QString currentDateText() const;

    /// Frames per second while playing (> 0).
    void setFramesPerSecond(double fps);
    double framesPerSecond() const { return m_fps; }
    void setLooping(bool loop) { m_loop = loop; }

    bool isPlaying() const;
    void play();
    void pause();

    /// Tells the clock that step `index` is on screen.
    void notifyDisplayed(qint64 index);

    /// The step the clock waits to see displayed, or -1.
    qint64 pendingIndex() const { return m_pending; }

Q_SIGNALS:
    void currentIndexChanged(qint64 index);
    void playingChanged(bool playing);
    /// The steps were replaced (another variable); count() may have changed.
    void timesChanged();

private:
    void tick();
    void updateLabel();
    void updateButtons();

    std::vector<double> m_times;
    std::optional<Base::CfTimeAxis> m_axis;
    qint64 m_index = 0;
    qint64 m_pending = -1;
    double m_fps = 4.0;
    bool m_loop = true;
    QSlider* m_slider;
    QLabel* m_date;
    QToolButton* m_first;
    QToolButton* m_previous;
    QToolButton* m_play;
    QToolButton* m_next;
    QToolButton* m_last;
    QDoubleSpinBox* m_fpsBox;
    QTimer* m_clock;
};

}  // namespace Estran::Gui
