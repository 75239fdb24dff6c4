// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "estran/catalog/catalog_export.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Estran::Catalog {

/// One property a catalogue can filter on (STAC API Filter extension: the JSON Schema served at
/// /queryables or /collections/{id}/queryables).
struct ESTRAN_CATALOG_EXPORT Queryable {
    enum class Type { String, Number, Integer, Boolean, DateTime, Array, Geometry, Object, Unknown };
    QString name;   ///< "eo:cloud_cover"
    QString title;  ///< "Cloud cover", when the server gives one
    Type type = Type::Unknown;
    QStringList enumValues;
    std::optional<double> minimum;
    std::optional<double> maximum;

    /// "number", "string", ... for messages and JSON output.
    static QString typeName(Type type);
    /// The properties of a queryables JSON Schema, sorted by name. A property given only by a
    /// $ref to a schema that cannot be fetched offline keeps Type::Unknown, except the common
    /// STAC extension fields whose types the STAC specifications fix (eo:cloud_cover, ...).
    static QList<Queryable> fromJsonSchema(const QJsonObject& schema);
};

}  // namespace Estran::Catalog
