// SPDX-License-Identifier: GPL-3.0-or-later
#include "estran/remote/jobfollower.h"

#include "estran/remote/remotefiles.h"

#include <QCoreApplication>
#include <QDir>

#include <algorithm>
#include <atomic>
#include <future>
#include <optional>
#include <thread>

namespace Estran::Remote {

namespace {

QString tr(const char* text) { return QCoreApplication::translate("Estran::Remote", text); }

constexpr qint64 kMaxLogBytes = 8 << 20;  // per log and round: a chatty job catches up in a few rounds
constexpr std::chrono::milliseconds kRunningDelay{500};  // keeps output lag well under 2 s
constexpr std::chrono::milliseconds kQueuedDelay{2000};
constexpr std::chrono::milliseconds kMaxDelay{60000};
constexpr std::chrono::milliseconds kTransferBudget{600};  // of result copying per round

/// Never fetched: files still being written under a temporary name, and hidden files or files
/// in hidden folders (the recipes' scratch space).
bool skipped(const QString& relative)
{
    if (relative.endsWith(QStringLiteral(".part")) || relative.endsWith(QStringLiteral(".tmp"))) return true;
    // The host's listing is not trusted with paths: an absolute one, or a ".." part (both start
    // like hidden names or with '/'), would write outside the results folder.
    if (relative.isEmpty() || relative.startsWith(u'/')) return true;
    const QStringList parts = relative.split(u'/');
    return std::any_of(parts.begin(), parts.end(), [](const QString& p) { return p.isEmpty() || p.startsWith(u'.'); });
}

struct RemoteFile {
    QString relative;
    qint64 size = 0;
    qint64 modifiedMs = 0;
    QString signature() const { return QStringLiteral("%1:%2").arg(size).arg(modifiedMs); }
};

/// What one look at the job folder found: new log bytes and the files under output/.
struct Look {
    QByteArray out, err;
    bool drained = true;  ///< both logs were read to their end
    QList<RemoteFile> files;
};

/// One command per round for the logs and the listing: on a cluster every command costs a
/// login (measured 0.5 s on the test rig, where the login shell's startup files are slow), so
/// reading both logs and listing output/ in separate commands would put the output more than
/// 2 s behind. The logs are read from the journal's offsets, only as many bytes as existed when
/// the command looked (logs only grow), with the sizes first so the reply parses unambiguously;
/// the listing is NUL-separated with the name last, so any byte but NUL may be in a name.
QString lookCommand(const JournalEntry& e, bool listOutput)
{
    QString command = QStringLiteral(
                          "o=%1; e=%2; a=%3; b=%4; m=%5\n"
                          "avail() { local s; s=$(stat -L -c %s -- \"$1\" 2>/dev/null) || { echo 0; return; }; "
                          "s=$((s - $2)); [ \"$s\" -lt 0 ] && s=0; [ \"$s\" -gt \"$m\" ] && s=$m; echo \"$s\"; }\n"
                          "no=$(avail \"$o\" \"$a\"); ne=$(avail \"$e\" \"$b\")\n"
                          "printf '%s %s\\n' \"$no\" \"$ne\"\n"
                          "[ \"$no\" -gt 0 ] && tail -c +$((a + 1)) -- \"$o\" | head -c \"$no\"\n"
                          "[ \"$ne\" -gt 0 ] && tail -c +$((b + 1)) -- \"$e\" | head -c \"$ne\"\n")
                          .arg(shellQuote(Scheduler::stdoutPath(e.job.jobDir)), shellQuote(Scheduler::stderrPath(e.job.jobDir)))
                          .arg(e.stdoutOffset)
                          .arg(e.stderrOffset)
                          .arg(kMaxLogBytes);
    if (listOutput) {
        command += QStringLiteral(
                       "d=%1\n"
                       "if [ -d \"$d\" ]; then cd -- \"$d\" && find . -mindepth 1 -name '.*' -prune -o -type f "
                       "-printf '%s\\t%T@\\t%P\\0'; fi\n")
                       .arg(shellQuote(Scheduler::outputDir(e.job.jobDir)));
    }
    command += QStringLiteral("exit 0\n");
    return command;
}

Base::Result<Look> parseLook(const QByteArray& reply, const QString& where)
{
    const auto bad = [&where] {
        return Base::Error(Base::Error::Kind::InvalidInput, where, tr("Unexpected answer while following the job"));
    };
    Look look;
    const qsizetype eol = reply.indexOf('\n');
    if (eol < 0) return bad();
    const QList<QByteArray> sizes = reply.left(eol).split(' ');
    bool ok1 = false, ok2 = false;
    const qint64 no = sizes.value(0).toLongLong(&ok1), ne = sizes.value(1).toLongLong(&ok2);
    if (sizes.size() != 2 || !ok1 || !ok2 || no < 0 || ne < 0 || eol + 1 + no + ne > reply.size()) return bad();
    look.out = reply.mid(eol + 1, no);
    look.err = reply.mid(eol + 1 + no, ne);
    look.drained = no < kMaxLogBytes && ne < kMaxLogBytes;
    for (const QByteArray& record : reply.mid(eol + 1 + no + ne).split('\0')) {
        if (record.isEmpty()) continue;
        const qsizetype t1 = record.indexOf('\t');
        const qsizetype t2 = t1 < 0 ? -1 : record.indexOf('\t', t1 + 1);
        if (t2 < 0) return bad();
        RemoteFile f;
        f.size = record.left(t1).toLongLong();
        f.modifiedMs = qint64(record.mid(t1 + 1, t2 - t1 - 1).toDouble() * 1000.0);
        f.relative = QString::fromUtf8(record.mid(t2 + 1));
        if (!skipped(f.relative)) look.files.append(f);
    }
    return look;
}

/// Result files share a round with the logs: past its budget, a transfer in progress is
/// interrupted (RemoteFiles::fetch keeps its .part) and resumes next round, so a large result
/// on a slow link never holds the job's output back for more than about a second (the next
/// round then starts at once: this one already took its time). Only the
/// copying itself is interrupted (0 < progress < 100), never the short stat and checksum
/// commands around it, so every file still completes. The user's own cancel is passed on.
class TransferBudget {
public:
    TransferBudget(Base::Feedback* outer, std::chrono::milliseconds budget)
        : m_deadline(std::chrono::steady_clock::now() + budget),
          m_thread([this, outer, deadline = m_deadline] {
              while (!m_done) {
                  const double p = m_feedback.progress();
                  if (Base::isCancelled(outer) || (std::chrono::steady_clock::now() >= deadline && p > 0 && p < 100)) {
                      m_exhausted = !Base::isCancelled(outer);
                      m_feedback.cancel();
                      return;
                  }
                  std::this_thread::sleep_for(std::chrono::milliseconds(20));
              }
          })
    {
    }
    ~TransferBudget()
    {
        m_done = true;
        m_thread.join();
    }
    Q_DISABLE_COPY_MOVE(TransferBudget)

