// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "estran/base/base_export.h"
#include "estran/base/result.h"

#include <QString>

namespace Estran::Base {

/// The CF calendars (CF conventions §4.4.1).
enum class CfCalendar {
    Standard,            ///< "standard"/"gregorian": Julian before 1582-10-15, Gregorian after
    ProlepticGregorian,  ///< "proleptic_gregorian"
    Julian,              ///< "julian"
    NoLeap,              ///< "noleap"/"365_day"
    AllLeap,             ///< "all_leap"/"366_day"
    Day360               ///< "360_day": twelve 30-day months
};

/// Parses a CF calendar attribute (case-insensitive); empty means Standard.
ESTRAN_BASE_EXPORT Result<CfCalendar> parseCfCalendar(const QString& name);
/// The canonical CF name ("standard", "proleptic_gregorian", "360_day", ...).
ESTRAN_BASE_EXPORT QString cfCalendarName(CfCalendar calendar);

/// Days in `month` (1..12) of `year` in `calendar` (30 in every 360_day month).
ESTRAN_BASE_EXPORT int cfDaysInMonth(CfCalendar calendar, int year, int month);

/// A date-time in a given calendar. Fields are not normalised to the Gregorian
/// calendar: 1850-02-30 is a valid Day360 date.
struct ESTRAN_BASE_EXPORT CfDateTime {
    int year = 1970;
    int month = 1;   ///< 1..12
    int day = 1;     ///< 1..31 (30 in Day360)
    int hour = 0;
    int minute = 0;
    double second = 0.0;

    /// "YYYY-MM-DDTHH:MM:SS" (seconds rounded to the nearest integer).
    QString toIsoString() const;
    /// Accepts "YYYY-MM-DD", "YYYY-MM-DDTHH:MM[:SS[.fff]]", a space instead of 'T', an optional 'Z'.
    /// Does not check the day against a calendar; use CfTimeAxis::fromDateTime for that.
    static Result<CfDateTime> fromIsoString(const QString& text);

    bool operator==(const CfDateTime&) const = default;
};

/// Converts between numeric CF time values ("<unit> since <reference>") and dates.
class ESTRAN_BASE_EXPORT CfTimeAxis {
public:
    /// Parses units such as "days since 1950-01-01", "hours since 1900-1-1 00:00:00.0 +01:00",
    /// "seconds since 1970-01-01T00:00:00Z". Units: seconds, minutes, hours, days (and their
    /// CF abbreviations/singulars). `where` names the variable for error messages.
    static Result<CfTimeAxis> create(const QString& units, const QString& calendar,
                                     const QString& where = {});

    CfCalendar calendar() const { return m_calendar; }
    const QString& units() const { return m_units; }
    /// Length of one unit in seconds (86400 for days).
    double secondsPerUnit() const { return m_secondsPerUnit; }

    /// Value (in the axis units) → date in the axis calendar (UTC; the reference's zone applied).
    CfDateTime toDateTime(double value) const;
    /// Date in the axis calendar → value; error when the date does not exist in the calendar.
    Result<double> fromDateTime(const CfDateTime& dt) const;

    QString toIsoString(double value) const { return toDateTime(value).toIsoString(); }

private:
    CfCalendar m_calendar = CfCalendar::Standard;
    QString m_units;
    double m_secondsPerUnit = 86400.0;
    double m_referenceDay = 0.0;      ///< reference day number in m_calendar
    double m_referenceSeconds = 0.0;  ///< seconds into the reference day, zone removed
};

/// Day number (days since an arbitrary fixed epoch) for a date in a calendar, and back.
/// Exposed for tests and for code that compares dates.
ESTRAN_BASE_EXPORT qint64 cfDayNumber(CfCalendar calendar, int year, int month, int day);
ESTRAN_BASE_EXPORT void cfDateFromDayNumber(CfCalendar calendar, qint64 dayNumber, int& year,
                                            int& month, int& day);
ESTRAN_BASE_EXPORT bool cfIsValidDate(CfCalendar calendar, int year, int month, int day);

}  // namespace Estran::Base
