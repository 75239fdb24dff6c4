// SPDX-License-Identifier: GPL-3.0-or-later
#include "estran/gui/cellreadout.h"

#include "estran/base/units.h"

#include "estran/data/gridlocator.h"
#include "estran/data/slice.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

#include <cmath>

namespace Estran::Gui {

namespace {

// Signed longitude difference folded into [-180, 180), so 359.5 and -0.5 are neighbours.
double lonDelta(double a, double b)
{
    double d = std::fmod(a - b + 540.0, 360.0);
    if (d < 0) d += 360.0;
    return d - 180.0;
}

QString formatLat(double lat)
{
    return QCoreApplication::translate("Estran::Gui", "%1°%2")
        .arg(QLocale().toString(std::abs(lat), 'f', 2),
             lat >= 0 ? QCoreApplication::translate("Estran::Gui", "N")
                      : QCoreApplication::translate("Estran::Gui", "S"));
}

QString formatLon(double lon)
{
    lon = lonDelta(lon, 0.0);
    return QCoreApplication::translate("Estran::Gui", "%1°%2")
        .arg(QLocale().toString(std::abs(lon), 'f', 2),
             lon >= 0 ? QCoreApplication::translate("Estran::Gui", "E")
                      : QCoreApplication::translate("Estran::Gui", "W"));
}

}  // namespace

std::optional<CellReadout> CellReadout::at(const Data::Slice& slice, double lon, double lat)
{
    const Data::Grid* grid = slice.grid.get();
    if (!grid || grid->nx <= 0 || grid->ny <= 0) return std::nullopt;
    if (slice.values.size() != size_t(grid->nx) * size_t(grid->ny)) return std::nullopt;
    // The data layer's locator is the one the CLI's `sample` uses, so both read the same cell.
    const auto cell = Data::GridLocator(slice.grid).nearest(lon, lat);
    if (!cell) return std::nullopt;
    CellReadout r;
    r.lon = lon;
    r.lat = lat;
    r.ix = cell->ix;
    r.iy = cell->iy;
    const float v = slice.at(r.ix, r.iy);
    if (std::isfinite(v)) r.value = double(v);
    r.units = slice.units;
    if (grid->timeAxis && !grid->times.empty() && slice.index.time >= 0
        && size_t(slice.index.time) < grid->times.size()) {
        r.time = grid->timeAxis->toIsoString(grid->times[size_t(slice.index.time)]);
    }
    return r;
}

QString CellReadout::displayUnits(const QString& units) { return Base::displayUnits(units); }

QString CellReadout::formatPosition(double lon, double lat)
{
    return formatLat(lat) + u' ' + formatLon(lon);
}

QString CellReadout::toText() const
{
    QString value = this->value
                        ? QLocale().toString(*this->value, 'g', 6)
                        : QCoreApplication::translate("Estran::Gui", "no data");
    if (this->value && !units.isEmpty()) value += u' ' + displayUnits(units);
    QString text = QCoreApplication::translate("Estran::Gui", "%1 at %2 (cell %3, %4)")
                       .arg(value, formatPosition(lon, lat))
                       .arg(ix)
                       .arg(iy);
    if (!time.isEmpty()) text += QStringLiteral("  ") + time;
    return text;
}

}  // namespace Estran::Gui
