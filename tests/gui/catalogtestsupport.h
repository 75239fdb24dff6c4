// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Shared set-up of the catalogue UI tests: settings and config files in a temporary directory,
// so a test never reads or writes the user's real Estran configuration.

#include <QCoreApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace Estran::Test {

inline const QTemporaryDir& isolatedSettings()
{
    static QTemporaryDir dir;
    static const bool done = [] {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("EstranTests"));
        QCoreApplication::setApplicationName(QStringLiteral("estran_catalog_gui_test"));
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir.path());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, dir.path());
        return true;
    }();
    Q_UNUSED(done)
    return dir;
}

}  // namespace Estran::Test
