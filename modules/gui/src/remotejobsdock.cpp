// SPDX-License-Identifier: GPL-3.0-or-later
#include "estran/gui/remotejobsdock.h"

#include "deliveryguard.h"
#include "remotecanceltask.h"
#include "remoteconnecttask.h"
#include "remoteloadtask.h"
#include "remotesubmittask.h"

#include "estran/base/feedback.h"
#include "estran/base/log.h"
#include "estran/base/selectionmodel.h"
#include "estran/base/task.h"
#include "estran/base/taskmanager.h"
#include "estran/gui/askpassprompter.h"
#include "estran/gui/jobfollowthread.h"
#include "estran/gui/jobtablemodel.h"
#include "estran/gui/recipeform.h"
#include "estran/gui/remotefilebrowser.h"
#include "estran/remote/remotehost.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QJsonDocument>
#include <QFile>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSet>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardPaths>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QThreadPool>
#include <QTimer>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

namespace Estran::Gui {

namespace {

QString schedulerTitle(const QString& name)
{
    if (name == u"slurm") return QStringLiteral("Slurm");
    if (name == u"pbs") return QStringLiteral("PBS");
    return name;
}

QLabel* hintLabel(const QString& text = {})
{
    auto* label = new QLabel(text);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

}  // namespace

RemoteJobsDock::RemoteJobsDock(Base::SelectionModel* selection, QWidget* parent)
    : RemoteJobsDock(selection, Options(), parent)
{
}

RemoteJobsDock::RemoteJobsDock(Base::SelectionModel* selection, Options options, QWidget* parent)
    : QWidget(parent), m_selection(selection), m_options(std::move(options)),
      m_guard(std::make_shared<DeliveryGuard>(this)), m_prompter(new AskpassPrompter(this, this)),
      m_jobs(new JobTableModel(this)), m_watcher(new QFileSystemWatcher(this))
{
    setObjectName(QStringLiteral("RemoteJobsDock"));
    if (m_options.journalDirectory.isEmpty()) m_options.journalDirectory = Remote::JobJournal::defaultDirectory();
    if (m_options.profilesDirectory.isEmpty()) m_options.profilesDirectory = RemoteProfiles::defaultUserDirectory();
    if (!m_options.templateDirectories) m_options.templateDirectories = RemoteProfiles::defaultTemplateDirectories();
    if (m_options.resultsDirectory.isEmpty()) {
        m_options.resultsDirectory =
            QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("results"));
    }
    if (!m_options.ssh.askpass) m_options.ssh.askpass = m_prompter->handler();

