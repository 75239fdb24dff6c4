// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "estran/base/feedback.h"
#include "estran/base/result.h"
#include "estran/remote/jobjournal.h"
#include "estran/remote/remote_export.h"
#include "estran/remote/remotehost.h"
#include "estran/remote/scheduler.h"

#include <QByteArray>
#include <QStringList>

#include <chrono>
#include <optional>

namespace Estran::Remote {

/// What one round of following brought.
struct FollowUpdate {
    QByteArray standardOutput;  ///< new bytes of stdout.log since the last round
    QByteArray standardError;
    QStringList arrived;        ///< local paths of result files completed (or changed) this round
    QList<Base::Error> problems;  ///< files that could not be brought back this round (retried)
    JobInfo state;
    bool finished = false;      ///< the job ended and everything it wrote has been brought back
};

/// Follows one job: new log bytes, its state, and the files it completes under
/// $ESTRAN_OUTPUT_DIR brought into the entry's fetchDir (resumable, checksummed). The offsets and
/// fetched files are kept in the JournalEntry, which the caller saves after each round, so a
/// dropped connection or a restart neither loses nor repeats output.
///
/// A file counts as completed when its size and time have not changed between two rounds, or when
/// the job has ended; names ending in .part or .tmp and hidden files are never fetched.
/// Blocking; one worker thread drives poll() and waits nextDelay() between rounds.
///
/// A round that fails (connection lost) returns the error and changes none of the entry's log
/// offsets: the bytes it read are read again next round, so nothing is lost or shown twice.
/// Files fetched during a failed round are kept and reported with the next successful one.
class ESTRAN_REMOTE_EXPORT JobFollower {
public:
    JobFollower(RemoteHost& host, Scheduler& scheduler, JournalEntry& entry);

    [[nodiscard]] Base::Result<FollowUpdate> poll(Base::Feedback* feedback = nullptr);

    /// How long to wait before the next poll: 0.5 s while the job runs (2 s while a cluster queues it,
    /// 0.1 s for the round that confirms its end, none after a round that spent its time on a
    /// result transfer), and 1, 2, 4 ... 60 s after connection errors.
    std::chrono::milliseconds nextDelay() const;

private:
    RemoteHost& m_host;
    Scheduler& m_scheduler;
    JournalEntry& m_entry;
    int m_failures = 0;
    int m_round = 0;
    QMap<QString, QString> m_seenLastRound;  ///< relative path -> "size:mtime" of the previous round
    QStringList m_pendingArrived;            ///< fetched during a round that then failed
    bool m_finished = false;
    bool m_transferDeferred = false;  ///< a result transfer ran out of this round's time
};

}  // namespace Estran::Remote
