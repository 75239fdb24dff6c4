// SPDX-License-Identifier: GPL-3.0-or-later
// A recipe's support files ("files"): read from its folder and confined to it, then written
// into the job folder by the job's own script before the recipe's script runs.
#include "estran/remote/recipe.h"
#include "estran/remote/recipelibrary.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Estran;
using Estran::Remote::Recipe;

namespace {

void put(const QString& path, const QByteArray& content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly)) << path.toStdString();
    f.write(content);
}

QByteArray contentOf(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<missing>");
}

/// A recipe folder: `recipe.json` naming `files`, a script, and whatever the test adds.
struct RecipeFolder {
    QTemporaryDir dir;
    QString json() const { return dir.filePath(QStringLiteral("recipe.json")); }
    Base::Result<Recipe> load(const QByteArray& files)
    {
        put(json(), R"({"title": "With files", "script_file": "main.sh", "files": )" + files + "}");
        put(dir.filePath(QStringLiteral("main.sh")), ". ./lib/common.sh || exit 1\ngreet\n");
        return Recipe::load(json());
    }
};

/// The error of loading a recipe whose "files" is `files`: it must name the recipe file.
std::string errorOf(const QByteArray& files)
{
    RecipeFolder folder;
    put(folder.dir.filePath(QStringLiteral("lib/common.sh")), "greet() { echo hi; }\n");
    Base::Result<Recipe> r = folder.load(files);
    if (r) return "loaded";
    EXPECT_EQ(r.error().where(), folder.json()) << files.toStdString();
    return r.error().message().toStdString();
}

struct JobRun {
    int exitCode = -1;
    QByteArray out, err;
};

/// Runs the job's script as the schedulers' wrapper does: `bash ./job.sh` in the job folder,
/// with the job's environment.
JobRun runJob(const Remote::JobRequest& job, const QString& jobDir)
{
    QDir().mkpath(jobDir + QStringLiteral("/output"));
    put(jobDir + QStringLiteral("/job.sh"), job.script);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (auto it = job.environment.begin(); it != job.environment.end(); ++it) env.insert(it.key(), it.value());
    env.insert(QStringLiteral("ESTRAN_OUTPUT_DIR"), jobDir + QStringLiteral("/output"));
    QProcess p;
    p.setProcessEnvironment(env);
    p.setWorkingDirectory(jobDir);
    p.start(QStringLiteral("/bin/bash"), {QStringLiteral("./job.sh")});
    EXPECT_TRUE(p.waitForFinished(30000));
    return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
}

}  // namespace

