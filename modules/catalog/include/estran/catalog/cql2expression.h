// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "estran/base/result.h"
#include "estran/catalog/catalog_export.h"
#include "estran/catalog/queryable.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace Estran::Catalog {

/// A filter typed the way people write it, turned into CQL2-JSON for STAC APIs:
///   eo:cloud_cover < 20 and platform = 'sentinel-2a'
///   platform in ('sentinel-2a', 'sentinel-2b') or view:off_nadir <= 5
/// Comparisons (=, <>, !=, <, <=, >, >=), `in (...)` and `like` (% and _ wildcards), joined by
/// `and` (binding tighter) and `or`, with parentheses. Values are numbers, true/false, or text
/// (quoted with ' or ", or a single bare word). When the catalogue's queryables are given, every
/// property must be one of them and values must fit their type, range and allowed values.
class ESTRAN_CATALOG_EXPORT Cql2Expression {
public:
    /// Errors name the expression and what is wrong at which position.
    [[nodiscard]] static Base::Result<QJsonObject> parse(const QString& text,
                                                         const QList<Queryable>& queryables = {});
};

}  // namespace Estran::Catalog
