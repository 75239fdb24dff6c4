// SPDX-License-Identifier: GPL-3.0-or-later
#include "estran/gui/downloadqueue.h"

#include "estran/base/feedback.h"
#include "estran/base/log.h"
#include "estran/base/task.h"
#include "estran/base/taskmanager.h"
#include "estran/net/checksum.h"
#include "estran/net/downloader.h"
#include "estran/net/httpclient.h"
#include "estran/net/credentialstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QSettings>
#include <QStandardPaths>

namespace Estran::Gui {

namespace {

// Catalogues give either a multihash (STAC file:checksum) or "algorithm:hex".
std::optional<Base::Result<Net::Checksum>> parseChecksum(const QString& text)
{
    if (text.isEmpty()) return std::nullopt;
    if (text.contains(u':')) return Net::Checksum::fromPrefixed(text);
    return Net::Checksum::fromMultihash(text);
}

class DownloadTask final : public Base::Task {
public:
    DownloadTask(std::shared_ptr<const Net::HttpClient> client, QString url, QString destination,
                 std::optional<Net::Checksum> checksum, const QString& title, Net::KeychainAccess access)
        : Base::Task(DownloadQueue::tr("Downloading %1").arg(title)), m_client(std::move(client)),
          m_url(std::move(url)), m_destination(std::move(destination)), m_checksum(std::move(checksum)),
          m_access(std::move(access))
    {
    }
    const Net::DownloadResult& result() const { return m_result; }

protected:
    std::optional<Base::Error> run(Base::Feedback* feedback) override
    {
        feedback->setStatus(name());
        if (!QDir().mkpath(QFileInfo(m_destination).absolutePath())) {
            return Base::Error(Base::Error::Kind::Io, QFileInfo(m_destination).absolutePath(),
                               DownloadQueue::tr("Cannot create the download folder"));
        }
        // The secrets are read here, on the worker, just before the transfer that needs them.
        Base::Result<Net::UrlAccess> access = m_access.resolve(Net::CredentialStore(), m_url);
        if (!access) {
            Base::Log::warning(m_url, DownloadQueue::tr("Downloading without stored credentials: %1")
                                          .arg(access.error().toString()));
            access = m_access.withoutSecrets();
        }
        auto done = Net::Downloader(*m_client, *access).download(m_url, m_destination, m_checksum, feedback);
        if (!done) return done.error();
        m_result = *done;
        return std::nullopt;
    }

private:
    std::shared_ptr<const Net::HttpClient> m_client;
    QString m_url;
    QString m_destination;
    std::optional<Net::Checksum> m_checksum;
    Net::KeychainAccess m_access;
    Net::DownloadResult m_result;
};

}  // namespace

QString DownloadQueue::Job::path() const { return QDir(directory).filePath(fileName); }

DownloadQueue::DownloadQueue(std::shared_ptr<const Net::HttpClient> client, Base::TaskManager* manager,
                             QObject* parent)
    : QObject(parent), m_client(std::move(client)), m_manager(manager)
{
}

DownloadQueue::~DownloadQueue()
{
    // Running workers stop at their next check; their .part files stay for the next session.
    cancelAll();
}

void DownloadQueue::setMaxParallel(int count)
{
    m_maxParallel = std::max(1, count);
    schedule();
}

QString DownloadQueue::defaultDirectory()
{
    const QString fallback =
        QDir(QStandardPaths::writableLocation(QStandardPaths::DownloadLocation)).filePath(QStringLiteral("Estran"));
    return QSettings().value(QStringLiteral("downloads/directory"), fallback).toString();
}

void DownloadQueue::setDefaultDirectory(const QString& directory)
{
    QSettings().setValue(QStringLiteral("downloads/directory"), directory);
}

int DownloadQueue::enqueue(const QString& url, const QString& directory, const QString& checksum,
                           const QString& title, const Net::KeychainAccess& access)
{
    Job job;
    job.id = m_nextId++;
    job.url = url;
    job.directory = directory;
    job.fileName = Net::Downloader::fileNameForUrl(url);
    job.checksum = checksum;
    job.title = title.isEmpty() ? job.fileName : title;
    job.access = access;
    m_jobs.append(job);
    Q_EMIT jobAdded(job.id);
    schedule();
    return job.id;
}

DownloadQueue::Job* DownloadQueue::find(int id)
{
    for (Job& j : m_jobs) {
        if (j.id == id) return &j;
    }
    return nullptr;
}

const DownloadQueue::Job* DownloadQueue::job(int id) const
{
    for (const Job& j : m_jobs) {
        if (j.id == id) return &j;
    }
    return nullptr;
}

int DownloadQueue::runningCount() const
{
    return int(std::count_if(m_jobs.cbegin(), m_jobs.cend(), [](const Job& j) { return j.state == State::Running; }));
}

int DownloadQueue::activeCount() const
{
    return int(std::count_if(m_jobs.cbegin(), m_jobs.cend(), [](const Job& j) {
        return j.state == State::Running || j.state == State::Queued;
    }));
}

void DownloadQueue::cancel(int id)
{
    Job* j = find(id);
    if (!j) return;
    if (j->state == State::Queued) {
        j->state = State::Cancelled;
        j->error = Base::Error::cancelled(j->url);
        Q_EMIT jobChanged(id);
    } else if (j->state == State::Running) {
        // The state changes when the worker returns, so a resume never races the old worker.
        if (auto task = m_tasks.value(id)) task->cancel();
    }
}

void DownloadQueue::resume(int id)
{
    Job* j = find(id);
    if (!j || (j->state != State::Failed && j->state != State::Cancelled)) return;
    j->state = State::Queued;
    j->error.reset();
    Q_EMIT jobChanged(id);
    schedule();
}

void DownloadQueue::cancelAll()
{
    for (const Job& j : m_jobs) cancel(j.id);
}

void DownloadQueue::clearFinished()
{
    QList<int> removed;
    m_jobs.removeIf([&removed](const Job& j) {
        const bool gone = j.state == State::Done || j.state == State::Failed || j.state == State::Cancelled;
        if (gone) removed.append(j.id);
        return gone;
    });
    for (int id : removed) Q_EMIT jobRemoved(id);
}

void DownloadQueue::schedule()
{
    for (Job& j : m_jobs) {
        if (runningCount() >= m_maxParallel) return;
        if (j.state == State::Queued) startJob(j);
    }
}

void DownloadQueue::startJob(Job& job)
{
    std::optional<Net::Checksum> expected;
    if (auto parsed = parseChecksum(job.checksum)) {
        if (!*parsed) {
            // A checksum we cannot read must not silently turn into "unverified".
            job.state = State::Failed;
            job.error = parsed->error();
            Base::Log::error(*job.error);
            Q_EMIT jobChanged(job.id);
            Q_EMIT jobFinished(job.id, false);
            return;
        }
        expected = parsed->value();
    }
    job.state = State::Running;
    job.percent = 0.0;
    const int id = job.id;
    auto* task = new DownloadTask(m_client, job.url, job.path(), expected, job.title, job.access);
    m_tasks.insert(id, task);
    connect(task, &Base::Task::progressChanged, this, [this, id](double percent) {
        if (Job* j = find(id)) {
            j->percent = percent;
            Q_EMIT jobChanged(id);
        }
    });
    connect(task, &Base::Task::finished, this, [this, id, task](bool ok) {
        m_tasks.remove(id);
        Job* j = find(id);
        if (!j) return;
        if (ok) {
            j->state = State::Done;
            j->percent = 100.0;
            j->bytes = task->result().bytes;
            j->resumedFrom = task->result().resumedFrom;
            j->verified = task->result().verified;
            Base::Log::info(j->path(), j->verified ? tr("downloaded, checksum verified") : tr("downloaded"));
        } else {
            const bool cancelled = task->error() && task->error()->kind() == Base::Error::Kind::Cancelled;
            j->state = cancelled ? State::Cancelled : State::Failed;
            j->error = task->error();
            if (j->error) Base::Log::error(*j->error);
        }
        Q_EMIT jobChanged(id);
        Q_EMIT jobFinished(id, ok);
        schedule();
    });
    if (m_manager) {
        m_manager->start(task);
    } else {
        connect(task, &Base::Task::finished, task, &QObject::deleteLater);
        task->start();
    }
    Q_EMIT jobChanged(id);
}

}  // namespace Estran::Gui
