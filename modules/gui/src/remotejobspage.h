// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "estran/gui/joblogview.h"
#include "estran/remote/jobjournal.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QWidget>

#include <memory>

class QAction;
class QListWidget;
class QTabWidget;
class QTableView;

namespace Estran::Gui {

struct DeliveryGuard;
class JobTableModel;

/// The "Jobs" page of the remote jobs panel: the job table, its actions (Cancel job, Re-attach,
/// Results folder, Remove from list: a tool bar over the table and its context menu), and under it the
/// chosen job's live log and its result files (double-click opens one in the viewer). It keeps
/// the output shown per job; a log not seen since the start is read from its file on a worker.
/// Cancel, Re-attach and Remove only ask: acting on a job is the panel's. GUI thread only.
class RemoteJobsPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RemoteJobsPage)
public:
    /// `jobs` is not owned; `journalDirectory` holds the logs folder.
    RemoteJobsPage(JobTableModel* jobs, QString journalDirectory, QWidget* parent = nullptr);
    ~RemoteJobsPage() override;

    QTableView* view() const { return m_view; }
    JobLogView* logView() const { return m_log; }
    QListWidget* resultList() const { return m_results; }
    /// The local log file of a job (kept by its follower).
    QString logPath(const QString& key) const;

    QString currentJob() const { return m_shownJob; }
    void selectJob(const QString& key);
    /// Selects the newest job, if any.
    void selectFirstJob();

    /// A job just submitted: its whole log is what arrives from now on.
    void startLog(const QString& key);
    /// What a follower read from the log file before following: the log so far.
    void setHistory(const QString& key, const QList<JobLogView::Chunk>& chunks);
    void appendOutput(const QString& key, const QByteArray& bytes, bool isError);
    /// The entry changed: its results are shown again if it is the chosen job.
    void showEntry(const Remote::JournalEntry& entry);
    /// The job left the list: its output is dropped and, if it was shown, the newest is shown.
    void forget(const QString& key);
    /// The actions follow the chosen job's state (call when following starts or ends).
    void updateActions();
    /// Opens the folder where the job's results arrive, made first if no result came yet.
    void openResultsFolder(const QString& key);

Q_SIGNALS:
    void cancelRequested(const QString& key);
    void reattachRequested(const QString& key);
    void removeRequested(const QString& key);
    /// A result file was double-clicked.
    void openRequested(const QString& localPath);

private:
    void createView();
    QWidget* createActions();
    void showJob(const QString& key);
    void showLog(const QString& key);
    void showResults(const Remote::JournalEntry& entry);
    void updateProfileColumn();

    JobTableModel* m_jobs;
    QString m_journalDirectory;
    std::shared_ptr<DeliveryGuard> m_guard;  ///< log files read on workers come back through it
    QHash<QString, QList<JobLogView::Chunk>> m_logs;  ///< shown output, by journal key
    QString m_shownJob;
    QTableView* m_view;
    QAction* m_cancel;
    QAction* m_reattach;
    QAction* m_openFolder;
    QAction* m_remove;
    JobLogView* m_log;
    QListWidget* m_results;
    QTabWidget* m_tabs;
};

}  // namespace Estran::Gui
