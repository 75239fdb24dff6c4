// SPDX-License-Identifier: GPL-3.0-or-later
#include "estran/render/colormap.h"

#include "colormaptables.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace Estran::Render {

QStringList Colormap::names()
{
    QStringList out;
    for (int i = 0; i < Tables::kEntryCount; ++i) out << QLatin1String(Tables::kEntries[i].name);
    return out;
}

Base::Result<Colormap> Colormap::byName(const QString& name)
{
    // "<name>_r" is the reversed map, as in matplotlib and cmocean.
    QString base = name.trimmed();
    const bool reversed = base.endsWith(QStringLiteral("_r"), Qt::CaseInsensitive);
    if (reversed) base.chop(2);
    for (int i = 0; i < Tables::kEntryCount; ++i) {
        const Tables::Entry& e = Tables::kEntries[i];
        if (base.compare(QLatin1String(e.name), Qt::CaseInsensitive) != 0) continue;
        Colormap c;
        c.m_name = QLatin1String(e.name) + (reversed ? QStringLiteral("_r") : QString());
        c.m_diverging = e.diverging;
        c.m_table.resize(256);
        for (int k = 0; k < 256; ++k) {
            const auto* rgb = e.rgb[reversed ? 255 - k : k];
            c.m_table[size_t(k)] = {rgb[0], rgb[1], rgb[2]};
        }
        return c;
    }
    return Base::Error(Base::Error::Kind::InvalidInput, name,
                       QCoreApplication::translate("Estran::Render",
                                                   "Unknown colour map; expected one of: %1")
                           .arg(names().join(QStringLiteral(", "))));
}

int Colormap::indexOf(double t)
{
    // Same binning as vtkLookupTable and matplotlib: 256 equal bins over [0, 1], 1 in the last.
    if (!(t > 0.0)) return 0;
    return std::min(255, int(t * 256.0));
}

QColor Colormap::distinctColor(const QColor& preferred) const
{
    // Squared RGB distance to the nearest table entry.
    auto nearest = [this](const QColor& c) {
        int best = 3 * 255 * 255;
        for (const auto& e : m_table) {
            const int dr = c.red() - e[0], dg = c.green() - e[1], db = c.blue() - e[2];
            best = std::min(best, dr * dr + dg * dg + db * db);
        }
        return best;
    };
    // 24 units of RGB distance: visibly different side by side.
    constexpr int kDistinct = 24 * 24;
    if (nearest(preferred) >= kDistinct) return preferred;
    // Neutral greys first (they read as "no data" on any map), strong colours last.
    QColor best = preferred;
    int bestDistance = nearest(preferred);
    for (const QColor& c : {QColor(200, 200, 200), QColor(150, 150, 150), QColor(110, 110, 110),
                            QColor(230, 230, 230), QColor(70, 70, 70), QColor(255, 255, 255),
                            QColor(0, 0, 0), QColor(255, 0, 255), QColor(0, 255, 0)}) {
        const int d = nearest(c);
        if (d >= kDistinct) return c;
        if (d > bestDistance) {
            best = c;
            bestDistance = d;
        }
    }
    return best;
}

QColor Colormap::at(double t) const
{
    if (m_table.empty()) return {};
    const auto& c = m_table[size_t(indexOf(std::isnan(t) ? 0.0 : t))];
    return QColor(c[0], c[1], c[2]);
}

}  // namespace Estran::Render
