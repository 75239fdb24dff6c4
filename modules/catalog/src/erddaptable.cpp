// SPDX-License-Identifier: GPL-3.0-or-later
#include "erddaptable.h"

#include "xmlsupport.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringDecoder>

namespace Estran::Catalog {

namespace {
QString tr(const char* text) {
    return QCoreApplication::translate("Estran::Catalog", text);
}
}  // namespace

QString ErddapTable::value(const QStringList& row, const QString& columnName) const {
    const int c = column(columnName);
    return c >= 0 && c < row.size() ? row.at(c) : QString();
}

QString decodeText(const QByteArray& body, const QByteArray& contentType) {
    const QByteArray lower = contentType.toLower();
    const qsizetype at = lower.indexOf("charset=");
    if (at >= 0) {
        QByteArray charset = lower.mid(at + 8);
        charset = charset.left(charset.indexOf(';') < 0 ? charset.size() : charset.indexOf(';'))
                      .trimmed();
        charset.replace('"', "");
        QStringDecoder decoder(charset.constData());
        if (decoder.isValid()) return decoder.decode(body);
    }
    return QString::fromUtf8(body);
}

QList<QStringList> parseCsv(const QString& text) {
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < n && text.at(i + 1) == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
            continue;
        }
        if (c == u'"' && !fieldStarted) {
            quoted = true;
            fieldStarted = true;
        } else if (c == u',') {
            row << field;
            field.clear();
            fieldStarted = false;
        } else if (c == u'\n' || c == u'\r') {
            if (c == u'\r' && i + 1 < n && text.at(i + 1) == u'\n') ++i;
            row << field;
            rows << row;
            row.clear();
            field.clear();
            fieldStarted = false;
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    if (fieldStarted || !row.isEmpty()) {
        row << field;
        rows << row;
    }
    return rows;
}

Base::Result<ErddapTable> ErddapTable::parse(const QByteArray& body, const QByteArray& contentType,
                                             const QString& where) {
    if (looksLikeHtml(body, contentType)) {
        return invalidResponse(
            where, tr("The ERDDAP server answered with an HTML page instead of a table"),
            bodyExcerpt(body));
    }
    ErddapTable table;
    const QByteArray trimmed = body.trimmed();
    if (trimmed.startsWith('{')) {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
        if (error.error != QJsonParseError::NoError) {
            return invalidResponse(
                where,
                tr("The ERDDAP server's answer is not valid JSON (at byte %1)").arg(error.offset),
                error.errorString());
        }
        const QJsonObject t = doc.object().value(QStringLiteral("table")).toObject();
        if (t.isEmpty())
            return invalidResponse(where, tr("The ERDDAP JSON answer has no \"table\""));
        for (const QJsonValue& c : t.value(QStringLiteral("columnNames")).toArray())
            table.columns << c.toString();
        for (const QJsonValue& r : t.value(QStringLiteral("rows")).toArray()) {
            QStringList row;
            for (const QJsonValue& v : r.toArray())
                row << (v.isDouble() ? QString::number(v.toDouble(), 'g', 17)
                                     : v.toVariant().toString());
            table.rows << row;
        }
        return table;
    }
    QList<QStringList> rows = parseCsv(decodeText(body, contentType));
    if (rows.isEmpty()) return invalidResponse(where, tr("The ERDDAP server sent an empty table"));
    table.columns = rows.takeFirst();
    const int width = int(table.columns.size());
    for (QStringList& r : rows) {
        if (r.size() == 1 && r.first().isEmpty()) continue;  // blank line
        if (r.size() != width) {
            return invalidResponse(where,
                                   tr("The ERDDAP table has a row of %1 fields under %2 columns")
                                       .arg(r.size())
                                       .arg(width),
                                   r.join(u',').left(200));
        }
        table.rows << r;
    }
    return table;
}

}  // namespace Estran::Catalog
