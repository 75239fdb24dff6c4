// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "estran/gui/gui_export.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QPointer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;

namespace Estran::Base {
class SelectionModel;
}

namespace Estran::Gui {

class CfDateEdit;

/// Edits the period of the shared selection: a switch (any time / a period), start and end
/// dates, presets relative to the end of the current data (or today when no data has times),
/// and a histogram of the data's time steps per bin so gaps are visible before a subset.
/// Dates are whole UTC days; the end day is included (stored as "…T23:59:59"). GUI thread only.
class ESTRAN_GUI_EXPORT TimeRangeWidget final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimeRangeWidget)
public:
    enum class Preset { Last7Days, LastMonth, LastSeason, LastYear, AllData };
    Q_ENUM(Preset)

    explicit TimeRangeWidget(Base::SelectionModel* model, QWidget* parent = nullptr);

    /// The current dataset's time steps (UTC); empty when it has none or none is open.
    void setAvailableTimes(const QList<QDateTime>& times);
    /// The start times of the catalogue's search results: the histogram then shows results per
    /// bin instead of time steps, until a dataset's steps are set again.
    void setCatalogueTimes(const QList<QDateTime>& starts);
    /// Sets the period from a drag on the histogram (whole days, in order); Gregorian data only.
    void selectDays(const QDate& first, const QDate& last);
    /// False for calendars a QDate cannot hold (360_day, ...): the histogram is then not dragged.
    bool histogramSelects() const { return !usesCfEditors(); }
    const QList<QDateTime>& availableTimes() const { return m_times; }
    /// The day presets count back from: the last time step, or today (UTC).
    QDate referenceDate() const;
    /// The current data's calendar (CF name) and first/last dates ("YYYY-MM-DD..."). Calendars
    /// other than the Gregorian ones (360_day, noleap, all_leap, julian) are edited with
    /// CfDateEdit fields, so dates such as 1850-02-30 can be chosen; presets then count in that
    /// calendar. The period is stored in the selection with this calendar.
    void setCalendar(const QString& calendar, const QString& firstIso = {}, const QString& lastIso = {});
    QString calendar() const { return m_calendar; }
    /// Sets the selection's period (one undo step).
    void applyPreset(Preset preset);
    /// Steps per histogram bin, for tests: `bins` equal bins from the first to the last step.
    QList<int> histogram(int bins) const;

private:
    void writePeriod(const QDate& start, const QDate& end);
    void writeIsoPeriod(QString start, QString end);
    bool usesCfEditors() const;
    void applyCfPreset(Preset preset);
    void updateFromModel();

    QPointer<Base::SelectionModel> m_model;
    QList<QDateTime> m_times;
    QCheckBox* m_enabled;
    QDateEdit* m_start;
    QDateEdit* m_end;
    CfDateEdit* m_cfStart;
    CfDateEdit* m_cfEnd;
    QString m_calendar = QStringLiteral("standard");
    QString m_firstIso;
    QString m_lastIso;
    QComboBox* m_presets;
    QWidget* m_histogram;
    QLabel* m_summary;
    bool m_updating = false;
};

}  // namespace Estran::Gui