    Base::Feedback* feedback() { return &m_feedback; }
    bool exhausted() const { return m_exhausted; }
    /// Past the budget: start no other file this round (many small files cost a few commands
    /// each, which would hold the output back just as one large file would).
    bool overTime() const { return m_exhausted || std::chrono::steady_clock::now() >= m_deadline; }

private:
    Base::Feedback m_feedback;
    const std::chrono::steady_clock::time_point m_deadline;
    std::atomic<bool> m_done{false};
    std::atomic<bool> m_exhausted{false};
    std::thread m_thread;  ///< last: started once the members it uses exist
};

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
    FollowUpdate update;

    // The scheduler is asked while the job has not ended: every round on this computer, every
    // fourth (about 2 s) on a cluster so following does not flood squeue/qstat. It is asked at
    // the same time as the job folder is looked at, so a round costs one command's latency.
    // Because of that, a round that first sees the job ended may have read the logs and listing
    // just before the end: the job counts as finished only after a whole round that started
    // once the end was known.
    const bool endedBefore = m_entry.last.isFinished();
    const bool askScheduler = !endedBefore && (m_host.isLocal() || m_round % 4 == 0 ||
                                               m_entry.last.state != JobState::Running);
    ++m_round;
    std::future<Base::Result<JobInfo>> status;
    if (askScheduler) {
        status = std::async(std::launch::async, [this, feedback] { return m_scheduler.status(m_entry.job, feedback); });
    }
    Base::Result<CommandOutput> reply = m_host.run(lookCommand(m_entry, !m_entry.fetchDir.isEmpty()), {}, {}, feedback);
    JobInfo state = m_entry.last;
    if (askScheduler) {
        Base::Result<JobInfo> s = status.get();
        if (!s) return failed(s.error());
        state = *s;
    }
    if (!reply) return failed(reply.error());
    if (reply->exitCode != 0)
        return failed(Base::Error(Base::Error::Kind::Io, m_host.displayName() + u':' + m_entry.job.jobDir,
                                  tr("Cannot read the job's folder"), QString::fromUtf8(reply->standardError).trimmed()));
    Base::Result<Look> look = parseLook(reply->standardOutput, m_host.displayName() + u':' + m_entry.job.jobDir);
    if (!look) return failed(look.error());
    update.state = state;
    const bool ended = state.isFinished();

