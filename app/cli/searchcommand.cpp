// SPDX-License-Identifier: GPL-3.0-or-later
#include "cliutil.h"
#include "commands.h"

#include "estran/catalog/catalogprovider.h"
#include "estran/catalog/cql2expression.h"
#include "estran/catalog/federatedsearch.h"
#include "estran/catalog/providerregistry.h"
#include "estran/net/httpclient.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include <cstdio>

using namespace Estran;

namespace {

const QString kCommand = QStringLiteral("search");

/// "2024-01-01", "2024-01-01T06:00:00Z" or ".." (open). A bare date ends at the end of its day.
std::optional<QDateTime> parseTimeBound(const QString& text, bool isEnd, bool& ok)
{
    ok = true;
    const QString t = text.trimmed();
    if (t.isEmpty() || t == u"..") return std::nullopt;
    QDate date = QDate::fromString(t, Qt::ISODate);
    if (date.isValid()) {
        return isEnd ? QDateTime(date, QTime(23, 59, 59), Qt::UTC) : QDateTime(date, QTime(0, 0), Qt::UTC);
    }
    QDateTime dt = QDateTime::fromString(t, Qt::ISODateWithMs);
    if (!dt.isValid()) {
        ok = false;
        return std::nullopt;
    }
    if (dt.timeSpec() == Qt::LocalTime) dt.setTimeSpec(Qt::UTC);
    return dt.toUTC();
}

QJsonValue isoOrNull(const QDateTime& dt)
{
    return dt.isValid() ? QJsonValue(dt.toUTC().toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QJsonObject itemJson(const Catalog::Item& item)
{
    QJsonObject o;
    o.insert(QStringLiteral("id"), item.id);
    o.insert(QStringLiteral("title"), item.title);
    o.insert(QStringLiteral("collection"), item.collection);
    if (item.bbox) {
        o.insert(QStringLiteral("bbox"), QJsonArray{item.bbox->west, item.bbox->south, item.bbox->east, item.bbox->north});
    } else {
        o.insert(QStringLiteral("bbox"), QJsonValue::Null);
    }
    o.insert(QStringLiteral("start"), isoOrNull(item.start));
    o.insert(QStringLiteral("end"), isoOrNull(item.end));
    QJsonArray assets;
    for (const Catalog::Asset& a : item.assets) {
        assets.append(QJsonObject{{QStringLiteral("key"), a.key},
                                  {QStringLiteral("href"), a.href},
                                  {QStringLiteral("type"), a.type},
                                  {QStringLiteral("roles"), QJsonArray::fromStringList(a.roles)}});
    }
    o.insert(QStringLiteral("assets"), assets);
    return o;
}

/// --queryables: what each catalogue can filter on, so users can write --filter.
int printQueryables(const QStringList& providers, const QString& collection, const Net::HttpClient& client, bool json)
{
    QJsonArray all;
    int failures = 0;
    for (const QString& spec : providers) {
        const qsizetype colon = spec.indexOf(u':');
        if (colon <= 0) return Cli::usageError(kCommand, Cli::tr("--provider must be TYPE:URL, got \"%1\"").arg(spec));
        auto provider = Catalog::ProviderRegistry::instance().create(spec.left(colon), spec.mid(colon + 1), client);
        if (!provider) return Cli::fail(provider.error());
        Base::Result<QList<Catalog::Queryable>> list = (*provider)->queryables(collection, nullptr);
        if (!list) {
            Cli::fail(list.error());
            ++failures;
            continue;
        }
        for (const Catalog::Queryable& q : *list) {
            if (json) {
                QJsonObject o{{QStringLiteral("provider"), spec.mid(colon + 1)},
                              {QStringLiteral("name"), q.name},
                              {QStringLiteral("title"), q.title},
                              {QStringLiteral("type"), Catalog::Queryable::typeName(q.type)},
                              {QStringLiteral("enum"), QJsonArray::fromStringList(q.enumValues)}};
                o.insert(QStringLiteral("minimum"), q.minimum ? QJsonValue(*q.minimum) : QJsonValue(QJsonValue::Null));
                o.insert(QStringLiteral("maximum"), q.maximum ? QJsonValue(*q.maximum) : QJsonValue(QJsonValue::Null));
                all.append(o);
                continue;
            }
            QString line = QStringLiteral("%1  %2").arg(q.name, Catalog::Queryable::typeName(q.type));
            if (q.minimum || q.maximum)
                line += QStringLiteral("  [%1, %2]").arg(q.minimum ? QString::number(*q.minimum) : QStringLiteral(".."),
                                                          q.maximum ? QString::number(*q.maximum) : QStringLiteral(".."));
            if (!q.enumValues.isEmpty()) line += QStringLiteral("  {%1}").arg(q.enumValues.join(QStringLiteral(", ")));
            if (!q.title.isEmpty()) line += QStringLiteral("  ") + q.title;
            Cli::printOut(line);
        }
    }
    if (json) Cli::printJson(QJsonDocument(QJsonObject{{QStringLiteral("queryables"), all}}));
    return failures == 0 ? 0 : 1;
}

}  // namespace

int runSearchCommand(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Search catalogues; with several --provider the query runs on all of them at once.\n"
           "TYPE is one of: %1.")
            .arg(Catalog::ProviderRegistry::instance().types().join(QStringLiteral(", "))));
    const QCommandLineOption providerOpt(QStringLiteral("provider"), Cli::tr("Catalogue to search, as TYPE:URL (repeatable)."), Cli::tr("TYPE:URL"));
    const QCommandLineOption bboxOpt(QStringLiteral("bbox"), Cli::tr("Area W,S,E,N in degrees (W > E crosses the antimeridian)."), Cli::tr("W,S,E,N"));
    const QCommandLineOption timeOpt(QStringLiteral("time"), Cli::tr("Period START/END (ISO 8601; '..' leaves an end open)."), Cli::tr("START/END"));
    const QCommandLineOption textOpt(QStringLiteral("text"), Cli::tr("Free text."), Cli::tr("WORDS"));
    const QCommandLineOption collectionOpt(QStringLiteral("collection"), Cli::tr("Collection id (repeatable)."), Cli::tr("ID"));
    const QCommandLineOption maxOpt(QStringLiteral("max"), Cli::tr("Stop after N items per catalogue (default 100)."), Cli::tr("N"), QStringLiteral("100"));
    const QCommandLineOption jsonOpt(QStringLiteral("json"), Cli::tr("Print JSON."));
    const QCommandLineOption filterOpt(QStringLiteral("filter"),
                                       Cli::tr("CQL2 filter for STAC APIs, e.g. \"eo:cloud_cover < 20 and platform = 'sentinel-2a'\" "
                                               "(repeatable: joined with and)."),
                                       Cli::tr("EXPR"));
    const QCommandLineOption queryablesOpt(QStringLiteral("queryables"),
                                           Cli::tr("Print the properties the catalogue can filter on (for the --collection given) and exit."));
    parser.addOptions({providerOpt, bboxOpt, timeOpt, textOpt, collectionOpt, maxOpt, filterOpt, queryablesOpt, jsonOpt});
    int exitCode = 0;
    if (!Cli::parseArguments(parser, kCommand, args, exitCode)) return exitCode;

