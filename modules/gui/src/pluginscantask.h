// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "estran/base/task.h"
#include "estran/catalog/providerplugininfo.h"
#include "estran/data/readerplugininfo.h"

#include <QList>
#include <QSet>
#include <QString>

namespace Estran::Gui {

/// What the Plugins dialog shows, read on a worker: looking for plugins reads every library's
/// metadata section and the folders, which the GUI thread must not wait for. Both kinds of
/// plugin: readers (Data::ReaderRegistry) and catalogue providers (Catalog::ProviderRegistry).
/// Optionally rescans the folders first, or loads one reader plugin (a user checking that it
/// works; provider plugins have no such door yet and load when a provider of theirs is made).
class PluginScanTask final : public Base::Task {
public:
    enum class Action { List, Rescan, Load };

    struct Folder {
        enum class Origin { Environment, User, Estran };
        QString path;
        Origin origin = Origin::Estran;
        bool exists = false;
    };

    /// `pluginId` is the plugin to load for Action::Load.
    explicit PluginScanTask(Action action, QString pluginId = {});

    Action action() const { return m_action; }
    const QString& pluginId() const { return m_pluginId; }
    /// Valid once finished() was emitted.
    const QList<Folder>& folders() const { return m_folders; }
    const QList<Data::ReaderPluginInfo>& plugins() const { return m_plugins; }
    const QList<Catalog::ProviderPluginInfo>& providerPlugins() const { return m_providers; }
    /// Both kinds' errors, each file's problem once (a file that is no Estran plugin at all is
    /// reported by every kind).
    const QList<Base::Error>& errors() const { return m_errors; }
    const QString& userFolder() const { return m_userFolder; }
    /// Plugin files listed (plugins or errors) that are no longer on disk: the registries keep
    /// what they found until Estran restarts, even across a rescan.
    const QSet<QString>& missingFiles() const { return m_missing; }

protected:
    std::optional<Base::Error> run(Base::Feedback* feedback) override;

private:
    Action m_action;
    QString m_pluginId;
    QList<Folder> m_folders;
    QList<Data::ReaderPluginInfo> m_plugins;
    QList<Catalog::ProviderPluginInfo> m_providers;
    QList<Base::Error> m_errors;
    QString m_userFolder;
    QSet<QString> m_missing;
};

}  // namespace Estran::Gui
