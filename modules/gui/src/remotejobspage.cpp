// SPDX-License-Identifier: GPL-3.0-or-later
#include "remotejobspage.h"

#include "deliveryguard.h"

#include "estran/gui/jobtablemodel.h"

#include <QAction>
#include <QDesktopServices>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QListWidget>
#include <QSet>
#include <QSplitter>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QThreadPool>
#include <QToolBar>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

namespace Estran::Gui {

namespace {
enum Tab { LogTab, ResultsTab };
}

RemoteJobsPage::RemoteJobsPage(JobTableModel* jobs, QString journalDirectory, QWidget* parent)
    : QWidget(parent), m_jobs(jobs), m_journalDirectory(std::move(journalDirectory)),
      m_guard(std::make_shared<DeliveryGuard>(this)), m_view(new QTableView),
      m_cancel(new QAction(tr("Cancel job"), this)), m_reattach(new QAction(tr("Re-attach"), this)),
      m_openFolder(new QAction(tr("Results folder"), this)), m_remove(new QAction(tr("Remove from list"), this)),
      m_log(new JobLogView), m_results(new QListWidget), m_tabs(new QTabWidget)
{
    createView();
    m_log->setObjectName(QStringLiteral("log"));
    m_results->setObjectName(QStringLiteral("results"));
    m_results->setToolTip(tr("Double-click to open in the viewer"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_log, tr("Log"));
    m_tabs->addTab(m_results, tr("Results"));

    auto* top = new QWidget;
    auto* topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_view, 1);
    topLayout->addWidget(createActions());
    auto* split = new QSplitter(Qt::Vertical);
    split->setChildrenCollapsible(false);
    split->addWidget(top);
    split->addWidget(m_tabs);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    // The page keeps the style's margins, like the New job page: flush against the tab's frame,
    // the table and Remove from list looked cramped.
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(split);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex& current) {
        showJob(current.isValid() ? current.data(JobTableModel::KeyRole).toString() : QString());
    });
    connect(m_jobs, &QAbstractItemModel::dataChanged, this, &RemoteJobsPage::updateActions);
    connect(m_jobs, &QAbstractItemModel::rowsRemoved, this, &RemoteJobsPage::updateActions);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved}) {
        connect(m_jobs, signal, this, &RemoteJobsPage::updateProfileColumn);
    }
    connect(m_jobs, &QAbstractItemModel::modelReset, this, &RemoteJobsPage::updateProfileColumn);
    connect(m_results, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        Q_EMIT openRequested(item->data(Qt::UserRole).toString());
    });
    updateProfileColumn();
    updateActions();
}

RemoteJobsPage::~RemoteJobsPage() { m_guard->close(); }

void RemoteJobsPage::createView()
{
    m_view->setObjectName(QStringLiteral("jobs"));
    m_view->setModel(m_jobs);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->setShowGrid(false);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    QHeaderView* header = m_view->horizontalHeader();
    header->setSectionResizeMode(JobTableModel::NameColumn, QHeaderView::Stretch);
    for (int c : {int(JobTableModel::ProfileColumn), int(JobTableModel::StateColumn), int(JobTableModel::SubmittedColumn),
                  int(JobTableModel::DurationColumn), int(JobTableModel::ExitColumn)}) {
        header->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    }
    header->setHighlightSections(false);
}

QWidget* RemoteJobsPage::createActions()
{
    m_cancel->setIcon(style()->standardIcon(QStyle::SP_BrowserStop));
    m_openFolder->setIcon(style()->standardIcon(QStyle::SP_DirOpenIcon));
    m_reattach->setIcon(style()->standardIcon(QStyle::SP_BrowserReload));
    m_remove->setIcon(style()->standardIcon(QStyle::SP_TrashIcon));
    m_remove->setToolTip(tr("Forget this job here (a running job goes on running on its host)"));
    m_reattach->setToolTip(tr("Follow this job again: new output and result files are brought back"));
    m_openFolder->setToolTip(tr("Open the folder where this job's results arrive"));
    connect(m_cancel, &QAction::triggered, this, [this] { Q_EMIT cancelRequested(currentJob()); });
    connect(m_reattach, &QAction::triggered, this, [this] { Q_EMIT reattachRequested(currentJob()); });
    connect(m_openFolder, &QAction::triggered, this, [this] { openResultsFolder(currentJob()); });
    connect(m_remove, &QAction::triggered, this, [this] { Q_EMIT removeRequested(currentJob()); });
    m_view->addActions({m_cancel, m_reattach, m_openFolder, m_remove});

    // A tool bar rather than a row of push buttons: in a narrow panel (or in French, whose
    // labels are longer) the actions that do not fit go to its » menu instead of widening the
    // whole right column until the datasets panel is squeezed. Remove, apart on the right, is
    // its bin icon alone (its tool tip says what it does), so the four fit in the panel's
    // usual width in French too.
    auto* bar = new QToolBar;
    bar->setObjectName(QStringLiteral("jobActions"));
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->setIconSize(QSize(16, 16));
    bar->addActions({m_cancel, m_reattach, m_openFolder});
    auto* spacer = new QWidget;
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    bar->addWidget(spacer);
    auto* remove = new QToolButton;
    remove->setDefaultAction(m_remove);
    remove->setToolButtonStyle(Qt::ToolButtonIconOnly);
    remove->setAutoRaise(true);
    bar->addWidget(remove);
    return bar;
}

