// SPDX-License-Identifier: GPL-3.0-or-later
#include "estran/gui/timerangewidget.h"

#include "estran/base/selectionmodel.h"
#include "estran/gui/cfdateedit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QGridLayout>
#include <QLabel>
#include <QMouseEvent>
#include <QPainter>

#include <algorithm>

namespace Estran::Gui {

namespace {

QDate parseDay(const QString& iso) {
    return QDate::fromString(iso.left(10), Qt::ISODate);
}

// Day arithmetic inside a CF calendar, for the presets of non-Gregorian data.
Base::CfDateTime addDays(Base::CfDateTime d, int days, Base::CfCalendar c) {
    for (; days > 0; --days) {
        if (++d.day > Base::cfDaysInMonth(c, d.year, d.month)) {
            d.day = 1;
            if (++d.month > 12) d.month = 1, ++d.year;
        }
    }
    for (; days < 0; ++days) {
        if (--d.day < 1) {
            if (--d.month < 1) d.month = 12, --d.year;
            d.day = Base::cfDaysInMonth(c, d.year, d.month);
        }
    }
    return d;
}

Base::CfDateTime addMonths(Base::CfDateTime d, int months, Base::CfCalendar c) {
    int index = d.year * 12 + (d.month - 1) + months;
    d.year = index >= 0 ? index / 12 : -((-index + 11) / 12);
    d.month = index - d.year * 12 + 1;
    d.day = std::min(d.day, Base::cfDaysInMonth(c, d.year, d.month));
    return d;
}

QString isoDay(const Base::CfDateTime& d) {
    return d.toIsoString().left(d.year < 0 ? 11 : 10);
}

// Draws the steps per bin with the selected period shaded; it only paints, the parent
// TimeRangeWidget owns the data.
class AvailabilityHistogram final : public QWidget {
public:
    explicit AvailabilityHistogram(TimeRangeWidget* owner, Base::SelectionModel* model)
        : QWidget(owner), m_owner(owner), m_model(model) {
        setMinimumHeight(36);
        setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        setCursor(Qt::IBeamCursor);
    }

protected:
    // A drag across the bars picks the period, like a range slider over the availability.
    void mousePressEvent(QMouseEvent* event) override {
        if (event->button() != Qt::LeftButton || !canDrag()) return;
        m_dragFrom = m_dragTo = event->position().x();
        m_dragging = true;
        update();
    }
    void mouseMoveEvent(QMouseEvent* event) override {
        if (!m_dragging) return;
        m_dragTo = event->position().x();
        update();
    }
    void mouseReleaseEvent(QMouseEvent* event) override {
        if (!m_dragging || event->button() != Qt::LeftButton) return;
        m_dragging = false;
        m_dragTo = event->position().x();
        const QDate a = dayAt(std::min(m_dragFrom, m_dragTo)), b = dayAt(std::max(m_dragFrom, m_dragTo));
        if (a.isValid() && b.isValid()) m_owner->selectDays(a, b);
        update();
    }

    void paintEvent(QPaintEvent*) override {
        QPainter p(this);
        const QRectF area = QRectF(rect()).adjusted(1, 1, -1, -1);
        p.fillRect(area, palette().base());
        const auto& times = m_owner->availableTimes();
        if (times.isEmpty()) {
            p.setPen(palette().color(QPalette::PlaceholderText));
            p.drawText(area, Qt::AlignCenter,
                       TimeRangeWidget::tr("No time steps in the current data"));
            return;
        }
        const int bins = std::clamp(int(area.width() / 4), 1, 240);
        const QList<int> counts = m_owner->histogram(bins);
        const int top = *std::max_element(counts.cbegin(), counts.cend());
        const double t0 = double(times.first().toSecsSinceEpoch());
        const double t1 = double(times.last().toSecsSinceEpoch());
        const double span = std::max(t1 - t0, 1.0);
        auto xOf = [&](double secs) { return area.left() + (secs - t0) / span * area.width(); };
        const double w = area.width() / bins;
        for (int i = 0; i < bins; ++i) {
            if (counts[i] == 0) continue;
            const double h = std::max(2.0, area.height() * counts[i] / top);
            p.fillRect(QRectF(area.left() + i * w, area.bottom() - h, std::max(1.0, w - 1), h),
                       QColor(0x3a, 0x6e, 0x9e));
        }
        // The selected period over the bars, so it reads as a highlight of the steps it keeps.
        if (m_model) {
            const auto& s = m_model->selection();
            const QDate a = parseDay(s.timeStart), b = parseDay(s.timeEnd);
            if (a.isValid() || b.isValid()) {
                const double x0 = a.isValid()
                                      ? xOf(double(a.startOfDay(Qt::UTC).toSecsSinceEpoch()))
                                      : area.left();
                const double x1 = b.isValid() ? xOf(double(b.endOfDay(Qt::UTC).toSecsSinceEpoch()))
                                              : area.right();
                p.fillRect(QRectF(QPointF(std::max(x0, area.left()), area.top()),
                                  QPointF(std::min(x1, area.right()), area.bottom())),
                           QColor(0xf0, 0xa0, 0x20, 90));
            }
        }
        if (m_dragging) {
            p.fillRect(QRectF(QPointF(std::min(m_dragFrom, m_dragTo), area.top()),
                              QPointF(std::max(m_dragFrom, m_dragTo), area.bottom())),
                       QColor(0xf0, 0xa0, 0x20, 140));
        }
        p.setPen(palette().color(QPalette::Mid));
        p.drawRect(area);
    }

private:
    bool canDrag() const { return !m_owner->availableTimes().isEmpty() && m_owner->histogramSelects(); }
    QRectF area() const { return QRectF(rect()).adjusted(1, 1, -1, -1); }
    /// The UTC day under pixel column `x`.
    QDate dayAt(double x) const {
        const auto& times = m_owner->availableTimes();
        if (times.isEmpty()) return {};
        const double t0 = double(times.first().toSecsSinceEpoch());
        const double span = std::max(double(times.last().toSecsSinceEpoch()) - t0, 1.0);
        const double f = std::clamp((x - area().left()) / area().width(), 0.0, 1.0);
        return QDateTime::fromSecsSinceEpoch(qint64(t0 + f * span), Qt::UTC).date();
    }

