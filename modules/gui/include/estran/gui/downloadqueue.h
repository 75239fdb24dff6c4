// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "estran/base/error.h"
#include "estran/gui/gui_export.h"
#include "estran/net/keychainaccess.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <memory>
#include <optional>

namespace Estran::Base {
class Task;
class TaskManager;
}  // namespace Estran::Base

namespace Estran::Net {
class HttpClient;
}

namespace Estran::Gui {

/// Downloads catalogue assets a few at a time (maxParallel, 2 by default), each as a
/// Base::Task running Net::Downloader on a worker and listed by the TaskManager (so the status
/// bar shows it). A download writes "<file>.part" and resumes from it after a cancel or a
/// failure (resume()); the expected checksum (STAC file:checksum multihash or "md5:…") is
/// verified before the file gets its final name. GUI thread only.
class ESTRAN_GUI_EXPORT DownloadQueue final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DownloadQueue)
public:
    enum class State { Queued, Running, Done, Failed, Cancelled };
    struct Job {
        int id = 0;
        QString url;
        QString directory;
        QString fileName;   ///< final name inside directory
        QString checksum;   ///< as the catalogue gave it; empty when none
        QString title;      ///< shown in the panel (asset or item title)
        Net::KeychainAccess access;  ///< where its API key / S3 keys are kept (no secrets)
        State state = State::Queued;
        double percent = 0.0;
        qint64 bytes = 0;        ///< file size once done
        qint64 resumedFrom = 0;  ///< bytes reused from a .part file
        bool verified = false;
        std::optional<Base::Error> error;
        QString path() const;
    };

    /// `manager` lists the running downloads (the application's TaskManager::instance());
    /// the client is shared with the workers.
    DownloadQueue(std::shared_ptr<const Net::HttpClient> client, Base::TaskManager* manager,
                  QObject* parent = nullptr);
    ~DownloadQueue() override;

    void setMaxParallel(int count);
    int maxParallel() const { return m_maxParallel; }

    /// Queues a download into `directory` (created when missing); returns the job id.
    /// `access` says which keychain entries hold the secrets the URL needs.
    int enqueue(const QString& url, const QString& directory, const QString& checksum = {},
                const QString& title = {}, const Net::KeychainAccess& access = {});
    void cancel(int id);
    /// Queues a cancelled or failed job again; it continues from its .part file.
    void resume(int id);
    void cancelAll();
    /// Forgets finished, failed and cancelled jobs.
    void clearFinished();

    const QList<Job>& jobs() const { return m_jobs; }
    const Job* job(int id) const;
    int runningCount() const;
    int activeCount() const;  ///< queued + running

    /// The download folder from QSettings ("downloads/directory"), default ~/Downloads/Estran.
    static QString defaultDirectory();
    static void setDefaultDirectory(const QString& directory);

Q_SIGNALS:
    void jobAdded(int id);
    void jobChanged(int id);
    void jobRemoved(int id);
    void jobFinished(int id, bool ok);

private:
    Job* find(int id);
    void schedule();
    void startJob(Job& job);

    std::shared_ptr<const Net::HttpClient> m_client;
    QPointer<Base::TaskManager> m_manager;
    QList<Job> m_jobs;
    QHash<int, QPointer<Base::Task>> m_tasks;
    int m_maxParallel = 2;
    int m_nextId = 1;
};

}  // namespace Estran::Gui
