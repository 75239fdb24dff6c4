// SPDX-License-Identifier: GPL-3.0-or-later
#include "cswgetrecords.h"

#include "xmlsupport.h"

#include <QStringList>

namespace Estran::Catalog {

namespace {

QString escaped(QString text) {
    return text.toHtmlEscaped();
}

QString num(double v) {
    return QString::number(v, 'g', 10);
}

/// EPSG:4326 in its URN form has latitude first; GeoNetwork and pycsw both honour that.
QString bboxFilter(const QString& property, double west, double south, double east, double north) {
    return QStringLiteral(
               "<ogc:BBOX><ogc:PropertyName>%1</ogc:PropertyName>"
               "<gml:Envelope srsName=\"urn:ogc:def:crs:EPSG::4326\">"
               "<gml:lowerCorner>%2 %3</gml:lowerCorner>"
               "<gml:upperCorner>%4 %5</gml:upperCorner></gml:Envelope></ogc:BBOX>")
        .arg(property, num(south), num(west), num(north), num(east));
}

QString comparison(const QString& op, const QString& property, const QString& literal) {
    return QStringLiteral(
               "<ogc:%1><ogc:PropertyName>%2</ogc:PropertyName><ogc:Literal>%3</ogc:Literal></"
               "ogc:%1>")
        .arg(op, property, literal);
}

}  // namespace

QByteArray CswGetRecords::toXml() const {
    const bool iso = schema == Schema::Iso19139;
    const QString prefix = iso ? QStringLiteral("apiso") : QStringLiteral("csw");
    QStringList conditions;
    if (!text.trimmed().isEmpty()) {
        conditions << QStringLiteral(
                          "<ogc:PropertyIsLike wildCard=\"%\" singleChar=\"_\" escapeChar=\"\\\">"
                          "<ogc:PropertyName>%1:AnyText</ogc:PropertyName>"
                          "<ogc:Literal>%%2%</ogc:Literal></ogc:PropertyIsLike>")
                          .arg(prefix, escaped(text.trimmed()));
    }
    if (bbox) {
        const QString property =
            iso ? QStringLiteral("apiso:BoundingBox") : QStringLiteral("ows:BoundingBox");
        if (bbox->crossesAntimeridian()) {
            conditions << QStringLiteral("<ogc:Or>%1%2</ogc:Or>")
                              .arg(
                                  bboxFilter(property, bbox->west, bbox->south, 180.0, bbox->north),
                                  bboxFilter(property, -180.0, bbox->south, bbox->east,
                                             bbox->north));
        } else {
            conditions << bboxFilter(property, bbox->west, bbox->south, bbox->east, bbox->north);
        }
    }
    // Overlap of [start, end] with the record's extent: it ends after start and begins before end.
    const QString endProperty =
        isoTimeQueryables ? QStringLiteral("apiso:TempExtent_end") : QStringLiteral("dc:date");
    const QString beginProperty =
        isoTimeQueryables ? QStringLiteral("apiso:TempExtent_begin") : QStringLiteral("dc:date");
    if (start.isValid())
        conditions << comparison(QStringLiteral("PropertyIsGreaterThanOrEqualTo"), endProperty,
                                 isoUtc(start));
    if (end.isValid())
        conditions << comparison(QStringLiteral("PropertyIsLessThanOrEqualTo"), beginProperty,
                                 isoUtc(end));

    QString constraint;
    if (!conditions.isEmpty()) {
        const QString filter =
            conditions.size() == 1
                ? conditions.first()
                : QStringLiteral("<ogc:And>%1</ogc:And>").arg(conditions.join(QString()));
        constraint =
            QStringLiteral(
                "<csw:Constraint version=\"1.1.0\"><ogc:Filter>%1</ogc:Filter></csw:Constraint>")
                .arg(filter);
    }
    const QString outputSchema = iso ? QStringLiteral("http://www.isotc211.org/2005/gmd")
                                     : QStringLiteral("http://www.opengis.net/cat/csw/2.0.2");
    const QString typeNames =
        iso ? QStringLiteral("gmd:MD_Metadata") : QStringLiteral("csw:Record");
    const QString xml =
        QStringLiteral(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            "<csw:GetRecords xmlns:csw=\"http://www.opengis.net/cat/csw/2.0.2\" "
            "xmlns:ogc=\"http://www.opengis.net/ogc\" xmlns:gml=\"http://www.opengis.net/gml\" "
            "xmlns:ows=\"http://www.opengis.net/ows\" "
            "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" "
            "xmlns:gmd=\"http://www.isotc211.org/2005/gmd\" "
            "xmlns:apiso=\"http://www.opengis.net/cat/csw/apiso/1.0\" "
            "service=\"CSW\" version=\"2.0.2\" resultType=\"results\" startPosition=\"%1\" "
            "maxRecords=\"%2\" outputFormat=\"application/xml\" outputSchema=\"%3\">"
            "<csw:Query "
            "typeNames=\"%4\"><csw:ElementSetName>full</csw:ElementSetName>%5</csw:Query>"
            "</csw:GetRecords>\n")
            .arg(startPosition)
            .arg(maxRecords)
            .arg(outputSchema, typeNames, constraint);
    return xml.toUtf8();
}

}  // namespace Estran::Catalog
