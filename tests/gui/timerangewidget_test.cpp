// SPDX-License-Identifier: GPL-3.0-or-later
#include "estran/gui/timerangewidget.h"
#include "estran/base/selectionmodel.h"
#include "estran/gui/cfdateedit.h"

#include <QCheckBox>
#include <QTest>

#include <gtest/gtest.h>

#include <numeric>

using namespace Estran;
using Preset = Gui::TimeRangeWidget::Preset;

namespace {

// Daily steps through the leap year 2020.
QList<QDateTime> year2020() {
    QList<QDateTime> times;
    for (QDate d(2020, 1, 1); d.year() == 2020; d = d.addDays(1))
        times.append(QDateTime(d, QTime(12, 0), Qt::UTC));
    return times;
}

struct TimeFixture : ::testing::Test {
    Base::SelectionModel model;
    Gui::TimeRangeWidget widget{&model};
    std::string start() const { return model.selection().timeStart.toStdString(); }
    std::string end() const { return model.selection().timeEnd.toStdString(); }
};

}  // namespace

TEST_F(TimeFixture, PresetsCountBackFromTheLastTimeStepOfTheData) {
    widget.setAvailableTimes(year2020());
    widget.applyPreset(Preset::Last7Days);
    EXPECT_EQ(start(), "2020-12-25");
    EXPECT_EQ(end(), "2020-12-31T23:59:59");
    widget.applyPreset(Preset::LastMonth);
    EXPECT_EQ(start(), "2020-12-01");
    widget.applyPreset(Preset::LastSeason);
    EXPECT_EQ(start(), "2020-10-01");
    widget.applyPreset(Preset::LastYear);
    EXPECT_EQ(start(), "2020-01-01");
    widget.applyPreset(Preset::AllData);
    EXPECT_EQ(start(), "2020-01-01");
    EXPECT_EQ(end(), "2020-12-31T23:59:59");
}

TEST_F(TimeFixture, PresetsCountBackFromTodayWithoutData) {
    const QDate today = QDateTime::currentDateTimeUtc().date();
    widget.applyPreset(Preset::Last7Days);
    EXPECT_EQ(start(), today.addDays(-6).toString(Qt::ISODate).toStdString());
    EXPECT_EQ(model.selection().timeEnd.left(10), today.toString(Qt::ISODate));
    widget.applyPreset(Preset::AllData);
    EXPECT_TRUE(model.selection().timeStart.isEmpty());
    EXPECT_TRUE(model.selection().timeEnd.isEmpty());
}

TEST_F(TimeFixture, EachPresetIsOneUndoStep) {
    widget.setAvailableTimes(year2020());
    widget.applyPreset(Preset::LastMonth);
    widget.applyPreset(Preset::Last7Days);
    model.undo();
    EXPECT_EQ(start(), "2020-12-01");
}

TEST_F(TimeFixture, TheHistogramCountsEveryStepOnce) {
    widget.setAvailableTimes(year2020());
    const QList<int> bins = widget.histogram(12);
    ASSERT_EQ(bins.size(), 12);
    EXPECT_EQ(std::accumulate(bins.cbegin(), bins.cend(), 0), 366);
    for (int n : bins) EXPECT_NEAR(n, 30.5, 2.0);
}

TEST_F(TimeFixture, AGapInTheDataShowsAsEmptyBins) {
    QList<QDateTime> times = year2020();
    times.erase(times.begin() + 100, times.begin() + 200);
    widget.setAvailableTimes(times);
    const QList<int> bins = widget.histogram(36);
    EXPECT_EQ(bins[14], 0);
    EXPECT_GT(bins[0], 0);
    EXPECT_GT(bins[35], 0);
}

