// SPDX-License-Identifier: GPL-3.0-or-later
#include "remotesubmittask.h"

#include "estran/base/feedback.h"
#include "estran/gui/remotejobsdock.h"

#include <QDir>

namespace Estran::Gui {

RemoteSubmitTask::RemoteSubmitTask(std::shared_ptr<Remote::RemoteHost> host, Remote::Profile profile,
                                   Remote::JobRequest request, Remote::JournalEntry entry, QString journalDirectory,
                                   QString resultsDirectory)
    : RemoteSchedulerTask(RemoteJobsDock::tr("Submitting %1").arg(request.name), std::move(host), std::move(profile)),
      m_request(std::move(request)), m_entry(std::move(entry)),
      m_journal(std::move(journalDirectory)), m_results(std::move(resultsDirectory))
{
}

std::optional<Base::Error> RemoteSubmitTask::run(Base::Feedback* feedback)
{
    auto scheduler = this->scheduler();
    if (!scheduler) return scheduler.error();
    // A cancel stops the submission up to the moment the job is handed to the scheduler.
    auto submitted = (*scheduler)->submit(m_request, feedback);
    if (!submitted) return submitted.error();
    m_entry.job = *submitted;
    m_entry.submitted = QDateTime::currentDateTimeUtc();
    m_entry.last.id = submitted->id;
    m_entry.last.name = m_request.name;
    m_entry.last.queue = m_request.queue;
    m_entry.last.state = Remote::JobState::Queued;
    m_entry.last.submitted = m_entry.submitted;
    const Remote::JobJournal journal(m_journal);
    // The key comes from the first save; the results folder is named after it.
    if (auto saved = journal.save(m_entry); !saved) return journal.notRecorded(m_entry.job, saved.error());
    m_entry.fetchDir = QDir(m_results).filePath(m_entry.key);
    if (!QDir().mkpath(m_entry.fetchDir)) {
        return Base::Error(Base::Error::Kind::Io, m_entry.fetchDir, RemoteJobsDock::tr("Cannot create the results folder"));
    }
    if (auto saved = journal.save(m_entry); !saved) return journal.notRecorded(m_entry.job, saved.error());
    return std::nullopt;
}

}  // namespace Estran::Gui