QString RemoteJobsPage::logPath(const QString& key) const
{
    return QDir(m_journalDirectory).filePath(QStringLiteral("logs/%1.log").arg(key));
}

void RemoteJobsPage::selectJob(const QString& key)
{
    const int row = m_jobs->rowOf(key);
    if (row < 0) return;
    m_view->selectionModel()->setCurrentIndex(m_jobs->index(row, 0),
                                              QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    showJob(key);
}

void RemoteJobsPage::selectFirstJob()
{
    if (m_jobs->rowCount() > 0) selectJob(m_jobs->entry(0)->key);
    else showJob({});
}

void RemoteJobsPage::showJob(const QString& key)
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
            // the same history itself, and its copy wins: see setHistory().
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
    updateActions();
}

void RemoteJobsPage::showLog(const QString& key)
{
    m_log->clearLog();
    for (const JobLogView::Chunk& chunk : m_logs.value(key)) m_log->appendOutput(chunk.bytes, chunk.isError);
}

void RemoteJobsPage::startLog(const QString& key) { m_logs.insert(key, {}); }

void RemoteJobsPage::setHistory(const QString& key, const QList<JobLogView::Chunk>& chunks)
{
    if (m_jobs->rowOf(key) < 0) return;
    // The follower read the file before writing to it: its history plus its output is the whole
    // log, whatever another read put here before.
    m_logs.insert(key, chunks);
    if (key == m_shownJob) showLog(key);
}

void RemoteJobsPage::appendOutput(const QString& key, const QByteArray& bytes, bool isError)
{
    // A follower stopped by Remove may still have a round's signals queued: its row is gone.
    if (m_jobs->rowOf(key) < 0) return;
    m_logs[key].append({isError, bytes});
    if (key == m_shownJob) m_log->appendOutput(bytes, isError);
}

void RemoteJobsPage::showEntry(const Remote::JournalEntry& entry)
{
    if (entry.key == m_shownJob) showResults(entry);
}

void RemoteJobsPage::showResults(const Remote::JournalEntry& entry)
{
    m_results->clear();
    const QIcon icon = style()->standardIcon(QStyle::SP_FileIcon);
    for (auto it = entry.fetched.cbegin(); it != entry.fetched.cend(); ++it) {
        const QString path = QDir(entry.fetchDir).filePath(it.key());
        auto* item = new QListWidgetItem(icon, it.key(), m_results);
        item->setData(Qt::UserRole, path);
        item->setToolTip(path);
    }
    m_tabs->setTabText(ResultsTab, entry.fetched.isEmpty() ? tr("Results") : tr("Results (%1)").arg(entry.fetched.size()));
}

void RemoteJobsPage::forget(const QString& key)
{
    m_logs.remove(key);
    if (m_shownJob != key) return;
    m_shownJob.clear();
    selectFirstJob();
}

void RemoteJobsPage::updateProfileColumn()
{
    // The profile column says something only when the jobs ran in more than one place.
    QSet<QString> places;
    for (int row = 0; row < m_jobs->rowCount(); ++row) places.insert(m_jobs->entry(row)->profilePath);
    m_view->setColumnHidden(JobTableModel::ProfileColumn, places.size() < 2);
}

void RemoteJobsPage::updateActions()
{
    const Remote::JournalEntry* e = m_jobs->entry(m_shownJob);
    m_cancel->setEnabled(e && !e->last.isFinished());
    m_remove->setEnabled(e != nullptr);
    m_openFolder->setEnabled(e && !e->fetchDir.isEmpty());
    m_reattach->setEnabled(e && !m_jobs->isFollowing(e->key));
}

void RemoteJobsPage::openResultsFolder(const QString& key)
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
