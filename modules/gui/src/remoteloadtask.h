// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "estran/base/task.h"
#include "estran/gui/remoteprofiles.h"
#include "estran/remote/jobjournal.h"
#include "estran/remote/profile.h"
#include "estran/remote/recipelibrary.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Estran::Gui {

/// Reads from disk, on a worker, what the remote jobs panel shows, so the GUI thread never reads
/// a file: the profiles (the user's folder, created if missing, and the templates) and, when
/// asked, the job journal with the profile files its entries name, and the recipes. The results
/// are read in the finished() slot, on the GUI thread.
class RemoteLoadTask final : public Base::Task {
public:
    struct Request {
        QString profilesDirectory;
        /// unset: RemoteProfiles::defaultTemplateDirectories(), looked up here since it asks the disk
        std::optional<QStringList> templateDirectories;
        std::optional<QString> journalDirectory;      ///< unset: the journal is not read
        std::optional<QStringList> recipeFolders;     ///< unset: the recipes are not read
    };
    /// A profile file named by a journal entry, as read now (or why it does not load).
    struct EntryProfile {
        std::optional<Remote::Profile> profile;
        QString error;
    };

    explicit RemoteLoadTask(Request request);

    const Request& request() const { return m_request; }
    const QList<RemoteProfiles::Entry>& profiles() const { return m_profiles; }
    const QList<Remote::JournalEntry>& entries() const { return m_entries; }
    /// By profile file path (entries of "This computer" have none).
    const QHash<QString, EntryProfile>& entryProfiles() const { return m_entryProfiles; }
    const Remote::RecipeLibrary& recipes() const { return m_recipes; }
    /// Journal files and recipes that did not load (logged, not fatal).
    const QList<Base::Error>& problems() const { return m_problems; }

protected:
    std::optional<Base::Error> run(Base::Feedback* feedback) override;

private:
    Request m_request;
    QList<RemoteProfiles::Entry> m_profiles;
    QList<Remote::JournalEntry> m_entries;
    QHash<QString, EntryProfile> m_entryProfiles;
    Remote::RecipeLibrary m_recipes;
    QList<Base::Error> m_problems;
};

}  // namespace Estran::Gui
