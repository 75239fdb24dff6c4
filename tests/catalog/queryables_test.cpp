// SPDX-License-Identifier: GPL-3.0-or-later
// Queryables (STAC API Filter extension) read from recorded server answers replayed on
// 127.0.0.1, and filter expressions turned into CQL2-JSON and checked against them.
#include "estran/catalog/catalogprovider.h"
#include "estran/catalog/cql2expression.h"
#include "estran/net/httpclient.h"

#include "providertestkit.h"
#include "replayserver.h"

#include <QJsonDocument>

#include <gtest/gtest.h>

using namespace Estran;
using namespace Estran::Catalog;
using Estran::Test::ReplayServer;

namespace {

const Queryable* find(const QList<Queryable>& list, const QString& name)
{
    for (const Queryable& q : list) {
        if (q.name == name) return &q;
    }
    return nullptr;
}

QByteArray compact(const QJsonObject& o) { return QJsonDocument(o).toJson(QJsonDocument::Compact); }

QList<Queryable> landsatLike()
{
    Queryable cloud{QStringLiteral("eo:cloud_cover"), {}, Queryable::Type::Number, {}, 0.0, 100.0};
    Queryable platform{QStringLiteral("platform"), {}, Queryable::Type::String,
                       {QStringLiteral("landsat-8"), QStringLiteral("landsat-9")}, std::nullopt, std::nullopt};
    Queryable id{QStringLiteral("id"), {}, Queryable::Type::String, {}, std::nullopt, std::nullopt};
    return {cloud, platform, id};
}

}  // namespace

TEST(Queryables, AreReadForOneCollectionOfAStacApi)
{
    const QString origin = QStringLiteral("https://planetarycomputer.microsoft.com");
    ReplayServer server({origin});
    ASSERT_TRUE(server.start());
    Net::HttpClient client(Estran::Test::quick());
    auto provider = Estran::Test::makeProvider(QStringLiteral("stac"), server.local(origin + QStringLiteral("/api/stac/v1")), client);
    auto list = provider->queryables(QStringLiteral("landsat-c2-l2"), nullptr);
    ASSERT_TRUE(list.ok()) << list.error().toString().toStdString();
    const Queryable* cloud = find(*list, QStringLiteral("eo:cloud_cover"));
    ASSERT_NE(cloud, nullptr);
    // Given only as a $ref to the EO extension's schema: its type and range are known offline.
    EXPECT_EQ(cloud->type, Queryable::Type::Number);
    EXPECT_EQ(cloud->maximum.value_or(-1), 100.0);
    const Queryable* instrument = find(*list, QStringLiteral("instrument"));
    ASSERT_NE(instrument, nullptr);
    EXPECT_EQ(instrument->enumValues, (QStringList{QStringLiteral("etm+"), QStringLiteral("oli"), QStringLiteral("tirs"), QStringLiteral("tm")}));
    const Queryable* epsg = find(*list, QStringLiteral("proj:epsg"));
    ASSERT_NE(epsg, nullptr);
    EXPECT_EQ(epsg->type, Queryable::Type::Integer);  // ["integer", "null"]
    const Queryable* when = find(*list, QStringLiteral("datetime"));
    ASSERT_NE(when, nullptr);
    EXPECT_EQ(when->type, Queryable::Type::DateTime);
    EXPECT_EQ(when->title, QStringLiteral("Acquired"));
    const Queryable* elevation = find(*list, QStringLiteral("view:sun_elevation"));
    ASSERT_NE(elevation, nullptr);
    EXPECT_EQ(elevation->minimum.value_or(0), -90.0);

    // The same list checks what a user types.
    auto filter = Cql2Expression::parse(QStringLiteral("eo:cloud_cover < 20 and instrument = oli"), *list);
    ASSERT_TRUE(filter.ok()) << filter.error().toString().toStdString();
    auto wrong = Cql2Expression::parse(QStringLiteral("instrument = msi"), *list);
    ASSERT_FALSE(wrong.ok());
    EXPECT_TRUE(wrong.error().message().contains(QStringLiteral("etm+, oli, tirs, tm"))) << wrong.error().message().toStdString();
}

