// SPDX-License-Identifier: GPL-3.0-or-later
// Recipe files: strict parsing, resolution from the shared selection, and parameters that reach
// the job only through its environment.
#include "estran/remote/recipe.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Estran;
using Estran::Remote::Recipe;

namespace {

QJsonObject parse(const char* json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray(json), &error);
    EXPECT_EQ(error.error, QJsonParseError::NoError) << error.errorString().toStdString();
    return doc.object();
}

Recipe sample()
{
    Base::Result<Recipe> r = Recipe::fromJson(parse(R"({
        "title": "Sample",
        "parameters": [
            {"name": "input", "type": "path", "required": true},
            {"name": "area", "type": "area"},
            {"name": "period", "type": "period"},
            {"name": "variable", "type": "variable", "default": "sst"},
            {"name": "level", "type": "integer", "default": 3, "min": 1, "max": 10},
            {"name": "scale", "type": "number", "min": 0},
            {"name": "tool", "type": "choice", "choices": ["cdo", "nco"], "default": "cdo"},
            {"name": "verbose", "type": "boolean", "default": false},
            {"name": "note", "type": "string"}
        ],
        "tools": ["cdo"],
        "resources": {"cpus": 2, "memory_mb": 1000, "walltime_minutes": 30},
        "script": "echo hello\n"
    })"), QStringLiteral("/r/sample.json"));
    EXPECT_TRUE(r.ok()) << (r ? std::string() : r.error().toString().toStdString());
    return r ? *r : Recipe();
}

std::string errorOf(const char* json)
{
    Base::Result<Recipe> r = Recipe::fromJson(parse(json), QStringLiteral("/r/bad.json"));
    if (r) return "parsed";
    EXPECT_EQ(r.error().where(), QStringLiteral("/r/bad.json"));
    return r.error().message().toStdString();
}

}  // namespace

TEST(Recipe, ReadsEveryFieldOfAWellFormedFile)
{
    const Recipe r = sample();
    EXPECT_EQ(r.id, QStringLiteral("sample"));  // from the file name
    EXPECT_EQ(r.title, QStringLiteral("Sample"));
    ASSERT_EQ(r.parameters.size(), 9);
    EXPECT_EQ(r.parameters[0].type, Remote::RecipeParameter::Type::Path);
    EXPECT_TRUE(r.parameters[0].required);
    EXPECT_EQ(r.parameters[0].label, QStringLiteral("input"));  // label defaults to the name
    EXPECT_EQ(r.parameters[4].minimum, 1.0);
    EXPECT_EQ(r.parameters[4].maximum, 10.0);
    EXPECT_EQ(r.parameters[4].defaultValue.toLongLong(), 3);
    EXPECT_EQ(r.parameters[6].choices, QStringList({QStringLiteral("cdo"), QStringLiteral("nco")}));
    EXPECT_EQ(r.tools, QStringList{QStringLiteral("cdo")});
    EXPECT_EQ(r.cpus, 2);
    EXPECT_EQ(r.memoryMb, 1000);
    EXPECT_EQ(r.walltimeMinutes, 30);
    EXPECT_EQ(r.script, QStringLiteral("echo hello\n"));
}

