// SPDX-License-Identifier: GPL-3.0-or-later
#include "estran/gui/remoteprofiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSet>
#include <QStandardPaths>

namespace Estran::Gui {

namespace {

void addFolder(QList<RemoteProfiles::Entry>& list, const QString& folder, bool templates, QSet<QString>& seenNames)
{
    if (folder.isEmpty()) return;
    const QDir dir(folder);
    for (const QString& name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        RemoteProfiles::Entry e;
        e.path = dir.absoluteFilePath(name);
        e.isTemplate = templates;
        auto loaded = Remote::Profile::load(e.path);
        if (loaded) {
            e.profile = *loaded;
            // The shipped local.json is the embedded default already listed first.
            if (templates && e.profile.scheduler == Remote::Profile::Scheduler::Local && e.profile.host.isEmpty()) continue;
            // A template the user copied without renaming would be listed twice.
            if (templates && seenNames.contains(e.profile.name)) continue;
        } else {
            e.profile.name = QFileInfo(name).completeBaseName();
            e.error = loaded.error();
        }
        seenNames.insert(e.profile.name);
        list.append(e);
    }
}

}  // namespace

Remote::Profile RemoteProfiles::embeddedDefault()
{
    return Remote::Profile::thisComputer();
}

QString RemoteProfiles::defaultUserDirectory()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation))
        .filePath(QStringLiteral("Estran/profiles"));
}

QStringList RemoteProfiles::defaultTemplateDirectories()
{
    QStringList dirs;
    const QString installed =
        QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("../share/estran/profiles"));
    if (QFileInfo(installed).isDir()) dirs << QDir::cleanPath(installed);
    const QString system = QStandardPaths::locate(QStandardPaths::GenericDataLocation, QStringLiteral("estran/profiles"),
                                                  QStandardPaths::LocateDirectory);
    if (!system.isEmpty() && !dirs.contains(QDir::cleanPath(system))) dirs << QDir::cleanPath(system);
#ifdef ESTRAN_SOURCE_PROFILES_DIR
    // A development build runs from the build tree, where nothing is installed yet.
    if (dirs.isEmpty() && QFileInfo(QStringLiteral(ESTRAN_SOURCE_PROFILES_DIR)).isDir()) {
        dirs << QStringLiteral(ESTRAN_SOURCE_PROFILES_DIR);
    }
#endif
    return dirs;
}

QList<RemoteProfiles::Entry> RemoteProfiles::load(const QString& userDirectory, const QStringList& templateDirectories)
{
    QList<Entry> list;
    Entry local;
    local.profile = embeddedDefault();
    list.append(local);
    QSet<QString> seen;
    addFolder(list, userDirectory, false, seen);
    for (const QString& dir : templateDirectories) addFolder(list, dir, true, seen);
    return list;
}

}  // namespace Estran::Gui
