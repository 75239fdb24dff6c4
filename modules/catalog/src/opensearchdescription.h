// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "estran/base/geobox.h"
#include "estran/base/result.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace Estran::Catalog {

namespace Xml {
struct Element;
}

/// One <Url> of an OpenSearch 1.1 description document.
struct OpenSearchUrlTemplate {
    QString templateText;
    QString type;  ///< media type of the results
    QString rel = QStringLiteral("results");
    int indexOffset = 1;
    int pageOffset = 1;
    QMap<QString, QString> namespaces;  ///< prefix → URI in scope at the <Url>

    /// True when the template has a placeholder meaning `localName` in namespace `uri`.
    bool has(const QString& uri, const QString& localName) const;
};

/// The values of one search request, by meaning (namespace URI + local name).
struct OpenSearchValues {
    QString searchTerms;
    std::optional<Base::GeoBox> box;
    QDateTime start;
    QDateTime end;
    int count = 50;
    int startIndex = 0;  ///< 0-based position of the first result wanted
    int startPage = 0;   ///< 0-based page number
};

/// An OpenSearch description document (OSDD): its names and URL templates.
struct OpenSearchDescription {
    QString shortName;
    QString longName;
    QString description;
    QList<OpenSearchUrlTemplate> urls;

    /// Reads an <OpenSearchDescription> element; error naming `where` when it has no Url.
    [[nodiscard]] static Base::Result<OpenSearchDescription> fromXml(const Xml::Element& root,
                                                                     const QString& where);
    /// The results template to use: Atom first, then GeoJSON/JSON; null when none fits.
    const OpenSearchUrlTemplate* resultsTemplate() const;
};

namespace OpenSearchNs {
inline const QString os = QStringLiteral("http://a9.com/-/spec/opensearch/1.1/");
inline const QString geo = QStringLiteral("http://a9.com/-/opensearch/extensions/geo/1.0/");
inline const QString time = QStringLiteral("http://a9.com/-/opensearch/extensions/time/1.0/");
}  // namespace OpenSearchNs

/// Fills a template: each {prefix:name} (or {name}, meaning the OpenSearch namespace) is replaced
/// by the value of that meaning, whatever the query parameter is called; unknown optional
/// parameters ({x?}) and parameters left empty are dropped from the query string.
QString fillOpenSearchTemplate(const OpenSearchUrlTemplate& url, const OpenSearchValues& values);

}  // namespace Estran::Catalog
