// SPDX-License-Identifier: GPL-3.0-or-later
#include "estran/catalog/queryable.h"

#include <QJsonArray>

#include <algorithm>

namespace Estran::Catalog {

namespace {

Queryable::Type typeFromSchema(const QJsonObject& property)
{
    QStringList types;
    const QJsonValue type = property.value(QStringLiteral("type"));
    if (type.isString()) types << type.toString();
    for (const QJsonValue& t : type.toArray()) types << t.toString();  // ["integer", "null"]
    types.removeAll(QStringLiteral("null"));
    const QString first = types.value(0);
    if (first == u"string") {
        const QString format = property.value(QStringLiteral("format")).toString();
        return format == u"date-time" || format == u"date" ? Queryable::Type::DateTime : Queryable::Type::String;
    }
    if (first == u"number") return Queryable::Type::Number;
    if (first == u"integer") return Queryable::Type::Integer;
    if (first == u"boolean") return Queryable::Type::Boolean;
    if (first == u"array") return Queryable::Type::Array;
    if (first == u"object") return Queryable::Type::Object;
    return Queryable::Type::Unknown;
}

/// Fields whose schema servers give only as a $ref to the extension's online schema.
void applyWellKnownField(Queryable& q)
{
    struct Known {
        const char* name;
        Queryable::Type type;
        double minimum;
        double maximum;
    };
    static const Known known[] = {
        {"eo:cloud_cover", Queryable::Type::Number, 0, 100},
        {"eo:snow_cover", Queryable::Type::Number, 0, 100},
        {"view:off_nadir", Queryable::Type::Number, 0, 90},
        {"view:sun_elevation", Queryable::Type::Number, -90, 90},
        {"view:sun_azimuth", Queryable::Type::Number, 0, 360},
        {"gsd", Queryable::Type::Number, 0, 1e9},
    };
    for (const Known& k : known) {
        if (q.name != QLatin1String(k.name)) continue;
        q.type = k.type;
        if (!q.minimum) q.minimum = k.minimum;
        if (!q.maximum) q.maximum = k.maximum;
    }
    if (q.name == u"id" || q.name == u"collection") q.type = Queryable::Type::String;
    if (q.name == u"geometry") q.type = Queryable::Type::Geometry;
}

}  // namespace

QString Queryable::typeName(Type type)
{
    switch (type) {
    case Type::String: return QStringLiteral("string");
    case Type::Number: return QStringLiteral("number");
    case Type::Integer: return QStringLiteral("integer");
    case Type::Boolean: return QStringLiteral("boolean");
    case Type::DateTime: return QStringLiteral("datetime");
    case Type::Array: return QStringLiteral("array");
    case Type::Geometry: return QStringLiteral("geometry");
    case Type::Object: return QStringLiteral("object");
    case Type::Unknown: break;
    }
    return QStringLiteral("unknown");
}

QList<Queryable> Queryable::fromJsonSchema(const QJsonObject& schema)
{
    QList<Queryable> out;
    const QJsonObject properties = schema.value(QStringLiteral("properties")).toObject();
    for (auto it = properties.begin(); it != properties.end(); ++it) {
        const QJsonObject p = it.value().toObject();
        Queryable q;
        q.name = it.key();
        q.title = p.value(QStringLiteral("title")).toString();
        q.type = typeFromSchema(p);
        for (const QJsonValue& v : p.value(QStringLiteral("enum")).toArray()) q.enumValues << v.toVariant().toString();
        if (p.contains(QStringLiteral("minimum"))) q.minimum = p.value(QStringLiteral("minimum")).toDouble();
        if (p.contains(QStringLiteral("maximum"))) q.maximum = p.value(QStringLiteral("maximum")).toDouble();
        if (q.type == Type::Unknown || q.name == u"geometry") applyWellKnownField(q);
        out << q;
    }
    std::sort(out.begin(), out.end(), [](const Queryable& a, const Queryable& b) { return a.name < b.name; });
    return out;
}

}  // namespace Estran::Catalog
