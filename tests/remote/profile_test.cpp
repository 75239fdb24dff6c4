// SPDX-License-Identifier: GPL-3.0-or-later
#include "estran/remote/profile.h"

#include <QDir>
#include <QJsonDocument>

#include <gtest/gtest.h>

using namespace Estran::Remote;

TEST(Profile, LoadsTheShippedTemplates)
{
    const QDir dir(QStringLiteral(ESTRAN_SOURCE_DIR "/resources/profiles"));
    for (const QString& name : {QStringLiteral("local.json"), QStringLiteral("trex.json"), QStringLiteral("datarmor.json")}) {
        auto p = Profile::load(dir.filePath(name));
        ASSERT_TRUE(p.ok()) << p.error().toString().toStdString();
    }
    auto datarmor = Profile::load(dir.filePath(QStringLiteral("datarmor.json")));
    EXPECT_EQ(datarmor->scheduler, Profile::Scheduler::Pbs);
    EXPECT_EQ(datarmor->partition, QStringLiteral("sequentiel"));
    auto trex = Profile::load(dir.filePath(QStringLiteral("trex.json")));
    EXPECT_EQ(trex->scheduler, Profile::Scheduler::Slurm);
    EXPECT_EQ(trex->partition, QStringLiteral("cpu2022"));
}

TEST(Profile, NamesTheFileAndTheFieldOfAMistake)
{
    auto bad = Profile::fromJson(QJsonDocument::fromJson(R"({"name":"x","scheduler":"sge","work_dir":"/w"})").object(),
                                 QStringLiteral("/p.json"));
    ASSERT_FALSE(bad.ok());
    EXPECT_EQ(bad.error().where(), QStringLiteral("/p.json"));
    EXPECT_TRUE(bad.error().message().contains(QStringLiteral("scheduler")));
    auto typo = Profile::fromJson(
        QJsonDocument::fromJson(R"({"name":"x","scheduler":"local","work_dir":"/w","partiton":"a"})").object(), {});
    ASSERT_FALSE(typo.ok());
    EXPECT_TRUE(typo.error().message().contains(QStringLiteral("partiton")));
}

TEST(Profile, BuildsSshArgumentsThatKeepTheUsersConfigAndCheckHostKeys)
{
    auto p = Profile::fromJson(QJsonDocument::fromJson(
                                   R"({"name":"t","host":"trex","scheduler":"slurm","work_dir":"/w","user":"me",
                                       "port":2222,"proxy_jump":"bastion","ssh_config":"/etc/estran/ssh_config"})")
                                   .object(),
                               {});
    ASSERT_TRUE(p.ok());
    const QStringList args = p->sshArguments(QStringLiteral("/tmp/estran-ssh-%C"));
    EXPECT_TRUE(args.contains(QStringLiteral("StrictHostKeyChecking=yes")));
    EXPECT_TRUE(args.contains(QStringLiteral("ControlPath=/tmp/estran-ssh-%C")));
    EXPECT_EQ(args.mid(args.indexOf(QStringLiteral("-J")), 2), (QStringList{QStringLiteral("-J"), QStringLiteral("bastion")}));
    EXPECT_EQ(args.last(), QStringLiteral("me@trex"));
    auto back = Profile::fromJson(p->toJson(), {});
    ASSERT_TRUE(back.ok());
    EXPECT_EQ(back->sshArguments(QStringLiteral("x")), p->sshArguments(QStringLiteral("x")));
}

TEST(Profile, RefusesValuesThatSshWouldReadAsOptions)
{
    for (const char* json : {R"({"name":"x","scheduler":"slurm","work_dir":"/w","host":"-oProxyCommand=touch /tmp/pwned"})",
                             R"({"name":"x","scheduler":"slurm","work_dir":"/w","host":"trex","proxy_jump":"-oProxyCommand=x"})",
                             R"({"name":"x","scheduler":"slurm","work_dir":"/w","host":"trex","user":"-F/tmp/evil"})"}) {
        auto bad = Profile::fromJson(QJsonDocument::fromJson(json).object(), QStringLiteral("/shared.json"));
        ASSERT_FALSE(bad.ok()) << json;
        EXPECT_TRUE(bad.error().message().contains(QStringLiteral("'-'"))) << bad.error().message().toStdString();
    }
}