    // Two pages under the profile: a side panel is too short for the form and the jobs at once.
    auto* scroll = new QScrollArea;
    auto* top = new QWidget;
    auto* topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(createSubmitBox());
    topLayout->addStretch(1);
    scroll->setWidget(top);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_pages = new QTabWidget;
    m_pages->setObjectName(QStringLiteral("pages"));
    m_pages->addTab(scroll, tr("New job"));
    m_pages->addTab(createJobsBox(), tr("Jobs"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(createProfileBox());
    layout->addWidget(m_pages, 1);

    if (m_selection) m_form->setSelectionModel(m_selection);
    connect(m_recipeBox, &QComboBox::currentIndexChanged, this, &RemoteJobsDock::onRecipeChanged);
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, this, &RemoteJobsDock::reloadProfiles);

    // Profiles, recipes and the journal (every job the user submitted from here or from
    // estran-cli) are files: they are read by a task, and the panel is busy until they arrive.
    m_loadingLabel = hintLabel(tr("Reading profiles, recipes and jobs…"));
    m_loadingLabel->setObjectName(QStringLiteral("loading"));
    layout->insertWidget(0, m_loadingLabel);
    setBusy(true);
    startLoad(true);

    updateJobsPageTitle();
    connect(m_jobs, &QAbstractItemModel::rowsInserted, this, &RemoteJobsDock::updateJobsPageTitle);
    connect(m_jobs, &QAbstractItemModel::rowsRemoved, this, &RemoteJobsDock::updateJobsPageTitle);
    connect(m_jobs, &QAbstractItemModel::modelReset, this, &RemoteJobsDock::updateJobsPageTitle);

    auto* ticker = new QTimer(this);
    connect(ticker, &QTimer::timeout, m_jobs, &JobTableModel::tick);
    ticker->start(1000);
    updateJobButtons();
}

RemoteJobsDock::~RemoteJobsDock()
{
    // First the prompter: a follower waiting for an answer from one of its dialogs is answered
    // "refused" at once instead of holding up the wait below.
    delete m_prompter;
    m_prompter = nullptr;
    m_guard->close();
    // Jobs keep running on their hosts; the followers stop and the journal holds where they were.
    const QList<JobFollowThread*> threads = m_threads.values();
    for (JobFollowThread* thread : threads) {
        disconnect(thread, nullptr, this, nullptr);
        thread->stop();
    }
    for (JobFollowThread* thread : threads) {
        // A round cancels promptly (ssh and local commands are killed); a host that does not
        // answer must not hang the window's closing: such a thread finishes on its own.
        if (!thread->wait(5000)) {
            Base::Log::warning(thread->key(), tr("The job's follower did not stop in time; it ends in the background"));
            thread->setParent(nullptr);
            connect(thread, &QThread::finished, thread, &QObject::deleteLater);
        } else {
            delete thread;
        }
    }
    m_threads.clear();
}

// --- Profile and connection ------------------------------------------------------------------

QWidget* RemoteJobsDock::createProfileBox()
{
    auto* box = new QGroupBox(tr("Where"));
    m_profileBox = new QComboBox;
    m_profileBox->setObjectName(QStringLiteral("profile"));
    m_profileBox->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_profileBox->setMinimumContentsLength(16);
    // A push button with a menu leaves room for the menu arrow (a tool button draws it over the text).
    m_editProfiles = new QPushButton(tr("Edit profiles…"));
    auto* menu = new QMenu(m_editProfiles);
    // The folder exists: reading the profiles made it.
    menu->addAction(tr("Open the profiles folder"), this, [this] {
        QDesktopServices::openUrl(QUrl::fromLocalFile(m_options.profilesDirectory));
    });
    QAction* fromTemplate = menu->addAction(tr("New profile from this template…"), this, &RemoteJobsDock::newProfileFromTemplate);
    menu->addAction(tr("Open this profile's file"), this, [this] {
        if (const auto* p = currentProfile(); p && !p->path.isEmpty()) QDesktopServices::openUrl(QUrl::fromLocalFile(p->path));
    });
    menu->addAction(tr("Reload profiles"), this, &RemoteJobsDock::reloadProfiles);
    connect(menu, &QMenu::aboutToShow, this, [this, fromTemplate] {
        const auto* p = currentProfile();
        fromTemplate->setEnabled(p && p->isTemplate);
    });
    m_editProfiles->setMenu(menu);

    m_notes = hintLabel();
    m_notes->setObjectName(QStringLiteral("notes"));
    m_notes->setTextFormat(Qt::PlainText);
    m_connection = new QLabel;
    m_connection->setObjectName(QStringLiteral("connection"));
    m_connection->setWordWrap(true);
    m_connection->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_connect = new QPushButton(tr("Connect"));
    m_connect->setObjectName(QStringLiteral("connect"));
    m_browse = new QPushButton(tr("Files…"));
    m_browse->setToolTip(tr("Browse the host's files, starting at the profile's work folder"));

    auto* row = new QHBoxLayout;
    row->addWidget(m_profileBox, 1);
    row->addWidget(m_editProfiles);
    auto* connectRow = new QHBoxLayout;
    connectRow->addWidget(m_connection, 1);
    connectRow->addWidget(m_browse);
    connectRow->addWidget(m_connect);
    auto* layout = new QVBoxLayout(box);
    layout->addLayout(row);
    layout->addWidget(m_notes);
    layout->addLayout(connectRow);

    connect(m_profileBox, &QComboBox::currentIndexChanged, this, &RemoteJobsDock::onProfileChanged);
    connect(m_connect, &QPushButton::clicked, this, [this] {
        const auto* p = currentProfile();
        if (!p) return;
        const HostState state = m_hosts.value(p->id());
        if (state.connection == Connection::Connected || state.connection == Connection::Connecting) disconnectProfile();
        else connectProfile();
    });
    connect(m_browse, &QPushButton::clicked, this, [this] { browseRemote({}); });
    return box;
}

void RemoteJobsDock::reloadProfiles() { startLoad(false); }

void RemoteJobsDock::setBusy(bool busy)
{
    m_loadingLabel->setVisible(busy);
    m_profileBox->setEnabled(!busy);
    m_editProfiles->setEnabled(!busy);
    m_pages->setEnabled(!busy);
    if (busy) {
        m_connect->setEnabled(false);
        m_browse->setEnabled(false);
    }
}

void RemoteJobsDock::startLoad(bool everything)
{
    RemoteLoadTask::Request request;
    request.profilesDirectory = m_options.profilesDirectory;
    request.templateDirectories = *m_options.templateDirectories;
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
        if (generation == m_profilesGeneration) applyProfiles(task->profiles());
        if (task->request().journalDirectory) applyJournal(*task);
    });
    Base::TaskManager::instance()->start(task);
}

void RemoteJobsDock::applyRecipes(const Remote::RecipeLibrary& library)
{
    m_library = library;
    QSignalBlocker block(m_recipeBox);
    m_recipeBox->clear();
    for (const Remote::Recipe& recipe : m_library.recipes()) {
        m_recipeBox->addItem(recipe.title.isEmpty() ? recipe.id : recipe.title, recipe.id);
        m_recipeBox->setItemData(m_recipeBox->count() - 1, recipe.description, Qt::ToolTipRole);
    }
    QHash<QString, QString> titles;
    for (const Remote::Recipe& recipe : m_library.recipes()) titles.insert(recipe.id, recipe.title);
    m_jobs->setRecipeTitles(titles);
    block.unblock();
    onRecipeChanged();
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
        selectJob(m_jobs->entry(0)->key);
        m_pages->setCurrentIndex(JobsPage);
    }
    updateJobsPageTitle();
    updateJobButtons();
    m_loaded = true;
    setBusy(false);
    updateConnection();
    Q_EMIT loaded();
}

