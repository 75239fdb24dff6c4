// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "estran/base/result.h"
#include "estran/render/render_export.h"

#include <QColor>
#include <QString>
#include <QStringList>

#include <array>
#include <cstdint>
#include <vector>

namespace Estran::Render {

/// A perceptually uniform colour map sampled at 256 entries.
/// Names: viridis, magma, inferno, plasma, cividis, and cmocean's thermal, haline, balance,
/// deep, ice, solar, speed, dense, algae, amp, curl, delta, tempo, matter, turbid, oxy, topo,
/// rain, diff, tarn, phase, gray (see names()); "<name>_r" gives the reversed map. Tables are generated from matplotlib's
/// (CC0) and cmocean's (MIT) data by modules/render/tools/generate_colormaps.py.
/// A value type, safe to copy and to read from any thread.
class ESTRAN_RENDER_EXPORT Colormap {
public:
    static QStringList names();
    [[nodiscard]] static Base::Result<Colormap> byName(const QString& name);

    const QString& name() const { return m_name; }
    /// Colour at t in [0, 1] (clamped).
    QColor at(double t) const;
    /// Table entry for t in [0, 1]: 256 equal bins, the binning vtkLookupTable uses, so the
    /// offscreen and interactive renderers agree pixel for pixel.
    static int indexOf(double t);
    /// 256 RGB triplets.
    const std::vector<std::array<std::uint8_t, 3>>& table() const { return m_table; }
    /// True for diverging maps (balance, curl, delta, diff, tarn): auto range is made
    /// symmetric around 0.
    bool isDiverging() const { return m_diverging; }
    /// `preferred` when it is clearly distinct from every colour of the table, else the most
    /// distinct of a few fallbacks (grey, white, black, magenta): fill cells must never look
    /// like data.
    QColor distinctColor(const QColor& preferred) const;

private:
    QString m_name;
    std::vector<std::array<std::uint8_t, 3>> m_table;
    bool m_diverging = false;
};

}  // namespace Estran::Render