TEST_F(TimeFixture, A360DayCalendarIsPickedWithItsOwnDaysAndPresets) {
    widget.setCalendar(QStringLiteral("360_day"), QStringLiteral("1850-01-01T00:00:00"),
                       QStringLiteral("1850-12-30T00:00:00"));
    auto* first = widget.findChild<Gui::CfDateEdit*>(QStringLiteral("CfTimeStart"));
    auto* finish = widget.findChild<Gui::CfDateEdit*>(QStringLiteral("CfTimeEnd"));
    ASSERT_NE(first, nullptr);
    ASSERT_NE(finish, nullptr);
    EXPECT_FALSE(first->isHidden());
    EXPECT_EQ(first->isoDate(), QStringLiteral("1850-01-01"));  // the data's range, before any choice

    // 30 February exists in this calendar.
    ASSERT_TRUE(finish->setIsoDate(QStringLiteral("1850-02-30")));
    widget.findChild<QCheckBox*>()->setChecked(true);
    EXPECT_EQ(end(), "1850-02-30T23:59:59");
    EXPECT_EQ(model.selection().calendar, QStringLiteral("360_day"));

    // Presets count in 30-day months: a month back from 12-30 starts on 12-01.
    widget.applyPreset(Preset::LastMonth);
    EXPECT_EQ(start(), "1850-12-01");
    EXPECT_EQ(end(), "1850-12-30T23:59:59");
    widget.applyPreset(Preset::Last7Days);
    EXPECT_EQ(start(), "1850-12-24");
    widget.applyPreset(Preset::AllData);
    EXPECT_EQ(start(), "1850-01-01");
    // The editors follow the model, 30 February included.
    Base::Selection s = model.selection();
    s.timeStart = QStringLiteral("1850-02-30");
    model.setSelection(s);
    EXPECT_EQ(first->isoDate(), QStringLiteral("1850-02-30"));
}

TEST(CfDateEdit, KeepsTheDayWithinTheCalendarsMonth) {
    Gui::CfDateEdit edit;
    edit.setCalendar(Base::CfCalendar::NoLeap);
    EXPECT_FALSE(edit.setIsoDate(QStringLiteral("2000-02-29")));  // no leap days in noleap
    ASSERT_TRUE(edit.setIsoDate(QStringLiteral("2000-02-28")));
    edit.setCalendar(Base::CfCalendar::AllLeap);
    EXPECT_TRUE(edit.setIsoDate(QStringLiteral("2001-02-29")));
    EXPECT_EQ(edit.isoDate(), QStringLiteral("2001-02-29"));
    edit.setCalendar(Base::CfCalendar::Day360);
    EXPECT_TRUE(edit.setIsoDate(QStringLiteral("0850-03-30")));
    EXPECT_EQ(edit.isoDate(), QStringLiteral("0850-03-30"));
    EXPECT_FALSE(edit.setIsoDate(QStringLiteral("0850-03-31")));
    EXPECT_FALSE(edit.setIsoDate(QStringLiteral("not a date")));
}

TEST_F(TimeFixture, DraggingAcrossTheHistogramPicksThePeriodLikeARangeSlider) {
    widget.resize(400, 120);
    widget.show();
    widget.setAvailableTimes(year2020());
    // The histogram is the widget that draws the bars: the one that takes drags.
    QWidget* bars = nullptr;
    for (QWidget* child : widget.findChildren<QWidget*>()) {
        if (child->cursor().shape() == Qt::IBeamCursor) bars = child;
    }
    ASSERT_NE(bars, nullptr);
    const int left = 1, width = bars->width() - 2;
    const QPoint from(left + width / 4, bars->height() / 2), to(left + width / 2, bars->height() / 2);
    QTest::mousePress(bars, Qt::LeftButton, {}, from);
    QTest::mouseMove(bars, to);
    QTest::mouseRelease(bars, Qt::LeftButton, {}, to);
    // A quarter of the way through 2020 is early April; half-way is early July.
    const QDate a = QDate::fromString(QString::fromStdString(start()), Qt::ISODate);
    const QDate b = QDate::fromString(QString::fromStdString(end()).left(10), Qt::ISODate);
    EXPECT_NEAR(QDate(2020, 4, 1).daysTo(a), 0, 3) << start();
    EXPECT_NEAR(QDate(2020, 7, 1).daysTo(b), 0, 3) << end();
}

TEST_F(TimeFixture, CatalogueResultsFillTheHistogramUntilADatasetsStepsReturn) {
    widget.setCatalogueTimes({QDateTime(QDate(2021, 3, 1), QTime(10, 0), Qt::UTC), QDateTime(),
                              QDateTime(QDate(2021, 3, 2), QTime(10, 0), Qt::UTC)});
    EXPECT_EQ(widget.availableTimes().size(), 2);  // the undated result is left out
    const QList<int> counts = widget.histogram(2);
    EXPECT_EQ(std::accumulate(counts.begin(), counts.end(), 0), 2);
    widget.setAvailableTimes(year2020());
    EXPECT_EQ(widget.availableTimes().size(), 366);
}
