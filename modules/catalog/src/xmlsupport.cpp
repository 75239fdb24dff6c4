// SPDX-License-Identifier: GPL-3.0-or-later
#include "xmlsupport.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>
#include <QTimeZone>
#include <QUrl>
#include <QXmlStreamReader>

#include <algorithm>

namespace Estran::Catalog {

namespace {
QString tr(const char* text) {
    return QCoreApplication::translate("Estran::Catalog", text);
}
}  // namespace

namespace Xml {

const Element* Element::child(const QString& localName) const {
    for (const Element& c : children)
        if (c.name == localName) return &c;
    return nullptr;
}

QList<const Element*> Element::childrenNamed(const QString& localName) const {
    QList<const Element*> out;
    for (const Element& c : children)
        if (c.name == localName) out << &c;
    return out;
}

QString Element::childText(const QString& localName) const {
    const Element* c = child(localName);
    return c ? c->text : QString();
}

const Element* Element::find(const QString& localName) const {
    for (const Element& c : children) {
        if (c.name == localName) return &c;
        if (const Element* deeper = c.find(localName)) return deeper;
    }
    return nullptr;
}

static void collect(const Element& e, const QString& localName, QList<const Element*>& out) {
    for (const Element& c : e.children) {
        if (c.name == localName) out << &c;
        collect(c, localName, out);
    }
}

QList<const Element*> Element::findAll(const QString& localName) const {
    QList<const Element*> out;
    collect(*this, localName, out);
    return out;
}

QString Element::allText() const {
    QStringList parts;
    if (!text.isEmpty()) parts << text;
    for (const Element& c : children) {
        const QString t = c.allText();
        if (!t.isEmpty()) parts << t;
    }
    return parts.join(u' ');
}

const Element* Element::path(const QString& slashSeparated) const {
    const Element* e = this;
    for (const QString& step : slashSeparated.split(u'/', Qt::SkipEmptyParts)) {
        e = e->child(step);
        if (!e) return nullptr;
    }
    return e;
}

QString Element::pathText(const QString& slashSeparated) const {
    const Element* e = path(slashSeparated);
    return e ? e->allText() : QString();
}

Base::Result<Element> parse(const QByteArray& document, const QString& where) {
    QXmlStreamReader reader(document);
    std::vector<Element*> stack;
    Element root;
    bool haveRoot = false;
    while (!reader.atEnd()) {
        reader.readNext();
        switch (reader.tokenType()) {
            case QXmlStreamReader::StartElement: {
                Element* target = nullptr;
                if (stack.empty()) {
                    if (haveRoot) break;  // reported by the reader as an error
                    haveRoot = true;
                    target = &root;
                } else {
                    stack.back()->children.emplace_back();
                    target = &stack.back()->children.back();
                }
                target->namespaceUri = reader.namespaceUri().toString();
                target->name = reader.name().toString();
                target->qualifiedName = reader.qualifiedName().toString();
                for (const QXmlStreamAttribute& a : reader.attributes()) {
                    target->attributes.insert(a.name().toString(), a.value().toString());
                    target->qualifiedAttributes.insert(a.qualifiedName().toString(),
                                                       a.value().toString());
                }
                for (const QXmlStreamNamespaceDeclaration& ns : reader.namespaceDeclarations())
                    target->namespaces.insert(ns.prefix().toString(), ns.namespaceUri().toString());
                // Pointers into a parent's children vector stay valid: a parent only grows while
                // it is on top of the stack, and then none of its children is on the stack.
                stack.push_back(target);
                break;
            }
            case QXmlStreamReader::EndElement:
                if (!stack.empty()) {
                    stack.back()->text = stack.back()->text.trimmed();
                    stack.pop_back();
                }
                break;
            case QXmlStreamReader::Characters:
                if (!stack.empty()) stack.back()->text += reader.text();
                break;
            default:
                break;
        }
    }
    if (reader.hasError()) {
        return invalidResponse(
            where,
            tr("The server's answer is not well-formed XML (line %1, column %2)")
                .arg(reader.lineNumber())
                .arg(reader.columnNumber()),
            reader.errorString() + QStringLiteral(": ") + bodyExcerpt(document, 120));
    }
    if (!haveRoot)
        return invalidResponse(where, tr("The server's answer contains no XML document"),
                               bodyExcerpt(document, 120));
    return root;
}

}  // namespace Xml

bool looksLikeHtml(const QByteArray& body, const QByteArray& contentType) {
    if (contentType.toLower().contains("text/html")) return true;
    const QByteArray start = body.left(512).trimmed().toLower();
    return start.startsWith("<!doctype html") || start.startsWith("<html") ||
           (start.startsWith("<?xml") && start.contains("<html"));
}

QDateTime parseCatalogDateTime(const QString& input) {
    QString text = input.trimmed();
    if (text.isEmpty()) return {};
    if (text.size() > 10 && text.at(10) == u' ') text[10] = u'T';
    QDateTime dt = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!dt.isValid()) {
        // Fractions longer than milliseconds ("…:51.024123Z") are common in EO catalogues.
        static const QRegularExpression longFraction(QStringLiteral(R"((\.\d{3})\d+)"));
        QString trimmed = text;
        trimmed.replace(longFraction, QStringLiteral("\\1"));
        dt = QDateTime::fromString(trimmed, Qt::ISODateWithMs);
    }
    if (!dt.isValid() && text.size() == 10) {
        const QDate d = QDate::fromString(text, Qt::ISODate);
        if (d.isValid()) dt = QDateTime(d, QTime(0, 0), Qt::UTC);
    }
    if (!dt.isValid()) return {};
    // A time without zone is taken as UTC, the convention of every protocol here.
    if (dt.timeSpec() == Qt::LocalTime) dt.setTimeSpec(Qt::UTC);
    return dt.toUTC();
}

