// SPDX-License-Identifier: GPL-3.0-or-later
#include "remoteloadtask.h"

#include "estran/base/feedback.h"
#include "estran/gui/remotejobsdock.h"

#include <QDir>

namespace Estran::Gui {

RemoteLoadTask::RemoteLoadTask(Request request)
    : Base::Task(RemoteJobsDock::tr("Reading remote profiles and jobs")), m_request(std::move(request))
{
}

std::optional<Base::Error> RemoteLoadTask::run(Base::Feedback* feedback)
{
    // The panel watches this folder for edits, so it must exist before the first look.
    QDir().mkpath(m_request.profilesDirectory);
    if (!m_request.templateDirectories) m_request.templateDirectories = RemoteProfiles::defaultTemplateDirectories();
    m_profiles = RemoteProfiles::load(m_request.profilesDirectory, *m_request.templateDirectories);
    if (feedback->isCancelled()) return Base::Error::cancelled(m_request.profilesDirectory);
    if (m_request.recipeFolders) {
        m_recipes.load(*m_request.recipeFolders);
        m_problems += m_recipes.problems();
    }
    if (m_request.journalDirectory) {
        QList<Base::Error> unreadable;
        m_entries = Remote::JobJournal(*m_request.journalDirectory).entries(&unreadable);
        m_problems += unreadable;
        // Jobs submitted with estran-cli may name a profile file outside the profiles folder.
        for (const Remote::JournalEntry& entry : m_entries) {
            if (entry.profilePath.isEmpty() || m_entryProfiles.contains(entry.profilePath)) continue;
            if (feedback->isCancelled()) return Base::Error::cancelled(*m_request.journalDirectory);
            EntryProfile read;
            Base::Result<Remote::Profile> loaded = Remote::Profile::load(entry.profilePath);
            if (loaded) read.profile = *loaded;
            else read.error = RemoteJobsDock::tr("%1: %2").arg(loaded.error().where(), loaded.error().message());
            m_entryProfiles.insert(entry.profilePath, read);
        }
    }
    return std::nullopt;
}

}  // namespace Estran::Gui
