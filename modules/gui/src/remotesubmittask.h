// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "remoteschedulertask.h"

#include "estran/remote/jobjournal.h"

#include <QString>

namespace Estran::Gui {

/// Submitting, for the remote jobs panel: the scheduler writes the job folder and submits; the
/// journal entry is written here too, so a job is never submitted without being remembered.
/// entry() (with its journal key and results folder) is read in the finished() slot.
class RemoteSubmitTask final : public RemoteSchedulerTask {
public:
    RemoteSubmitTask(std::shared_ptr<Remote::RemoteHost> host, Remote::Profile profile, Remote::JobRequest request,
                     Remote::JournalEntry entry, QString journalDirectory, QString resultsDirectory);
    const Remote::JournalEntry& entry() const { return m_entry; }

protected:
    std::optional<Base::Error> run(Base::Feedback* feedback) override;

private:
    Remote::JobRequest m_request;
    Remote::JournalEntry m_entry;
    QString m_journal;
    QString m_results;
};

}  // namespace Estran::Gui