    TimeRangeWidget* m_owner;
    QPointer<Base::SelectionModel> m_model;
    bool m_dragging = false;
    double m_dragFrom = 0;
    double m_dragTo = 0;
};

}  // namespace

TimeRangeWidget::TimeRangeWidget(Base::SelectionModel* model, QWidget* parent)
    : QWidget(parent),
      m_model(model),
      m_enabled(new QCheckBox(tr("Period"))),
      m_start(new QDateEdit),
      m_end(new QDateEdit),
      m_cfStart(new CfDateEdit),
      m_cfEnd(new CfDateEdit),
      m_presets(new QComboBox),
      m_summary(new QLabel) {
    m_histogram = new AvailabilityHistogram(this, model);
    for (QDateEdit* edit : {m_start, m_end}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->setTimeSpec(Qt::UTC);
        edit->setDate(QDate::currentDate());
    }
    m_start->setObjectName(QStringLiteral("TimeStart"));
    m_end->setObjectName(QStringLiteral("TimeEnd"));
    m_cfStart->setObjectName(QStringLiteral("CfTimeStart"));
    m_cfEnd->setObjectName(QStringLiteral("CfTimeEnd"));
    m_cfStart->hide();
    m_cfEnd->hide();
    m_enabled->setToolTip(tr("Unchecked: any time"));
    m_presets->addItem(tr("Preset…"));
    m_presets->addItem(tr("Last 7 days"), QVariant::fromValue(Preset::Last7Days));
    m_presets->addItem(tr("Last month"), QVariant::fromValue(Preset::LastMonth));
    m_presets->addItem(tr("Last season (3 months)"), QVariant::fromValue(Preset::LastSeason));
    m_presets->addItem(tr("Last year"), QVariant::fromValue(Preset::LastYear));
    m_presets->addItem(tr("All data"), QVariant::fromValue(Preset::AllData));
    m_presets->setToolTip(
        tr("Counted back from the last time step of the current data, or from today"));
    m_summary->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    // Combos sized to their longest entry would make the panel wider than a side dock.
    m_presets->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_presets->setMinimumContentsLength(8);

    auto* layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    // Three short rows so the widget fits a side dock: switch and presets, dates, histogram.
    layout->addWidget(m_enabled, 0, 0);
    layout->addWidget(m_presets, 0, 1);
    layout->addWidget(m_summary, 0, 2, 1, 2);
    layout->addWidget(m_start, 1, 0, 1, 2);
    layout->addWidget(m_cfStart, 1, 0, 1, 2);
    layout->addWidget(new QLabel(tr("to")), 1, 2);
    layout->addWidget(m_end, 1, 3);
    layout->addWidget(m_cfEnd, 1, 3);
    layout->addWidget(m_histogram, 2, 0, 1, 4);
    layout->setColumnStretch(1, 1);
    layout->setColumnStretch(3, 1);

    auto edited = [this] {
        if (m_updating) return;
        if (!m_enabled->isChecked())
            writePeriod({}, {});
        else if (usesCfEditors())
            writeIsoPeriod(m_cfStart->isoDate(), m_cfEnd->isoDate());
        else
            writePeriod(m_start->date(), m_end->date());
    };
    connect(m_enabled, &QCheckBox::toggled, this, edited);
    connect(m_cfStart, &CfDateEdit::dateChanged, this, edited);
    connect(m_cfEnd, &CfDateEdit::dateChanged, this, edited);
    connect(m_start, &QDateEdit::dateChanged, this, edited);
    connect(m_end, &QDateEdit::dateChanged, this, edited);
    connect(m_presets, &QComboBox::activated, this, [this](int index) {
        if (index <= 0) return;
        applyPreset(m_presets->itemData(index).value<Preset>());
        m_presets->setCurrentIndex(0);
    });
    if (model)
        connect(model, &Base::SelectionModel::selectionChanged, this,
                &TimeRangeWidget::updateFromModel);
    updateFromModel();
}

void TimeRangeWidget::setCatalogueTimes(const QList<QDateTime>& starts) {
    QList<QDateTime> valid;
    for (const QDateTime& t : starts) {
        if (t.isValid()) valid << t;
    }
    setAvailableTimes(valid);
    m_summary->setText(valid.isEmpty() ? QString() : tr("%n result(s)", nullptr, int(valid.size())));
    m_histogram->setToolTip(valid.isEmpty() ? tr("No dated catalogue results")
                                            : tr("Catalogue results from %1 to %2; drag across the bars to pick a period")
                                                  .arg(m_times.first().date().toString(Qt::ISODate),
                                                       m_times.last().date().toString(Qt::ISODate)));
}

void TimeRangeWidget::selectDays(const QDate& first, const QDate& last) {
    writePeriod(first, last);
}

void TimeRangeWidget::setAvailableTimes(const QList<QDateTime>& times) {
    m_times = times;
    std::sort(m_times.begin(), m_times.end());
    m_summary->setText(m_times.isEmpty() ? QString()
                                         : tr("%n time step(s)", nullptr, int(m_times.size())));
    const QString range = m_times.isEmpty() ? tr("No time steps in the current data")
                                            : tr("Data from %1 to %2")
                                                  .arg(m_times.first().date().toString(Qt::ISODate),
                                                       m_times.last().date().toString(Qt::ISODate));
    m_summary->setToolTip(range);
    // With no period chosen, the date fields show the data's own range: a starting point for edits.
    if (!m_enabled->isChecked() && !m_times.isEmpty()) {
        m_updating = true;
        m_start->setDate(m_times.first().date());
        m_end->setDate(m_times.last().date());
        m_updating = false;
    }
    m_histogram->setToolTip(m_times.isEmpty() ? range : range + tr("; drag across the bars to pick a period"));
    m_histogram->update();
}

QDate TimeRangeWidget::referenceDate() const {
    return m_times.isEmpty() ? QDateTime::currentDateTimeUtc().date() : m_times.last().date();
}

bool TimeRangeWidget::usesCfEditors() const {
    const Base::Result<Base::CfCalendar> c = Base::parseCfCalendar(m_calendar);
    return c && *c != Base::CfCalendar::Standard && *c != Base::CfCalendar::ProlepticGregorian;
}

void TimeRangeWidget::setCalendar(const QString& calendar, const QString& firstIso, const QString& lastIso) {
    const Base::Result<Base::CfCalendar> parsed = Base::parseCfCalendar(calendar);
    m_calendar = parsed ? Base::cfCalendarName(*parsed) : QStringLiteral("standard");
    m_firstIso = firstIso;
    m_lastIso = lastIso;
    const bool cf = usesCfEditors();
    m_updating = true;
    for (CfDateEdit* edit : {m_cfStart, m_cfEnd}) {
        edit->setCalendar(parsed ? *parsed : Base::CfCalendar::Standard);
        edit->setVisible(cf);
    }
    m_start->setVisible(!cf);
    m_end->setVisible(!cf);
    if (cf && !m_enabled->isChecked()) {
        // As with Gregorian data, the fields start at the data's own range.
        m_cfStart->setIsoDate(firstIso);
        m_cfEnd->setIsoDate(lastIso);
    }
    m_updating = false;
    m_presets->setToolTip(cf ? tr("Counted back from the last time step, in the data's %1 calendar").arg(m_calendar)
                             : tr("Counted back from the last time step of the current data, or from today"));
    updateFromModel();
}

void TimeRangeWidget::applyCfPreset(Preset preset) {
    const Base::Result<Base::CfCalendar> c = Base::parseCfCalendar(m_calendar);
    Base::Result<Base::CfDateTime> last = Base::CfDateTime::fromIsoString(m_lastIso);
    if (!c || !last) return;
    const Base::CfDateTime end = *last;
    switch (preset) {
        case Preset::Last7Days:
            writeIsoPeriod(isoDay(addDays(end, -6, *c)), isoDay(end));
            break;
        case Preset::LastMonth:
            writeIsoPeriod(isoDay(addDays(addMonths(end, -1, *c), 1, *c)), isoDay(end));
            break;
        case Preset::LastSeason:
            writeIsoPeriod(isoDay(addDays(addMonths(end, -3, *c), 1, *c)), isoDay(end));
            break;
        case Preset::LastYear:
            writeIsoPeriod(isoDay(addDays(addMonths(end, -12, *c), 1, *c)), isoDay(end));
            break;
        case Preset::AllData:
            writeIsoPeriod(m_firstIso.left(10), isoDay(end));
            break;
    }
}

void TimeRangeWidget::applyPreset(Preset preset) {
    if (usesCfEditors()) {
        applyCfPreset(preset);
        return;
    }
    const QDate end = referenceDate();
    switch (preset) {
        case Preset::Last7Days:
            writePeriod(end.addDays(-6), end);
            break;
        case Preset::LastMonth:
            writePeriod(end.addMonths(-1).addDays(1), end);
            break;
        case Preset::LastSeason:
            writePeriod(end.addMonths(-3).addDays(1), end);
            break;
        case Preset::LastYear:
            writePeriod(end.addYears(-1).addDays(1), end);
            break;
        case Preset::AllData:
            if (m_times.isEmpty())
                writePeriod({}, {});
            else
                writePeriod(m_times.first().date(), end);
            break;
    }
}

QList<int> TimeRangeWidget::histogram(int bins) const {
    QList<int> counts(std::max(bins, 1), 0);
    if (m_times.isEmpty()) return counts;
    const qint64 t0 = m_times.first().toSecsSinceEpoch();
    const qint64 span = std::max<qint64>(m_times.last().toSecsSinceEpoch() - t0, 1);
    for (const QDateTime& t : m_times) {
        const int bin = int(double(t.toSecsSinceEpoch() - t0) / double(span) * counts.size());
        ++counts[std::clamp(bin, 0, int(counts.size()) - 1)];
    }
    return counts;
}

void TimeRangeWidget::writePeriod(const QDate& start, const QDate& end) {
    if (!m_model) return;
    Base::Selection s = m_model->selection();
    QDate a = start, b = end;
    if (a.isValid() && b.isValid() && a > b) std::swap(a, b);
    s.timeStart = a.isValid() ? a.toString(Qt::ISODate) : QString();
    // The end day is included: a step at noon on the last day belongs to the period.
    s.timeEnd = b.isValid() ? b.toString(Qt::ISODate) + QStringLiteral("T23:59:59") : QString();
    s.calendar = m_calendar;
    m_model->setSelection(s);
}

void TimeRangeWidget::writeIsoPeriod(QString start, QString end) {
    if (!m_model) return;
    // Zero-padded ISO days of positive years sort as text.
    if (!start.isEmpty() && !end.isEmpty() && start > end) std::swap(start, end);
    Base::Selection s = m_model->selection();
    s.timeStart = start;
    s.timeEnd = end.isEmpty() ? QString() : end + QStringLiteral("T23:59:59");
    s.calendar = m_calendar;
    m_model->setSelection(s);
}

void TimeRangeWidget::updateFromModel() {
    m_updating = true;
    const QDate a = m_model ? parseDay(m_model->selection().timeStart) : QDate();
    const QDate b = m_model ? parseDay(m_model->selection().timeEnd) : QDate();
    const QString startIso = m_model ? m_model->selection().timeStart : QString();
    const QString endIso = m_model ? m_model->selection().timeEnd : QString();
    // 1850-02-30 is no QDate: the ISO text decides whether a period is set.
    m_enabled->setChecked(!startIso.isEmpty() || !endIso.isEmpty());
    if (a.isValid()) m_start->setDate(a);
    if (b.isValid()) m_end->setDate(b);
    if (!startIso.isEmpty()) m_cfStart->setIsoDate(startIso);
    if (!endIso.isEmpty()) m_cfEnd->setIsoDate(endIso);
    for (QWidget* w : {static_cast<QWidget*>(m_start), static_cast<QWidget*>(m_end), static_cast<QWidget*>(m_cfStart),
                       static_cast<QWidget*>(m_cfEnd)})
        w->setEnabled(m_enabled->isChecked());
    m_updating = false;
    m_histogram->update();
}

}  // namespace Estran::Gui
