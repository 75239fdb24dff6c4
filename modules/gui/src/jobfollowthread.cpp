// SPDX-License-Identifier: GPL-3.0-or-later
#include "estran/gui/jobfollowthread.h"

#include "estran/base/feedback.h"
#include "estran/base/log.h"
#include "estran/gui/joblogview.h"
#include "estran/remote/jobfollower.h"
#include "estran/remote/remotehost.h"
#include "estran/remote/scheduler.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>

namespace Estran::Gui {

JobFollowThread::JobFollowThread(std::shared_ptr<Remote::RemoteHost> host, Remote::Profile profile,
                                 Remote::JournalEntry entry, QString journalDirectory, QString logPath,
                                 QObject* parent)
    : QThread(parent), m_host(std::move(host)), m_profile(std::move(profile)), m_entry(std::move(entry)),
      m_journalDirectory(std::move(journalDirectory)), m_logPath(std::move(logPath)), m_key(m_entry.key)
{
    qRegisterMetaType<Remote::JournalEntry>();
    qRegisterMetaType<QList<JobLogView::Chunk>>();
    setObjectName(QStringLiteral("follow %1").arg(m_key));
}

JobFollowThread::~JobFollowThread()
{
    stop();
    wait();
}

void JobFollowThread::stop()
{
    QMutexLocker lock(&m_mutex);
    m_stop = true;
    if (m_feedback) m_feedback->cancel();
    m_wake.wakeAll();
}

void JobFollowThread::run()
{
    // The log's folder is made here rather than by the panel: the GUI thread touches no files.
    if (!m_logPath.isEmpty()) QDir().mkpath(QFileInfo(m_logPath).absolutePath());
    Q_EMIT history(m_key, m_logPath.isEmpty() ? QList<JobLogView::Chunk>() : JobLogView::readFile(m_logPath));
    std::unique_ptr<Remote::Scheduler> scheduler = Remote::Scheduler::create(m_profile, m_host);
    if (!scheduler) {
        Q_EMIT problem(m_key, tr("No scheduler for profile %1").arg(m_profile.name), 0);
        return;
    }
    Remote::JobFollower follower(*m_host, *scheduler, m_entry);
    const Remote::JobJournal journal(m_journalDirectory);
    while (!m_stop) {
        Base::Feedback feedback;
        {
            QMutexLocker lock(&m_mutex);
            if (m_stop) break;
            m_feedback = &feedback;
        }
        Base::Result<Remote::FollowUpdate> update = follower.poll(&feedback);
        {
            QMutexLocker lock(&m_mutex);
            m_feedback = nullptr;
        }
        if (m_stop) break;
        if (!update) {
            const auto delay = follower.nextDelay();
            Base::Log::warning(update.error().where(), update.error().message(), update.error().detail());
            Q_EMIT problem(m_key, update.error().message(), int((delay.count() + 999) / 1000));
        } else {
            m_entry.last = update->state;
            // The log file first, then the journal: a crash in between shows a chunk twice at
            // worst, never loses one.
            if (!m_logPath.isEmpty()) {
                if (!JobLogView::appendToFile(m_logPath, update->standardOutput, false) ||
                    !JobLogView::appendToFile(m_logPath, update->standardError, true)) {
                    Base::Log::warning(m_logPath, tr("Cannot keep the job's log"));
                }
            }
            if (auto saved = journal.save(m_entry); !saved) Base::Log::error(saved.error());
            if (!update->standardOutput.isEmpty()) Q_EMIT output(m_key, update->standardOutput, false);
            if (!update->standardError.isEmpty()) Q_EMIT output(m_key, update->standardError, true);
            if (!update->arrived.isEmpty()) Q_EMIT arrived(m_key, update->arrived);
            Q_EMIT entryChanged(m_entry);
            if (update->finished) break;
        }
        QMutexLocker lock(&m_mutex);
        if (!m_stop) m_wake.wait(&m_mutex, QDeadlineTimer(follower.nextDelay()));
    }
}

}  // namespace Estran::Gui
