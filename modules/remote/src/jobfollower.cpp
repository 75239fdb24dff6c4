// SPDX-License-Identifier: GPL-3.0-or-later
#include "estran/remote/jobfollower.h"

#include "estran/remote/remotefiles.h"

#include <QDir>

#include <algorithm>

namespace Estran::Remote {

namespace {

constexpr qint64 kChunk = 1 << 20;      // bytes of a log read in one command
constexpr int kChunksPerRound = 8;      // a chatty job is caught up within a few rounds
constexpr std::chrono::milliseconds kRunningDelay{500};  // keeps output lag well under 2 s
constexpr std::chrono::milliseconds kQueuedDelay{2000};
constexpr std::chrono::milliseconds kMaxDelay{60000};

/// Never fetched: files still being written under a temporary name, and hidden files.
bool skipped(const QString& name)
{
    return name.startsWith(u'.') || name.endsWith(QStringLiteral(".part")) || name.endsWith(QStringLiteral(".tmp"));
}

QString signature(const RemoteEntry& e)
{
    return QStringLiteral("%1:%2").arg(e.size).arg(e.modified.toMSecsSinceEpoch());
}

/// Files under `dir`, with their path relative to the output folder; hidden folders are skipped
/// too (the recipes' scratch space).
Base::Result<void> collect(RemoteFiles& files, const QString& dir, const QString& prefix,
                           QList<QPair<QString, RemoteEntry>>& found, int depth = 0)
{
    Base::Result<QList<RemoteEntry>> entries = files.list(dir);
    if (!entries) {
        // Not created yet (a queued job on a cluster): nothing to bring back so far.
        if (entries.error().kind() == Base::Error::Kind::NotFound && depth == 0) return {};
        return entries.error();
    }
    for (const RemoteEntry& e : *entries) {
        if (skipped(e.name)) continue;
        const QString relative = prefix.isEmpty() ? e.name : prefix + u'/' + e.name;
        if (e.isDirectory) {
            if (depth < 16) {
                if (auto r = collect(files, e.path, relative, found, depth + 1); !r) return r;
            }
        } else {
            found.append({relative, e});
        }
    }
    return {};
}

/// New bytes of one log from `offset`; `drained` tells whether the end was reached.
Base::Result<QByteArray> readLog(RemoteFiles& files, const QString& path, qint64 offset, bool& drained)
{
    QByteArray bytes;
    drained = false;
    for (int i = 0; i < kChunksPerRound; ++i) {
        Base::Result<QByteArray> chunk = files.readFrom(path, offset + bytes.size(), kChunk);
        if (!chunk) {
            // The scheduler creates the log when the job starts.
            if (chunk.error().kind() == Base::Error::Kind::NotFound) {
                drained = true;
                return bytes;
            }
            return chunk.error();
        }
        bytes += *chunk;
        if (chunk->size() < kChunk) {
            drained = true;
            break;
        }
    }
    return bytes;
}

}  // namespace

JobFollower::JobFollower(RemoteHost& host, Scheduler& scheduler, JournalEntry& entry)
    : m_host(host), m_scheduler(scheduler), m_entry(entry)
{
}

Base::Result<FollowUpdate> JobFollower::poll(Base::Feedback* feedback)
{
    if (Base::isCancelled(feedback)) return Base::Error::cancelled(m_entry.key);
    const auto failed = [this](const Base::Error& error) {
        ++m_failures;
        return error;
    };
    RemoteFiles files(m_host);
    FollowUpdate update;

    // The state first: when it says the job has ended, the logs and files read after it are
    // complete. On a cluster the scheduler is asked every fourth round (about 2 s) while the
    // job runs, so following does not flood squeue/qstat; logs and files are read every round.
    const bool local = m_scheduler.kind() == Profile::Scheduler::Local;
    const bool askScheduler = local || m_round % 4 == 0 || m_entry.last.state != JobState::Running;
    ++m_round;
    JobInfo state = m_entry.last;
    if (askScheduler) {
        Base::Result<JobInfo> status = m_scheduler.status(m_entry.job);
        if (!status) return failed(status.error());
        state = *status;
    }
    update.state = state;
    const bool ended = state.isFinished();

    // Offsets are committed to the entry only when the whole round succeeded.
    bool stdoutDrained = false, stderrDrained = false;
    Base::Result<QByteArray> out =
        readLog(files, Scheduler::stdoutPath(m_entry.job.jobDir), m_entry.stdoutOffset, stdoutDrained);
    if (!out) return failed(out.error());
    Base::Result<QByteArray> err =
        readLog(files, Scheduler::stderrPath(m_entry.job.jobDir), m_entry.stderrOffset, stderrDrained);
    if (!err) return failed(err.error());

    bool allFetched = true;
    if (!m_entry.fetchDir.isEmpty()) {
        QList<QPair<QString, RemoteEntry>> found;
        if (auto r = collect(files, Scheduler::outputDir(m_entry.job.jobDir), {}, found); !r) return failed(r.error());
        QMap<QString, QString> seen;
        for (const auto& [relative, entry] : found) {
            const QString sig = signature(entry);
            seen.insert(relative, sig);
            if (m_entry.fetched.value(relative) == sig) continue;
            // Complete: unchanged since the previous round, or the job (its only writer) ended.
            if (!ended && m_seenLastRound.value(relative) != sig) {
                allFetched = false;
                continue;
            }
            if (Base::isCancelled(feedback)) return Base::Error::cancelled(m_entry.key);
            const QString local = QDir(m_entry.fetchDir).filePath(relative);
            Base::Result<qint64> fetched = files.fetch(entry.path, local, feedback);
            if (!fetched) {
                if (fetched.error().kind() == Base::Error::Kind::Network || fetched.error().kind() == Base::Error::Kind::Cancelled)
                    return failed(fetched.error());
                // Typically the file changed while it was copied (checksum mismatch): tried
                // again next round, from scratch.
                update.problems.append(fetched.error());
                allFetched = false;
                continue;
            }
            m_entry.fetched.insert(relative, sig);
            m_pendingArrived.append(local);
        }
        m_seenLastRound = seen;
    }

    m_failures = 0;
    m_entry.last = state;
    m_entry.stdoutOffset += out->size();
    m_entry.stderrOffset += err->size();
    update.standardOutput = std::move(*out);
    update.standardError = std::move(*err);
    update.arrived = std::move(m_pendingArrived);
    m_pendingArrived.clear();
    update.arrived.removeDuplicates();
    update.finished = ended && stdoutDrained && stderrDrained && allFetched && update.problems.isEmpty();
    return update;
}

std::chrono::milliseconds JobFollower::nextDelay() const
{
    if (m_failures > 0) {
        // 1, 2, 4 ... 60 s: a dropped connection or a cluster in maintenance is not hammered.
        const int exponent = std::min(m_failures - 1, 6);
        return std::min(kMaxDelay, std::chrono::milliseconds(1000LL << exponent));
    }
    if (m_entry.last.state == JobState::Queued) return kQueuedDelay;
    return kRunningDelay;
}

}  // namespace Estran::Remote
