// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "estran/gui/gui_export.h"
#include "estran/gui/joblogview.h"
#include "estran/remote/jobjournal.h"
#include "estran/remote/profile.h"

#include <QByteArray>
#include <QMetaType>
#include <QMutex>
#include <QStringList>
#include <QThread>
#include <QWaitCondition>

#include <atomic>
#include <memory>

namespace Estran::Base {
class Feedback;
}
namespace Estran::Remote {
class RemoteHost;
}

namespace Estran::Gui {

/// Follows one job on its own thread: runs Remote::JobFollower::poll() every nextDelay(),
/// appends the new output to the job's log file, saves the JournalEntry after each round (so a
/// restart neither loses nor repeats output) and reports to the GUI thread through queued
/// signals. Ends when the job has finished and its results are back, or when stop() is called.
/// A round that fails (connection dropped) is reported with the delay before the next attempt;
/// the follower's backoff decides that delay.
///
/// The entry is owned by the thread while it runs: nobody else saves it meanwhile. The signals
/// are emitted on the worker thread; receivers on the GUI thread get them queued.
class ESTRAN_GUI_EXPORT JobFollowThread final : public QThread {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobFollowThread)
public:
    /// `host` is shared with the profile's other jobs (one ssh connection per profile).
    /// `logPath` receives the output (JobLogView::appendToFile format); empty: not kept.
    JobFollowThread(std::shared_ptr<Remote::RemoteHost> host, Remote::Profile profile, Remote::JournalEntry entry,
                    QString journalDirectory, QString logPath, QObject* parent = nullptr);
    /// Stops and waits (a poll in progress is cancelled through its Feedback).
    ~JobFollowThread() override;

    QString key() const { return m_key; }
    /// Thread-safe: cancels the current round and ends the loop without waiting.
    void stop();
    bool isStopping() const { return m_stop.load(); }

Q_SIGNALS:
    /// First of all: what the log file held when following started (read on the worker, so a
    /// long log never stalls the GUI; emitted before any output, so nothing is shown twice).
    void history(const QString& key, const QList<Estran::Gui::JobLogView::Chunk>& chunks);
    /// New bytes of one stream, in the order they were read.
    void output(const QString& key, const QByteArray& bytes, bool isError);
    /// Local paths of result files completed (or changed again) this round.
    void arrived(const QString& key, const QStringList& localPaths);
    /// The entry as saved after a round (state, offsets, fetched files).
    void entryChanged(const Estran::Remote::JournalEntry& entry);
    /// A round failed; the next one is tried in `retrySeconds`.
    void problem(const QString& key, const QString& message, int retrySeconds);

protected:
    void run() override;

private:
    std::shared_ptr<Remote::RemoteHost> m_host;
    Remote::Profile m_profile;
    Remote::JournalEntry m_entry;
    QString m_journalDirectory;
    QString m_logPath;
    QString m_key;
    std::atomic<bool> m_stop{false};
    QMutex m_mutex;
    QWaitCondition m_wake;
    Base::Feedback* m_feedback = nullptr;  ///< the running round's, under m_mutex
};

}  // namespace Estran::Gui

Q_DECLARE_METATYPE(Estran::Remote::JournalEntry)
