// SPDX-License-Identifier: GPL-3.0-or-later
#include "estran/gui/timecontrolwidget.h"

#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSlider>
#include <QStyle>
#include <QTimer>
#include <QToolButton>

namespace Estran::Gui {

namespace {

QToolButton* makeButton(QWidget* parent, QStyle::StandardPixmap icon, const QString& tip)
{
    auto* button = new QToolButton(parent);
    button->setIcon(parent->style()->standardIcon(icon));
    button->setToolTip(tip);
    button->setAutoRaise(true);
    return button;
}

}  // namespace

TimeControlWidget::TimeControlWidget(QWidget* parent)
    : QWidget(parent), m_slider(new QSlider(Qt::Horizontal, this)), m_date(new QLabel(this)),
      m_first(makeButton(this, QStyle::SP_MediaSkipBackward, tr("First time step"))),
      m_previous(makeButton(this, QStyle::SP_MediaSeekBackward, tr("Previous time step"))),
      m_play(makeButton(this, QStyle::SP_MediaPlay, tr("Play"))),
      m_next(makeButton(this, QStyle::SP_MediaSeekForward, tr("Next time step"))),
      m_last(makeButton(this, QStyle::SP_MediaSkipForward, tr("Last time step"))),
      m_fpsBox(new QDoubleSpinBox(this)), m_clock(new QTimer(this))
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    for (QToolButton* b : {m_first, m_previous, m_play, m_next, m_last}) layout->addWidget(b);
    layout->addWidget(m_slider, 1);
    m_date->setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("0000-00-00T00:00:00 ")));
    m_date->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_date);
    m_fpsBox->setRange(0.1, 120.0);
    m_fpsBox->setDecimals(1);
    m_fpsBox->setValue(m_fps);
    m_fpsBox->setSuffix(tr(" fps"));
    m_fpsBox->setToolTip(tr("Playback rate in frames per second"));
    layout->addWidget(m_fpsBox);

    m_slider->setToolTip(tr("Time step"));
    m_slider->setMinimumWidth(160);
    m_slider->setPageStep(1);
    // A precise timer keeps the rate steady; the tick never waits for anything.
    m_clock->setTimerType(Qt::PreciseTimer);
    connect(m_clock, &QTimer::timeout, this, &TimeControlWidget::tick);
    connect(m_slider, &QSlider::valueChanged, this, [this](int value) { setCurrentIndex(value); });
    connect(m_first, &QToolButton::clicked, this, [this] { setCurrentIndex(0); });
    connect(m_previous, &QToolButton::clicked, this, [this] { setCurrentIndex(m_index - 1); });
    connect(m_next, &QToolButton::clicked, this, [this] { setCurrentIndex(m_index + 1); });
    connect(m_last, &QToolButton::clicked, this, [this] { setCurrentIndex(count() - 1); });
    connect(m_play, &QToolButton::clicked, this, [this] { isPlaying() ? pause() : play(); });
    connect(m_fpsBox, &QDoubleSpinBox::valueChanged, this,
            [this](double fps) { setFramesPerSecond(fps); });
    setTimes({}, std::nullopt);
}

TimeControlWidget::~TimeControlWidget() = default;

void TimeControlWidget::setTimes(const std::vector<double>& times,
                                 const std::optional<Base::CfTimeAxis>& axis)
{
    m_times = times;
    m_axis = axis;
    if (m_index >= count()) m_index = 0;
    m_pending = -1;
    {
        const QSignalBlocker blocker(m_slider);
        m_slider->setRange(0, int(std::max<qint64>(count() - 1, 0)));
        m_slider->setValue(int(m_index));
    }
    if (count() < 2) pause();
    updateLabel();
    updateButtons();
    Q_EMIT timesChanged();
}

void TimeControlWidget::setCurrentIndex(qint64 index)
{
    if (count() == 0) return;
    index = std::clamp<qint64>(index, 0, count() - 1);
    if (index == m_index) return;
    m_index = index;
    {
        const QSignalBlocker blocker(m_slider);
        m_slider->setValue(int(index));
    }
    updateLabel();
    updateButtons();
    Q_EMIT currentIndexChanged(index);
}

QString TimeControlWidget::currentDateText() const
{
    if (count() == 0) return {};
    const double value = m_times[size_t(m_index)];
    return m_axis ? m_axis->toIsoString(value) : QLocale().toString(value);
}

void TimeControlWidget::setFramesPerSecond(double fps)
{
    m_fps = std::clamp(fps, 0.1, 1000.0);
    m_clock->setInterval(std::max(1, int(1000.0 / m_fps)));
    if (!qFuzzyCompare(m_fpsBox->value(), m_fps) && m_fps <= m_fpsBox->maximum()) {
        const QSignalBlocker blocker(m_fpsBox);
        m_fpsBox->setValue(m_fps);
    }
}

bool TimeControlWidget::isPlaying() const { return m_clock->isActive(); }

void TimeControlWidget::play()
{
    if (count() < 2 || isPlaying()) return;
    m_pending = -1;
    m_clock->start(std::max(1, int(1000.0 / m_fps)));
    m_play->setIcon(style()->standardIcon(QStyle::SP_MediaPause));
    m_play->setToolTip(tr("Pause"));
    Q_EMIT playingChanged(true);
}

void TimeControlWidget::pause()
{
    if (!isPlaying()) return;
    m_clock->stop();
    m_pending = -1;
    m_play->setIcon(style()->standardIcon(QStyle::SP_MediaPlay));
    m_play->setToolTip(tr("Play"));
    Q_EMIT playingChanged(false);
}

void TimeControlWidget::notifyDisplayed(qint64 index)
{
    // The current step counts too: after a manual move the pending step may never be drawn.
    if (index == m_pending || index == m_index) m_pending = -1;
}

void TimeControlWidget::tick()
{
    // The previous step is not on screen yet: let this tick go rather than skip a step or wait.
    if (m_pending >= 0) return;
    qint64 next = m_index + 1;
    if (next >= count()) {
        if (!m_loop) {
            pause();
            return;
        }
        next = 0;
    }
    m_pending = next;
    setCurrentIndex(next);
}

void TimeControlWidget::updateLabel()
{
    if (count() == 0) {
        m_date->setText(tr("no time axis"));
        return;
    }
    m_date->setText(currentDateText());
    m_date->setToolTip(m_axis ? tr("Step %1 of %2, %3 calendar")
                                    .arg(m_index + 1)
                                    .arg(count())
                                    .arg(Base::cfCalendarName(m_axis->calendar()))
                              : tr("Step %1 of %2").arg(m_index + 1).arg(count()));
}

void TimeControlWidget::updateButtons()
{
    const bool many = count() > 1;
    m_slider->setEnabled(many);
    m_play->setEnabled(many);
    m_fpsBox->setEnabled(many);
    m_first->setEnabled(many && m_index > 0);
    m_previous->setEnabled(many && m_index > 0);
    m_next->setEnabled(many && m_index + 1 < count());
    m_last->setEnabled(many && m_index + 1 < count());
}

}  // namespace Estran::Gui