QString isoUtc(const QDateTime& time) {
    return time.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss'Z'"));
}

Base::Error invalidResponse(const QString& url, const QString& message, const QString& detail) {
    return Base::Error(Base::Error::Kind::InvalidInput, url, message, detail);
}

QString bodyExcerpt(const QByteArray& body, int maxChars) {
    QString text = QString::fromUtf8(body.left(maxChars * 20));
    if (looksLikeHtml(body)) {
        // An error page says what went wrong in its title and headings; markup is noise.
        static const QRegularExpression scripts(QStringLiteral("<(script|style)[^>]*>.*?</\\1>"),
                                                QRegularExpression::CaseInsensitiveOption |
                                                    QRegularExpression::DotMatchesEverythingOption);
        static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
        text.remove(scripts);
        text.replace(tags, QStringLiteral(" "));
        text.replace(QStringLiteral("&nbsp;"), QStringLiteral(" "));
    }
    text = text.simplified();
    if (text.size() > maxChars) text = text.left(maxChars) + QStringLiteral("…");
    return text;
}

QString resolveUrl(const QString& base, const QString& reference) {
    if (reference.isEmpty()) return base;
    // Fully encoded: links such as DHuS's next page carry raw spaces and quotes, which a
    // transfer would refuse.
    return QUrl(base).resolved(QUrl(reference.trimmed())).toString(QUrl::FullyEncoded);
}

namespace {
void extend(const QJsonValue& v, double& w, double& s, double& e, double& n, bool& any) {
    const QJsonArray a = v.toArray();
    if (a.size() >= 2 && a.at(0).isDouble() && a.at(1).isDouble()) {
        const double lon = a.at(0).toDouble(), lat = a.at(1).toDouble();
        w = std::min(w, lon), e = std::max(e, lon), s = std::min(s, lat), n = std::max(n, lat);
        any = true;
        return;
    }
    for (const QJsonValue& inner : a) extend(inner, w, s, e, n, any);
}
}  // namespace

std::optional<Base::GeoBox> geometryBounds(const QJsonObject& geometry) {
    double w = 1e9, s = 1e9, e = -1e9, n = -1e9;
    bool any = false;
    if (geometry.value(QStringLiteral("type")).toString() == u"GeometryCollection") {
        for (const QJsonValue& g : geometry.value(QStringLiteral("geometries")).toArray()) {
            if (auto b = geometryBounds(g.toObject())) {
                w = std::min(w, b->west), e = std::max(e, b->east);
                s = std::min(s, b->south), n = std::max(n, b->north);
                any = true;
            }
        }
    } else {
        extend(geometry.value(QStringLiteral("coordinates")), w, s, e, n, any);
    }
    if (!any) return std::nullopt;
    return Base::GeoBox{w, s, e, n};
}

QJsonObject boxPolygon(const Base::GeoBox& b) {
    auto pt = [](double x, double y) { return QJsonArray{x, y}; };
    const QJsonArray ring{pt(b.west, b.south), pt(b.east, b.south), pt(b.east, b.north),
                          pt(b.west, b.north), pt(b.west, b.south)};
    return QJsonObject{{QStringLiteral("type"), QStringLiteral("Polygon")},
                       {QStringLiteral("coordinates"), QJsonArray{ring}}};
}

QJsonObject polygonFromPairs(const QString& coordinates, bool latFirst) {
    const QStringList parts = coordinates.simplified().split(
        QRegularExpression(QStringLiteral("[ ,]+")), Qt::SkipEmptyParts);
    if (parts.size() < 6 || parts.size() % 2) return {};
    QJsonArray ring;
    for (qsizetype i = 0; i + 1 < parts.size(); i += 2) {
        bool ok1 = false, ok2 = false;
        const double a = parts[i].toDouble(&ok1), b = parts[i + 1].toDouble(&ok2);
        if (!ok1 || !ok2) return {};
        ring.append(latFirst ? QJsonArray{b, a} : QJsonArray{a, b});
    }
    if (ring.first() != ring.last()) ring.append(ring.first());
    return QJsonObject{{QStringLiteral("type"), QStringLiteral("Polygon")},
                       {QStringLiteral("coordinates"), QJsonArray{ring}}};
}

void addUniqueAsset(Item& item, Asset asset) {
    const QString base = asset.key.isEmpty() ? QStringLiteral("asset") : asset.key;
    QString key = base;
    for (int n = 2;; ++n) {
        const bool taken = std::any_of(item.assets.cbegin(), item.assets.cend(),
                                       [&](const Asset& a) { return a.key == key; });
        if (!taken) break;
        key = base + u'-' + QString::number(n);
    }
    asset.key = key;
    item.assets << asset;
}

}  // namespace Estran::Catalog
