// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "estran/base/error.h"
#include "estran/base/geobox.h"
#include "estran/base/result.h"
#include "estran/catalog/item.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>
#include <vector>

namespace Estran::Catalog::Xml {

/// A small read-only element tree built with QXmlStreamReader. Catalogue responses are at most a
/// few hundred kilobytes, and their parsers look things up by local name in any order, which a
/// tree makes far simpler than a streaming state machine.
struct Element {
    QString namespaceUri;
    QString name;  ///< local name
    QString qualifiedName;
    QMap<QString, QString> attributes;           ///< by local name (xlink:href → "href")
    QMap<QString, QString> qualifiedAttributes;  ///< by qualified name ("xlink:href")
    QMap<QString, QString> namespaces;           ///< prefix → URI declared on this element
    QString text;                                ///< direct text content, trimmed
    std::vector<Element> children;

    QString attribute(const QString& localName) const { return attributes.value(localName); }
    bool hasAttribute(const QString& localName) const { return attributes.contains(localName); }
    /// First direct child with this local name, or null.
    const Element* child(const QString& localName) const;
    /// Direct children with this local name.
    QList<const Element*> childrenNamed(const QString& localName) const;
    /// Trimmed text of the first direct child with this local name.
    QString childText(const QString& localName) const;
    /// First descendant (depth first, self excluded) with this local name, or null.
    const Element* find(const QString& localName) const;
    /// Every descendant with this local name, document order.
    QList<const Element*> findAll(const QString& localName) const;
    /// Text of this element and all its descendants, joined by spaces.
    QString allText() const;
    /// Follows a path of local names ("identificationInfo/MD_DataIdentification/citation").
    const Element* path(const QString& slashSeparated) const;
    QString pathText(const QString& slashSeparated) const;
};

/// Parses a whole document; the error names `where` (the URL) and the line and column.
[[nodiscard]] Base::Result<Element> parse(const QByteArray& document, const QString& where);

}  // namespace Estran::Catalog::Xml

namespace Estran::Catalog {

/// True when a body is an HTML page (error pages of proxies, login pages), not XML or JSON data.
bool looksLikeHtml(const QByteArray& body, const QByteArray& contentType = {});

/// ISO 8601 instants and dates as catalogues write them ("2020-08-08", "2020-08-15T00:52:51.024Z",
/// "2015-12-09T01:11:19+01:00", "1978-10-30 00:00:00"); invalid when unreadable. Always UTC.
QDateTime parseCatalogDateTime(const QString& text);

/// "2020-08-08T00:00:00Z": the form every protocol here accepts.
QString isoUtc(const QDateTime& time);

/// An error for a response that is not what the protocol promises, naming the server URL.
Base::Error invalidResponse(const QString& url, const QString& message, const QString& detail = {});

/// The first characters of a body as readable text, for error details.
QString bodyExcerpt(const QByteArray& body, int maxChars = 300);

/// Resolves a possibly relative reference against a base URL.
QString resolveUrl(const QString& base, const QString& reference);

/// Adds an asset under a key unique within the item ("data", "data-2", ...).
void addUniqueAsset(Item& item, Asset asset);

/// The lon/lat bounding box of a GeoJSON geometry; nullopt for an empty or unreadable one.
std::optional<Base::GeoBox> geometryBounds(const QJsonObject& geometry);
/// A GeoJSON Polygon for a box (lon/lat, counter-clockwise).
QJsonObject boxPolygon(const Base::GeoBox& box);
/// A GeoJSON Polygon from "a b a b ..." coordinate pairs; latFirst for EPSG:4326/GeoRSS order.
QJsonObject polygonFromPairs(const QString& coordinates, bool latFirst);

}  // namespace Estran::Catalog
