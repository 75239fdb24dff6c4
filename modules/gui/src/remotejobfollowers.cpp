// SPDX-License-Identifier: GPL-3.0-or-later
#include "remotejobfollowers.h"

#include "estran/base/log.h"
#include "estran/gui/jobfollowthread.h"

namespace Estran::Gui {

RemoteJobFollowers::RemoteJobFollowers(QString journalDirectory, QObject* parent)
    : QObject(parent), m_journalDirectory(std::move(journalDirectory))
{
}

RemoteJobFollowers::~RemoteJobFollowers()
{
    const QList<JobFollowThread*> threads = m_threads.values();
    for (JobFollowThread* thread : threads) {
        // Nothing of a last round reaches the panel that is closing.
        thread->disconnect();
        thread->stop();
    }
    for (JobFollowThread* thread : threads) {
        // A round cancels promptly (ssh and local commands are killed); a host that does not
        // answer must not hang the window's closing: such a thread finishes on its own.
        if (!thread->wait(5000)) {
            Base::Log::warning(thread->key(), tr("The job's follower did not stop in time; it ends in the background"));
            thread->setParent(nullptr);
            connect(thread, &QThread::finished, thread, &QObject::deleteLater);
        } else {
            delete thread;
        }
    }
    m_threads.clear();
}

void RemoteJobFollowers::start(const Remote::JournalEntry& entry, std::shared_ptr<Remote::RemoteHost> host,
                               const Remote::Profile& profile, const QString& logPath)
{
    if (m_threads.contains(entry.key)) return;
    auto* thread = new JobFollowThread(std::move(host), profile, entry, m_journalDirectory, logPath, this);
    connect(thread, &QThread::finished, this, [this, key = entry.key] {
        JobFollowThread* ended = m_threads.take(key);
        if (!ended) return;
        ended->deleteLater();
        Q_EMIT this->ended(key);
    });
    m_threads.insert(entry.key, thread);
    Q_EMIT followerCreated(thread);
    thread->start();
}

void RemoteJobFollowers::stop(const QString& key)
{
    if (JobFollowThread* thread = m_threads.value(key)) thread->stop();
}

void RemoteJobFollowers::stopThen(const QString& key, std::function<void()> then)
{
    // The follower saves the entry after each round: it must be gone before `then`.
    if (JobFollowThread* thread = m_threads.value(key)) {
        connect(thread, &QThread::finished, this, std::move(then));
        thread->stop();
    } else {
        then();
    }
}

}  // namespace Estran::Gui
