// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "estran/remote/jobjournal.h"
#include "estran/remote/profile.h"

#include <QHash>
#include <QObject>
#include <QStringList>

#include <functional>
#include <memory>

namespace Estran::Remote {
class RemoteHost;
}

namespace Estran::Gui {

class JobFollowThread;

/// The followers of the remote jobs panel: one JobFollowThread per followed job, by journal
/// key. Destroying it stops them without waiting
/// for a host that hangs (the jobs go on running; the journal re-attaches them next time).
/// GUI thread only.
class RemoteJobFollowers final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RemoteJobFollowers)
public:
    explicit RemoteJobFollowers(QString journalDirectory, QObject* parent = nullptr);
    ~RemoteJobFollowers() override;

    /// Follows the job unless it is followed already; its log is kept in `logPath`.
    void start(const Remote::JournalEntry& entry, std::shared_ptr<Remote::RemoteHost> host,
               const Remote::Profile& profile, const QString& logPath);
    bool isFollowing(const QString& key) const { return m_threads.contains(key); }
    QStringList keys() const { return m_threads.keys(); }
    /// Asks the follower to stop after its round; ended() follows.
    void stop(const QString& key);
    /// Runs `then` once the job's follower has stopped (at once when there is none), for what
    /// must not race with the follower saving the entry.
    void stopThen(const QString& key, std::function<void()> then);

Q_SIGNALS:
    /// A follower was made and is about to start: connect to its signals now (they arrive on
    /// the GUI thread), or its first output is missed.
    void followerCreated(Estran::Gui::JobFollowThread* thread);
    /// The follower of `key` stopped (the job ended, or stop() was called).
    void ended(const QString& key);

private:
    QString m_journalDirectory;
    QHash<QString, JobFollowThread*> m_threads;  ///< by journal key
};

}  // namespace Estran::Gui
