// SPDX-License-Identifier: GPL-3.0-or-later
#include "estran/gui/cfdateedit.h"

#include <QHBoxLayout>
#include <QRegularExpression>
#include <QSignalBlocker>
#include <QSpinBox>

namespace Estran::Gui {

CfDateEdit::CfDateEdit(QWidget* parent)
    : QWidget(parent), m_year(new QSpinBox), m_month(new QSpinBox), m_day(new QSpinBox)
{
    m_year->setRange(-9999, 9999);
    m_year->setValue(2000);
    m_month->setRange(1, 12);
    m_day->setRange(1, 31);
    m_year->setToolTip(tr("Year"));
    m_month->setToolTip(tr("Month"));
    m_day->setToolTip(tr("Day (its range follows the data's calendar)"));
    for (QSpinBox* spin : {m_year, m_month, m_day}) {
        spin->setKeyboardTracking(false);
        spin->setButtonSymbols(QAbstractSpinBox::UpDownArrows);
    }
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_year, 3);
    layout->addWidget(m_month, 2);
    layout->addWidget(m_day, 2);
    const auto changed = [this] {
        if (m_updating) return;
        fitDayRange();
        Q_EMIT dateChanged();
    };
    for (QSpinBox* spin : {m_year, m_month, m_day}) connect(spin, &QSpinBox::valueChanged, this, changed);
    fitDayRange();
}

CfDateEdit::~CfDateEdit() = default;

void CfDateEdit::setCalendar(Base::CfCalendar calendar)
{
    m_calendar = calendar;
    const int day = m_day->value();
    fitDayRange();
    // A day the new calendar's month lacks was moved to its last day: say so, so the selection
    // never keeps a date this editor no longer shows.
    if (m_day->value() != day && !m_updating) Q_EMIT dateChanged();
}

void CfDateEdit::fitDayRange()
{
    const QSignalBlocker block(m_day);
    m_day->setMaximum(Base::cfDaysInMonth(m_calendar, m_year->value(), m_month->value()));
}

QString CfDateEdit::isoDate() const
{
    const int year = m_year->value();
    return QStringLiteral("%1%2-%3-%4")
        .arg(year < 0 ? QStringLiteral("-") : QString())
        .arg(std::abs(year), 4, 10, QLatin1Char('0'))
        .arg(m_month->value(), 2, 10, QLatin1Char('0'))
        .arg(m_day->value(), 2, 10, QLatin1Char('0'));
}

bool CfDateEdit::setIsoDate(const QString& iso)
{
    static const QRegularExpression pattern(QStringLiteral("^(-?\\d{1,4})-(\\d{1,2})-(\\d{1,2})"));
    const QRegularExpressionMatch m = pattern.match(iso.trimmed());
    if (!m.hasMatch()) return false;
    const int year = m.captured(1).toInt(), month = m.captured(2).toInt(), day = m.captured(3).toInt();
    if (month < 1 || month > 12 || day < 1 || day > Base::cfDaysInMonth(m_calendar, year, month)) return false;
    m_updating = true;
    m_year->setValue(year);
    m_month->setValue(month);
    fitDayRange();
    m_day->setValue(day);
    m_updating = false;
    return true;
}

}  // namespace Estran::Gui