void RemoteJobsDock::applyProfiles(const QList<RemoteProfiles::Entry>& profiles)
{
    if (!m_watcher->directories().contains(m_options.profilesDirectory)) m_watcher->addPath(m_options.profilesDirectory);
    const QString current = currentProfile() ? currentProfile()->id() : QString();
    const bool hadSelection = m_profileBox->currentIndex() >= 0;
    m_profiles = profiles;
    QSignalBlocker block(m_profileBox);
    m_profileBox->clear();
    bool templatesStarted = false;
    const QIcon computer = style()->standardIcon(QStyle::SP_ComputerIcon);
    const QIcon cluster = style()->standardIcon(QStyle::SP_DriveNetIcon);
    const QIcon broken = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    for (int i = 0; i < m_profiles.size(); ++i) {
        const RemoteProfiles::Entry& e = m_profiles[i];
        if (e.isTemplate && !templatesStarted) {
            m_profileBox->insertSeparator(m_profileBox->count());
            templatesStarted = true;
        }
        const QIcon icon = e.error ? broken
                                   : (e.profile.scheduler == Remote::Profile::Scheduler::Local && e.profile.host.isEmpty() ? computer : cluster);
        const QString text = e.isTemplate ? tr("%1 (template)").arg(e.profile.name) : e.profile.name;
        m_profileBox->addItem(icon, text, i);
        m_profileBox->setItemData(m_profileBox->count() - 1, e.path.isEmpty() ? tr("Built in") : e.path, Qt::ToolTipRole);
    }
    int index = 0;
    const QString wanted = m_selectAfterLoad.isEmpty() ? current : QFileInfo(m_selectAfterLoad).absoluteFilePath();
    for (int i = 0; i < m_profileBox->count(); ++i) {
        const QVariant v = m_profileBox->itemData(i);
        if (v.isValid() && m_profiles[v.toInt()].id() == wanted) index = i;
    }
    m_profileBox->setCurrentIndex(hadSelection || !m_selectAfterLoad.isEmpty() ? index : 0);
    m_selectAfterLoad.clear();
    block.unblock();
    onProfileChanged();
    Q_EMIT profilesChanged();
}

const RemoteProfiles::Entry* RemoteJobsDock::currentProfile() const
{
    const QVariant v = m_profileBox->currentData();
    if (!v.isValid()) return nullptr;
    const int i = v.toInt();
    return i >= 0 && i < m_profiles.size() ? &m_profiles[i] : nullptr;
}

bool RemoteJobsDock::selectProfile(const QString& nameOrPath)
{
    for (int i = 0; i < m_profileBox->count(); ++i) {
        const QVariant v = m_profileBox->itemData(i);
        if (!v.isValid()) continue;
        const RemoteProfiles::Entry& e = m_profiles[v.toInt()];
        if (e.profile.name == nameOrPath || (!e.path.isEmpty() && e.path == QFileInfo(nameOrPath).absoluteFilePath())) {
            m_profileBox->setCurrentIndex(i);
            return true;
        }
    }
    return false;
}

void RemoteJobsDock::onProfileChanged()
{
    const auto* p = currentProfile();
    QString notes;
    if (p && p->error) {
        notes = tr("This profile does not load: %1 (%2)").arg(p->error->message(), p->error->where());
    } else if (p) {
        notes = p->profile.notes;
        if (p->isTemplate) {
            notes = tr("Template: make your own copy (Edit profiles… ▸ New profile from this template) and fill in "
                       "your login before connecting.") +
                    (notes.isEmpty() ? QString() : QStringLiteral("\n") + notes);
        }
    }
    m_notes->setText(notes);
    m_notes->setVisible(!notes.isEmpty());
    // This computer answers at once and asks nothing: show what it offers without a click.
    if (p && !p->error && p->profile.scheduler == Remote::Profile::Scheduler::Local && p->profile.host.isEmpty() &&
        m_hosts.value(p->id()).connection == Connection::Disconnected) {
        connectProfile();
        return;
    }
    updateConnection();
    updateResources();
}

std::shared_ptr<Remote::RemoteHost> RemoteJobsDock::hostFor(const QString& profileId, const Remote::Profile& profile)
{
    HostState& state = m_hosts[profileId];
    const QByteArray json = QJsonDocument(profile.toJson()).toJson(QJsonDocument::Compact);
    if (state.host && state.profileJson != json) {
        // The profile file was edited (host, user, bastion...): the old connection's settings
        // must not be used any more. Followers holding the old host keep it until they stop.
        state = HostState{};
    }
    if (!state.host) {
        state.host = Remote::createHost(profile, m_options.ssh);
        state.profileJson = json;
    }
    return state.host;
}

void RemoteJobsDock::connectProfile()
{
    const auto* p = currentProfile();
    if (!p || p->error) return;
    const QString id = p->id();
    auto host = hostFor(id, p->profile);
    if (!host) return;
    HostState& state = m_hosts[id];
    if (state.connection == Connection::Connecting) return;
    state.connection = Connection::Connecting;
    state.error.clear();
    updateConnection();
    auto* task = new RemoteConnectTask(host, p->profile);
    connect(task, &Base::Task::finished, this, [this, task, id](bool ok) {
        HostState& s = m_hosts[id];
        if (s.connection != Connection::Connecting) return;  // disconnected meanwhile
        if (ok) {
            s.connection = Connection::Connected;
            s.info = task->info();
        } else {
            s.connection = Connection::Failed;
            s.error = task->error() ? task->error()->message() + (task->error()->detail().isEmpty() ? QString() : QStringLiteral(" (%1)").arg(task->error()->detail()))
                                    : tr("cancelled");
            if (task->error()) Base::Log::error(*task->error());
        }
        updateConnection();
        updateResources();
        const auto* cur = currentProfile();
        Q_EMIT connectionChanged(id, ok, cur && cur->id() == id ? connectionText() : s.error);
    });
    Base::TaskManager::instance()->start(task);
}