TEST(RecipeFiles, AreReadFromTheRecipesFolderWithTheirPathAndMode)
{
    RecipeFolder folder;
    put(folder.dir.filePath(QStringLiteral("lib/common.sh")), "greet() { echo hi; }\n");
    put(folder.dir.filePath(QStringLiteral("tool.py")), "print(1)\n");
    QFile::setPermissions(folder.dir.filePath(QStringLiteral("tool.py")),
                          QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    Base::Result<Recipe> r = folder.load(R"(["lib/common.sh", "tool.py"])");
    ASSERT_TRUE(r.ok()) << r.error().toString().toStdString();
    ASSERT_EQ(r->files.size(), 2);
    EXPECT_EQ(r->files[0].name, QStringLiteral("lib/common.sh"));
    EXPECT_EQ(r->files[0].content, QByteArray("greet() { echo hi; }\n"));
    EXPECT_FALSE(r->files[0].executable);
    EXPECT_EQ(r->files[1].name, QStringLiteral("tool.py"));
    EXPECT_TRUE(r->files[1].executable);
}

TEST(RecipeFiles, RefusesEntriesThatLeaveTheFolderNamingTheRecipeFileAndTheEntry)
{
    const auto refused = [](const QByteArray& files, const std::string& expected) {
        const std::string message = errorOf(files);
        EXPECT_NE(message.find("\"files\""), std::string::npos) << files.toStdString() << " -> " << message;
        EXPECT_NE(message.find(expected), std::string::npos) << files.toStdString() << " -> " << message;
    };
    refused(R"(["/etc/passwd"])", "\"/etc/passwd\" is not relative");
    refused(R"(["~/.ssh/id_rsa"])", "\"~/.ssh/id_rsa\" is not relative");
    refused(R"(["../outside.sh"])", "\"../outside.sh\" leaves the recipe's folder");
    refused(R"(["lib/../../outside.sh"])", "\"lib/../../outside.sh\" leaves the recipe's folder");
    refused(R"(["lib/.hidden"])", "\"lib/.hidden\": each part");
    refused(R"(["lib//common.sh"])", "\"lib//common.sh\": each part");
    refused(R"(["-rf"])", "\"-rf\": each part");
    refused(R"(["lib/common.sh", "lib/common.sh"])", "\"lib/common.sh\" is listed twice");
    refused(R"(["job.sh"])", "\"job.sh\" would replace the job folder's own \"job.sh\"");
    refused(R"(["output/result.nc"])", "would replace the job folder's own \"output\"");
    refused(R"(["lib/nowhere.sh"])", "\"lib/nowhere.sh\" does not exist in the recipe's folder");
    refused(R"(["lib"])", "\"lib\" is not a file");
    refused(R"("lib/common.sh")", "must be a list of file names");
    refused(R"([3])", "must be a list of file names");
    EXPECT_EQ(errorOf(R"(["lib/common.sh"])"), "loaded");
}

TEST(RecipeFiles, RefusesFilesTooLargeAloneOrTogether)
{
    // They travel inside every job's script: a data file listed by mistake is refused.
    RecipeFolder folder;
    put(folder.dir.filePath(QStringLiteral("big.bin")), QByteArray(8 * 1024 * 1024 + 1, 'x'));
    for (int i = 0; i < 3; ++i) {
        put(folder.dir.filePath(QStringLiteral("part%1.bin").arg(i)), QByteArray(6 * 1024 * 1024, 'y'));
    }
    put(folder.dir.filePath(QStringLiteral("lib/common.sh")), "greet() { echo hi; }\n");
    Base::Result<Recipe> alone = folder.load(R"(["big.bin"])");
    ASSERT_FALSE(alone.ok());
    EXPECT_TRUE(alone.error().message().contains(QStringLiteral("\"big.bin\" is larger than 8 MiB")))
        << alone.error().toString().toStdString();
    Base::Result<Recipe> two = folder.load(R"(["part0.bin", "part1.bin"])");
    EXPECT_TRUE(two.ok()) << "12 MiB together is allowed";
    Base::Result<Recipe> together = folder.load(R"(["part0.bin", "part1.bin", "part2.bin"])");
    ASSERT_FALSE(together.ok());
    EXPECT_EQ(together.error().where(), folder.json());
    EXPECT_TRUE(together.error().message().contains(QStringLiteral("larger than 16 MiB together")))
        << together.error().toString().toStdString();
}

TEST(RecipeFiles, RefusesALinkLeadingOutOfTheFolder)
{
    QTemporaryDir outside;
    put(outside.filePath(QStringLiteral("secret")), "do not ship\n");
    {
        RecipeFolder folder;
        ASSERT_TRUE(QFile::link(outside.filePath(QStringLiteral("secret")), folder.dir.filePath(QStringLiteral("helper.sh"))));
        Base::Result<Recipe> r = folder.load(R"(["helper.sh"])");
        ASSERT_FALSE(r.ok());
        EXPECT_EQ(r.error().where(), folder.json());
        EXPECT_NE(r.error().message().indexOf(QStringLiteral("\"helper.sh\" is a link leading out of the recipe's folder")), -1)
            << r.error().toString().toStdString();
    }
    {
        // A folder link: the entry looks harmless, its target is not.
        RecipeFolder folder;
        ASSERT_TRUE(QFile::link(outside.path(), folder.dir.filePath(QStringLiteral("lib"))));
        Base::Result<Recipe> r = folder.load(R"(["lib/secret"])");
        ASSERT_FALSE(r.ok());
        EXPECT_NE(r.error().message().indexOf(QStringLiteral("\"lib/secret\" is a link leading out")), -1)
            << r.error().toString().toStdString();
    }
    {
        // The script itself is held to the same rule.
        QTemporaryDir dir;
        ASSERT_TRUE(QFile::link(outside.filePath(QStringLiteral("secret")), dir.filePath(QStringLiteral("main.sh"))));
        put(dir.filePath(QStringLiteral("r.json")), R"({"title": "t", "script_file": "main.sh"})");
        Base::Result<Recipe> r = Recipe::load(dir.filePath(QStringLiteral("r.json")));
        ASSERT_FALSE(r.ok());
        EXPECT_NE(r.error().message().indexOf(QStringLiteral("\"script_file\"")), -1) << r.error().toString().toStdString();
        EXPECT_NE(r.error().message().indexOf(QStringLiteral("link leading out")), -1) << r.error().toString().toStdString();
    }
}

TEST(RecipeFiles, FollowsALinkThatStaysInsideTheFolder)
{
    RecipeFolder folder;
    put(folder.dir.filePath(QStringLiteral("shared/common-v2.sh")), "greet() { echo v2; }\n");
    QDir(folder.dir.path()).mkpath(QStringLiteral("lib"));
    ASSERT_TRUE(QFile::link(QStringLiteral("../shared/common-v2.sh"), folder.dir.filePath(QStringLiteral("lib/common.sh"))));
    Base::Result<Recipe> r = folder.load(R"(["lib/common.sh"])");
    ASSERT_TRUE(r.ok()) << r.error().toString().toStdString();
    EXPECT_EQ(r->files.first().content, QByteArray("greet() { echo v2; }\n"));
}

TEST(RecipeFiles, AreWrittenIntoTheJobFolderBeforeTheScriptRuns)
{
    RecipeFolder folder;
    put(folder.dir.filePath(QStringLiteral("lib/common.sh")), "greet() { echo \"hi from $ESTRAN_RECIPE\"; }\n");
    // Text that would end a plain here-document early or be expanded by an unquoted one.
    const QByteArray tricky = "line\nESTRAN_RECIPE_FILE\n$(touch pwned)\n`touch pwned`\n$HOME\n";
    put(folder.dir.filePath(QStringLiteral("data/notes.txt")), tricky);
    QByteArray binary;
    for (int i = 0; i < 256; ++i) binary.append(char(i));
    put(folder.dir.filePath(QStringLiteral("data/table.bin")), binary);
    put(folder.dir.filePath(QStringLiteral("run.py")), "#!/usr/bin/env python3\nprint('ok')\n");
    QFile::setPermissions(folder.dir.filePath(QStringLiteral("run.py")), QFile::ReadOwner | QFile::ExeOwner);
    Base::Result<Recipe> r = folder.load(R"(["lib/common.sh", "data/table.bin", "data/notes.txt", "run.py"])");
    ASSERT_TRUE(r.ok()) << r.error().toString().toStdString();
    Base::Result<Remote::JobRequest> job = r->jobRequest({});
    ASSERT_TRUE(job.ok()) << job.error().toString().toStdString();
    // The file's text never appears in the script as such: it cannot end the here-document early.
    EXPECT_FALSE(job->script.contains("touch pwned"));

    QTemporaryDir jobs;
    const QString jobDir = jobs.filePath(QStringLiteral("job 1"));
    const JobRun run = runJob(*job, jobDir);
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_EQ(run.out, QByteArray("hi from recipe\n"));
    EXPECT_EQ(contentOf(jobDir + QStringLiteral("/lib/common.sh")), contentOf(folder.dir.filePath(QStringLiteral("lib/common.sh"))));
    EXPECT_EQ(contentOf(jobDir + QStringLiteral("/data/table.bin")), binary);
    EXPECT_EQ(contentOf(jobDir + QStringLiteral("/data/notes.txt")), tricky);
    EXPECT_TRUE(QFileInfo(jobDir + QStringLiteral("/run.py")).isExecutable());
    EXPECT_FALSE(QFileInfo(jobDir + QStringLiteral("/lib/common.sh")).isExecutable());
    EXPECT_FALSE(QFile::exists(jobDir + QStringLiteral("/pwned")));
}

TEST(RecipeFiles, AFileThatCannotBeWrittenFailsTheJobNamingIt)
{
    RecipeFolder folder;
    put(folder.dir.filePath(QStringLiteral("lib/common.sh")), "greet() { echo hi; }\n");
    Base::Result<Recipe> r = folder.load(R"(["lib/common.sh"])");
    ASSERT_TRUE(r.ok()) << r.error().toString().toStdString();
    Base::Result<Remote::JobRequest> job = r->jobRequest({});
    ASSERT_TRUE(job.ok());
    QTemporaryDir jobs;
    // "lib" already taken by a plain file: the folder cannot be made.
    put(jobs.filePath(QStringLiteral("lib")), "in the way\n");
    const JobRun run = runJob(*job, jobs.path());
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains("estran: recipe recipe could not write its file 'lib/common.sh'")) << run.err.toStdString();
    EXPECT_FALSE(run.out.contains("hi"));
}

TEST(RecipeFiles, ARecipeWithoutFilesKeepsItsJobScriptAsBefore)
{
    QTemporaryDir dir;
    put(dir.filePath(QStringLiteral("plain.json")), R"({"title": "Plain", "script": "echo plain\n"})");
    Base::Result<Recipe> r = Recipe::load(dir.filePath(QStringLiteral("plain.json")));
    ASSERT_TRUE(r.ok()) << r.error().toString().toStdString();
    EXPECT_TRUE(r->files.isEmpty());
    Base::Result<Remote::JobRequest> job = r->jobRequest({});
    ASSERT_TRUE(job.ok());
    EXPECT_FALSE(job->script.contains("estran_file"));
    EXPECT_TRUE(job->script.endsWith("unset estran_tool\necho plain\n"));
}

TEST(RecipeFiles, AUserFolderOverridingABuiltInRecipeMustBringTheFilesItNames)
{
    QTemporaryDir user;
    put(user.filePath(QStringLiteral("time-mean.json")),
        R"({"title": "My mean", "script_file": "time-mean.sh", "files": ["lib/cdo-common.sh"]})");
    put(user.filePath(QStringLiteral("time-mean.sh")), ". ./lib/cdo-common.sh\n");
    put(user.filePath(QStringLiteral("mine.json")), R"({"title": "Mine", "script": "greet\n", "files": ["lib/mine.sh"]})");
    put(user.filePath(QStringLiteral("lib/mine.sh")), "greet() { echo mine; }\n");
    Remote::RecipeLibrary library;
    library.load({user.path()});
    ASSERT_EQ(library.problems().size(), 1);
    const Base::Error& problem = library.problems().first();
    EXPECT_EQ(problem.where(), user.filePath(QStringLiteral("time-mean.json")));
    EXPECT_NE(problem.message().indexOf(QStringLiteral("\"lib/cdo-common.sh\" does not exist")), -1)
        << problem.toString().toStdString();
    // The broken override is skipped: the built-in recipe stays, with its own shared file.
    const Recipe* builtIn = library.find(QStringLiteral("time-mean"));
    ASSERT_NE(builtIn, nullptr);
    EXPECT_NE(builtIn->title, QStringLiteral("My mean"));
    ASSERT_EQ(builtIn->files.size(), 1);
    EXPECT_EQ(builtIn->files.first().name, QStringLiteral("lib/cdo-common.sh"));
    const Recipe* mine = library.find(QStringLiteral("mine"));
    ASSERT_NE(mine, nullptr);
    ASSERT_EQ(mine->files.size(), 1);
    EXPECT_EQ(mine->files.first().content, QByteArray("greet() { echo mine; }\n"));
}

TEST(RecipeFiles, EveryFileOfTheRecipeSourcesIsCompiledIn)
{
    // The built-in recipes reach users (and the .deb) only inside the remote library: a file
    // added to resources/recipes but not to its resource list would be missing at run time.
    Remote::RecipeLibrary library;
    library.load({});  // registers the built-in resources
    const QString sources = QStringLiteral(ESTRAN_SOURCE_DIR "/resources/recipes");
    QStringList inSources, compiledIn;
    for (QDirIterator it(sources, QDir::Files, QDirIterator::Subdirectories); it.hasNext();)
        inSources.append(QDir(sources).relativeFilePath(it.next()));
    for (QDirIterator it(QStringLiteral(":/estran/recipes"), QDir::Files, QDirIterator::Subdirectories); it.hasNext();)
        compiledIn.append(QDir(QStringLiteral(":/estran/recipes")).relativeFilePath(it.next()));
    inSources.sort();
    compiledIn.sort();
    EXPECT_TRUE(inSources.contains(QStringLiteral("lib/cdo-common.sh")));
    EXPECT_EQ(compiledIn, inSources);
    for (const QString& name : compiledIn)
        EXPECT_EQ(contentOf(QStringLiteral(":/estran/recipes/") + name), contentOf(sources + u'/' + name))
            << name.toStdString();
}
