// SPDX-License-Identifier: GPL-3.0-or-later
#include "estran/gui/remotejobsdock.h"

#include "hintlabel.h"
#include "remotecanceltask.h"
#include "remotehosts.h"
#include "remotejobfollowers.h"
#include "remotejobspage.h"
#include "remoteloadtask.h"
#include "remoteprofilebox.h"
#include "remotesubmitpage.h"
#include "remotesubmittask.h"

#include "estran/base/log.h"
#include "estran/base/selectionmodel.h"
#include "estran/base/taskmanager.h"
#include "estran/gui/askpassprompter.h"
#include "estran/gui/jobfollowthread.h"
#include "estran/gui/jobtablemodel.h"
#include "estran/gui/recipeform.h"
#include "estran/gui/remotefilebrowser.h"

#include <QDir>
#include <QFile>
#include <QFileSystemWatcher>
#include <QLabel>
#include <QScrollArea>
#include <QStandardPaths>
#include <QTabWidget>
#include <QThreadPool>
#include <QTimer>
#include <QVBoxLayout>

namespace Estran::Gui {

RemoteJobsDock::RemoteJobsDock(Base::SelectionModel* selection, QWidget* parent)
    : RemoteJobsDock(selection, Options(), parent)
{
}

RemoteJobsDock::RemoteJobsDock(Base::SelectionModel* selection, Options options, QWidget* parent)
    : QWidget(parent), m_selection(selection), m_options(std::move(options)), m_prompter(new AskpassPrompter(this, this)),
      m_jobs(new JobTableModel(this)), m_watcher(new QFileSystemWatcher(this))
{
    setObjectName(QStringLiteral("RemoteJobsDock"));
    if (m_options.journalDirectory.isEmpty()) m_options.journalDirectory = Remote::JobJournal::defaultDirectory();
    if (m_options.profilesDirectory.isEmpty()) m_options.profilesDirectory = RemoteProfiles::defaultUserDirectory();
    if (m_options.resultsDirectory.isEmpty()) {
        m_options.resultsDirectory =
            QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("results"));
    }
    if (!m_options.ssh.askpass) m_options.ssh.askpass = m_prompter->handler();
    m_hosts = new RemoteHosts(m_options.ssh, this);
    m_followers = new RemoteJobFollowers(m_options.journalDirectory, this);
    m_profileBox = new RemoteProfileBox(m_options.profilesDirectory);
    m_submitPage = new RemoteSubmitPage;
    m_jobsPage = new RemoteJobsPage(m_jobs, m_options.journalDirectory);

    // Two pages under the profile: a side panel is too short for the form and the jobs at once.
    auto* scroll = new QScrollArea;
    scroll->setWidget(m_submitPage);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_pages = new QTabWidget;
    m_pages->setObjectName(QStringLiteral("pages"));
    m_pages->addTab(scroll, tr("New job"));
    m_pages->addTab(m_jobsPage, tr("Jobs"));

    // Profiles, recipes and the journal (every job the user submitted from here or from
    // estran-cli) are files: they are read by a task, and the panel is busy until they arrive.
    m_loadingLabel = createHintLabel(tr("Reading profiles, recipes and jobs…"));
    m_loadingLabel->setObjectName(QStringLiteral("loading"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_loadingLabel);
    layout->addWidget(m_profileBox);
    layout->addWidget(m_pages, 1);

    if (m_selection) m_submitPage->form()->setSelectionModel(m_selection);
    connect(m_profileBox, &RemoteProfileBox::currentProfileChanged, this, &RemoteJobsDock::onProfileChanged);
    connect(m_profileBox, &RemoteProfileBox::connectClicked, this, &RemoteJobsDock::onConnectClicked);
    connect(m_profileBox, &RemoteProfileBox::browseClicked, this, [this] { browseRemote({}); });
    connect(m_profileBox, &RemoteProfileBox::reloadRequested, this, &RemoteJobsDock::reloadProfiles);
    connect(m_profileBox, &RemoteProfileBox::statusMessage, this, &RemoteJobsDock::statusMessage);
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, this, &RemoteJobsDock::reloadProfiles);
    connect(m_hosts, &RemoteHosts::stateChanged, this, &RemoteJobsDock::updateConnection);
    connect(m_hosts, &RemoteHosts::finished, this, [this](const QString& id, bool ok) {
        updateResources();
        const auto* p = currentProfile();
        Q_EMIT connectionChanged(id, ok, p && p->id() == id ? connectionText() : m_hosts->state(id).error);
    });

