// SPDX-License-Identifier: GPL-3.0-or-later
#include "estran/remote/askpass.h"

#include <QRegularExpression>

namespace Estran::Remote {

AskpassRequest parseAskpassPrompt(const QString& host, const QString& sshPromptKind, const QString& prompt)
{
    AskpassRequest request;
    request.host = host;
    request.prompt = prompt;
    // ssh's text: "The authenticity of host '...' can't be established.\nED25519 key fingerprint
    // is SHA256:....\n...Are you sure you want to continue connecting (yes/no/[fingerprint])?"
    static const QRegularExpression fingerprint(QStringLiteral("key fingerprint is ((?:SHA256|MD5):[A-Za-z0-9+/=:]+)"));
    const QRegularExpressionMatch m = fingerprint.match(prompt);
    if (m.hasMatch() || prompt.contains(QStringLiteral("authenticity of host"))) {
        request.kind = AskpassRequest::Kind::HostKey;
        request.fingerprint = m.captured(1);
    } else if (sshPromptKind.compare(QStringLiteral("confirm"), Qt::CaseInsensitive) == 0) {
        request.kind = AskpassRequest::Kind::Confirm;
    } else {
        request.kind = AskpassRequest::Kind::Secret;
    }
    return request;
}

bool mayRememberSecret(const AskpassRequest& request)
{
    if (request.kind != AskpassRequest::Kind::Secret) return false;
    // Anything that may change at each login is never stored, even if it also says "password".
    static const QRegularExpression changing(
        QStringLiteral("one[- ]?time|\\botp\\b|token|code|verification|passcode|\\bpin\\b|challenge|"
                       "authenticator|duo|yubikey|new password|\\(current\\)|retype"),
        QRegularExpression::CaseInsensitiveOption);
    if (changing.match(request.prompt).hasMatch()) return false;
    static const QRegularExpression stable(QStringLiteral("^enter passphrase for|password:$"),
                                           QRegularExpression::CaseInsensitiveOption);
    return stable.match(request.prompt.trimmed()).hasMatch();
}

}  // namespace Estran::Remote