void RemoteJobsDock::disconnectProfile()
{
    const auto* p = currentProfile();
    if (!p) return;
    const QString id = p->id();
    HostState& state = m_hosts[id];
    // Followers of this profile stop (Re-attach resumes them); the jobs go on running.
    for (auto it = m_threads.cbegin(); it != m_threads.cend(); ++it) {
        const Remote::JournalEntry* e = m_jobs->entry(it.key());
        if (e && e->profilePath == id) it.value()->stop();
    }
    if (state.host) {
        std::shared_ptr<Remote::RemoteHost> host = std::move(state.host);
        // ssh -O exit talks to the master: on a worker, like every other ssh call.
        QThreadPool::globalInstance()->start([host] {
            if (auto* ssh = dynamic_cast<Remote::SshHost*>(host.get())) ssh->disconnect();
        });
    }
    state = HostState();
    updateConnection();
    Q_EMIT connectionChanged(id, false, connectionText());
}

QString RemoteJobsDock::connectionText() const { return m_connection->text(); }

void RemoteJobsDock::updateConnection()
{
    const auto* p = currentProfile();
    const HostState state = p ? m_hosts.value(p->id()) : HostState();
    QString text;
    QString tip;
    switch (state.connection) {
    case Connection::Disconnected:
        text = p && p->profile.host.isEmpty() ? tr("Not probed yet: Connect shows what this computer offers.")
                                              : tr("Not connected.");
        break;
    case Connection::Connecting: text = tr("Connecting…"); break;
    case Connection::Failed: text = tr("Connection failed: %1").arg(state.error); break;
    case Connection::Connected: {
        const Remote::SchedulerInfo& info = *state.info;
        QStringList parts;
        if (info.scheduler == u"local") {
            parts << (info.version.isEmpty() ? tr("jobs run as processes here") : tr("jobs run as processes on %1").arg(info.version));
        } else {
            parts << (info.version.isEmpty() ? schedulerTitle(info.scheduler)
                                             : tr("%1 %2").arg(schedulerTitle(info.scheduler), info.version));
        }
        if (!info.queues.isEmpty()) {
            parts << tr("queues: %1").arg(info.queues.join(QStringLiteral(", ")));
        }
        if (!info.machineReadable && info.scheduler != u"local") parts << tr("text output (older version)");
        text = tr("Connected — %1").arg(parts.join(QStringLiteral("; ")));
        tip = info.limits.join(u'\n');
        if (!info.limits.isEmpty()) text += QStringLiteral("\n") + info.limits.join(QStringLiteral("\n"));
        break;
    }
    }
    m_connection->setText(text);
    m_connection->setToolTip(tip);
    const bool busy = state.connection == Connection::Connecting;
    const bool connected = state.connection == Connection::Connected;
    m_connect->setText(connected || busy ? tr("Disconnect") : tr("Connect"));
    m_connect->setEnabled(p && !p->error && !p->isTemplate);
    m_browse->setEnabled(p && !p->error && !p->isTemplate);
    if (m_submit) m_submit->setEnabled(p && !p->error && !p->isTemplate && m_recipeBox->count() > 0);
    QPalette pal = m_connection->palette();
    pal.setColor(QPalette::WindowText, state.connection == Connection::Failed ? JobTableModel::stateColour(Remote::JobState::Failed)
                                                                               : palette().color(QPalette::WindowText));
    m_connection->setPalette(pal);
}

void RemoteJobsDock::newProfileFromTemplate()
{
    const auto* p = currentProfile();
    if (!p || !p->isTemplate) return;
    const QString source = p->path;
    const QString folder = m_options.profilesDirectory;
    // Copying reads the template: on a worker, like every other file of the panel.
    QThreadPool::globalInstance()->start([guard = m_guard, source, folder, this] {
        QDir().mkpath(folder);
        QString target = QDir(folder).filePath(QFileInfo(source).fileName());
        for (int n = 2; QFileInfo::exists(target); ++n) {
            target = QDir(folder).filePath(QStringLiteral("%1-%2.json").arg(QFileInfo(source).completeBaseName()).arg(n));
        }
        const bool copied = QFile::copy(source, target) &&
                            QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup |
                                                              QFile::ReadOther);
        guard->post([this, target, copied] {
            if (!copied) {
                Base::Log::error(target, tr("Cannot copy the profile template"));
                return;
            }
            m_selectAfterLoad = target;
            reloadProfiles();
            QDesktopServices::openUrl(QUrl::fromLocalFile(target));
            Q_EMIT statusMessage(tr("Created %1: fill in your login, save, and it is listed here").arg(target));
        });
    });
}

// --- Recipe form and submission --------------------------------------------------------------

