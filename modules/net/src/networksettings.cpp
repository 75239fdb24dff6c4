// SPDX-License-Identifier: GPL-3.0-or-later
#include "estran/net/networksettings.h"

#include <QCoreApplication>

namespace Estran::Net {

NetworkSettings NetworkSettings::defaults()
{
    NetworkSettings s;
    QString version = QCoreApplication::applicationVersion();
    if (version.isEmpty()) version = QStringLiteral("0");
    s.userAgent = QStringLiteral("Estran/%1 (+libcurl)").arg(version);
    return s;
}

}  // namespace Estran::Net
