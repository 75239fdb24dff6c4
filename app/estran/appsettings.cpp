// SPDX-License-Identifier: GPL-3.0-or-later
#include "appsettings.h"

#include <QFileInfo>
#include <QSettings>

namespace Estran::App {

namespace {
const QString kLanguage = QStringLiteral("ui/language");
const QString kColormap = QStringLiteral("map/defaultColormap");
const QString kCacheBudget = QStringLiteral("cache/budgetMiB");
const QString kRecent = QStringLiteral("files/recent");
}  // namespace

QString AppSettings::language() { return QSettings().value(kLanguage).toString(); }

void AppSettings::setLanguage(const QString& code) { QSettings().setValue(kLanguage, code); }

QString AppSettings::defaultColormap()
{
    return QSettings().value(kColormap, QStringLiteral("thermal")).toString();
}

void AppSettings::setDefaultColormap(const QString& name) { QSettings().setValue(kColormap, name); }

int AppSettings::cacheBudgetMiB()
{
    // 256 MiB holds 64 steps of a global 0.25° grid; a step not in it is read again in about
    // 5 ms, so a larger default mostly adds memory (issue #3: flat memory while playing).
    return std::clamp(QSettings().value(kCacheBudget, 256).toInt(), 16, 65536);
}

void AppSettings::setCacheBudgetMiB(int mib) { QSettings().setValue(kCacheBudget, mib); }

QStringList AppSettings::recentFiles() { return QSettings().value(kRecent).toStringList(); }

void AppSettings::addRecentFile(const QString& path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList files = recentFiles();
    files.removeAll(absolute);
    files.prepend(absolute);
    while (files.size() > maxRecentFiles()) files.removeLast();
    QSettings().setValue(kRecent, files);
}

void AppSettings::clearRecentFiles() { QSettings().remove(kRecent); }

}  // namespace Estran::App