TEST(Recipe, NamesTheFileAndFieldOfEveryMistake)
{
    EXPECT_NE(errorOf(R"({"title":"t","script":"x","colour":"red"})").find("\"colour\": unknown key"), std::string::npos);
    EXPECT_NE(errorOf(R"({"script":"x"})").find("\"title\": required"), std::string::npos);
    EXPECT_NE(errorOf(R"({"title":"t"})").find("\"script\""), std::string::npos);
    EXPECT_NE(errorOf(R"({"title":"t","script":"x","script_file":"a.sh"})").find("\"script\""), std::string::npos);
    EXPECT_NE(errorOf(R"({"title":3,"script":"x"})").find("\"title\": must be a string"), std::string::npos);
    EXPECT_NE(errorOf(R"({"title":"t","script":"x","parameters":[{"name":"a","type":"colour"}]})")
                  .find("\"parameters.a.type\""), std::string::npos);
    EXPECT_NE(errorOf(R"({"title":"t","script":"x","parameters":[{"name":"A","type":"string"}]})")
                  .find("\"parameters[0].name\""), std::string::npos);
    EXPECT_NE(errorOf(R"({"title":"t","script":"x","parameters":[{"name":"a","type":"string","lable":"x"}]})")
                  .find("\"parameters[0].lable\": unknown key"), std::string::npos);
    EXPECT_NE(errorOf(R"({"title":"t","script":"x","parameters":[{"name":"a","type":"integer","default":"many"}]})")
                  .find("\"parameters.a.default\""), std::string::npos);
    EXPECT_NE(errorOf(R"({"title":"t","script":"x","parameters":[{"name":"a","type":"integer","default":20,"max":10}]})")
                  .find("\"parameters.a.default\""), std::string::npos);
    EXPECT_NE(errorOf(R"({"title":"t","script":"x","parameters":[{"name":"a","type":"choice"}]})")
                  .find("\"parameters.a.choices\": required"), std::string::npos);
    EXPECT_NE(errorOf(R"({"title":"t","script":"x","parameters":[{"name":"a","type":"string","min":1}]})")
                  .find("\"parameters.a.min\""), std::string::npos);
    EXPECT_NE(errorOf(R"({"title":"t","script":"x","parameters":[{"name":"a","type":"string"},{"name":"a","type":"text"}]})")
                  .find("defined twice"), std::string::npos);
    EXPECT_NE(errorOf(R"({"title":"t","script":"x","resources":{"cpus":0}})").find("\"resources.cpus\""), std::string::npos);
    EXPECT_NE(errorOf(R"({"title":"t","script":"x","resources":{"gpus":1}})").find("\"resources.gpus\": unknown key"),
              std::string::npos);
    EXPECT_NE(errorOf(R"({"title":"t","script":"x","tools":["cdo; rm -rf ~"]})").find("\"tools\""), std::string::npos);
    EXPECT_NE(errorOf(R"({"title":"t","script_file":"../evil.sh"})").find("\"script_file\""), std::string::npos);
}

TEST(Recipe, ReadsItsScriptFromAFileBesideIt)
{
    QTemporaryDir dir;
    QFile script(dir.filePath(QStringLiteral("job.sh")));
    ASSERT_TRUE(script.open(QIODevice::WriteOnly));
    script.write("echo from a file\n");
    script.close();
    QFile json(dir.filePath(QStringLiteral("my-recipe.json")));
    ASSERT_TRUE(json.open(QIODevice::WriteOnly));
    json.write(R"({"title": "Mine", "script_file": "job.sh"})");
    json.close();
    Base::Result<Recipe> r = Recipe::load(json.fileName());
    ASSERT_TRUE(r.ok()) << r.error().toString().toStdString();
    EXPECT_EQ(r->id, QStringLiteral("my-recipe"));
    EXPECT_EQ(r->script, QStringLiteral("echo from a file\n"));

    QFile missing(dir.filePath(QStringLiteral("other.json")));
    ASSERT_TRUE(missing.open(QIODevice::WriteOnly));
    missing.write(R"({"title": "Other", "script_file": "nowhere.sh"})");
    missing.close();
    Base::Result<Recipe> m = Recipe::load(missing.fileName());
    ASSERT_FALSE(m.ok());
    EXPECT_TRUE(m.error().where().endsWith(QStringLiteral("nowhere.sh")));
}

TEST(Recipe, ReportsInvalidJsonWithTheFileName)
{
    QTemporaryDir dir;
    QFile json(dir.filePath(QStringLiteral("broken.json")));
    ASSERT_TRUE(json.open(QIODevice::WriteOnly));
    json.write(R"({"title": "Broken", )");
    json.close();
    Base::Result<Recipe> r = Recipe::load(json.fileName());
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().where(), json.fileName());
}

