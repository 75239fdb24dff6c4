// SPDX-License-Identifier: GPL-3.0-or-later
#include "estran/base/cfcalendar.h"

#include <gtest/gtest.h>

using namespace Estran::Base;

namespace {

CfTimeAxis axis(const char* units, const char* calendar = "standard")
{
    Result<CfTimeAxis> a = CfTimeAxis::create(QString::fromUtf8(units), QString::fromUtf8(calendar),
                                              QStringLiteral("test.nc:time"));
    EXPECT_TRUE(a.ok()) << (a.ok() ? "" : a.error().toString().toStdString());
    return a.ok() ? *a : CfTimeAxis{};
}

std::string iso(const CfTimeAxis& a, double v) { return a.toIsoString(v).toStdString(); }

}  // namespace

TEST(CfCalendar, ParsesEveryCalendarNameAndAlias)
{
    EXPECT_EQ(*parseCfCalendar(QString()), CfCalendar::Standard);
    EXPECT_EQ(*parseCfCalendar(QStringLiteral("Gregorian")), CfCalendar::Standard);
    EXPECT_EQ(*parseCfCalendar(QStringLiteral("proleptic_gregorian")), CfCalendar::ProlepticGregorian);
    EXPECT_EQ(*parseCfCalendar(QStringLiteral("julian")), CfCalendar::Julian);
    EXPECT_EQ(*parseCfCalendar(QStringLiteral("noleap")), CfCalendar::NoLeap);
    EXPECT_EQ(*parseCfCalendar(QStringLiteral("365_day")), CfCalendar::NoLeap);
    EXPECT_EQ(*parseCfCalendar(QStringLiteral("all_leap")), CfCalendar::AllLeap);
    EXPECT_EQ(*parseCfCalendar(QStringLiteral("366_day")), CfCalendar::AllLeap);
    EXPECT_EQ(*parseCfCalendar(QStringLiteral("360_day")), CfCalendar::Day360);
    EXPECT_FALSE(parseCfCalendar(QStringLiteral("lunar")).ok());
    EXPECT_EQ(cfCalendarName(CfCalendar::Day360), QStringLiteral("360_day"));
}

TEST(CfCalendar, StandardCalendarSkipsTheTenDaysOfTheGregorianReform)
{
    const CfTimeAxis a = axis("days since 1582-10-04");
    EXPECT_EQ(iso(a, 0), "1582-10-04T00:00:00");
    EXPECT_EQ(iso(a, 1), "1582-10-15T00:00:00");
    EXPECT_FALSE(cfIsValidDate(CfCalendar::Standard, 1582, 10, 10));
    EXPECT_TRUE(cfIsValidDate(CfCalendar::ProlepticGregorian, 1582, 10, 10));
    // 1500 is a leap year in the Julian part of the mixed calendar, 1700 is not after it.
    EXPECT_TRUE(cfIsValidDate(CfCalendar::Standard, 1500, 2, 29));
    EXPECT_FALSE(cfIsValidDate(CfCalendar::Standard, 1700, 2, 29));
}

TEST(CfCalendar, StandardAgreesWithKnownUnixTimes)
{
    const CfTimeAxis a = axis("seconds since 1970-01-01T00:00:00Z");
    EXPECT_EQ(iso(a, 1700000000), "2023-11-14T22:13:20");
    EXPECT_EQ(iso(a, -86400), "1969-12-31T00:00:00");
    EXPECT_EQ(iso(axis("days since 1970-01-01", "proleptic_gregorian"), 11016), "2000-02-29T00:00:00");
}

TEST(CfCalendar, JulianCalendarHasLeapCenturies)
{
    const CfTimeAxis a = axis("days since 1900-02-28", "julian");
    EXPECT_EQ(iso(a, 1), "1900-02-29T00:00:00");
    const CfTimeAxis g = axis("days since 1900-02-28", "proleptic_gregorian");
    EXPECT_EQ(iso(g, 1), "1900-03-01T00:00:00");
    // Julian 1582-10-05 and Gregorian 1582-10-15 are the same day.
    EXPECT_EQ(cfDayNumber(CfCalendar::Julian, 1582, 10, 5),
              cfDayNumber(CfCalendar::ProlepticGregorian, 1582, 10, 15));
}

