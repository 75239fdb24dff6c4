// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "estran/base/cfcalendar.h"
#include "estran/gui/gui_export.h"

#include <QString>
#include <QWidget>

class QSpinBox;

namespace Estran::Gui {

/// A day in any CF calendar, edited as year, month and day: the day's range follows the
/// calendar, so 1850-02-30 can be picked in a 360_day calendar and 2001-02-29 cannot in noleap.
/// QDateEdit only knows the Gregorian calendar. GUI thread only.
class ESTRAN_GUI_EXPORT CfDateEdit final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CfDateEdit)
public:
    explicit CfDateEdit(QWidget* parent = nullptr);
    ~CfDateEdit() override;

    Base::CfCalendar calendar() const { return m_calendar; }
    /// A day beyond the new calendar's month length moves to its last day.
    void setCalendar(Base::CfCalendar calendar);

    /// "YYYY-MM-DD" (years zero-padded to four digits, negative years with a minus sign).
    QString isoDate() const;
    /// Reads "YYYY-MM-DD[...]" (the time part is ignored); false when it is not a date of the
    /// calendar, leaving the editor as it was.
    bool setIsoDate(const QString& iso);

Q_SIGNALS:
    void dateChanged();

private:
    void fitDayRange();
    QSpinBox* m_year;
    QSpinBox* m_month;
    QSpinBox* m_day;
    Base::CfCalendar m_calendar = Base::CfCalendar::Standard;
    bool m_updating = false;
};

}  // namespace Estran::Gui