TEST(Recipe, ResolvesDefaultsThenTheSelectionThenExplicitValues)
{
    const Recipe r = sample();
    Base::Selection selection;
    selection.box = Base::GeoBox{-10, 40, 5, 50};
    selection.timeStart = QStringLiteral("2020-01-01");
    selection.timeEnd = QStringLiteral("2020-06-30");
    selection.variables = {QStringLiteral("chl"), QStringLiteral("sst")};

    Base::Result<QVariantMap> v = r.resolve({{QStringLiteral("input"), QStringLiteral("/data/in.nc")}}, &selection);
    ASSERT_TRUE(v.ok()) << v.error().toString().toStdString();
    EXPECT_EQ(v->value(QStringLiteral("area")).toList(), (QVariantList{-10.0, 40.0, 5.0, 50.0}));
    EXPECT_EQ(v->value(QStringLiteral("period")).toList(),
              (QVariantList{QStringLiteral("2020-01-01"), QStringLiteral("2020-06-30")}));
    EXPECT_EQ(v->value(QStringLiteral("variable")).toString(), QStringLiteral("chl"));  // selection beats default
    EXPECT_EQ(v->value(QStringLiteral("level")).toLongLong(), 3);                      // default
    EXPECT_EQ(v->value(QStringLiteral("tool")).toString(), QStringLiteral("cdo"));
    EXPECT_FALSE(v->contains(QStringLiteral("scale")));  // optional, no default

    // Explicit values win over the selection, and text is converted to the parameter's type.
    Base::Result<QVariantMap> w = r.resolve({{QStringLiteral("input"), QStringLiteral("/data/in.nc")},
                                             {QStringLiteral("area"), QStringLiteral("170,-10,-170,10")},
                                             {QStringLiteral("period"), QStringLiteral("2021-01-01/2021-02-01")},
                                             {QStringLiteral("variable"), QStringLiteral("sla")},
                                             {QStringLiteral("level"), QStringLiteral("7")},
                                             {QStringLiteral("verbose"), QStringLiteral("yes")}},
                                            &selection);
    ASSERT_TRUE(w.ok()) << w.error().toString().toStdString();
    EXPECT_EQ(w->value(QStringLiteral("area")).toList(), (QVariantList{170.0, -10.0, -170.0, 10.0}));
    EXPECT_EQ(w->value(QStringLiteral("period")).toList().value(1).toString(), QStringLiteral("2021-02-01"));
    EXPECT_EQ(w->value(QStringLiteral("variable")).toString(), QStringLiteral("sla"));
    EXPECT_EQ(w->value(QStringLiteral("level")).toLongLong(), 7);
    EXPECT_EQ(w->value(QStringLiteral("verbose")).toBool(), true);
}

TEST(Recipe, TakesTheAreaOfAPolygonSelectionAsItsBoundingBox)
{
    const Recipe r = sample();
    Base::Selection selection;
    selection.polygon = {QPointF(-5, 44), QPointF(3, 44), QPointF(3, 49), QPointF(-5, 49)};
    Base::Result<QVariantMap> v = r.resolve({{QStringLiteral("input"), QStringLiteral("x")}}, &selection);
    ASSERT_TRUE(v.ok());
    EXPECT_EQ(v->value(QStringLiteral("area")).toList(), (QVariantList{-5.0, 44.0, 3.0, 49.0}));
}

TEST(Recipe, RejectsValuesOutsideTheirTypeRangeOrChoicesNamingTheParameter)
{
    const Recipe r = sample();
    const QVariantMap base{{QStringLiteral("input"), QStringLiteral("/in.nc")}};
    const auto failure = [&](const QString& name, const QVariant& value) {
        QVariantMap values = base;
        values.insert(name, value);
        Base::Result<QVariantMap> v = r.resolve(values);
        if (v) return std::string("accepted");
        EXPECT_EQ(v.error().where(), name);
        EXPECT_TRUE(v.error().message().contains(u'"' + name + u'"')) << v.error().message().toStdString();
        return v.error().message().toStdString();
    };
    EXPECT_NE(failure(QStringLiteral("level"), QStringLiteral("11")).find("between 1 and 10"), std::string::npos);
    EXPECT_NE(failure(QStringLiteral("level"), QStringLiteral("2.5")).find("whole number"), std::string::npos);
    EXPECT_NE(failure(QStringLiteral("scale"), QStringLiteral("-1")).find("between"), std::string::npos);
    EXPECT_NE(failure(QStringLiteral("scale"), QStringLiteral("nan")).find("number"), std::string::npos);
    EXPECT_NE(failure(QStringLiteral("tool"), QStringLiteral("gdal")).find("cdo, nco"), std::string::npos);
    EXPECT_NE(failure(QStringLiteral("verbose"), QStringLiteral("perhaps")).find("true or false"), std::string::npos);
    EXPECT_NE(failure(QStringLiteral("area"), QStringLiteral("1,2,3")).find("four numbers"), std::string::npos);
    EXPECT_NE(failure(QStringLiteral("area"), QStringLiteral("0,50,10,40")).find("south"), std::string::npos);
    EXPECT_NE(failure(QStringLiteral("period"), QStringLiteral("2020-01-01")).find("START/END"), std::string::npos);
    EXPECT_NE(failure(QStringLiteral("period"), QStringLiteral("2020-02-01/2020-01-01")).find("starts after"),
              std::string::npos);
    EXPECT_NE(failure(QStringLiteral("period"), QStringLiteral("2020-01-01/$(reboot)")).find("START/END"), std::string::npos);

    Base::Result<QVariantMap> missing = r.resolve({});
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().where(), QStringLiteral("input"));
    EXPECT_TRUE(missing.error().message().contains(QStringLiteral("required")));

    Base::Result<QVariantMap> unknown = r.resolve({{QStringLiteral("input"), QStringLiteral("x")}, {QStringLiteral("colour"), 1}});
    ASSERT_FALSE(unknown.ok());
    EXPECT_EQ(unknown.error().where(), QStringLiteral("colour"));
}