    connect(m_submitPage, &RemoteSubmitPage::recipeChanged, this, &RemoteJobsDock::updateResources);
    connect(m_submitPage, &RemoteSubmitPage::submitClicked, this, [this] { (void)submit(); });
    connect(m_submitPage, &RemoteSubmitPage::browseRequested, this, &RemoteJobsDock::browseRemote);

    connect(m_jobsPage, &RemoteJobsPage::cancelRequested, this, &RemoteJobsDock::cancelJob);
    connect(m_jobsPage, &RemoteJobsPage::reattachRequested, this, &RemoteJobsDock::reattach);
    connect(m_jobsPage, &RemoteJobsPage::removeRequested, this, &RemoteJobsDock::removeJob);
    connect(m_jobsPage, &RemoteJobsPage::openRequested, this, &RemoteJobsDock::openRequested);

    connect(m_followers, &RemoteJobFollowers::followerCreated, this, [this](JobFollowThread* thread) {
        connect(thread, &JobFollowThread::history, m_jobsPage, &RemoteJobsPage::setHistory);
        connect(thread, &JobFollowThread::output, m_jobsPage, &RemoteJobsPage::appendOutput);
        connect(thread, &JobFollowThread::arrived, this, &RemoteJobsDock::onArrived);
        connect(thread, &JobFollowThread::entryChanged, this, &RemoteJobsDock::onEntryChanged);
        connect(thread, &JobFollowThread::problem, this, [this](const QString& key, const QString& message, int seconds) {
            m_jobs->setProblem(key, message, QDateTime::currentDateTimeUtc().addSecs(seconds));
        });
    });
    connect(m_followers, &RemoteJobFollowers::ended, this, &RemoteJobsDock::onFollowEnded);

    setBusy(true);
    startLoad(true);

    updateJobsPageTitle();
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved}) {
        connect(m_jobs, signal, this, &RemoteJobsDock::updateJobsPageTitle);
    }
    connect(m_jobs, &QAbstractItemModel::modelReset, this, &RemoteJobsDock::updateJobsPageTitle);

    auto* ticker = new QTimer(this);
    connect(ticker, &QTimer::timeout, m_jobs, &JobTableModel::tick);
    ticker->start(1000);
}

RemoteJobsDock::~RemoteJobsDock()
{
    // First the prompter: a follower waiting for an answer from one of its dialogs is answered
    // "refused" at once instead of holding up the followers' stop.
    delete m_prompter;
    m_prompter = nullptr;
    // Jobs keep running on their hosts; the followers stop and the journal holds where they were.
    delete m_followers;
    m_followers = nullptr;
}

// --- Reading profiles, recipes and the journal --------------------------------------------------

void RemoteJobsDock::reloadProfiles() { startLoad(false); }

void RemoteJobsDock::setBusy(bool busy)
{
    m_loadingLabel->setVisible(busy);
    m_profileBox->setBusy(busy);
    m_pages->setEnabled(!busy);
}

void RemoteJobsDock::startLoad(bool everything)
{
    RemoteLoadTask::Request request;
    request.profilesDirectory = m_options.profilesDirectory;
    request.templateDirectories = m_options.templateDirectories;
    if (everything) {
        request.journalDirectory = m_options.journalDirectory;
        request.recipeFolders = m_options.recipeFolders.value_or(Remote::RecipeLibrary::searchPath());
    }
    // Only the latest reading of the profiles counts: folder events come in bursts.
    const int generation = ++m_profilesGeneration;
    auto* task = new RemoteLoadTask(std::move(request));
    connect(task, &Base::Task::finished, this, [this, task, generation](bool) {
        for (const Base::Error& problem : task->problems()) Base::Log::warning(problem.where(), problem.message(), problem.detail());
        if (task->request().recipeFolders) applyRecipes(task->recipes());
        if (generation == m_profilesGeneration) {
            if (!m_watcher->directories().contains(m_options.profilesDirectory)) m_watcher->addPath(m_options.profilesDirectory);
            m_profileBox->setProfiles(task->profiles());
            Q_EMIT profilesChanged();
        }
        if (task->request().journalDirectory) applyJournal(*task);
    });
    Base::TaskManager::instance()->start(task);
}

