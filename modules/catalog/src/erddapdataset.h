// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "estran/catalog/item.h"

namespace Estran::Catalog {

struct ErddapTable;

/// An item from one row of an ERDDAP search or /info/index table, with assets for its
/// services: OPeNDAP (griddap/tabledap base URL), a netCDF download (griddap .nc, tabledap
/// .ncCF; append a constraint to subset), the data access form, the Subset page, WMS and the
/// ISO 19115 / info metadata.
Item erddapItemFromRow(const ErddapTable& table, const QStringList& row);

/// Completes an item with /info/<id>/index.{csv,json} attributes: box, time coverage,
/// data type, variables.
void applyErddapInfo(Item& item, const ErddapTable& info);

}  // namespace Estran::Catalog
