// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "estran/base/geobox.h"
#include "estran/gui/gui_export.h"

#include <QList>
#include <QString>

#include <optional>

namespace Estran::Gui {

/// A small built-in list of ocean basins and seas with approximate lon/lat boxes (degrees,
/// west > east across the antimeridian), so a region is one click away without a network
/// gazetteer. Boxes are rough envelopes for subsetting, not official IHO limits.
class ESTRAN_GUI_EXPORT Gazetteer {
public:
    struct Entry {
        QString id;    ///< stable English key, used in tests and saved settings
        QString name;  ///< translated display name
        Base::GeoBox box;
    };
    static QList<Entry> entries();
    /// By id (English name, case-insensitive).
    static std::optional<Base::GeoBox> find(const QString& id);
};

}  // namespace Estran::Gui
