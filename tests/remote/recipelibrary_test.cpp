// SPDX-License-Identifier: GPL-3.0-or-later
// The recipe library: built-in recipes, user folders that add or replace recipes, bad files.
#include "estran/remote/recipelibrary.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Estran;

namespace {

void write(const QString& path, const QByteArray& text)
{
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(text);
}

}  // namespace

TEST(RecipeLibrary, HasEveryBuiltInRecipe)
{
    Remote::RecipeLibrary library;
    library.load({});
    for (const Base::Error& e : library.problems()) ADD_FAILURE() << e.toString().toStdString();
    for (const char* id : {"subset", "time-mean", "climatology", "anomaly", "custom-script"}) {
        const Remote::Recipe* r = library.find(QLatin1String(id));
        ASSERT_NE(r, nullptr) << id;
        EXPECT_FALSE(r->title.isEmpty()) << id;
        EXPECT_FALSE(r->script.isEmpty()) << id;
    }
    const Remote::Recipe* subset = library.find(QStringLiteral("subset"));
    QStringList names;
    for (const Remote::RecipeParameter& p : subset->parameters) names.append(p.name);
    EXPECT_TRUE(names.contains(QStringLiteral("area")));
    EXPECT_TRUE(names.contains(QStringLiteral("period")));
    EXPECT_TRUE(names.contains(QStringLiteral("tool")));
}

TEST(RecipeLibrary, UserFoldersAddAndReplaceRecipesAndBadFilesAreReportedAndSkipped)
{
    QTemporaryDir first, second;
    write(QDir(first.path()).filePath(QStringLiteral("mine.json")), R"({"title": "Mine", "script": "echo 1"})");
    write(QDir(first.path()).filePath(QStringLiteral("subset.json")), R"({"title": "My subset", "script": "echo 2"})");
    write(QDir(second.path()).filePath(QStringLiteral("mine.json")), R"({"title": "Mine, later", "script": "echo 3"})");
    write(QDir(second.path()).filePath(QStringLiteral("broken.json")), R"({"title": "Broken", "scirpt": "echo"})");

    Remote::RecipeLibrary library;
    library.load({first.path(), second.path()});
    ASSERT_EQ(library.problems().size(), 1);
    EXPECT_TRUE(library.problems().first().where().endsWith(QStringLiteral("broken.json")));
    EXPECT_TRUE(library.problems().first().message().contains(QStringLiteral("scirpt")));
    ASSERT_NE(library.find(QStringLiteral("mine")), nullptr);
    EXPECT_EQ(library.find(QStringLiteral("mine"))->title, QStringLiteral("Mine, later"));
    EXPECT_EQ(library.find(QStringLiteral("subset"))->title, QStringLiteral("My subset"));
    EXPECT_NE(library.find(QStringLiteral("anomaly")), nullptr);
    EXPECT_EQ(library.find(QStringLiteral("broken")), nullptr);
}

TEST(RecipeLibrary, SearchPathEndsWithTheFoldersOfTheEnvironmentVariable)
{
    qputenv("ESTRAN_RECIPE_PATH", "/a/recipes:/b/recipes");
    const QStringList path = Remote::RecipeLibrary::searchPath();
    qunsetenv("ESTRAN_RECIPE_PATH");
    ASSERT_GE(path.size(), 2);
    EXPECT_EQ(path.mid(path.size() - 2), QStringList({QStringLiteral("/a/recipes"), QStringLiteral("/b/recipes")}));
    EXPECT_TRUE(path.first().endsWith(QStringLiteral("Estran/recipes")));
}
