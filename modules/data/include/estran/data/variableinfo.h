// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "estran/data/data_export.h"

#include <QList>
#include <QString>
#include <QVariantMap>

#include <optional>

namespace Estran::Data {

enum class DataType {
    Int8, UInt8, Int16, UInt16, Int32, UInt32, Int64, UInt64, Float32, Float64, String, Other
};

/// What a dimension means, found from CF attributes (standard_name, units, axis, positive),
/// not only from names.
enum class AxisRole { None, Longitude, Latitude, Time, Vertical, X, Y };

struct Dimension {
    QString name;
    qint64 size = 0;
    AxisRole role = AxisRole::None;
};

/// Summary of a variable's time axis, dates in the variable's own calendar.
struct TimeSummary {
    QString start;     ///< "YYYY-MM-DDTHH:MM:SS"
    QString end;
    qint64 count = 0;
    QString calendar;  ///< canonical CF name, e.g. "360_day"
};

/// Static description of one variable (or HDF5 dataset, or GDAL band/array).
struct VariableInfo {
    QString name;          ///< full path for variables in groups ("/data_01/ssha"), plain at root
    QString longName;
    QString standardName;
    QString units;
    DataType dtype = DataType::Other;
    QList<Dimension> dimensions;
    QVariantMap attributes;   ///< raw attributes, for the attribute panel
    bool isCoordinate = false;
    /// True when the variable has a horizontal lon/lat (or x/y) plane that can be mapped.
    bool isMappable = false;
    std::optional<TimeSummary> time;

    QList<qint64> shape() const
    {
        QList<qint64> s;
        for (const auto& d : dimensions) s.append(d.size);
        return s;
    }
};

/// "float32", "int16", ... as printed by `estran-cli info`.
ESTRAN_DATA_EXPORT QString dataTypeName(DataType type);

}  // namespace Estran::Data
