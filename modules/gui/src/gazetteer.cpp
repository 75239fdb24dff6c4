// SPDX-License-Identifier: GPL-3.0-or-later
#include "estran/gui/gazetteer.h"

#include <QCoreApplication>

namespace Estran::Gui {

namespace {

struct Raw {
    const char* id;
    double west, south, east, north;
};

// Approximate envelopes (degrees). Kept generous so a subset never clips the sea it names.
constexpr Raw kRegions[] = {
    {QT_TRANSLATE_NOOP("Estran::Gui", "North Atlantic"), -80.0, 0.0, 0.0, 65.0},
    {QT_TRANSLATE_NOOP("Estran::Gui", "South Atlantic"), -70.0, -60.0, 20.0, 0.0},
    {QT_TRANSLATE_NOOP("Estran::Gui", "Mediterranean Sea"), -6.0, 30.0, 36.5, 46.0},
    {QT_TRANSLATE_NOOP("Estran::Gui", "Bay of Biscay"), -10.0, 43.0, -1.0, 48.5},
    {QT_TRANSLATE_NOOP("Estran::Gui", "North Sea"), -4.0, 51.0, 9.0, 61.0},
    {QT_TRANSLATE_NOOP("Estran::Gui", "Baltic Sea"), 9.0, 53.5, 30.5, 66.0},
    {QT_TRANSLATE_NOOP("Estran::Gui", "English Channel"), -6.0, 48.5, 2.0, 51.2},
    {QT_TRANSLATE_NOOP("Estran::Gui", "Gulf of Mexico"), -98.0, 18.0, -80.5, 31.0},
    {QT_TRANSLATE_NOOP("Estran::Gui", "Caribbean Sea"), -89.0, 9.0, -60.0, 22.5},
    {QT_TRANSLATE_NOOP("Estran::Gui", "Gulf of Guinea"), -10.0, -5.0, 12.0, 7.0},
    {QT_TRANSLATE_NOOP("Estran::Gui", "Indian Ocean"), 20.0, -60.0, 120.0, 30.0},
    {QT_TRANSLATE_NOOP("Estran::Gui", "Arabian Sea"), 50.0, 0.0, 78.0, 26.0},
    {QT_TRANSLATE_NOOP("Estran::Gui", "Bay of Bengal"), 78.0, 5.0, 100.0, 23.0},
    {QT_TRANSLATE_NOOP("Estran::Gui", "Red Sea"), 32.0, 12.0, 44.0, 30.0},
    {QT_TRANSLATE_NOOP("Estran::Gui", "Black Sea"), 27.0, 40.5, 42.0, 47.5},
    {QT_TRANSLATE_NOOP("Estran::Gui", "North Pacific"), 117.0, 0.0, -100.0, 66.0},
    {QT_TRANSLATE_NOOP("Estran::Gui", "South Pacific"), 145.0, -60.0, -68.0, 0.0},
    {QT_TRANSLATE_NOOP("Estran::Gui", "Coral Sea"), 145.0, -30.0, 170.0, -9.0},
    {QT_TRANSLATE_NOOP("Estran::Gui", "Tasman Sea"), 147.0, -47.0, 175.0, -29.0},
    {QT_TRANSLATE_NOOP("Estran::Gui", "Southern Ocean"), -180.0, -80.0, 180.0, -60.0},
    {QT_TRANSLATE_NOOP("Estran::Gui", "Arctic Ocean"), -180.0, 66.5, 180.0, 90.0},
};

}  // namespace

QList<Gazetteer::Entry> Gazetteer::entries() {
    QList<Entry> list;
    for (const Raw& r : kRegions) {
        list.append({QString::fromLatin1(r.id), QCoreApplication::translate("Estran::Gui", r.id),
                     Base::GeoBox{r.west, r.south, r.east, r.north}});
    }
    return list;
}

std::optional<Base::GeoBox> Gazetteer::find(const QString& id) {
    for (const Raw& r : kRegions) {
        if (id.compare(QLatin1String(r.id), Qt::CaseInsensitive) == 0) {
            return Base::GeoBox{r.west, r.south, r.east, r.north};
        }
    }
    return std::nullopt;
}

}  // namespace Estran::Gui