TEST(Queryables, AreReadForAWholeCatalogue)
{
    const QString origin = QStringLiteral("https://stac.sage.uvt.ro");
    ReplayServer server({origin});
    ASSERT_TRUE(server.start());
    Net::HttpClient client(Estran::Test::quick());
    auto provider = Estran::Test::makeProvider(QStringLiteral("stac"), server.local(origin + QStringLiteral("/")), client);
    auto list = provider->queryables({}, nullptr);
    ASSERT_TRUE(list.ok()) << list.error().toString().toStdString();
    ASSERT_NE(find(*list, QStringLiteral("s2:mgrs_tile")), nullptr);
    EXPECT_EQ(find(*list, QStringLiteral("s2:mgrs_tile"))->type, Queryable::Type::String);
    EXPECT_EQ(find(*list, QStringLiteral("sat:relative_orbit"))->type, Queryable::Type::Number);
    EXPECT_EQ(find(*list, QStringLiteral("eo:cloud_cover"))->type, Queryable::Type::Number);
}

TEST(Queryables, AnOpenSearchCatalogueSaysItHasNone)
{
    Net::HttpClient client(Estran::Test::quick());
    auto provider = Estran::Test::makeProvider(QStringLiteral("csw"), QStringLiteral("http://127.0.0.1:9/csw"), client);
    auto list = provider->queryables({}, nullptr);
    ASSERT_FALSE(list.ok());
    EXPECT_EQ(list.error().kind(), Base::Error::Kind::Unsupported);
}

TEST(Cql2Expression, TurnsComparisonsIntoCql2Json)
{
    auto one = Cql2Expression::parse(QStringLiteral("eo:cloud_cover <= 40"));
    ASSERT_TRUE(one.ok());
    EXPECT_EQ(compact(*one), QByteArray(R"({"args":[{"property":"eo:cloud_cover"},40],"op":"<="})"));

    // "and" binds tighter than "or"; != is CQL2's <>; quoted and bare text.
    auto mixed = Cql2Expression::parse(
        QStringLiteral("platform = 'sentinel-2a' and eo:cloud_cover < 10 or platform != sentinel-2b"));
    ASSERT_TRUE(mixed.ok()) << mixed.error().toString().toStdString();
    EXPECT_EQ(compact(*mixed),
              QByteArray(R"({"args":[{"args":[{"args":[{"property":"platform"},"sentinel-2a"],"op":"="},)"
                         R"({"args":[{"property":"eo:cloud_cover"},10],"op":"<"}],"op":"and"},)"
                         R"({"args":[{"property":"platform"},"sentinel-2b"],"op":"<>"}],"op":"or"})"));

    auto grouped = Cql2Expression::parse(QStringLiteral("(a = 1 or a = 2) AND b LIKE 'S2%'"));
    ASSERT_TRUE(grouped.ok()) << grouped.error().toString().toStdString();
    EXPECT_EQ(grouped->value(QStringLiteral("op")).toString(), QStringLiteral("and"));

    auto list = Cql2Expression::parse(QStringLiteral("platform in ('landsat-8', \"landsat-9\")"), landsatLike());
    ASSERT_TRUE(list.ok()) << list.error().toString().toStdString();
    EXPECT_EQ(compact(*list), QByteArray(R"({"args":[{"property":"platform"},["landsat-8","landsat-9"]],"op":"in"})"));
}

TEST(Cql2Expression, ExplainsWhatIsWrongAndWhere)
{
    const auto message = [](const QString& text, const QList<Queryable>& known = {}) {
        auto r = Cql2Expression::parse(text, known);
        return r.ok() ? QString() : r.error().message();
    };
    EXPECT_TRUE(message(QStringLiteral("")).contains(QStringLiteral("empty")));
    EXPECT_TRUE(message(QStringLiteral("platform = 'open")).contains(QStringLiteral("quote")));
    EXPECT_TRUE(message(QStringLiteral("eo:cloud_cover 20")).contains(QStringLiteral("operator")));
    EXPECT_TRUE(message(QStringLiteral("a = 1 and")).contains(QStringLiteral("property")));
    EXPECT_TRUE(message(QStringLiteral("(a = 1")).contains(QStringLiteral("')'")));
    EXPECT_TRUE(message(QStringLiteral("a =< 1")).contains(QStringLiteral("=<")));
    const QString unknown = message(QStringLiteral("cloud < 5"), landsatLike());
    EXPECT_TRUE(unknown.contains(QStringLiteral("cloud")) && unknown.contains(QStringLiteral("eo:cloud_cover"))) << unknown.toStdString();
    EXPECT_TRUE(message(QStringLiteral("eo:cloud_cover < low"), landsatLike()).contains(QStringLiteral("number")));
    EXPECT_TRUE(message(QStringLiteral("eo:cloud_cover < 150"), landsatLike()).contains(QStringLiteral("100")));
    EXPECT_TRUE(message(QStringLiteral("eo:cloud_cover < 20 platform"), landsatLike()).contains(QStringLiteral("character 21")));
}
