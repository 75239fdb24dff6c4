// SPDX-License-Identifier: GPL-3.0-or-later
// `estran-cli remote` on the "This computer" profile, run as a user would.
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace {

struct CliRun {
    int exitCode = -1;
    QByteArray out, err;
};

CliRun cli(const QStringList& args)
{
    QProcess p;
    p.start(QStringLiteral(ESTRAN_BINARY_DIR "/bin/estran-cli"), QStringList{QStringLiteral("remote")} + args);
    p.waitForFinished(60000);
    return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
}

QString write(const QTemporaryDir& dir, const QString& name, const QByteArray& text)
{
    QFile f(dir.filePath(name));
    EXPECT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(text);
    return f.fileName();
}

}  // namespace

TEST(CliRemote, FollowsALocalJobAndBringsItsResultsBack)
{
    QTemporaryDir dir;
    const QString profile = write(dir, QStringLiteral("p.json"),
                                  QStringLiteral(R"({"name":"t","scheduler":"local","work_dir":"%1"})")
                                      .arg(dir.filePath(QStringLiteral("work"))).toUtf8());
    const QString script = write(dir, QStringLiteral("job.sh"),
                                 "echo 'first line'\necho 7 > \"$ESTRAN_OUTPUT_DIR/series 1.csv\"\nsleep 0.3\necho 'last line'\n");
    const QString fetched = dir.filePath(QStringLiteral("fetched"));
    const CliRun r = cli({QStringLiteral("submit"), QStringLiteral("--profile"), profile, QStringLiteral("--script"), script,
                          QStringLiteral("--follow"), QStringLiteral("--fetch"), fetched});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(r.out, QByteArray("first line\nlast line\n"));
    QFile result(QDir(fetched).filePath(QStringLiteral("series 1.csv")));
    ASSERT_TRUE(result.open(QIODevice::ReadOnly));
    EXPECT_EQ(result.readAll(), QByteArray("7\n"));

    const CliRun list = cli({QStringLiteral("list"), QStringLiteral("--profile"), profile, QStringLiteral("--json")});
    ASSERT_EQ(list.exitCode, 0);
    const QJsonArray jobs = QJsonDocument::fromJson(list.out).array();
    ASSERT_EQ(jobs.size(), 1);
    EXPECT_EQ(jobs.first().toObject().value(QStringLiteral("state")).toString(), QStringLiteral("completed"));
}

TEST(CliRemote, ExitsNonZeroAndShowsTheOutputOfAFailedJob)
{
    QTemporaryDir dir;
    const QString profile = write(dir, QStringLiteral("p.json"),
                                  QStringLiteral(R"({"name":"t","scheduler":"local","work_dir":"%1"})")
                                      .arg(dir.filePath(QStringLiteral("work"))).toUtf8());
    const QString script = write(dir, QStringLiteral("job.sh"), "echo 'cannot open input.nc' >&2\nexit 2\n");
    const CliRun r = cli({QStringLiteral("submit"), QStringLiteral("--profile"), profile, QStringLiteral("--script"), script,
                          QStringLiteral("--follow")});
    EXPECT_NE(r.exitCode, 0);
    EXPECT_TRUE(r.err.contains("cannot open input.nc")) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains("exit code 2")) << r.err.toStdString();
}

TEST(CliRemote, NamesTheProfileFieldThatIsWrong)
{
    QTemporaryDir dir;
    const QString profile = write(dir, QStringLiteral("p.json"), R"({"name":"t","scheduler":"lsf","work_dir":"/w"})");
    const CliRun r = cli({QStringLiteral("list"), QStringLiteral("--profile"), profile});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.startsWith(profile.toUtf8() + ": ")) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains("scheduler"));
}