void RemoteJobsDock::applyRecipes(const Remote::RecipeLibrary& library)
{
    QHash<QString, QString> titles;
    for (const Remote::Recipe& recipe : library.recipes()) titles.insert(recipe.id, recipe.title);
    m_jobs->setRecipeTitles(titles);
    m_submitPage->setRecipes(library);
}

void RemoteJobsDock::applyJournal(const RemoteLoadTask& task)
{
    m_entryProfiles.clear();
    m_entryProfileErrors.clear();
    for (auto it = task.entryProfiles().cbegin(); it != task.entryProfiles().cend(); ++it) {
        if (it->profile) m_entryProfiles.insert(it.key(), *it->profile);
        else m_entryProfileErrors.insert(it.key(), it->error);
    }
    const QList<Remote::JournalEntry>& entries = task.entries();
    m_jobs->setEntries(entries);
    if (m_options.reattach) {
        for (const Remote::JournalEntry& entry : entries) {
            if (!entry.last.isFinished()) startFollowing(entry);
        }
    }
    if (m_jobs->rowCount() > 0) {
        m_jobsPage->selectFirstJob();
        m_pages->setCurrentIndex(JobsPage);
    }
    updateJobsPageTitle();
    m_jobsPage->updateActions();
    m_loaded = true;
    setBusy(false);
    updateConnection();
    Q_EMIT loaded();
}

// --- Profile and connection ------------------------------------------------------------------

QList<RemoteProfiles::Entry> RemoteJobsDock::profiles() const { return m_profileBox->profiles(); }

const RemoteProfiles::Entry* RemoteJobsDock::currentProfile() const { return m_profileBox->currentProfile(); }

bool RemoteJobsDock::selectProfile(const QString& nameOrPath) { return m_profileBox->selectProfile(nameOrPath); }

void RemoteJobsDock::onProfileChanged()
{
    const auto* p = currentProfile();
    // This computer answers at once and asks nothing: show what it offers without a click.
    if (p && !p->error && p->profile.scheduler == Remote::Profile::Scheduler::Local && p->profile.host.isEmpty() &&
        m_hosts->state(p->id()).connection == RemoteHosts::Connection::Disconnected) {
        connectProfile();
        return;
    }
    updateConnection();
    updateResources();
}

void RemoteJobsDock::onConnectClicked()
{
    const auto* p = currentProfile();
    if (!p) return;
    const RemoteHosts::Connection connection = m_hosts->state(p->id()).connection;
    if (connection == RemoteHosts::Connection::Connected || connection == RemoteHosts::Connection::Connecting) {
        disconnectProfile();
    } else {
        connectProfile();
    }
}

void RemoteJobsDock::connectProfile()
{
    const auto* p = currentProfile();
    if (!p || p->error) return;
    m_hosts->connectTo(p->id(), p->profile);
}

void RemoteJobsDock::disconnectProfile()
{
    const auto* p = currentProfile();
    if (!p) return;
    const QString id = p->id();
    // Followers of this profile stop (Re-attach resumes them); the jobs go on running.
    for (const QString& key : m_followers->keys()) {
        const Remote::JournalEntry* e = m_jobs->entry(key);
        if (e && e->profilePath == id) m_followers->stop(key);
    }
    m_hosts->disconnect(id);
    Q_EMIT connectionChanged(id, false, connectionText());
}

QString RemoteJobsDock::connectionText() const { return m_profileBox->connectionText(); }

void RemoteJobsDock::updateConnection()
{
    const auto* p = currentProfile();
    m_profileBox->showConnection(p ? m_hosts->state(p->id()) : RemoteHosts::State());
    m_submitPage->setSubmittable(p && !p->error && !p->isTemplate);
}

void RemoteJobsDock::updateResources()
{
    const auto* p = currentProfile();
    m_submitPage->showResources(p, p ? m_hosts->state(p->id()) : RemoteHosts::State());
}