TEST(Recipe, AcceptsDatesOfA360DayCalendar)
{
    const Recipe r = sample();
    Base::Result<QVariantMap> v = r.resolve({{QStringLiteral("input"), QStringLiteral("x")},
                                             {QStringLiteral("period"), QStringLiteral("1850-02-30/1850-12-30T12:00:00")}});
    ASSERT_TRUE(v.ok()) << v.error().toString().toStdString();
}

TEST(Recipe, PassesParametersAsEnvironmentVariablesNeverInTheScriptText)
{
    const Recipe r = sample();
    const QString evil = QStringLiteral("a'b\"c $(touch /tmp/pwned) `id`; rm -rf ~\nnext line");
    Base::Result<QVariantMap> v = r.resolve({{QStringLiteral("input"), evil},
                                             {QStringLiteral("note"), evil},
                                             {QStringLiteral("area"), QStringLiteral("-10.5,40,5,50.25")},
                                             {QStringLiteral("period"), QStringLiteral("2020-01-01/2020-06-30")},
                                             {QStringLiteral("scale"), 0.5},
                                             {QStringLiteral("verbose"), true}});
    ASSERT_TRUE(v.ok()) << v.error().toString().toStdString();
    Base::Result<Remote::JobRequest> job = r.jobRequest(*v);
    ASSERT_TRUE(job.ok()) << job.error().toString().toStdString();
    EXPECT_FALSE(job->script.contains("pwned"));
    EXPECT_FALSE(job->script.contains("/tmp"));
    EXPECT_TRUE(job->script.endsWith("echo hello\n"));
    const QMap<QString, QString>& env = job->environment;
    EXPECT_EQ(env.value(QStringLiteral("ESTRAN_PARAM_INPUT")), evil);
    EXPECT_EQ(env.value(QStringLiteral("ESTRAN_PARAM_NOTE")), evil);
    EXPECT_EQ(env.value(QStringLiteral("ESTRAN_PARAM_AREA")), QStringLiteral("-10.5,40,5,50.25"));
    EXPECT_EQ(env.value(QStringLiteral("ESTRAN_PARAM_AREA_WEST")), QStringLiteral("-10.5"));
    EXPECT_EQ(env.value(QStringLiteral("ESTRAN_PARAM_AREA_SOUTH")), QStringLiteral("40"));
    EXPECT_EQ(env.value(QStringLiteral("ESTRAN_PARAM_AREA_EAST")), QStringLiteral("5"));
    EXPECT_EQ(env.value(QStringLiteral("ESTRAN_PARAM_AREA_NORTH")), QStringLiteral("50.25"));
    EXPECT_EQ(env.value(QStringLiteral("ESTRAN_PARAM_PERIOD")), QStringLiteral("2020-01-01/2020-06-30"));
    EXPECT_EQ(env.value(QStringLiteral("ESTRAN_PARAM_PERIOD_START")), QStringLiteral("2020-01-01"));
    EXPECT_EQ(env.value(QStringLiteral("ESTRAN_PARAM_PERIOD_END")), QStringLiteral("2020-06-30"));
    EXPECT_EQ(env.value(QStringLiteral("ESTRAN_PARAM_LEVEL")), QStringLiteral("3"));
    EXPECT_EQ(env.value(QStringLiteral("ESTRAN_PARAM_SCALE")), QStringLiteral("0.5"));
    EXPECT_EQ(env.value(QStringLiteral("ESTRAN_PARAM_VERBOSE")), QStringLiteral("1"));
    EXPECT_EQ(env.value(QStringLiteral("ESTRAN_PARAM_VARIABLE")), QStringLiteral("sst"));
    EXPECT_EQ(env.value(QStringLiteral("ESTRAN_RECIPE_TOOLS")), QStringLiteral("cdo"));
    EXPECT_EQ(job->cpus, 2);
    EXPECT_EQ(job->memoryMb, 1000);
    EXPECT_EQ(job->walltimeMinutes, 30);
}

TEST(Recipe, ChecksValuesAgainWhenBuildingTheJob)
{
    const Recipe r = sample();
    Base::Result<Remote::JobRequest> job =
        r.jobRequest({{QStringLiteral("input"), QStringLiteral("x")}, {QStringLiteral("level"), 99}});
    ASSERT_FALSE(job.ok());
    EXPECT_EQ(job.error().where(), QStringLiteral("level"));
}
