// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace Estran::App {

/// The preferences of the `estran` application, stored with QSettings (organisation "Estran",
/// application "estran"). Keys live here only, so the Settings dialog, the startup code and the
/// recent-files menu cannot disagree about them.
struct AppSettings {
    /// "" (follow the system locale), "en" or "fr". Takes effect at the next start.
    static QString language();
    static void setLanguage(const QString& code);

    /// Colour map for newly shown variables.
    static QString defaultColormap();
    static void setDefaultColormap(const QString& name);

    /// Memory for decoded slices, in MiB.
    static int cacheBudgetMiB();
    static void setCacheBudgetMiB(int mib);

    /// Most recent first, at most maxRecentFiles().
    static QStringList recentFiles();
    static void addRecentFile(const QString& path);
    static void clearRecentFiles();
    static constexpr int maxRecentFiles() { return 10; }
};

}  // namespace Estran::App
