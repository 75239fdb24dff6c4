// SPDX-License-Identifier: GPL-3.0-or-later
#include "opensearchdescription.h"

#include "xmlsupport.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>

namespace Estran::Catalog {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("Estran::Catalog", text);
}

const QRegularExpression& placeholderPattern() {
    static const QRegularExpression re(QStringLiteral(R"(\{([^{}?]+)(\??)\})"));
    return re;
}

/// (namespace URI, local name) of a placeholder such as "geo:box" or "count".
std::pair<QString, QString> meaning(const OpenSearchUrlTemplate& url, const QString& placeholder) {
    const qsizetype colon = placeholder.indexOf(u':');
    if (colon < 0) return {OpenSearchNs::os, placeholder};
    const QString prefix = placeholder.left(colon);
    QString uri = url.namespaces.value(prefix);
    // Descriptions that forget to declare the usual prefixes still mean the usual thing.
    if (uri.isEmpty()) {
        if (prefix == u"geo")
            uri = OpenSearchNs::geo;
        else if (prefix == u"time")
            uri = OpenSearchNs::time;
        else if (prefix == u"os" || prefix == u"opensearch")
            uri = OpenSearchNs::os;
    }
    return {uri, placeholder.mid(colon + 1)};
}

QString number(double v) {
    return QString::number(v, 'g', 10);
}

std::optional<QString> valueFor(const QString& uri, const QString& name,
                                const OpenSearchUrlTemplate& url, const OpenSearchValues& v) {
    if (uri == OpenSearchNs::os) {
        if (name == u"searchTerms") return v.searchTerms;
        if (name == u"count") return v.count > 0 ? QString::number(v.count) : QString();
        if (name == u"startIndex") return QString::number(url.indexOffset + v.startIndex);
        if (name == u"startPage") return QString::number(url.pageOffset + v.startPage);
        if (name == u"language") return QStringLiteral("*");
        if (name == u"inputEncoding" || name == u"outputEncoding") return QStringLiteral("UTF-8");
        return std::nullopt;
    }
    if (uri == OpenSearchNs::geo) {
        if (name == u"box") {
            if (!v.box) return QString();
            return QStringList{number(v.box->west), number(v.box->south), number(v.box->east),
                               number(v.box->north)}
                .join(u',');
        }
        return std::nullopt;
    }
    if (uri == OpenSearchNs::time) {
        if (name == u"start") return v.start.isValid() ? isoUtc(v.start) : QString();
        if (name == u"end") return v.end.isValid() ? isoUtc(v.end) : QString();
    }
    return std::nullopt;
}

}  // namespace

bool OpenSearchUrlTemplate::has(const QString& uri, const QString& localName) const {
    auto it = placeholderPattern().globalMatch(templateText);
    while (it.hasNext()) {
        const auto m = it.next();
        if (meaning(*this, m.captured(1)) == std::pair{uri, localName}) return true;
    }
    return false;
}

Base::Result<OpenSearchDescription> OpenSearchDescription::fromXml(const Xml::Element& root,
                                                                   const QString& where) {
    OpenSearchDescription d;
    d.shortName = root.childText(QStringLiteral("ShortName"));
    d.longName = root.childText(QStringLiteral("LongName"));
    d.description = root.childText(QStringLiteral("Description"));
    for (const Xml::Element* u : root.childrenNamed(QStringLiteral("Url"))) {
        OpenSearchUrlTemplate t;
        t.templateText = u->attribute(QStringLiteral("template"));
        t.type = u->attribute(QStringLiteral("type"));
        if (u->hasAttribute(QStringLiteral("rel"))) t.rel = u->attribute(QStringLiteral("rel"));
        bool ok = false;
        const int io = u->attribute(QStringLiteral("indexOffset")).toInt(&ok);
        if (ok) t.indexOffset = io;
        const int po = u->attribute(QStringLiteral("pageOffset")).toInt(&ok);
        if (ok) t.pageOffset = po;
        t.namespaces = root.namespaces;
        t.namespaces.insert(u->namespaces);
        if (!t.templateText.isEmpty()) d.urls << t;
    }
    if (d.urls.isEmpty())
        return invalidResponse(where, tr("The OpenSearch description has no Url template"));
    return d;
}

const OpenSearchUrlTemplate* OpenSearchDescription::resultsTemplate() const {
    const QStringList preferred{
        QStringLiteral("application/atom+xml"), QStringLiteral("application/geo+json"),
        QStringLiteral("application/vnd.geo+json"), QStringLiteral("application/json")};
    for (const QString& type : preferred) {
        for (const OpenSearchUrlTemplate& u : urls) {
            const QString rel = u.rel.toLower();
            if (rel != u"results" && !rel.isEmpty()) continue;
            if (u.type.section(u';', 0, 0).trimmed().toLower() == type) return &u;
        }
    }
    return nullptr;
}

QString fillOpenSearchTemplate(const OpenSearchUrlTemplate& url, const OpenSearchValues& values) {
    // Placeholders are replaced by a marker-free value, already percent-encoded for a query.
    QString filled;
    qsizetype last = 0;
    auto it = placeholderPattern().globalMatch(url.templateText);
    while (it.hasNext()) {
        const auto m = it.next();
        filled += url.templateText.mid(last, m.capturedStart() - last);
        const auto [uri, name] = meaning(url, m.captured(1));
        const std::optional<QString> value = valueFor(uri, name, url, values);
        if (value) filled += QString::fromLatin1(QUrl::toPercentEncoding(*value, "/:,"));
        last = m.capturedEnd();
    }
    filled += url.templateText.mid(last);

    // Drop parameters that ended up empty ("bbox=", "time=/") so servers see only what was asked.
    const qsizetype q = filled.indexOf(u'?');
    if (q < 0) return filled;
    QStringList kept;
    for (const QString& pair : filled.mid(q + 1).split(u'&', Qt::SkipEmptyParts)) {
        const qsizetype eq = pair.indexOf(u'=');
        const QString value = eq < 0 ? QString() : pair.mid(eq + 1);
        if (eq >= 0 && (value.isEmpty() || value == u"/" || value == u"%2F")) continue;
        kept << pair;
    }
    return filled.left(q) + (kept.isEmpty() ? QString() : u'?' + kept.join(u'&'));
}

}  // namespace Estran::Catalog