TEST(CfCalendar, NoLeapAndAllLeapCalendarsHaveFixedYearLengths)
{
    const CfTimeAxis noleap = axis("days since 2000-01-01", "noleap");
    EXPECT_EQ(iso(noleap, 59), "2000-03-01T00:00:00");
    EXPECT_EQ(iso(noleap, 365), "2001-01-01T00:00:00");
    EXPECT_FALSE(cfIsValidDate(CfCalendar::NoLeap, 2000, 2, 29));
    const CfTimeAxis allLeap = axis("days since 2001-01-01", "366_day");
    EXPECT_EQ(iso(allLeap, 59), "2001-02-29T00:00:00");
    EXPECT_EQ(iso(allLeap, 366), "2002-01-01T00:00:00");
}

TEST(CfCalendar, Day360CalendarAcceptsFebruaryThirtieth)
{
    const CfTimeAxis a = axis("days since 1850-01-01", "360_day");
    EXPECT_EQ(iso(a, 59), "1850-02-30T00:00:00");
    EXPECT_EQ(iso(a, 360), "1851-01-01T00:00:00");
    Result<double> v = a.fromDateTime(CfDateTime{1850, 2, 30, 12, 0, 0.0});
    ASSERT_TRUE(v.ok());
    EXPECT_DOUBLE_EQ(*v, 59.5);
    EXPECT_FALSE(a.fromDateTime(CfDateTime{1850, 1, 31, 0, 0, 0.0}).ok());
    EXPECT_FALSE(axis("days since 2000-01-01").fromDateTime(CfDateTime{2001, 2, 30, 0, 0, 0}).ok());
}

TEST(CfCalendar, AcceptsEveryTimeUnitAndAbbreviation)
{
    EXPECT_EQ(iso(axis("sec since 2000-01-01"), 90), "2000-01-01T00:01:30");
    EXPECT_EQ(iso(axis("s since 2000-01-01"), 3600), "2000-01-01T01:00:00");
    EXPECT_EQ(iso(axis("min since 2000-01-01"), 90), "2000-01-01T01:30:00");
    EXPECT_EQ(iso(axis("minute since 2000-01-01"), 1), "2000-01-01T00:01:00");
    EXPECT_EQ(iso(axis("hr since 2000-01-01"), 25), "2000-01-02T01:00:00");
    EXPECT_EQ(iso(axis("h since 2000-01-01"), 0.5), "2000-01-01T00:30:00");
    EXPECT_EQ(iso(axis("hour since 2000-01-01"), 48), "2000-01-03T00:00:00");
    EXPECT_EQ(iso(axis("d since 2000-01-01"), 31), "2000-02-01T00:00:00");
    EXPECT_EQ(iso(axis("day since 2000-01-01"), 1.25), "2000-01-02T06:00:00");
}

TEST(CfCalendar, ParsesReferenceTimesWithFractionsSeparatorsAndShortFields)
{
    EXPECT_EQ(iso(axis("hours since 1900-1-1 0:0:0"), 24), "1900-01-02T00:00:00");
    EXPECT_EQ(iso(axis("hours since 1900-01-01 00:00:00.0"), 1), "1900-01-01T01:00:00");
    EXPECT_EQ(iso(axis("seconds since 2000-01-01T12:30:15.5"), 0.5), "2000-01-01T12:30:16");
    EXPECT_EQ(iso(axis("days since 2000-01-01 06:00"), 0), "2000-01-01T06:00:00");
}