    bool allFetched = true;
    m_transferDeferred = false;
    if (!m_entry.fetchDir.isEmpty()) {
        RemoteFiles files(m_host);
        std::optional<TransferBudget> budget;
        QMap<QString, QString> seen;
        for (const RemoteFile& file : look->files) {
            const QString sig = file.signature();
            seen.insert(file.relative, sig);
            if (m_entry.fetched.value(file.relative) == sig) continue;
            // Complete: unchanged since the previous round, or the job (its only writer) ended.
            if (!ended && m_seenLastRound.value(file.relative) != sig) {
                allFetched = false;
                continue;
            }
            if (Base::isCancelled(feedback)) return Base::Error::cancelled(m_entry.key);
            if (!budget) budget.emplace(feedback, kTransferBudget);
            else if (budget->overTime()) {
                allFetched = false;  // next round
                m_transferDeferred = true;
                continue;
            }
            const QString local = QDir(m_entry.fetchDir).filePath(file.relative);
            Base::Result<qint64> fetched =
                files.fetch(Scheduler::outputDir(m_entry.job.jobDir) + u'/' + file.relative, local, budget->feedback());
            if (!fetched && budget->exhausted()) {
                allFetched = false;  // resumes from its .part next round
                m_transferDeferred = true;
                continue;
            }
            if (!fetched) {
                if (fetched.error().kind() == Base::Error::Kind::Network ||
                    fetched.error().kind() == Base::Error::Kind::Cancelled)
                    return failed(fetched.error());
                // Typically the file changed while it was copied (checksum mismatch): tried
                // again next round, from scratch.
                update.problems.append(fetched.error());
                allFetched = false;
                continue;
            }
            // Recorded at once: the file is in place even if this round fails later.
            m_entry.fetched.insert(file.relative, sig);
            m_pendingArrived.append(local);
        }
        m_seenLastRound = seen;
    }

    // Only now, with the whole round done, do the offsets move: a round that failed above is
    // read again from the same offsets, so nothing is lost or shown twice.
    m_failures = 0;
    m_entry.last = state;
    m_entry.stdoutOffset += look->out.size();
    m_entry.stderrOffset += look->err.size();
    update.standardOutput = std::move(look->out);
    update.standardError = std::move(look->err);
    update.arrived = std::move(m_pendingArrived);
    m_pendingArrived.clear();
    update.arrived.removeDuplicates();
    update.finished = endedBefore && look->drained && allFetched && update.problems.isEmpty();
    m_finished = update.finished;
    return update;
}

std::chrono::milliseconds JobFollower::nextDelay() const
{
    if (m_failures > 0) {
        // 1, 2, 4 ... 60 s: a dropped connection or a cluster in maintenance is not hammered.
        const int exponent = std::min(m_failures - 1, 6);
        return std::min(kMaxDelay, std::chrono::milliseconds(1000LL << exponent));
    }
    if (m_transferDeferred) return std::chrono::milliseconds(0);
    // The round that confirms the end follows soon; a finished job needs no hurry at all.
    if (m_finished) return kQueuedDelay;
    if (m_entry.last.isFinished()) return std::chrono::milliseconds(100);
    // A cluster's queue can hold a job for hours; this computer "queues" it for a moment.
    if (m_entry.last.state == JobState::Queued && !m_host.isLocal()) return kQueuedDelay;
    return kRunningDelay;
}

}  // namespace Estran::Remote
