// SPDX-License-Identifier: GPL-3.0-or-later
#include "estran/base/selection.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <cmath>

namespace Estran::Base {

namespace {

QString tr(const char* text) { return QCoreApplication::translate("Estran::Base", text); }

/// Even-odd ray casting in a plane where the ring's longitudes are continuous; the point is
/// tried at lon, lon-360 and lon+360 so rings that run past ±180 still work.
bool ringContains(const QVector<QPointF>& ring, double lon, double lat)
{
    for (const double shift : {0.0, -360.0, 360.0}) {
        const double x = lon + shift;
        bool inside = false;
        for (qsizetype i = 0, j = ring.size() - 1; i < ring.size(); j = i++) {
            const QPointF& a = ring[i];
            const QPointF& b = ring[j];
            // On an edge counts as inside.
            const double cross = (b.x() - a.x()) * (lat - a.y()) - (b.y() - a.y()) * (x - a.x());
            if (std::abs(cross) < 1e-12 && x >= std::min(a.x(), b.x()) - 1e-12 && x <= std::max(a.x(), b.x()) + 1e-12 &&
                lat >= std::min(a.y(), b.y()) - 1e-12 && lat <= std::max(a.y(), b.y()) + 1e-12)
                return true;
            if ((a.y() > lat) != (b.y() > lat) && x < (b.x() - a.x()) * (lat - a.y()) / (b.y() - a.y()) + a.x())
                inside = !inside;
        }
        if (inside) return true;
    }
    return false;
}

QJsonValue optionalNumber(const std::optional<double>& v) { return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null); }

}  // namespace

bool Selection::isEmpty() const
{
    return !box && polygon.isEmpty() && timeStart.isEmpty() && timeEnd.isEmpty() && !depthMin && !depthMax &&
           variables.isEmpty();
}

std::optional<GeoBox> Selection::boundingBox() const
{
    if (polygon.size() >= 3) {
        double w = polygon.first().x(), e = w, s = polygon.first().y(), n = s;
        for (const QPointF& p : polygon) {
            w = std::min(w, p.x());
            e = std::max(e, p.x());
            s = std::min(s, p.y());
            n = std::max(n, p.y());
        }
        if (e - w >= 360.0) return GeoBox{-180.0, s, 180.0, n};
        return GeoBox{normalizeLongitude(w), s, normalizeLongitude(e) == -180.0 && e > w ? 180.0 : normalizeLongitude(e), n};
    }
    return box;
}

bool Selection::containsPoint(double lon, double lat) const
{
    if (polygon.size() >= 3) return ringContains(polygon, lon, lat);
    return !box || box->contains(lon, lat);
}

QJsonObject Selection::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("bbox"), box ? QJsonValue(QJsonArray{box->west, box->south, box->east, box->north})
                                         : QJsonValue(QJsonValue::Null));
    QJsonArray ring;
    for (const QPointF& p : polygon) ring.append(QJsonArray{p.x(), p.y()});
    o.insert(QStringLiteral("polygon"), ring);
    o.insert(QStringLiteral("time_start"), timeStart);
    o.insert(QStringLiteral("time_end"), timeEnd);
    o.insert(QStringLiteral("calendar"), calendar);
    o.insert(QStringLiteral("depth_min"), optionalNumber(depthMin));
    o.insert(QStringLiteral("depth_max"), optionalNumber(depthMax));
    o.insert(QStringLiteral("variables"), QJsonArray::fromStringList(variables));
    return o;
}

Selection Selection::fromJson(const QJsonObject& o, QString* error)
{
    Selection s;
    const auto fail = [error](const QString& message) {
        if (error) *error = message;
        return Selection();
    };
    const QJsonValue bbox = o.value(QStringLiteral("bbox"));
    if (bbox.isArray()) {
        const QJsonArray a = bbox.toArray();
        if (a.size() != 4) return fail(tr("bbox: expected [west, south, east, north]"));
        s.box = GeoBox{a[0].toDouble(), a[1].toDouble(), a[2].toDouble(), a[3].toDouble()};
        if (s.box->south > s.box->north || s.box->south < -90 || s.box->north > 90)
            return fail(tr("bbox: south must not exceed north and latitudes must lie within ±90°"));
    } else if (!bbox.isNull() && !bbox.isUndefined()) {
        return fail(tr("bbox: expected an array or null"));
    }
    for (const QJsonValue& v : o.value(QStringLiteral("polygon")).toArray()) {
        const QJsonArray p = v.toArray();
        if (p.size() != 2) return fail(tr("polygon: each vertex must be [lon, lat]"));
        s.polygon.append(QPointF(p[0].toDouble(), p[1].toDouble()));
    }
    s.timeStart = o.value(QStringLiteral("time_start")).toString();
    s.timeEnd = o.value(QStringLiteral("time_end")).toString();
    s.calendar = o.value(QStringLiteral("calendar")).toString(QStringLiteral("standard"));
    if (o.value(QStringLiteral("depth_min")).isDouble()) s.depthMin = o.value(QStringLiteral("depth_min")).toDouble();
    if (o.value(QStringLiteral("depth_max")).isDouble()) s.depthMax = o.value(QStringLiteral("depth_max")).toDouble();
    for (const QJsonValue& v : o.value(QStringLiteral("variables")).toArray()) s.variables << v.toString();
    return s;
}

bool Selection::operator==(const Selection& other) const
{
    return box == other.box && polygon == other.polygon && timeStart == other.timeStart &&
           timeEnd == other.timeEnd && calendar == other.calendar && depthMin == other.depthMin &&
           depthMax == other.depthMax && variables == other.variables;
}

QString polygonToText(const QVector<QPointF>& ring, int decimals)
{
    const auto number = [decimals](double value) {
        if (decimals < 0) return QString::number(value, 'g', 8);
        QString text = QString::number(value, 'f', decimals);
        if (text.contains(u'.')) {
            while (text.endsWith(u'0')) text.chop(1);
            if (text.endsWith(u'.')) text.chop(1);
        }
        return text == u"-0" ? QStringLiteral("0") : text;
    };
    QStringList vertices;
    for (const QPointF& v : ring) vertices << number(v.x()) + u' ' + number(v.y());
    return vertices.join(QStringLiteral(", "));
}

std::optional<QVector<QPointF>> polygonFromText(const QString& text, QString* error)
{
    const auto fail = [error](const QString& why) -> std::optional<QVector<QPointF>> {
        if (error) *error = why;
        return std::nullopt;
    };
    QVector<QPointF> ring;
    const QStringList vertices = text.split(u',', Qt::SkipEmptyParts);
    for (qsizetype i = 0; i < vertices.size(); ++i) {
        const QStringList parts = vertices[i].simplified().split(u' ');
        bool okLon = false, okLat = false;
        const double lon = parts.value(0).toDouble(&okLon);
        const double lat = parts.value(1).toDouble(&okLat);
        if (parts.size() != 2 || !okLon || !okLat)
            return fail(tr("vertex %1 (\"%2\") must be two numbers: longitude latitude").arg(i + 1).arg(vertices[i].trimmed()));
        if (lat < -90.0 || lat > 90.0) return fail(tr("vertex %1: latitude %2 is outside ±90°").arg(i + 1).arg(lat));
        ring.append(QPointF(lon, lat));
    }
    // A closed ring (last vertex = first, as in WKT and GeoJSON) is accepted and stored open.
    if (ring.size() > 3 && ring.first() == ring.last()) ring.removeLast();
    if (ring.size() < 3) return fail(tr("a polygon needs at least three vertices"));
    return ring;
}

}  // namespace Estran::Base
