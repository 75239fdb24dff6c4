// SPDX-License-Identifier: GPL-3.0-or-later
#include "pluginscantask.h"

#include "estran/base/plugincatalog.h"

#include "estran/base/feedback.h"
#include "estran/catalog/providerregistry.h"
#include "estran/data/readerregistry.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSet>

namespace Estran::Gui {

namespace {

QString taskName(PluginScanTask::Action action, const QString& id)
{
    switch (action) {
    case PluginScanTask::Action::Load:
        return QCoreApplication::translate("Estran::Gui", "Loading plugin %1").arg(id);
    case PluginScanTask::Action::Rescan:
    case PluginScanTask::Action::List:
        break;
    }
    return QCoreApplication::translate("Estran::Gui", "Looking for plugins");
}

QString canonicalDir(const QString& path)
{
    const QFileInfo info(path);
    return info.isDir() ? info.canonicalFilePath() : QString();
}

}  // namespace

PluginScanTask::PluginScanTask(Action action, QString pluginId)
    : Base::Task(taskName(action, pluginId)), m_action(action), m_pluginId(std::move(pluginId))
{
}

std::optional<Base::Error> PluginScanTask::run(Base::Feedback* feedback)
{
    Data::ReaderRegistry& registry = Data::ReaderRegistry::instance();
    Catalog::ProviderRegistry& providers = Catalog::ProviderRegistry::instance();
    if (m_action == Action::Rescan) {
        registry.rescanPlugins();
        providers.rescanPlugins();
    }
    // A failed load is shown on the plugin's row (plugins() carries its loadError), so the
    // task itself succeeds: the listing is what the dialog waits for.
    if (m_action == Action::Load) (void)registry.loadPlugin(m_pluginId);
    if (feedback->isCancelled()) return Base::Error::cancelled();
    m_plugins = registry.plugins();
    m_providers = providers.plugins();
    m_errors = Base::PluginCatalog::mergedErrors({registry.pluginErrors(), providers.pluginErrors()});

    auto checkFile = [this](const QString& file) {
        if (!file.isEmpty() && !QFileInfo::exists(file)) m_missing.insert(file);
    };
    for (const Data::ReaderPluginInfo& p : m_plugins) checkFile(p.file);
    for (const Catalog::ProviderPluginInfo& p : m_providers) checkFile(p.file);
    for (const Base::Error& e : m_errors) checkFile(e.where());

    // pluginDirectories() lists the folders that exist; ESTRAN_PLUGIN_PATH's and the user's are
    // named even when missing, a missing folder being the usual reason a plugin is not found.
    QSet<QString> named;
    const QString env = qEnvironmentVariable("ESTRAN_PLUGIN_PATH");
    for (const QString& dir : env.split(QDir::listSeparator(), Qt::SkipEmptyParts)) {
        const QString c = canonicalDir(dir);
        m_folders.append({c.isEmpty() ? QDir(dir).absolutePath() : c, Folder::Origin::Environment, !c.isEmpty()});
        if (!c.isEmpty()) named.insert(c);
    }
    m_userFolder = Data::ReaderRegistry::userPluginDirectory();
    if (!m_userFolder.isEmpty()) {
        const QString c = canonicalDir(m_userFolder);
        if (c.isEmpty() || !named.contains(c))
            m_folders.append({c.isEmpty() ? m_userFolder : c, Folder::Origin::User, !c.isEmpty()});
        if (!c.isEmpty()) named.insert(c);
    }
    for (const QString& dir : Data::ReaderRegistry::pluginDirectories()) {
        if (!named.contains(dir)) m_folders.append({dir, Folder::Origin::Estran, true});
    }
    return std::nullopt;
}

}  // namespace Estran::Gui
