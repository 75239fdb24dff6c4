// SPDX-License-Identifier: GPL-3.0-or-later
#include "stacjson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace Estran::Catalog::StacJson {

namespace {
QString tr(const char* text) { return QCoreApplication::translate("Estran::Catalog", text); }

QString resolve(const QUrl& base, const QString& href)
{
    if (href.isEmpty()) return href;
    const QUrl url(href);
    return url.isRelative() ? base.resolved(url).toString() : href;
}

QStringList stringList(const QJsonValue& v)
{
    QStringList out;
    for (const QJsonValue& s : v.toArray()) out << s.toString();
    return out;
}

/// STAC before 1.0 had no asset roles; the conventional keys say what an asset is.
QStringList inferredRoles(const QString& key)
{
    const QString k = key.toLower();
    if (k == u"thumbnail" || k == u"preview" || k == u"quicklook") return {QStringLiteral("thumbnail")};
    if (k == u"overview" || k == u"visual") return {QStringLiteral("overview")};
    if (k.contains(u"metadata") || k == u"info") return {QStringLiteral("metadata")};
    return {};
}
}  // namespace

Base::Result<QJsonObject> parseObject(const QByteArray& body, const QString& url)
{
    const QByteArray start = body.left(256).trimmed().toLower();
    if (start.isEmpty())
        return Base::Error(Base::Error::Kind::InvalidInput, url, tr("The server sent an empty answer"));
    if (start.startsWith("<!doctype html") || start.startsWith("<html"))
        return Base::Error(Base::Error::Kind::InvalidInput, url,
                           tr("The server answered with a web page instead of STAC JSON"));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError) {
        return Base::Error(Base::Error::Kind::InvalidInput, url, tr("The server's answer is not valid JSON"),
                           QStringLiteral("%1 at byte %2").arg(error.errorString()).arg(error.offset));
    }
    if (!doc.isObject())
        return Base::Error(Base::Error::Kind::InvalidInput, url, tr("The server's answer is not a STAC document"));
    return doc.object();
}

QDateTime parseDateTime(const QString& text)
{
    if (text.isEmpty()) return {};
    // Qt parses at most milliseconds; STAC servers send micro- or nanoseconds.
    static const QRegularExpression fraction(QStringLiteral("(\\.\\d{3})\\d+"));
    QString t = text;
    t.replace(fraction, QStringLiteral("\\1"));
    QDateTime dt = QDateTime::fromString(t, Qt::ISODateWithMs);
    if (!dt.isValid()) dt = QDateTime::fromString(t, Qt::ISODate);
    if (!dt.isValid()) return {};
    if (dt.timeSpec() == Qt::LocalTime) dt.setTimeSpec(Qt::UTC);  // no zone given: STAC means UTC
    return dt.toUTC();
}

QString formatDateTime(const QDateTime& dt)
{
    return dt.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"));
}

std::optional<Base::GeoBox> bboxFromJson(const QJsonValue& value)
{
    const QJsonArray a = value.toArray();
    if (a.size() == 4) return Base::GeoBox{a[0].toDouble(), a[1].toDouble(), a[2].toDouble(), a[3].toDouble()};
    if (a.size() == 6) return Base::GeoBox{a[0].toDouble(), a[1].toDouble(), a[3].toDouble(), a[4].toDouble()};
    return std::nullopt;
}

QList<QJsonObject> linksWithRel(const QJsonObject& document, const QString& rel)
{
    QList<QJsonObject> out;
    for (const QJsonValue& v : document.value(QStringLiteral("links")).toArray()) {
        const QJsonObject link = v.toObject();
        if (link.value(QStringLiteral("rel")).toString() == rel) out << link;
    }
    return out;
}

Item itemFromJson(const QJsonObject& feature, const QUrl& documentUrl)
{
    Item item;
    QUrl base = documentUrl;
    for (const QJsonObject& self : linksWithRel(feature, QStringLiteral("self"))) {
        const QUrl selfUrl(self.value(QStringLiteral("href")).toString());
        if (!selfUrl.isRelative()) base = selfUrl;
    }
    const QJsonObject props = feature.value(QStringLiteral("properties")).toObject();
    item.id = feature.value(QStringLiteral("id")).toString();
    item.collection = feature.value(QStringLiteral("collection")).toString();
    item.title = props.value(QStringLiteral("title")).toString(item.id);
    item.geometry = feature.value(QStringLiteral("geometry")).toObject();
    item.bbox = bboxFromJson(feature.value(QStringLiteral("bbox")));
    item.properties = props;

    const QDateTime instant = parseDateTime(props.value(QStringLiteral("datetime")).toString());
    const QDateTime start = parseDateTime(props.value(QStringLiteral("start_datetime")).toString());
    const QDateTime end = parseDateTime(props.value(QStringLiteral("end_datetime")).toString());
    item.start = start.isValid() ? start : instant;
    item.end = end.isValid() ? end : item.start;

    const QJsonObject assets = feature.value(QStringLiteral("assets")).toObject();
    for (auto it = assets.begin(); it != assets.end(); ++it) {
        const QJsonObject a = it.value().toObject();
        Asset asset;
        asset.key = it.key();
        asset.href = resolve(base, a.value(QStringLiteral("href")).toString());
        asset.type = a.value(QStringLiteral("type")).toString();
        asset.title = a.value(QStringLiteral("title")).toString();
        asset.roles = a.contains(QStringLiteral("roles")) ? stringList(a.value(QStringLiteral("roles")))
                                                          : inferredRoles(asset.key);
        if (a.contains(QStringLiteral("file:size")))
            asset.size = qint64(a.value(QStringLiteral("file:size")).toDouble());
        asset.checksum = a.value(QStringLiteral("file:checksum")).toString();
        item.assets.append(asset);
    }
    for (const QJsonValue& v : feature.value(QStringLiteral("links")).toArray()) {
        const QJsonObject l = v.toObject();
        item.links.append({l.value(QStringLiteral("rel")).toString(),
                           resolve(base, l.value(QStringLiteral("href")).toString()),
                           l.value(QStringLiteral("type")).toString(),
                           l.value(QStringLiteral("title")).toString()});
    }
    return item;
}

Collection collectionFromJson(const QJsonObject& c)
{
    Collection out;
    out.id = c.value(QStringLiteral("id")).toString();
    out.title = c.value(QStringLiteral("title")).toString(out.id);
    out.description = c.value(QStringLiteral("description")).toString();
    out.keywords = stringList(c.value(QStringLiteral("keywords")));
    const QJsonObject extent = c.value(QStringLiteral("extent")).toObject();
    const QJsonValue spatial = extent.value(QStringLiteral("spatial"));
    // 1.0: {"bbox": [[w,s,e,n], ...]}; 0.9 and older: "spatial": [w,s,e,n].
    const QJsonValue boxes = spatial.isObject() ? spatial.toObject().value(QStringLiteral("bbox")) : spatial;
    out.bbox = bboxFromJson(boxes.toArray().first().isArray() ? boxes.toArray().first() : boxes);
    const QJsonValue temporal = extent.value(QStringLiteral("temporal"));
    const QJsonValue intervals =
        temporal.isObject() ? temporal.toObject().value(QStringLiteral("interval")) : temporal;
    const QJsonArray interval =
        intervals.toArray().first().isArray() ? intervals.toArray().first().toArray() : intervals.toArray();
    if (interval.size() == 2) {
        out.start = parseDateTime(interval[0].toString());
        out.end = parseDateTime(interval[1].toString());
    }
    return out;
}

}  // namespace Estran::Catalog::StacJson