QWidget* RemoteJobsDock::createSubmitBox()
{
    // The page's tab already says "New job": no second title.
    auto* box = new QWidget;
    m_recipeBox = new QComboBox;
    m_recipeBox->setObjectName(QStringLiteral("recipe"));
    m_recipeDescription = hintLabel();
    m_form = new RecipeForm;

    m_queue = new QComboBox;
    m_queue->setEditable(true);
    m_queue->setObjectName(QStringLiteral("queue"));
    m_cpus = new QSpinBox;
    m_cpus->setRange(1, 4096);
    m_memory = new QSpinBox;
    m_memory->setRange(0, 4 * 1024 * 1024);
    m_memory->setSingleStep(1024);
    m_memory->setSuffix(tr(" MB"));
    m_memory->setSpecialValueText(tr("scheduler's default"));
    m_walltime = new QSpinBox;
    m_walltime->setRange(0, 60 * 24 * 30);
    m_walltime->setSingleStep(30);
    m_walltime->setSuffix(tr(" min"));
    m_walltime->setSpecialValueText(tr("scheduler's default"));
    auto* resources = new QGroupBox(tr("Resources"));
    auto* resourceForm = new QFormLayout(resources);
    resourceForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    resourceForm->addRow(tr("Queue"), m_queue);
    resourceForm->addRow(tr("CPUs"), m_cpus);
    resourceForm->addRow(tr("Memory"), m_memory);
    resourceForm->addRow(tr("Wall time"), m_walltime);

    m_submit = new QPushButton(tr("Submit"));
    m_submit->setObjectName(QStringLiteral("submit"));
    m_submit->setIcon(style()->standardIcon(QStyle::SP_MediaPlay));
    m_message = new QLabel;
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* submitRow = new QHBoxLayout;
    submitRow->addWidget(m_message, 1);
    submitRow->addWidget(m_submit, 0, Qt::AlignTop);

    auto* recipeForm = new QFormLayout;
    recipeForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    recipeForm->addRow(tr("Recipe"), m_recipeBox);
    auto* layout = new QVBoxLayout(box);
    layout->addLayout(recipeForm);
    layout->addWidget(m_recipeDescription);
    layout->addWidget(m_form);
    layout->addWidget(resources);
    layout->addLayout(submitRow);

    connect(m_submit, &QPushButton::clicked, this, [this] { (void)submit(); });
    connect(m_form, &RecipeForm::browseRequested, this, &RemoteJobsDock::browseRemote);
    connect(m_form, &RecipeForm::changed, m_message, &QLabel::clear);
    return box;
}

bool RemoteJobsDock::selectRecipe(const QString& id)
{
    const int i = m_recipeBox->findData(id);
    if (i < 0) return false;
    m_recipeBox->setCurrentIndex(i);
    return true;
}

void RemoteJobsDock::onRecipeChanged()
{
    const Remote::Recipe* recipe = m_library.find(m_recipeBox->currentData().toString());
    m_recipeDescription->setText(recipe ? recipe->description : tr("No recipe found."));
    if (recipe) {
        m_form->setRecipe(*recipe);
        if (!recipe->tools.isEmpty()) {
            m_recipeDescription->setText(tr("%1\nNeeds on the host: %2").arg(recipe->description, recipe->tools.join(QStringLiteral(", "))));
        }
    }
    updateResources();
    m_message->clear();
}

void RemoteJobsDock::updateResources()
{
    const auto* p = currentProfile();
    const Remote::Recipe* recipe = m_library.find(m_recipeBox->currentData().toString());
    if (recipe) {
        m_cpus->setValue(std::max(1, recipe->cpus));
        m_memory->setValue(recipe->memoryMb);
        m_walltime->setValue(recipe->walltimeMinutes);
    }
    const QString typed = m_queue->currentText();
    m_queue->clear();
    if (p) {
        const HostState state = m_hosts.value(p->id());
        QStringList queues = state.info ? state.info->queues : QStringList();
        QString preferred = p->profile.partition;
        if (preferred.isEmpty() && state.info) preferred = state.info->defaultQueue;
        if (!preferred.isEmpty() && !queues.contains(preferred)) queues.prepend(preferred);
        m_queue->addItems(queues);
        m_queue->setCurrentText(preferred.isEmpty() ? typed : preferred);
        const bool local = p->profile.scheduler == Remote::Profile::Scheduler::Local;
        // A local job is a process: no queue, and the machine's CPUs and memory are all there.
        for (QWidget* w : {static_cast<QWidget*>(m_queue), static_cast<QWidget*>(m_cpus), static_cast<QWidget*>(m_memory)}) {
            w->setEnabled(!local);
            w->setToolTip(local ? tr("Not used on this computer (no scheduler)") : QString());
        }
        m_queue->lineEdit()->setPlaceholderText(local ? tr("none") : tr("the profile's default"));
    }
}

