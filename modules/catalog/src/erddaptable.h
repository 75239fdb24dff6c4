// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "estran/base/result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace Estran::Catalog {

/// A table as ERDDAP returns it, from .csv (RFC 4180, quoted fields may span lines) or .json
/// ({"table": {"columnNames": [...], "rows": [[...]]}}).
struct ErddapTable {
    QStringList columns;
    QList<QStringList> rows;

    int column(const QString& name) const { return int(columns.indexOf(name)); }
    QString value(const QStringList& row, const QString& columnName) const;

    /// Decodes the body with the charset of its content type (ERDDAP sends CSV as ISO-8859-1)
    /// and parses it; errors name `where`.
    [[nodiscard]] static Base::Result<ErddapTable> parse(const QByteArray& body,
                                                         const QByteArray& contentType,
                                                         const QString& where);
};

/// Splits CSV text into rows of fields.
QList<QStringList> parseCsv(const QString& text);

/// Decodes a body by the charset named in its content type; UTF-8 when none is named.
QString decodeText(const QByteArray& body, const QByteArray& contentType);

}  // namespace Estran::Catalog
