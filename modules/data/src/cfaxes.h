// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "estran/data/variableinfo.h"

#include <QString>
#include <QVariantMap>

namespace Estran::Data::detail {

/// What a coordinate variable means, from CF attributes first (standard_name, units, axis,
/// positive) and from its name only as a last resort.
AxisRole cfAxisRole(const QString& name, const QVariantMap& attributes, int rank);

/// True for depth-like vertical axes: positive="down", or pressure units, or a depth
/// standard_name when "positive" is absent.
bool cfPositiveDown(const QVariantMap& attributes);

bool isLongitudeUnits(const QString& units);
bool isLatitudeUnits(const QString& units);
bool isPressureUnits(const QString& units);

/// The attribute as a string (empty when absent or not text).
QString attributeText(const QVariantMap& attributes, const QString& name);

}  // namespace Estran::Data::detail