bool RemoteJobsDock::submit()
{
    const auto* p = currentProfile();
    const Remote::Recipe* recipe = m_library.find(m_recipeBox->currentData().toString());
    auto fail = [this](const QString& text) {
        m_message->setText(text);
        m_message->setStyleSheet(QStringLiteral("color: %1").arg(JobTableModel::stateColour(Remote::JobState::Failed).name()));
        Q_EMIT submitFailed(text);
        return false;
    };
    if (!p || p->error) return fail(tr("Choose a profile that loads."));
    if (p->isTemplate) return fail(tr("This is a template: make your own copy first (Edit profiles…)."));
    if (!recipe) return fail(tr("Choose a recipe."));
    const Base::Selection selection = m_selection ? m_selection->selection() : Base::Selection();
    auto resolved = m_form->recipe().resolve(m_form->values(), &selection);
    if (!resolved) return fail(resolved.error().where().isEmpty() ? resolved.error().message()
                                                                  : tr("%1: %2").arg(resolved.error().where(), resolved.error().message()));
    auto request = m_form->recipe().jobRequest(*resolved);
    if (!request) return fail(tr("%1: %2").arg(request.error().where(), request.error().message()));
    if (request->name.isEmpty()) request->name = recipe->id;
    request->queue = m_queue->isEnabled() ? m_queue->currentText().trimmed() : QString();
    request->cpus = m_cpus->value();
    request->memoryMb = m_memory->value();
    request->walltimeMinutes = m_walltime->value();

    auto host = hostFor(p->id(), p->profile);
    if (!host) return fail(tr("No transport for this profile."));
    Remote::JournalEntry entry;
    entry.profilePath = p->path;
    entry.profileName = p->path.isEmpty() ? QStringLiteral("local") : p->profile.name;
    entry.recipe = recipe->id;
    entry.parameters = *resolved;
    auto* task = new RemoteSubmitTask(host, p->profile, *request, entry, m_options.journalDirectory, m_options.resultsDirectory);
    ++m_submitting;
    m_submit->setEnabled(false);
    m_message->setStyleSheet({});
    m_message->setText(tr("Submitting %1 to %2…").arg(request->name, p->profile.name));
    connect(task, &Base::Task::finished, this, [this, task](bool ok) {
        --m_submitting;
        updateConnection();
        if (!ok) {
            const Base::Error e = task->error().value_or(Base::Error::cancelled());
            Base::Log::error(e);
            m_message->setText(tr("Not submitted: %1").arg(e.where().isEmpty() ? e.message() : tr("%1: %2").arg(e.where(), e.message())));
            m_message->setStyleSheet(QStringLiteral("color: %1").arg(JobTableModel::stateColour(Remote::JobState::Failed).name()));
            m_message->setToolTip(e.detail());
            Q_EMIT submitFailed(e.toString());
            return;
        }
        const Remote::JournalEntry& entry = task->entry();
        m_message->setText(tr("Submitted as job %1.").arg(entry.job.id));
        m_jobs->upsert(entry);
        m_logs.insert(entry.key, {});
        startFollowing(entry);
        selectJob(entry.key);
        m_pages->setCurrentIndex(JobsPage);
        Q_EMIT statusMessage(tr("Job %1 submitted").arg(entry.job.id));
        Q_EMIT jobSubmitted(entry.key);
    });
    Base::TaskManager::instance()->start(task);
    return true;
}

QString RemoteJobsDock::submitMessage() const { return m_message->text(); }

void RemoteJobsDock::browseRemote(const QString& parameter)
{
    const auto* p = currentProfile();
    if (!p || p->error || p->isTemplate) return;
    auto host = hostFor(p->id(), p->profile);
    if (!host) return;
    auto* browser = new RemoteFileBrowser(host, p->profile.workDir, this);
    browser->setAttribute(Qt::WA_DeleteOnClose);
    browser->setChooseMode(!parameter.isEmpty());
    if (!parameter.isEmpty()) {
        connect(browser, &QDialog::accepted, this, [this, browser, parameter] { m_form->setValue(parameter, browser->selectedPath()); });
    }
    browser->open();
}

// --- Jobs ------------------------------------------------------------------------------------

