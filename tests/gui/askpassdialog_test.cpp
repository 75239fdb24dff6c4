// SPDX-License-Identifier: GPL-3.0-or-later
#include "estran/gui/askpassdialog.h"
#include "estran/gui/askpassprompter.h"
#include "estran/gui/hostkeydialog.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

#include <optional>
#include <thread>

using namespace Estran;
using Kind = Remote::AskpassRequest::Kind;

namespace {

Remote::AskpassRequest request(Kind kind, const QString& prompt, const QString& fingerprint = {})
{
    Remote::AskpassRequest r;
    r.kind = kind;
    r.host = QStringLiteral("trex.cnes.fr");
    r.prompt = prompt;
    r.fingerprint = fingerprint;
    return r;
}

const QString kFingerprint = QStringLiteral("SHA256:nThbg6kXUpJWGl7E1IGOCspRomTxdCARLviKw6E5SY8");

}  // namespace

TEST(HostKeyDialog, ShowsTheFingerprintAndRejectIsTheDefault)
{
    Gui::HostKeyDialog dialog(request(Kind::HostKey,
                                      QStringLiteral("The authenticity of host 'trex.cnes.fr' can't be established."),
                                      kFingerprint));
    EXPECT_EQ(dialog.fingerprintLabel()->text(), kFingerprint);
    EXPECT_TRUE(dialog.windowTitle().contains(QStringLiteral("trex.cnes.fr")));
    EXPECT_TRUE(dialog.rejectButton()->isDefault());
    EXPECT_FALSE(dialog.acceptButton()->isDefault());
    dialog.show();
    // Enter presses the default button: the key is not trusted.
    QTest::keyClick(&dialog, Qt::Key_Return);
    EXPECT_EQ(dialog.result(), QDialog::Rejected);
    EXPECT_EQ(dialog.answer().text, QStringLiteral("no"));
}

TEST(HostKeyDialog, AcceptingAnswersYes)
{
    Gui::HostKeyDialog dialog(request(Kind::HostKey, QStringLiteral("Are you sure?"), kFingerprint));
    dialog.show();
    dialog.acceptButton()->click();
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(dialog.answer().text, QStringLiteral("yes"));
}

TEST(AskpassDialog, MasksThePassphraseAndOffersTheKeychain)
{
    Gui::AskpassDialog dialog(request(Kind::Secret, QStringLiteral("Enter passphrase for key '/home/u/.ssh/id_ed25519':")));
    ASSERT_TRUE(dialog.secretField());
    EXPECT_EQ(dialog.secretField()->echoMode(), QLineEdit::Password);
    EXPECT_TRUE(dialog.rememberBox()->isVisibleTo(&dialog));
    dialog.secretField()->setText(QStringLiteral("s3cret 'quoted'"));
    dialog.rememberBox()->setChecked(true);
    const Remote::AskpassAnswer a = dialog.answer();
    EXPECT_EQ(a.text, QStringLiteral("s3cret 'quoted'"));
    EXPECT_TRUE(a.remember);
}

TEST(AskpassDialog, NeverOffersToRememberAOneTimeCode)
{
    Gui::AskpassDialog dialog(request(Kind::Secret, QStringLiteral("Verification code:")));
    EXPECT_EQ(dialog.secretField()->echoMode(), QLineEdit::Password);
    EXPECT_FALSE(dialog.rememberBox()->isVisibleTo(&dialog));
    dialog.rememberBox()->setChecked(true);  // even if forced, the answer does not ask to keep it
    dialog.secretField()->setText(QStringLiteral("123456"));
    EXPECT_FALSE(dialog.answer().remember);
}

TEST(AskpassPrompter, AnswersAWorkerThreadFromADialogOnTheGuiThread)
{
    Gui::AskpassPrompter prompter(nullptr);
    const Remote::AskpassHandler handler = prompter.handler();
    std::optional<Remote::AskpassAnswer> answer;
    std::atomic<bool> done{false};
    QSignalSpy shown(&prompter, &Gui::AskpassPrompter::dialogShown);
    std::thread worker([&] {
        answer = handler(request(Kind::Secret, QStringLiteral("Password:")));
        done = true;
    });
    ASSERT_TRUE(QTest::qWaitFor([&] { return shown.count() == 1; }, 5000));
    auto* dialog = qobject_cast<Gui::AskpassDialog*>(shown.at(0).at(0).value<QDialog*>());
    ASSERT_TRUE(dialog);
    EXPECT_EQ(prompter.openDialogs().size(), 1);
    dialog->secretField()->setText(QStringLiteral("hunter2"));
    dialog->accept();
    ASSERT_TRUE(QTest::qWaitFor([&] { return done.load(); }, 5000));
    worker.join();
    ASSERT_TRUE(answer);
    EXPECT_EQ(answer->text, QStringLiteral("hunter2"));
}

TEST(AskpassPrompter, ARejectedHostKeyIsARefusal)
{
    Gui::AskpassPrompter prompter(nullptr);
    const Remote::AskpassHandler handler = prompter.handler();
    std::optional<Remote::AskpassAnswer> answer{Remote::AskpassAnswer{}};
    std::atomic<bool> done{false};
    QSignalSpy shown(&prompter, &Gui::AskpassPrompter::dialogShown);
    std::thread worker([&] {
        answer = handler(request(Kind::HostKey, QStringLiteral("Unknown key"), kFingerprint));
        done = true;
    });
    ASSERT_TRUE(QTest::qWaitFor([&] { return shown.count() == 1; }, 5000));
    auto* dialog = qobject_cast<Gui::HostKeyDialog*>(shown.at(0).at(0).value<QDialog*>());
    ASSERT_TRUE(dialog);
    dialog->rejectButton()->click();
    ASSERT_TRUE(QTest::qWaitFor([&] { return done.load(); }, 5000));
    worker.join();
    EXPECT_FALSE(answer);
}

TEST(AskpassPrompter, DestroyingThePrompterReleasesAWaitingWorker)
{
    auto prompter = std::make_unique<Gui::AskpassPrompter>(nullptr);
    const Remote::AskpassHandler handler = prompter->handler();
    std::optional<Remote::AskpassAnswer> answer{Remote::AskpassAnswer{}};
    std::atomic<bool> done{false};
    QSignalSpy shown(prompter.get(), &Gui::AskpassPrompter::dialogShown);
    std::thread worker([&] {
        answer = handler(request(Kind::Secret, QStringLiteral("Password:")));
        done = true;
    });
    ASSERT_TRUE(QTest::qWaitFor([&] { return shown.count() == 1; }, 5000));
    prompter.reset();
    ASSERT_TRUE(QTest::qWaitFor([&] { return done.load(); }, 5000));
    worker.join();
    EXPECT_FALSE(answer);
    // A handler that outlived its prompter refuses at once instead of waiting forever.
    std::thread late([&] { answer = handler(request(Kind::Secret, QStringLiteral("Password:"))); });
    late.join();
    EXPECT_FALSE(answer);
}

TEST(AskpassPrompter, RefusesOnTheGuiThreadInsteadOfWaitingForItself)
{
    Gui::AskpassPrompter prompter(nullptr);
    EXPECT_FALSE(prompter.handler()(request(Kind::Secret, QStringLiteral("Password:"))));
    EXPECT_TRUE(prompter.openDialogs().isEmpty());
}
