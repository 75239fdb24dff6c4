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

class QComboBox;
class QFileSystemWatcher;
class QLabel;
class QListWidget;
class QPushButton;
class QSpinBox;
class QTableView;
class QTabWidget;
class QToolButton;

namespace Estran::Base {
class SelectionModel;
}

namespace Estran::Gui {

class AskpassPrompter;
struct DeliveryGuard;
class JobFollowThread;
class JobTableModel;
class RecipeForm;
class RemoteLoadTask;

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
    QList<RemoteProfiles::Entry> profiles() const { return m_profiles; }
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
    const Remote::RecipeLibrary& recipes() const { return m_library; }
    bool selectRecipe(const QString& id);
    RecipeForm* form() const { return m_form; }
    /// Validates the form against the selection and submits on a worker; false (with the
    /// message shown) when a parameter is wrong.
    bool submit();
    QString submitMessage() const;

    // Jobs.
    JobTableModel* jobs() const { return m_jobs; }
    QTableView* jobView() const { return m_jobView; }
    JobLogView* logView() const { return m_log; }
    QListWidget* resultList() const { return m_results; }
    QString currentJob() const;
    void selectJob(const QString& key);
    bool isFollowing(const QString& key) const { return m_threads.contains(key); }
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
    enum class Connection { Disconnected, Connecting, Connected, Failed };
    enum Page { NewJobPage, JobsPage };
    struct HostState {
        std::shared_ptr<Remote::RemoteHost> host;
        QByteArray profileJson;  ///< the profile the host was made for: an edited file gets a new one
        Connection connection = Connection::Disconnected;
        std::optional<Remote::SchedulerInfo> info;
        QString error;
    };

    QWidget* createProfileBox();
    void setBusy(bool busy);
    void startLoad(bool everything);
    void applyRecipes(const Remote::RecipeLibrary& library);
    void applyProfiles(const QList<RemoteProfiles::Entry>& profiles);
    void applyJournal(const RemoteLoadTask& task);
    QWidget* createSubmitBox();
    QWidget* createJobsBox();
    void onProfileChanged();
    void onRecipeChanged();
    void updateConnection();
    void updateResources();
    void updateJobButtons();
    void updateJobsPageTitle();
    void showJob(const QString& key);
    void showResults(const Remote::JournalEntry& entry);
    void browseRemote(const QString& parameter);
    std::shared_ptr<Remote::RemoteHost> hostFor(const QString& profileId, const Remote::Profile& profile);
    std::optional<Remote::Profile> profileOf(const Remote::JournalEntry& entry, QString* error) const;
    void startFollowing(const Remote::JournalEntry& entry);
    void onOutput(const QString& key, const QByteArray& bytes, bool isError);
    void onHistory(const QString& key, const QList<JobLogView::Chunk>& chunks);
    void showLog(const QString& key);
    void onArrived(const QString& key, const QStringList& paths);
    void onEntryChanged(const Remote::JournalEntry& entry);
    void onFollowEnded(const QString& key);
    void newProfileFromTemplate();

    QPointer<Base::SelectionModel> m_selection;
    Options m_options;
    Remote::RecipeLibrary m_library;
    QList<RemoteProfiles::Entry> m_profiles;
    QHash<QString, Remote::Profile> m_entryProfiles;  ///< journal entries' profile files outside the folder
    QHash<QString, QString> m_entryProfileErrors;     ///< ... and why those that did not load failed
    bool m_loaded = false;
    int m_profilesGeneration = 0;  ///< only the latest reading of the profiles is shown
    QString m_selectAfterLoad;     ///< a profile file to select once the profiles are read again
    QHash<QString, HostState> m_hosts;  ///< by profile id
    QHash<QString, JobFollowThread*> m_threads;  ///< by journal key
    QHash<QString, QList<JobLogView::Chunk>> m_logs;  ///< shown output, by journal key
    std::shared_ptr<DeliveryGuard> m_guard;  ///< log files read on workers come back through it
    AskpassPrompter* m_prompter;
    JobTableModel* m_jobs;
    QFileSystemWatcher* m_watcher;

    QComboBox* m_profileBox = nullptr;
    QPushButton* m_editProfiles = nullptr;
    QLabel* m_loadingLabel = nullptr;
    QLabel* m_notes = nullptr;
    QLabel* m_connection = nullptr;
    QPushButton* m_connect = nullptr;
    QPushButton* m_browse = nullptr;
    QComboBox* m_recipeBox = nullptr;
    QLabel* m_recipeDescription = nullptr;
    RecipeForm* m_form = nullptr;
    QComboBox* m_queue = nullptr;
    QSpinBox* m_cpus = nullptr;
    QSpinBox* m_memory = nullptr;
    QSpinBox* m_walltime = nullptr;
    QPushButton* m_submit = nullptr;
    QLabel* m_message = nullptr;
    QTableView* m_jobView = nullptr;
    QPushButton* m_cancel = nullptr;
    QPushButton* m_remove = nullptr;
    QPushButton* m_openFolder = nullptr;
    QPushButton* m_reattach = nullptr;
    QTabWidget* m_pages = nullptr;
    QTabWidget* m_tabs = nullptr;
    JobLogView* m_log = nullptr;
    QListWidget* m_results = nullptr;
    QString m_shownJob;
    int m_submitting = 0;
};

}  // namespace Estran::Gui