TEST(CfCalendar, AppliesTheReferenceTimeZone)
{
    // Midnight at +01:00 is 23:00 UTC the day before.
    EXPECT_EQ(iso(axis("hours since 2000-01-01 00:00:00 +01:00"), 0), "1999-12-31T23:00:00");
    EXPECT_EQ(iso(axis("hours since 2000-01-01T00:00:00-0530"), 0), "2000-01-01T05:30:00");
    EXPECT_EQ(iso(axis("hours since 2000-01-01 00:00:00 UTC"), 0), "2000-01-01T00:00:00");
    EXPECT_EQ(iso(axis("hours since 2000-01-01T00:00:00Z"), 1), "2000-01-01T01:00:00");
    EXPECT_EQ(iso(axis("hours since 2000-01-01 12:00 -6"), 0), "2000-01-01T18:00:00");
}

TEST(CfCalendar, RejectsUnparseableUnitsNamingTheVariable)
{
    for (const char* bad : {"days", "days after 2000-01-01", "fortnights since 2000-01-01",
                            "days since yesterday", "days since 2000-13-01", ""}) {
        Result<CfTimeAxis> a = CfTimeAxis::create(QString::fromUtf8(bad), QString(),
                                                  QStringLiteral("file.nc:time"));
        ASSERT_FALSE(a.ok()) << bad;
        EXPECT_EQ(a.error().where(), QStringLiteral("file.nc:time"));
        EXPECT_FALSE(a.error().message().isEmpty());
    }
    EXPECT_FALSE(CfTimeAxis::create(QStringLiteral("days since 2001-02-29"), QStringLiteral("noleap")).ok());
    EXPECT_FALSE(CfTimeAxis::create(QStringLiteral("days since 2000-01-01"), QStringLiteral("lunar")).ok());
}

TEST(CfCalendar, RoundTripsDatesThroughValuesInEveryCalendar)
{
    for (const char* cal : {"standard", "proleptic_gregorian", "julian", "noleap", "all_leap", "360_day"}) {
        const CfTimeAxis a = axis("hours since 1850-01-01 00:00:00", cal);
        for (double v : {0.0, 1.0, 37.5, 1000.0, 123456.0, -5000.0, 1.5e6}) {
            const CfDateTime dt = a.toDateTime(v);
            Result<double> back = a.fromDateTime(dt);
            ASSERT_TRUE(back.ok()) << cal << " " << v;
            EXPECT_NEAR(*back, v, 1e-6) << cal << " " << dt.toIsoString().toStdString();
        }
    }
}

TEST(CfCalendar, DayNumbersRoundTripAcrossNegativeYears)
{
    for (CfCalendar c : {CfCalendar::Standard, CfCalendar::ProlepticGregorian, CfCalendar::Julian,
                         CfCalendar::NoLeap, CfCalendar::AllLeap, CfCalendar::Day360}) {
        for (qint64 n = -800000; n <= 800000; n += 997) {
            int y = 0, m = 0, d = 0;
            cfDateFromDayNumber(c, n, y, m, d);
            ASSERT_TRUE(cfIsValidDate(c, y, m, d)) << int(c) << " " << n;
            ASSERT_EQ(cfDayNumber(c, y, m, d), n) << int(c) << " " << y << "-" << m << "-" << d;
        }
    }
}

TEST(CfDateTime, ParsesIsoStringsAndRejectsGarbage)
{
    Result<CfDateTime> a = CfDateTime::fromIsoString(QStringLiteral("1850-02-30"));
    ASSERT_TRUE(a.ok());
    EXPECT_EQ(a->day, 30);
    Result<CfDateTime> b = CfDateTime::fromIsoString(QStringLiteral("2020-05-06 07:08:09.5Z"));
    ASSERT_TRUE(b.ok());
    EXPECT_EQ(b->hour, 7);
    EXPECT_EQ(b->minute, 8);
    EXPECT_DOUBLE_EQ(b->second, 9.5);
    EXPECT_EQ(CfDateTime::fromIsoString(QStringLiteral("2020-05-06T07:08")).value().minute, 8);
    EXPECT_FALSE(CfDateTime::fromIsoString(QStringLiteral("May 5th")).ok());
    EXPECT_FALSE(CfDateTime::fromIsoString(QStringLiteral("2020-13-01")).ok());
    EXPECT_EQ((CfDateTime{7, 3, 4, 5, 6, 59.6}).toIsoString(), QStringLiteral("0007-03-04T05:07:00"));
}