void RemoteJobsDock::browseRemote(const QString& parameter)
{
    const auto* p = currentProfile();
    if (!p || p->error || p->isTemplate) return;
    auto host = m_hosts->host(p->id(), p->profile);
    if (!host) return;
    auto* browser = new RemoteFileBrowser(host, p->profile.workDir, this);
    browser->setAttribute(Qt::WA_DeleteOnClose);
    browser->setChooseMode(!parameter.isEmpty());
    if (!parameter.isEmpty()) {
        connect(browser, &QDialog::accepted, this, [this, browser, parameter] {
            m_submitPage->form()->setValue(parameter, browser->selectedPath());
        });
    }
    browser->open();
}

// --- Recipes and submission ------------------------------------------------------------------

const Remote::RecipeLibrary& RemoteJobsDock::recipes() const { return m_submitPage->recipes(); }

bool RemoteJobsDock::selectRecipe(const QString& id) { return m_submitPage->selectRecipe(id); }

RecipeForm* RemoteJobsDock::form() const { return m_submitPage->form(); }

QString RemoteJobsDock::submitMessage() const { return m_submitPage->message(); }

bool RemoteJobsDock::submit()
{
    const auto* p = currentProfile();
    const Base::Selection selection = m_selection ? m_selection->selection() : Base::Selection();
    QString error;
    std::optional<RemoteSubmitPage::Submission> submission = m_submitPage->prepare(p, selection, &error);
    if (!submission) {
        Q_EMIT submitFailed(error);
        return false;
    }
    auto host = m_hosts->host(p->id(), p->profile);
    if (!host) {
        error = tr("No transport for this profile.");
        m_submitPage->showFailure(error);
        Q_EMIT submitFailed(error);
        return false;
    }
    const Remote::JobRequest& request = submission->request;
    auto* task = new RemoteSubmitTask(host, p->profile, request, submission->entry, m_options.journalDirectory,
                                      m_options.resultsDirectory);
    m_submitPage->setSubmittable(false);
    m_submitPage->showMessage(tr("Submitting %1 to %2…").arg(request.name, p->profile.name));
    connect(task, &Base::Task::finished, this, [this, task](bool ok) {
        updateConnection();
        if (!ok) {
            const Base::Error e = task->error().value_or(Base::Error::cancelled());
            Base::Log::error(e);
            m_submitPage->showFailure(
                tr("Not submitted: %1").arg(e.where().isEmpty() ? e.message() : tr("%1: %2").arg(e.where(), e.message())),
                e.detail());
            Q_EMIT submitFailed(e.toString());
            return;
        }
        const Remote::JournalEntry& entry = task->entry();
        m_submitPage->showMessage(tr("Submitted as job %1.").arg(entry.job.id));
        m_jobs->upsert(entry);
        m_jobsPage->startLog(entry.key);
        startFollowing(entry);
        selectJob(entry.key);
        m_pages->setCurrentIndex(JobsPage);
        Q_EMIT statusMessage(tr("Job %1 submitted").arg(entry.job.id));
        Q_EMIT jobSubmitted(entry.key);
    });
    Base::TaskManager::instance()->start(task);
    return true;
}

// --- Jobs ------------------------------------------------------------------------------------

QTableView* RemoteJobsDock::jobView() const { return m_jobsPage->view(); }

JobLogView* RemoteJobsDock::logView() const { return m_jobsPage->logView(); }

QListWidget* RemoteJobsDock::resultList() const { return m_jobsPage->resultList(); }

QString RemoteJobsDock::currentJob() const { return m_jobsPage->currentJob(); }

void RemoteJobsDock::selectJob(const QString& key) { m_jobsPage->selectJob(key); }

bool RemoteJobsDock::isFollowing(const QString& key) const { return m_followers->isFollowing(key); }

QString RemoteJobsDock::logPath(const QString& key) const { return m_jobsPage->logPath(key); }

void RemoteJobsDock::updateJobsPageTitle()
{
    const int count = m_jobs->rowCount();
    m_pages->setTabText(JobsPage, count == 0 ? tr("Jobs") : tr("Jobs (%1)").arg(count));
}

