// SPDX-License-Identifier: GPL-3.0-or-later
#include "estran/remote/askpass.h"
#include "estran/remote/profile.h"

#include <gtest/gtest.h>

using namespace Estran::Remote;

namespace {
AskpassRequest secret(const char* prompt) { return parseAskpassPrompt(QStringLiteral("trex"), {}, QString::fromUtf8(prompt)); }
}  // namespace

TEST(Askpass, AnUnknownHostKeyQuestionCarriesItsFingerprint)
{
    // OpenSSH 9.2's text, as SSH_ASKPASS receives it.
    const QString prompt = QStringLiteral(
        "The authenticity of host '[127.0.0.1]:40123 ([127.0.0.1]:40123)' can't be established.\n"
        "ED25519 key fingerprint is SHA256:q8Vb3Tn0X+aZ/1kL0pQmS2vW9yR7uE4tC6iO5hJ3gFA.\n"
        "This key is not known by any other names.\n"
        "Are you sure you want to continue connecting (yes/no/[fingerprint])? ");
    const AskpassRequest r = parseAskpassPrompt(QStringLiteral("login"), {}, prompt);
    EXPECT_EQ(r.kind, AskpassRequest::Kind::HostKey);
    EXPECT_EQ(r.host, QStringLiteral("login"));
    EXPECT_EQ(r.prompt, prompt);
    EXPECT_EQ(r.fingerprint, QStringLiteral("SHA256:q8Vb3Tn0X+aZ/1kL0pQmS2vW9yR7uE4tC6iO5hJ3gFA"));
    EXPECT_FALSE(mayRememberSecret(r));
}

TEST(Askpass, ConfirmAndSecretPromptsAreToldApart)
{
    EXPECT_EQ(parseAskpassPrompt(QStringLiteral("h"), QStringLiteral("confirm"), QStringLiteral("Allow use of key?")).kind,
              AskpassRequest::Kind::Confirm);
    const AskpassRequest r = secret("Enter passphrase for key '/home/me/.ssh/id_ed25519': ");
    EXPECT_EQ(r.kind, AskpassRequest::Kind::Secret);
    EXPECT_TRUE(r.fingerprint.isEmpty());
}

TEST(Askpass, OnlyPassphrasesAndPasswordsMayBeRemembered)
{
    EXPECT_TRUE(mayRememberSecret(secret("Enter passphrase for key '/home/me/.ssh/id_ed25519': ")));
    EXPECT_TRUE(mayRememberSecret(secret("(me@trex.cnes.fr) Password: ")));
    EXPECT_TRUE(mayRememberSecret(secret("me@datarmor.ifremer.fr's password: ")));
    // Codes that change at every login are never stored, even when they say "password".
    EXPECT_FALSE(mayRememberSecret(secret("One-time password (OATH) for `me': ")));
    EXPECT_FALSE(mayRememberSecret(secret("Verification code: ")));
    EXPECT_FALSE(mayRememberSecret(secret("Enter PASSCODE: ")));
    EXPECT_FALSE(mayRememberSecret(secret("OTP: ")));
    EXPECT_FALSE(mayRememberSecret(secret("Token: ")));
    EXPECT_FALSE(mayRememberSecret(secret("Enter PIN for ED25519-SK key /home/me/.ssh/id_ed25519_sk: ")));
    EXPECT_FALSE(mayRememberSecret(secret("New password: ")));
    EXPECT_FALSE(mayRememberSecret(secret("Duo two-factor login for me\n\nPasscode or option (1-2): ")));
}

TEST(Askpass, HostKeysAreAskedAboutOnlyWhenSomeoneCanAnswer)
{
    Profile p;
    p.name = QStringLiteral("t");
    p.host = QStringLiteral("trex");
    const QStringList strict = p.sshArguments(QStringLiteral("/c"));
    EXPECT_TRUE(strict.contains(QStringLiteral("StrictHostKeyChecking=yes")));
    const QStringList ask = p.sshArguments(QStringLiteral("/c"), true);
    EXPECT_TRUE(ask.contains(QStringLiteral("StrictHostKeyChecking=ask")));
    EXPECT_FALSE(ask.contains(QStringLiteral("StrictHostKeyChecking=yes")));
    EXPECT_EQ(ask.last(), QStringLiteral("trex"));
}
