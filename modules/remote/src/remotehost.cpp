// SPDX-License-Identifier: GPL-3.0-or-later
#include "estran/remote/remotehost.h"

namespace Estran::Remote {

RemoteHost::~RemoteHost() = default;

QString shellQuote(const QString& value)
{
    // Single quotes keep every byte literal in sh, bash, zsh and (non-interactive) csh; the only
    // character that cannot appear inside them is the quote itself, closed, escaped and reopened.
    QString quoted;
    quoted.reserve(value.size() + 2);
    quoted += u'\'';
    for (const QChar c : value) {
        if (c == u'\'') quoted += QStringLiteral("'\\''");
        else quoted += c;
    }
    quoted += u'\'';
    return quoted;
}

}  // namespace Estran::Remote