QWidget* RemoteJobsDock::createJobsBox()
{
    auto* box = new QWidget;
    m_jobView = new QTableView;
    m_jobView->setObjectName(QStringLiteral("jobs"));
    m_jobView->setModel(m_jobs);
    m_jobView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_jobView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_jobView->verticalHeader()->hide();
    m_jobView->setShowGrid(false);
    m_jobView->setAlternatingRowColors(true);
    m_jobView->setWordWrap(false);
    m_jobView->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_jobView->verticalHeader()->setDefaultSectionSize(m_jobView->fontMetrics().height() + 8);
    QHeaderView* header = m_jobView->horizontalHeader();
    header->setSectionResizeMode(JobTableModel::NameColumn, QHeaderView::Stretch);
    for (int c : {int(JobTableModel::ProfileColumn), int(JobTableModel::StateColumn), int(JobTableModel::SubmittedColumn),
                  int(JobTableModel::DurationColumn), int(JobTableModel::ExitColumn)}) {
        header->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    }
    header->setHighlightSections(false);

    m_cancel = new QPushButton(tr("Cancel job"));
    m_remove = new QPushButton(tr("Remove from list"));
    m_openFolder = new QPushButton(tr("Results folder"));
    m_reattach = new QPushButton(tr("Re-attach"));
    m_cancel->setIcon(style()->standardIcon(QStyle::SP_BrowserStop));
    m_openFolder->setIcon(style()->standardIcon(QStyle::SP_DirOpenIcon));
    m_reattach->setIcon(style()->standardIcon(QStyle::SP_BrowserReload));
    m_remove->setToolTip(tr("Forget this job here (a running job goes on running on its host)"));
    m_reattach->setToolTip(tr("Follow this job again: new output and result files are brought back"));
    m_openFolder->setToolTip(tr("Open the folder where this job's results arrive"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_reattach);
    buttons->addWidget(m_openFolder);
    buttons->addStretch(1);
    buttons->addWidget(m_remove);
    for (QPushButton* b : {m_cancel, m_reattach, m_openFolder, m_remove}) {
        auto* action = new QAction(b->icon(), b->text(), m_jobView);
        connect(action, &QAction::triggered, b, &QPushButton::click);
        m_jobView->addAction(action);
    }

    m_log = new JobLogView;
    m_log->setObjectName(QStringLiteral("log"));
    m_results = new QListWidget;
    m_results->setObjectName(QStringLiteral("results"));
    m_results->setToolTip(tr("Double-click to open in the viewer"));
    m_tabs = new QTabWidget;
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_log, tr("Log"));
    m_tabs->addTab(m_results, tr("Results"));

    auto* top = new QWidget;
    auto* topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 4, 0, 0);
    topLayout->addWidget(m_jobView, 1);
    topLayout->addLayout(buttons);
    auto* split = new QSplitter(Qt::Vertical);
    split->setChildrenCollapsible(false);
    split->addWidget(top);
    split->addWidget(m_tabs);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);

    connect(m_jobView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                showJob(current.isValid() ? current.data(JobTableModel::KeyRole).toString() : QString());
            });
    connect(m_jobs, &QAbstractItemModel::dataChanged, this, &RemoteJobsDock::updateJobButtons);
    connect(m_jobs, &QAbstractItemModel::rowsRemoved, this, &RemoteJobsDock::updateJobButtons);
    connect(m_cancel, &QPushButton::clicked, this, [this] { cancelJob(currentJob()); });
    connect(m_remove, &QPushButton::clicked, this, [this] { removeJob(currentJob()); });
    connect(m_openFolder, &QPushButton::clicked, this, [this] { openResultsFolder(currentJob()); });
    connect(m_reattach, &QPushButton::clicked, this, [this] { reattach(currentJob()); });
    connect(m_results, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        Q_EMIT openRequested(item->data(Qt::UserRole).toString());
    });
    return box;
}

QString RemoteJobsDock::currentJob() const { return m_shownJob; }

