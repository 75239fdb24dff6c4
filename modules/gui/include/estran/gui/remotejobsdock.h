// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "estran/gui/gui_export.h"
#include "estran/gui/joblogview.h"
#include "estran/gui/remoteprofiles.h"
#include "estran/remote/jobjournal.h"
#include "estran/remote/recipelibrary.h"
#include "estran/remote/scheduler.h"
#include "estran/remote/sshhost.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

#include <memory>
#include <optional>

class QFileSystemWatcher;
class QLabel;
class QListWidget;
class QTableView;
class QTabWidget;

namespace Estran::Base {
class SelectionModel;
}

namespace Estran::Gui {

class AskpassPrompter;
class JobTableModel;
class RecipeForm;
class RemoteHosts;
class RemoteJobFollowers;
class RemoteJobsPage;
class RemoteLoadTask;
class RemoteProfileBox;
class RemoteSubmitPage;

/// The "Remote jobs" panel (issue #6): pick a profile (this computer, a cluster), connect and
/// see what the scheduler offers, pick a recipe and fill its generated form (area and period
/// follow the shared selection), set the resources and submit; then follow every job of the
/// journal: state, live log, result files brought back and announced through resultArrived()
/// as they are completed (again when they change), Cancel, Remove, Open results folder,
/// Re-attach. Unfinished jobs of the journal are re-attached when the panel is created, so jobs
/// survive restarts.
///
/// Every remote call runs on a worker (Base::Task) or on the job's JobFollowThread; the GUI
/// thread never waits for a host. ssh's questions are shown by an AskpassPrompter. GUI thread
/// only; the selection model is not owned and must outlive the panel.
class ESTRAN_GUI_EXPORT RemoteJobsDock final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RemoteJobsDock)
public:
    struct Options {
        QString journalDirectory;          ///< empty: Remote::JobJournal::defaultDirectory()
        QString profilesDirectory;         ///< empty: RemoteProfiles::defaultUserDirectory()
        std::optional<QStringList> templateDirectories;  ///< unset: RemoteProfiles::defaultTemplateDirectories()
        QString resultsDirectory;          ///< where results arrive, one folder per job; empty: app data/results
        std::optional<QStringList> recipeFolders;  ///< unset: Remote::RecipeLibrary::searchPath()
        bool reattach = true;              ///< follow the journal's unfinished jobs at once
        Remote::SshOptions ssh;            ///< the dock sets `askpass` when it is unset
    };

    explicit RemoteJobsDock(Base::SelectionModel* selection, QWidget* parent = nullptr);
    RemoteJobsDock(Base::SelectionModel* selection, Options options, QWidget* parent = nullptr);
    /// Stops the followers (their jobs go on running; the journal re-attaches them next time).
    ~RemoteJobsDock() override;

    /// False until the profiles, recipes and journal, read by a task, have arrived; meanwhile the
    /// panel shows that it is reading and its controls are disabled.
    bool isLoaded() const { return m_loaded; }

    // Profiles and connection.
    QList<RemoteProfiles::Entry> profiles() const;
    /// Selects the profile with this name or file path; false when unknown.
    bool selectProfile(const QString& nameOrPath);
    const RemoteProfiles::Entry* currentProfile() const;
    /// Reads the profiles again on a worker; profilesChanged() when they are shown.
    void reloadProfiles();
    void connectProfile();
    void disconnectProfile();
    /// Text of the connection line ("Connected — Slurm 23.02 …").
    QString connectionText() const;

    // Recipes and submission.
    const Remote::RecipeLibrary& recipes() const;
    bool selectRecipe(const QString& id);
    RecipeForm* form() const;
    /// Validates the form against the selection and submits on a worker; false (with the
    /// message shown) when a parameter is wrong.
    bool submit();
    QString submitMessage() const;

    // Jobs.
    JobTableModel* jobs() const { return m_jobs; }
    QTableView* jobView() const;
    JobLogView* logView() const;
    QListWidget* resultList() const;
    QString currentJob() const;
    void selectJob(const QString& key);
    bool isFollowing(const QString& key) const;
    void cancelJob(const QString& key);
    void removeJob(const QString& key);
    void reattach(const QString& key);
    void openResultsFolder(const QString& key);
    /// The local log file of a job (kept by its follower).
    QString logPath(const QString& key) const;
    AskpassPrompter* prompter() const { return m_prompter; }

Q_SIGNALS:
    /// The first reading of the profiles, recipes and journal has been applied.
    void loaded();
    /// The profiles were read again and the list shows them.
    void profilesChanged();
    /// A result file was brought back (or changed again): open or re-open it in the viewer.
    void resultArrived(const QString& localPath);
    /// The user asked to open a result file (double-click in the result list).
    void openRequested(const QString& localPath);
    /// A job was submitted and saved in the journal under `key`.
    void jobSubmitted(const QString& key);
    /// A submission failed; `message` names what went wrong.
    void submitFailed(const QString& message);
    /// Connecting ended (ok or not) for the profile `profileId` (file path, "" for local).
    void connectionChanged(const QString& profileId, bool connected, const QString& text);
    /// One-line status for the main window's status bar.
    void statusMessage(const QString& text);

private:
    enum Page { NewJobPage, JobsPage };

    void setBusy(bool busy);
    void startLoad(bool everything);
    void applyRecipes(const Remote::RecipeLibrary& library);
    void applyJournal(const RemoteLoadTask& task);
    void onProfileChanged();
    void onConnectClicked();
    void updateConnection();
    void updateResources();
    void updateJobsPageTitle();
    void browseRemote(const QString& parameter);
    std::optional<Remote::Profile> profileOf(const Remote::JournalEntry& entry, QString* error) const;
    void startFollowing(const Remote::JournalEntry& entry);
    void onArrived(const QString& key, const QStringList& paths);
    void onEntryChanged(const Remote::JournalEntry& entry);
    void onFollowEnded(const QString& key);

    QPointer<Base::SelectionModel> m_selection;
    Options m_options;
    QHash<QString, Remote::Profile> m_entryProfiles;  ///< journal entries' profile files outside the folder
    QHash<QString, QString> m_entryProfileErrors;     ///< ... and why those that did not load failed
    bool m_loaded = false;
    int m_profilesGeneration = 0;  ///< only the latest reading of the profiles is shown
    AskpassPrompter* m_prompter;
    JobTableModel* m_jobs;
    RemoteHosts* m_hosts;
    RemoteJobFollowers* m_followers;
    QFileSystemWatcher* m_watcher;
    QLabel* m_loadingLabel;
    RemoteProfileBox* m_profileBox;
    RemoteSubmitPage* m_submitPage;
    RemoteJobsPage* m_jobsPage;
    QTabWidget* m_pages;
};

}  // namespace Estran::Gui
