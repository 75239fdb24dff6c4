// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "estran/base/result.h"
#include "estran/catalog/item.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUrl>

namespace Estran::Catalog::StacJson {

/// Parses a JSON document fetched from `url`; errors name the URL and say whether the answer
/// was HTML, empty or malformed.
Base::Result<QJsonObject> parseObject(const QByteArray& body, const QString& url);

/// A STAC Item (1.0, 0.9 and the betas) as an Item; relative hrefs resolve against `base`.
Item itemFromJson(const QJsonObject& feature, const QUrl& base);
/// A STAC Collection.
Collection collectionFromJson(const QJsonObject& collection);
/// Links of any STAC document, hrefs resolved against `base`.
QList<QJsonObject> linksWithRel(const QJsonObject& document, const QString& rel);

/// ISO 8601 (any number of fractional digits, Z or offset) as UTC; invalid when unparseable.
QDateTime parseDateTime(const QString& text);
/// "2023-10-08T00:00:00Z"
QString formatDateTime(const QDateTime& dt);
/// A bbox array [w,s,e,n] or [w,s,zmin,e,n,zmax].
std::optional<Base::GeoBox> bboxFromJson(const QJsonValue& value);

}  // namespace Estran::Catalog::StacJson
