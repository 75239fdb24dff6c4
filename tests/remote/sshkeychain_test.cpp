// SPDX-License-Identifier: GPL-3.0-or-later
// Remembered ssh secrets against a real Secret Service: run through tests/net/run-with-keyring.sh
// (a private D-Bus session with GNOME Keyring in a temporary home) and the loopback ssh rig.
#include "estran/net/credentialstore.h"
#include "estran/remote/sshhost.h"
#include "sshrig.h"

#include <QCoreApplication>
#include <QUuid>

#include <gtest/gtest.h>

#include <mutex>

using namespace Estran;
using namespace Estran::Remote;

namespace {

struct CountingUser {
    std::mutex mutex;
    QStringList prompts;
    QString answer;
    bool remember = true;

    AskpassHandler handler()
    {
        return [this](const AskpassRequest& r) -> std::optional<AskpassAnswer> {
            std::lock_guard lock(mutex);
            prompts << r.prompt;
            if (r.kind != AskpassRequest::Kind::Secret) return std::nullopt;
            return AskpassAnswer{answer, remember};
        };
    }
    int asked()
    {
        std::lock_guard lock(mutex);
        return int(prompts.size());
    }
};

class SshKeychain : public ::testing::Test {
protected:
    void SetUp() override
    {
        ESTRAN_REQUIRE_SSH_RIG();
        ASSERT_FALSE(qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            << "run this test through tests/net/run-with-keyring.sh";
        // A fresh service per test: nothing remembered by an earlier test is found.
        m_service = QStringLiteral("Estran-test-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    }
    SshOptions options(CountingUser& user) const
    {
        SshOptions o = SshRig::instance().options(user.handler());
        o.keychainService = m_service;
        return o;
    }
    /// A new SshHost each time, disconnected at the end, so every connection authenticates.
    Base::Result<CommandOutput> connectOnce(const QString& alias, CountingUser& user)
    {
        SshHost host(SshRig::instance().profile(alias), options(user));
        auto out = host.run(QStringLiteral("id -un"));
        host.disconnect();
        return out;
    }

    QString m_service;
};

}  // namespace

TEST_F(SshKeychain, ARememberedPassphraseIsAnsweredWithoutAskingAgain)
{
    CountingUser user;
    user.answer = SshRig::instance().readFile(QStringLiteral("passphrase"));
    auto first = connectOnce(QStringLiteral("login-pass"), user);
    ASSERT_TRUE(first.ok()) << first.error().toString().toStdString();
    ASSERT_EQ(user.asked(), 1);
    const QString prompt = user.prompts.first();
    EXPECT_TRUE(prompt.contains(QStringLiteral("passphrase")));

    // Stored under the profile's host and the prompt, in the real keychain.
    const Net::CredentialStore store(m_service);
    auto stored = store.readNow(QStringLiteral("ssh:login-pass:") + prompt.trimmed());
    ASSERT_TRUE(stored.ok()) << stored.error().toString().toStdString();
    EXPECT_EQ(*stored, user.answer);

    auto second = connectOnce(QStringLiteral("login-pass"), user);
    ASSERT_TRUE(second.ok()) << second.error().toString().toStdString();
    EXPECT_EQ(second->standardOutput, "root\n");
    EXPECT_EQ(user.asked(), 1) << "the remembered passphrase should have been used";
}

TEST_F(SshKeychain, APassphraseIsNotRememberedUnlessTheUserAsks)
{
    CountingUser user;
    user.answer = SshRig::instance().readFile(QStringLiteral("passphrase"));
    user.remember = false;
    ASSERT_TRUE(connectOnce(QStringLiteral("login-pass"), user).ok());
    ASSERT_TRUE(connectOnce(QStringLiteral("login-pass"), user).ok());
    EXPECT_EQ(user.asked(), 2);
}

TEST_F(SshKeychain, AWrongRememberedPassphraseIsForgottenAndTheUserAsked)
{
    CountingUser user;
    user.answer = SshRig::instance().readFile(QStringLiteral("passphrase"));
    user.remember = false;
    // Learn the exact prompt, then plant a wrong passphrase under it.
    ASSERT_TRUE(connectOnce(QStringLiteral("login-pass"), user).ok());
    const QString key = QStringLiteral("ssh:login-pass:") + user.prompts.first().trimmed();
    const Net::CredentialStore store(m_service);
    ASSERT_TRUE(store.writeNow(key, QStringLiteral("stale passphrase")).ok());

    auto out = connectOnce(QStringLiteral("login-pass"), user);
    ASSERT_TRUE(out.ok()) << out.error().toString().toStdString();
    EXPECT_EQ(user.asked(), 2) << "after the stale answer was rejected, the user is asked once";
    auto gone = store.readNow(key);
    ASSERT_FALSE(gone.ok());
    EXPECT_EQ(gone.error().kind(), Base::Error::Kind::NotFound);
}

TEST_F(SshKeychain, AKeyboardInteractivePasswordIsRememberedToo)
{
    CountingUser user;
    user.answer = SshRig::instance().readFile(QStringLiteral("password"));
    auto first = connectOnce(QStringLiteral("login-password"), user);
    ASSERT_TRUE(first.ok()) << first.error().toString().toStdString();
    ASSERT_EQ(user.asked(), 1);
    auto second = connectOnce(QStringLiteral("login-password"), user);
    ASSERT_TRUE(second.ok()) << second.error().toString().toStdString();
    EXPECT_EQ(second->standardOutput, "estran-rig\n");
    EXPECT_EQ(user.asked(), 1);
}

int main(int argc, char** argv)
{
    // QtKeychain talks D-Bus, which needs an application object.
    QCoreApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