    if (!parser.isSet(providerOpt)) return Cli::usageError(kCommand, Cli::tr("--provider TYPE:URL is required"));
    Catalog::SearchQuery query;
    bool ok = false;
    query.maxItems = parser.value(maxOpt).toInt(&ok);
    if (!ok || query.maxItems <= 0) return Cli::usageError(kCommand, Cli::tr("--max needs a positive number"));
    query.pageSize = std::min(query.maxItems, 100);
    query.text = parser.value(textOpt);
    query.collections = parser.values(collectionOpt);
    if (parser.isSet(bboxOpt)) {
        query.bbox = Base::GeoBox::fromString(parser.value(bboxOpt));
        if (!query.bbox) return Cli::usageError(kCommand, Cli::tr("--bbox must be W,S,E,N with S <= N, latitudes within ±90"));
    }
    if (parser.isSet(timeOpt)) {
        const QStringList parts = parser.value(timeOpt).split(u'/');
        bool okStart = false, okEnd = false;
        const auto start = parseTimeBound(parts.value(0), false, okStart);
        const auto end = parseTimeBound(parts.value(1), true, okEnd);
        if (parts.size() != 2 || !okStart || !okEnd) return Cli::usageError(kCommand, Cli::tr("--time must be START/END in ISO 8601"));
        if (start) query.start = *start;
        if (end) query.end = *end;
        if (start && end && *start > *end) return Cli::usageError(kCommand, Cli::tr("--time starts after it ends"));
    }