void RemoteJobsDock::selectJob(const QString& key)
{
    const int row = m_jobs->rowOf(key);
    if (row < 0) return;
    m_jobView->selectionModel()->setCurrentIndex(m_jobs->index(row, 0),
                                                 QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    showJob(key);
}

QString RemoteJobsDock::logPath(const QString& key) const
{
    return QDir(m_options.journalDirectory).filePath(QStringLiteral("logs/%1.log").arg(key));
}

void RemoteJobsDock::showJob(const QString& key)
{
    if (key == m_shownJob && !key.isEmpty()) return;
    m_shownJob = key;
    m_log->clearLog();
    m_results->clear();
    const Remote::JournalEntry* entry = m_jobs->entry(key);
    if (entry) {
        if (m_logs.contains(key)) {
            showLog(key);
        } else {
            // Read on a worker (a job's log may be long). A follower started meanwhile sends
            // the same history itself, and its copy wins: see onHistory().
            const QString path = logPath(key);
            QThreadPool::globalInstance()->start([guard = m_guard, path, key, this] {
                QList<JobLogView::Chunk> chunks = JobLogView::readFile(path);
                guard->post([this, key, chunks = std::move(chunks)] {
                    if (m_logs.contains(key) || m_jobs->rowOf(key) < 0) return;
                    m_logs.insert(key, chunks);
                    if (key == m_shownJob) showLog(key);
                });
            });
        }
        showResults(*entry);
    }
    updateJobButtons();
}

void RemoteJobsDock::showLog(const QString& key)
{
    m_log->clearLog();
    for (const JobLogView::Chunk& chunk : m_logs.value(key)) m_log->appendOutput(chunk.bytes, chunk.isError);
}

void RemoteJobsDock::onHistory(const QString& key, const QList<JobLogView::Chunk>& chunks)
{
    if (m_jobs->rowOf(key) < 0) return;
    // The follower read the file before writing to it: its history plus its output is the whole
    // log, whatever another read put here before.
    m_logs.insert(key, chunks);
    if (key == m_shownJob) showLog(key);
}

void RemoteJobsDock::showResults(const Remote::JournalEntry& entry)
{
    m_results->clear();
    const QIcon icon = style()->standardIcon(QStyle::SP_FileIcon);
    for (auto it = entry.fetched.cbegin(); it != entry.fetched.cend(); ++it) {
        const QString path = QDir(entry.fetchDir).filePath(it.key());
        auto* item = new QListWidgetItem(icon, it.key(), m_results);
        item->setData(Qt::UserRole, path);
        item->setToolTip(path);
    }
    m_tabs->setTabText(1, entry.fetched.isEmpty() ? tr("Results") : tr("Results (%1)").arg(entry.fetched.size()));
}

void RemoteJobsDock::updateJobsPageTitle()
{
    const int count = m_jobs->rowCount();
    m_pages->setTabText(JobsPage, count == 0 ? tr("Jobs") : tr("Jobs (%1)").arg(count));
    // The profile column says something only when the jobs ran in more than one place.
    QSet<QString> places;
    for (int row = 0; row < count; ++row) places.insert(m_jobs->entry(row)->profilePath);
    m_jobView->setColumnHidden(JobTableModel::ProfileColumn, places.size() < 2);
}

void RemoteJobsDock::updateJobButtons()
{
    const Remote::JournalEntry* e = m_jobs->entry(m_shownJob);
    m_cancel->setEnabled(e && !e->last.isFinished());
    m_remove->setEnabled(e != nullptr);
    m_openFolder->setEnabled(e && !e->fetchDir.isEmpty());
    m_reattach->setEnabled(e && !m_threads.contains(e->key));
    // The table's context menu mirrors the buttons, in the same order.
    const QList<QAction*> actions = m_jobView->actions();
    const QList<QPushButton*> buttons{m_cancel, m_reattach, m_openFolder, m_remove};
    for (qsizetype i = 0; i < actions.size() && i < buttons.size(); ++i) actions[i]->setEnabled(buttons[i]->isEnabled());
}

std::optional<Remote::Profile> RemoteJobsDock::profileOf(const Remote::JournalEntry& entry, QString* error) const
{
    if (entry.profilePath.isEmpty()) return RemoteProfiles::embeddedDefault();
    // Read on a worker: the profiles folder as it is now (it is watched), or, for a profile file
    // elsewhere (estran-cli --profile), as the journal's loading found it.
    for (const RemoteProfiles::Entry& e : m_profiles) {
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
    if (m_threads.contains(entry.key)) return;
    QString error;
    const auto profile = profileOf(entry, &error);
    if (!profile) {
        m_jobs->setProblem(entry.key, error, {});
        Base::Log::error(entry.profilePath, tr("Cannot follow job %1: %2").arg(entry.job.id, error));
        return;
    }
    auto host = hostFor(entry.profilePath, *profile);
    if (!host) return;
    auto* thread = new JobFollowThread(host, *profile, entry, m_options.journalDirectory, logPath(entry.key), this);
    connect(thread, &JobFollowThread::history, this, &RemoteJobsDock::onHistory);
    connect(thread, &JobFollowThread::output, this, &RemoteJobsDock::onOutput);
    connect(thread, &JobFollowThread::arrived, this, &RemoteJobsDock::onArrived);
    connect(thread, &JobFollowThread::entryChanged, this, &RemoteJobsDock::onEntryChanged);
    connect(thread, &JobFollowThread::problem, this, [this](const QString& key, const QString& message, int seconds) {
        m_jobs->setProblem(key, message, QDateTime::currentDateTimeUtc().addSecs(seconds));
    });
    connect(thread, &QThread::finished, this, [this, key = entry.key] { onFollowEnded(key); });
    m_threads.insert(entry.key, thread);
    m_jobs->setFollowing(entry.key, true);
    thread->start();
    updateJobButtons();
}

void RemoteJobsDock::onOutput(const QString& key, const QByteArray& bytes, bool isError)
{
    // A follower stopped by Remove may still have a round's signals queued: its row is gone.
    if (m_jobs->rowOf(key) < 0) return;
    m_logs[key].append({isError, bytes});
    if (key == m_shownJob) m_log->appendOutput(bytes, isError);
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
    if (entry.key == m_shownJob) showResults(entry);
}

void RemoteJobsDock::onFollowEnded(const QString& key)
{
    JobFollowThread* thread = m_threads.take(key);
    if (!thread) return;
    thread->deleteLater();
    m_jobs->setFollowing(key, false);
    updateJobButtons();
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
    auto host = hostFor(e->profilePath, *profile);
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
    const Remote::JournalEntry* e = m_jobs->entry(key);
    if (!e) return;
    const QString journalDir = m_options.journalDirectory;
    const QString log = logPath(key);
    auto forget = [journalDir, log, key] {
        QThreadPool::globalInstance()->start([journalDir, log, key] {
            if (auto removed = Remote::JobJournal(journalDir).remove(key); !removed) Base::Log::error(removed.error());
            QFile::remove(log);
        });
    };
    // The follower saves the entry after each round: it must be gone before the file is removed.
    if (JobFollowThread* thread = m_threads.value(key)) {
        connect(thread, &QThread::finished, this, forget);
        thread->stop();
    } else {
        forget();
    }
    m_jobs->remove(key);
    m_logs.remove(key);
    if (m_shownJob == key) {
        m_shownJob.clear();
        if (m_jobs->rowCount() > 0) selectJob(m_jobs->entry(0)->key);
        else showJob({});
    }
}

void RemoteJobsDock::reattach(const QString& key)
{
    const Remote::JournalEntry* e = m_jobs->entry(key);
    if (!e) return;
    m_jobs->clearProblem(key);
    startFollowing(*e);
}

void RemoteJobsDock::openResultsFolder(const QString& key)
{
    const Remote::JournalEntry* e = m_jobs->entry(key);
    if (!e || e->fetchDir.isEmpty()) return;
    // The folder may not exist yet (no result so far): made on a worker, opened once it is there.
    QThreadPool::globalInstance()->start([guard = m_guard, folder = e->fetchDir] {
        QDir().mkpath(folder);
        guard->post([folder] { QDesktopServices::openUrl(QUrl::fromLocalFile(folder)); });
    });
}

}  // namespace Estran::Gui