std::optional<Remote::Profile> RemoteJobsDock::profileOf(const Remote::JournalEntry& entry, QString* error) const
{
    if (entry.profilePath.isEmpty()) return RemoteProfiles::embeddedDefault();
    // Read on a worker: the profiles folder as it is now (it is watched), or, for a profile file
    // elsewhere (estran-cli --profile), as the journal's loading found it.
    for (const RemoteProfiles::Entry& e : m_profileBox->profiles()) {
        if (e.path != entry.profilePath) continue;
        if (e.error) {
            if (error) *error = tr("%1: %2").arg(e.error->where(), e.error->message());
            return std::nullopt;
        }
        return e.profile;
    }
    if (const auto read = m_entryProfiles.constFind(entry.profilePath); read != m_entryProfiles.cend()) return *read;
    if (error) *error = m_entryProfileErrors.value(entry.profilePath, tr("%1: this profile file was not read").arg(entry.profilePath));
    return std::nullopt;
}

void RemoteJobsDock::startFollowing(const Remote::JournalEntry& entry)
{
    if (m_followers->isFollowing(entry.key)) return;
    QString error;
    const auto profile = profileOf(entry, &error);
    if (!profile) {
        m_jobs->setProblem(entry.key, error, {});
        Base::Log::error(entry.profilePath, tr("Cannot follow job %1: %2").arg(entry.job.id, error));
        return;
    }
    auto host = m_hosts->host(entry.profilePath, *profile);
    if (!host) return;
    m_followers->start(entry, host, *profile, logPath(entry.key));
    m_jobs->setFollowing(entry.key, true);
    m_jobsPage->updateActions();
}

void RemoteJobsDock::onArrived(const QString& key, const QStringList& paths)
{
    if (m_jobs->rowOf(key) < 0) return;
    for (const QString& path : paths) {
        Base::Log::info(path, tr("result arrived"));
        Q_EMIT resultArrived(path);
    }
}

void RemoteJobsDock::onEntryChanged(const Remote::JournalEntry& entry)
{
    // Followers only update rows: a row removed meanwhile stays removed.
    if (m_jobs->rowOf(entry.key) < 0) return;
    m_jobs->upsert(entry);
    m_jobsPage->showEntry(entry);
}

void RemoteJobsDock::onFollowEnded(const QString& key)
{
    m_jobs->setFollowing(key, false);
    m_jobsPage->updateActions();
    if (const Remote::JournalEntry* e = m_jobs->entry(key); e && e->last.isFinished()) {
        Q_EMIT statusMessage(tr("Job %1 %2").arg(e->job.id, JobTableModel::stateName(e->last.state)));
    }
}

void RemoteJobsDock::cancelJob(const QString& key)
{
    const Remote::JournalEntry* e = m_jobs->entry(key);
    if (!e) return;
    QString error;
    const auto profile = profileOf(*e, &error);
    if (!profile) return;
    auto host = m_hosts->host(e->profilePath, *profile);
    auto* task = new RemoteCancelTask(host, *profile, e->job);
    connect(task, &Base::Task::finished, this, [this, task, key](bool ok) {
        if (!ok && task->error()) {
            Base::Log::error(*task->error());
            Q_EMIT statusMessage(tr("Cannot cancel: %1").arg(task->error()->message()));
            return;
        }
        // The follower sees the cancelled state at its next round; a job nobody follows is
        // followed once more so its row and its last output are up to date.
        if (const Remote::JournalEntry* entry = m_jobs->entry(key)) startFollowing(*entry);
    });
    Base::TaskManager::instance()->start(task);
}

void RemoteJobsDock::removeJob(const QString& key)
{
    if (!m_jobs->entry(key)) return;
    m_followers->stopThen(key, [journalDir = m_options.journalDirectory, log = logPath(key), key] {
        QThreadPool::globalInstance()->start([journalDir, log, key] {
            if (auto removed = Remote::JobJournal(journalDir).remove(key); !removed) Base::Log::error(removed.error());
            QFile::remove(log);
        });
    });
    m_jobs->remove(key);
    m_jobsPage->forget(key);
}

void RemoteJobsDock::reattach(const QString& key)
{
    const Remote::JournalEntry* e = m_jobs->entry(key);
    if (!e) return;
    m_jobs->clearProblem(key);
    startFollowing(*e);
}

void RemoteJobsDock::openResultsFolder(const QString& key) { m_jobsPage->openResultsFolder(key); }

}  // namespace Estran::Gui