    if (parser.isSet(filterOpt)) {
        const QStringList parts = parser.values(filterOpt);
        Base::Result<QJsonObject> filter =
            Catalog::Cql2Expression::parse(parts.size() == 1 ? parts.first() : u'(' + parts.join(QStringLiteral(") and (")) + u')');
        if (!filter) return Cli::usageError(kCommand, filter.error().message() + QStringLiteral(": ") + filter.error().where());
        query.cql2Filter = *filter;
    }

    Net::HttpClient client;
    if (parser.isSet(queryablesOpt))
        return printQueryables(parser.values(providerOpt), query.collections.value(0), client, parser.isSet(jsonOpt));
    std::vector<Catalog::FederatedSearch::Source> sources;
    for (const QString& spec : parser.values(providerOpt)) {
        const qsizetype colon = spec.indexOf(u':');
        if (colon <= 0) return Cli::usageError(kCommand, Cli::tr("--provider must be TYPE:URL, got \"%1\"").arg(spec));
        auto provider = Catalog::ProviderRegistry::instance().create(spec.left(colon), spec.mid(colon + 1), client);
        if (!provider) return Cli::fail(provider.error());
        sources.push_back({spec.mid(colon + 1), std::shared_ptr<Catalog::CatalogProvider>(std::move(*provider))});
    }

    QList<Catalog::Item> items;
    std::optional<qint64> matched = 0;
    QList<Base::Error> errors;
    Catalog::FederatedSearch search;
    QObject::connect(&search, &Catalog::FederatedSearch::pageArrived, &search,
                     [&items](const QString&, const Catalog::SearchPage& page) { items += page.items; });
    QObject::connect(&search, &Catalog::FederatedSearch::sourceFinished, &search,
                     [&matched](const QString&, const Catalog::SearchSummary& s) {
                         matched = (matched && s.matched) ? std::optional<qint64>(*matched + *s.matched) : std::nullopt;
                         for (const Base::Error& skipped : s.skipped) Cli::warn(skipped);
                     });
    QObject::connect(&search, &Catalog::FederatedSearch::sourceFailed, &search,
                     [&errors](const QString&, const Base::Error& e) { errors << e; });
    QObject::connect(&search, &Catalog::FederatedSearch::finished, QCoreApplication::instance(), &QCoreApplication::quit);
    search.start(query, std::move(sources));
    QCoreApplication::exec();

    for (const Base::Error& e : errors) Cli::fail(e);
    if (parser.isSet(jsonOpt)) {
        QJsonArray array;
        for (const Catalog::Item& item : items) array.append(itemJson(item));
        Cli::printJson(QJsonDocument(QJsonObject{{QStringLiteral("items"), array},
                                                 {QStringLiteral("matched"), matched ? QJsonValue(double(*matched)) : QJsonValue(QJsonValue::Null)}}));
    } else {
        for (const Catalog::Item& item : items) {
            Cli::printOut(QStringLiteral("%1  %2  %3  %4").arg(item.id, item.collection,
                                                               item.start.isValid() ? item.start.toString(Qt::ISODate) : QStringLiteral("-"),
                                                               item.title == item.id ? QString() : item.title));
        }
        Cli::printOut(matched ? Cli::tr("%1 items shown, %2 matched").arg(items.size()).arg(*matched)
                              : Cli::tr("%1 items shown").arg(items.size()));
    }
    return errors.isEmpty() ? 0 : 1;
}
