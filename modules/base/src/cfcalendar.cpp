// SPDX-License-Identifier: GPL-3.0-or-later
#include "estran/base/cfcalendar.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>
#include <array>
#include <cmath>

namespace Estran::Base {

namespace {

QString tr(const char* text) { return QCoreApplication::translate("Estran::Base", text); }

// Floor division: the day-number algorithms must stay correct for years before 0.
constexpr qint64 floorDiv(qint64 a, qint64 b) { return (a >= 0 ? a : a - b + 1) / b; }

constexpr std::array<int, 13> kCumNoLeap{0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334, 365};
constexpr std::array<int, 13> kCumAllLeap{0, 31, 60, 91, 121, 152, 182, 213, 244, 274, 305, 335, 366};

// Howard Hinnant's days_from_civil: days since 1970-01-01 in the proleptic Gregorian calendar.
constexpr qint64 gregorianDays(qint64 y, int m, int d)
{
    y -= m <= 2;
    const qint64 era = floorDiv(y, 400);
    const qint64 yoe = y - era * 400;
    const qint64 doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const qint64 doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

void gregorianFromDays(qint64 z, int& year, int& month, int& day)
{
    z += 719468;
    const qint64 era = floorDiv(z, 146097);
    const qint64 doe = z - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    day = int(doy - (153 * mp + 2) / 5 + 1);
    month = int(mp < 10 ? mp + 3 : mp - 9);
    year = int(yoe + era * 400 + (month <= 2));
}

// Julian calendar with March-based years: the leap day is the last day of every fourth
// March-based year, so a 4-year cycle is 1461 days with no other correction.
constexpr qint64 julianRaw(qint64 y, int m, int d)
{
    y -= m <= 2;
    const qint64 era = floorDiv(y, 4);
    const qint64 yoe = y - era * 4;
    const qint64 doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    return era * 1461 + yoe * 365 + doy;
}

// Shifts Julian day numbers onto the Gregorian epoch so both calendars count the same days:
// Julian 1582-10-05 is Gregorian 1582-10-15.
constexpr qint64 kJulianOffset = gregorianDays(1582, 10, 15) - julianRaw(1582, 10, 5);
constexpr qint64 kGregorianStart = gregorianDays(1582, 10, 15);

constexpr qint64 julianDays(qint64 y, int m, int d) { return julianRaw(y, m, d) + kJulianOffset; }

void julianFromDays(qint64 n, int& year, int& month, int& day)
{
    const qint64 z = n - kJulianOffset;
    const qint64 era = floorDiv(z, 1461);
    const qint64 doe = z - era * 1461;
    const qint64 yoe = std::min<qint64>(doe / 365, 3);
    const qint64 doy = doe - 365 * yoe;
    const qint64 mp = (5 * doy + 2) / 153;
    day = int(doy - (153 * mp + 2) / 5 + 1);
    month = int(mp < 10 ? mp + 3 : mp - 9);
    year = int(yoe + era * 4 + (month <= 2));
}

void fixedYearFromDays(qint64 n, int yearLength, const std::array<int, 13>& cum, int& year,
                       int& month, int& day)
{
    const qint64 y = floorDiv(n, yearLength);
    const int doy = int(n - y * yearLength);
    int m = 1;
    while (m < 12 && doy >= cum[m]) ++m;
    year = int(y);
    month = m;
    day = doy - cum[m - 1] + 1;
}

bool isGregorianLeap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }
bool isJulianLeap(int y) { return floorDiv(y, 4) * 4 == y; }

int daysInMonth(CfCalendar calendar, int year, int month)
{
    static constexpr int kDays[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    switch (calendar) {
    case CfCalendar::Day360: return 30;
    case CfCalendar::NoLeap: return kDays[month - 1];
    case CfCalendar::AllLeap: return month == 2 ? 29 : kDays[month - 1];
    case CfCalendar::Julian: return month == 2 && isJulianLeap(year) ? 29 : kDays[month - 1];
    case CfCalendar::ProlepticGregorian:
        return month == 2 && isGregorianLeap(year) ? 29 : kDays[month - 1];
    case CfCalendar::Standard:
        if (month != 2) return kDays[month - 1];
        return (year < 1582 ? isJulianLeap(year) : isGregorianLeap(year)) ? 29 : 28;
    }
    return 31;
}

// Returns seconds per unit, or 0 when the unit is not a time unit CF accepts.
double unitSeconds(const QString& unit, CfCalendar calendar)
{
    const QString u = unit.toLower();
    static const QStringList seconds{QStringLiteral("seconds"), QStringLiteral("second"),
                                     QStringLiteral("secs"), QStringLiteral("sec"),
                                     QStringLiteral("s")};
    static const QStringList minutes{QStringLiteral("minutes"), QStringLiteral("minute"),
                                     QStringLiteral("mins"), QStringLiteral("min")};
    static const QStringList hours{QStringLiteral("hours"), QStringLiteral("hour"),
                                   QStringLiteral("hrs"), QStringLiteral("hr"),
                                   QStringLiteral("h")};
    static const QStringList days{QStringLiteral("days"), QStringLiteral("day"),
                                  QStringLiteral("d")};
    static const QStringList weeks{QStringLiteral("weeks"), QStringLiteral("week")};
    static const QStringList months{QStringLiteral("months"), QStringLiteral("month")};
    static const QStringList years{QStringLiteral("years"), QStringLiteral("year"),
                                   QStringLiteral("yr")};
    if (seconds.contains(u)) return 1.0;
    if (minutes.contains(u)) return 60.0;
    if (hours.contains(u)) return 3600.0;
    if (days.contains(u)) return 86400.0;
    if (weeks.contains(u)) return 7 * 86400.0;
    // CF discourages months/years; udunits defines them from the tropical year, except that
    // model output on a 360-day calendar means exactly 30 and 360 days.
    const double year = calendar == CfCalendar::Day360 ? 360.0 * 86400.0
                                                       : 365.242198781 * 86400.0;
    if (months.contains(u)) return year / 12.0;
    if (years.contains(u)) return year;
    return 0.0;
}

}  // namespace

Result<CfCalendar> parseCfCalendar(const QString& name)
{
    const QString n = name.trimmed().toLower();
    if (n.isEmpty() || n == u"standard" || n == u"gregorian") return CfCalendar::Standard;
    if (n == u"proleptic_gregorian") return CfCalendar::ProlepticGregorian;
    if (n == u"julian") return CfCalendar::Julian;
    if (n == u"noleap" || n == u"365_day" || n == u"no_leap") return CfCalendar::NoLeap;
    if (n == u"all_leap" || n == u"366_day") return CfCalendar::AllLeap;
    if (n == u"360_day") return CfCalendar::Day360;
    return Error(Error::Kind::Unsupported, QString(), tr("Unknown CF calendar \"%1\"").arg(name));
}

QString cfCalendarName(CfCalendar calendar)
{
    switch (calendar) {
    case CfCalendar::Standard: return QStringLiteral("standard");
    case CfCalendar::ProlepticGregorian: return QStringLiteral("proleptic_gregorian");
    case CfCalendar::Julian: return QStringLiteral("julian");
    case CfCalendar::NoLeap: return QStringLiteral("noleap");
    case CfCalendar::AllLeap: return QStringLiteral("all_leap");
    case CfCalendar::Day360: return QStringLiteral("360_day");
    }
    return QStringLiteral("standard");
}

qint64 cfDayNumber(CfCalendar calendar, int year, int month, int day)
{
    switch (calendar) {
    case CfCalendar::ProlepticGregorian: return gregorianDays(year, month, day);
    case CfCalendar::Julian: return julianDays(year, month, day);
    case CfCalendar::Standard: {
        const qint64 g = gregorianDays(year, month, day);
        return g >= kGregorianStart ? g : julianDays(year, month, day);
    }
    case CfCalendar::NoLeap: return qint64(year) * 365 + kCumNoLeap[month - 1] + day - 1;
    case CfCalendar::AllLeap: return qint64(year) * 366 + kCumAllLeap[month - 1] + day - 1;
    case CfCalendar::Day360: return qint64(year) * 360 + (month - 1) * 30 + day - 1;
    }
    return 0;
}

void cfDateFromDayNumber(CfCalendar calendar, qint64 dayNumber, int& year, int& month, int& day)
{
    switch (calendar) {
    case CfCalendar::ProlepticGregorian: gregorianFromDays(dayNumber, year, month, day); return;
    case CfCalendar::Julian: julianFromDays(dayNumber, year, month, day); return;
    case CfCalendar::Standard:
        if (dayNumber >= kGregorianStart) gregorianFromDays(dayNumber, year, month, day);
        else julianFromDays(dayNumber, year, month, day);
        return;
    case CfCalendar::NoLeap: fixedYearFromDays(dayNumber, 365, kCumNoLeap, year, month, day); return;
    case CfCalendar::AllLeap:
        fixedYearFromDays(dayNumber, 366, kCumAllLeap, year, month, day);
        return;
    case CfCalendar::Day360: {
        const qint64 y = floorDiv(dayNumber, 360);
        const int doy = int(dayNumber - y * 360);
        year = int(y);
        month = doy / 30 + 1;
        day = doy % 30 + 1;
        return;
    }
    }
}

bool cfIsValidDate(CfCalendar calendar, int year, int month, int day)
{
    if (month < 1 || month > 12 || day < 1) return false;
    if (day > daysInMonth(calendar, year, month)) return false;
    // The ten days dropped by the Gregorian reform do not exist in the mixed calendar.
    if (calendar == CfCalendar::Standard && year == 1582 && month == 10 && day > 4 && day < 15)
        return false;
    return true;
}

QString CfDateTime::toIsoString() const
{
    int s = int(std::lround(second));
    int mi = minute;
    int h = hour;
    if (s >= 60) {
        s -= 60;
        ++mi;
    }
    if (mi >= 60) {
        mi -= 60;
        ++h;
    }
    // Carrying into the day needs the calendar, which a bare CfDateTime does not know; a value
    // half a second before midnight prints as the last second of its day instead.
    if (h >= 24) {
        h = 23;
        mi = 59;
        s = 59;
    }
    const QString y = year < 0 ? QStringLiteral("-%1").arg(-year, 4, 10, QLatin1Char('0'))
                               : QStringLiteral("%1").arg(year, 4, 10, QLatin1Char('0'));
    return QStringLiteral("%1-%2-%3T%4:%5:%6")
        .arg(y)
        .arg(month, 2, 10, QLatin1Char('0'))
        .arg(day, 2, 10, QLatin1Char('0'))
        .arg(h, 2, 10, QLatin1Char('0'))
        .arg(mi, 2, 10, QLatin1Char('0'))
        .arg(s, 2, 10, QLatin1Char('0'));
}

Result<CfDateTime> CfDateTime::fromIsoString(const QString& text)
{
    static const QRegularExpression re(QStringLiteral(
        R"(^\s*(-?\d{1,6})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{1,2})(?::(\d{1,2}(?:\.\d*)?))?)?\s*(?:Z|UTC)?\s*$)"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = re.match(text);
    if (!m.hasMatch()) {
        return Error(Error::Kind::InvalidInput, QString(),
                     tr("Not a date: \"%1\" (expected YYYY-MM-DD[THH:MM[:SS]])").arg(text));
    }
    CfDateTime dt;
    dt.year = m.captured(1).toInt();
    dt.month = m.captured(2).toInt();
    dt.day = m.captured(3).toInt();
    dt.hour = m.captured(4).isEmpty() ? 0 : m.captured(4).toInt();
    dt.minute = m.captured(5).isEmpty() ? 0 : m.captured(5).toInt();
    dt.second = m.captured(6).isEmpty() ? 0.0 : m.captured(6).toDouble();
    if (dt.month < 1 || dt.month > 12 || dt.day < 1 || dt.day > 31 || dt.hour > 24
        || dt.minute > 59 || dt.second >= 61.0) {
        return Error(Error::Kind::InvalidInput, QString(),
                     tr("Date out of range: \"%1\"").arg(text));
    }
    return dt;
}

Result<CfTimeAxis> CfTimeAxis::create(const QString& units, const QString& calendar,
                                      const QString& where)
{
    Result<CfCalendar> cal = parseCfCalendar(calendar);
    if (!cal) return Error(cal.error().kind(), where, cal.error().message());

    // "<unit> since <date>[(T| )<time>][ <zone>]"; udunits accepts one-digit fields
    // ("1900-1-1 0:0:0") and zones written "Z", "UTC", "+01:00", "-0530" or "+1".
    static const QRegularExpression re(
        QStringLiteral(
            R"(^\s*([A-Za-z]+)\s+since\s+(-?\d{1,6})-(\d{1,2})-(\d{1,2}))"
            R"((?:(?:T|\s+)(\d{1,2}):(\d{1,2})(?::(\d{1,2}(?:\.\d*)?))?)?)"
            R"(\s*(Z|UTC|GMT|[+-]\d{1,2}(?::?\d{2})?)?\s*$)"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = re.match(units);
    if (!m.hasMatch()) {
        return Error(Error::Kind::InvalidInput, where,
                     tr("Cannot parse time units \"%1\" (expected \"<unit> since <date>\")")
                         .arg(units));
    }
    const double spu = unitSeconds(m.captured(1), *cal);
    if (spu <= 0.0) {
        return Error(Error::Kind::InvalidInput, where,
                     tr("Unknown time unit \"%1\" in \"%2\"").arg(m.captured(1), units));
    }
    const int year = m.captured(2).toInt();
    const int month = m.captured(3).toInt();
    const int day = m.captured(4).toInt();
    if (!cfIsValidDate(*cal, year, month, day)) {
        return Error(Error::Kind::InvalidInput, where,
                     tr("Reference date of \"%1\" does not exist in the %2 calendar")
                         .arg(units, cfCalendarName(*cal)));
    }
    const int hour = m.captured(5).isEmpty() ? 0 : m.captured(5).toInt();
    const int minute = m.captured(6).isEmpty() ? 0 : m.captured(6).toInt();
    const double second = m.captured(7).isEmpty() ? 0.0 : m.captured(7).toDouble();
    if (hour > 24 || minute > 59 || second >= 61.0) {
        return Error(Error::Kind::InvalidInput, where,
                     tr("Reference time of \"%1\" is out of range").arg(units));
    }

    double zoneSeconds = 0.0;
    const QString zone = m.captured(8);
    if (!zone.isEmpty() && zone.front() != u'Z' && zone.front() != u'z'
        && !zone.startsWith(u'U', Qt::CaseInsensitive)
        && !zone.startsWith(u'G', Qt::CaseInsensitive)) {
        const int sign = zone.front() == u'-' ? -1 : 1;
        QString digits = zone.mid(1);
        digits.remove(u':');
        int zh = 0;
        int zm = 0;
        if (digits.size() <= 2) {
            zh = digits.toInt();
        } else {
            zh = digits.left(digits.size() - 2).toInt();
            zm = digits.right(2).toInt();
        }
        if (zh > 14 || zm > 59) {
            return Error(Error::Kind::InvalidInput, where,
                         tr("Time zone \"%1\" in \"%2\" is out of range").arg(zone, units));
        }
        zoneSeconds = sign * (zh * 3600.0 + zm * 60.0);
    }

    CfTimeAxis axis;
    axis.m_calendar = *cal;
    axis.m_units = units;
    axis.m_secondsPerUnit = spu;
    axis.m_referenceDay = double(cfDayNumber(*cal, year, month, day));
    // A reference at 00:00 +01:00 is 23:00 UTC the day before: subtracting the zone keeps
    // every decoded date in UTC.
    axis.m_referenceSeconds = hour * 3600.0 + minute * 60.0 + second - zoneSeconds;
    return axis;
}

CfDateTime CfTimeAxis::toDateTime(double value) const
{
    CfDateTime dt;
    if (!std::isfinite(value)) return dt;
    double total = m_referenceSeconds + value * m_secondsPerUnit;
    // Millisecond rounding absorbs the binary error of values such as 0.1 hours without
    // losing precision for any realistic span (2^53 ms is 285 000 years).
    total = std::round(total * 1000.0) / 1000.0;
    const double dayOffset = std::floor(total / 86400.0);
    double secs = total - dayOffset * 86400.0;
    if (secs >= 86400.0) secs = 86399.999;
    const qint64 dayNumber = qint64(m_referenceDay) + qint64(dayOffset);
    cfDateFromDayNumber(m_calendar, dayNumber, dt.year, dt.month, dt.day);
    dt.hour = int(secs / 3600.0);
    secs -= dt.hour * 3600.0;
    dt.minute = int(secs / 60.0);
    secs -= dt.minute * 60.0;
    dt.second = std::round(secs * 1000.0) / 1000.0;
    return dt;
}

Result<double> CfTimeAxis::fromDateTime(const CfDateTime& dt) const
{
    if (!cfIsValidDate(m_calendar, dt.year, dt.month, dt.day)) {
        return Error(Error::Kind::InvalidInput, QString(),
                     tr("%1 does not exist in the %2 calendar")
                         .arg(dt.toIsoString().left(10), cfCalendarName(m_calendar)));
    }
    const double days = double(cfDayNumber(m_calendar, dt.year, dt.month, dt.day)) - m_referenceDay;
    const double seconds = days * 86400.0 + dt.hour * 3600.0 + dt.minute * 60.0 + dt.second
                           - m_referenceSeconds;
    return seconds / m_secondsPerUnit;
}

int cfDaysInMonth(CfCalendar calendar, int year, int month)
{
    return daysInMonth(calendar, year, std::clamp(month, 1, 12));
}

}  // namespace Estran::Base
