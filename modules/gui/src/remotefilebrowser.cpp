// SPDX-License-Identifier: GPL-3.0-or-later
#include "estran/gui/remotefilebrowser.h"

#include "estran/base/feedback.h"
#include "estran/base/task.h"
#include "estran/base/taskmanager.h"
#include "estran/remote/remotehost.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileIconProvider>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Estran::Gui {

namespace {

enum Column { NameColumn, SizeColumn, ModifiedColumn };

QString parentOf(const QString& path)
{
    if (path.isEmpty() || path == u"/") return QStringLiteral("/");
    QString p = path;
    while (p.size() > 1 && p.endsWith(u'/')) p.chop(1);
    const qsizetype slash = p.lastIndexOf(u'/');
    return slash <= 0 ? QStringLiteral("/") : p.left(slash);
}

class ListTask final : public Base::Task {
public:
    ListTask(std::shared_ptr<Remote::RemoteHost> host, QString directory)
        : Base::Task(RemoteFileBrowser::tr("Listing %1").arg(directory)), m_host(std::move(host)),
          m_directory(std::move(directory))
    {
    }
    QString directory() const { return m_directory; }
    QList<Remote::RemoteEntry> entries() const { return m_entries; }

protected:
    std::optional<Base::Error> run(Base::Feedback* feedback) override
    {
        Remote::RemoteFiles files(*m_host);
        auto resolved = files.resolve(m_directory);
        if (!resolved) return resolved.error();
        if (feedback->isCancelled()) return Base::Error::cancelled(m_directory);
        m_directory = *resolved;
        auto listed = files.list(m_directory);
        if (!listed) return listed.error();
        m_entries = *listed;
        return std::nullopt;
    }

private:
    std::shared_ptr<Remote::RemoteHost> m_host;
    QString m_directory;
    QList<Remote::RemoteEntry> m_entries;
};

class FetchTask final : public Base::Task {
public:
    FetchTask(std::shared_ptr<Remote::RemoteHost> host, QString remote, QString local)
        : Base::Task(RemoteFileBrowser::tr("Downloading %1").arg(QFileInfo(local).fileName())),
          m_host(std::move(host)), m_remote(std::move(remote)), m_local(std::move(local))
    {
    }
    QString localPath() const { return m_local; }

protected:
    std::optional<Base::Error> run(Base::Feedback* feedback) override
    {
        Remote::RemoteFiles files(*m_host);
        auto fetched = files.fetch(m_remote, m_local, feedback);
        if (!fetched) return fetched.error();
        return std::nullopt;
    }

private:
    std::shared_ptr<Remote::RemoteHost> m_host;
    QString m_remote;
    QString m_local;
};

}  // namespace

RemoteFileBrowser::RemoteFileBrowser(std::shared_ptr<Remote::RemoteHost> host, QString startDirectory,
                                     QWidget* parent)
    : QDialog(parent), m_host(std::move(host)), m_path(new QLineEdit), m_list(new QTreeWidget),
      m_status(new QLabel), m_progress(new QProgressBar), m_up(new QPushButton(tr("Up"))),
      m_cancel(new QPushButton(tr("Cancel"))), m_download(new QPushButton(tr("Download…"))),
      m_choose(new QPushButton(tr("Choose")))
{
    setObjectName(QStringLiteral("RemoteFileBrowser"));
    setWindowTitle(tr("Files on %1").arg(m_host ? m_host->displayName() : QString()));
    resize(720, 520);

    auto* home = new QPushButton(tr("Home"));
    m_up->setIcon(style()->standardIcon(QStyle::SP_FileDialogToParent));
    home->setIcon(style()->standardIcon(QStyle::SP_DirHomeIcon));
    m_path->setPlaceholderText(tr("Folder on the host (~ and $VARIABLES are expanded there)"));
    auto* bar = new QHBoxLayout;
    bar->addWidget(m_up);
    bar->addWidget(home);
    bar->addWidget(m_path, 1);

    m_list->setColumnCount(3);
    m_list->setHeaderLabels({tr("Name"), tr("Size"), tr("Modified (UTC)")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setSortingEnabled(false);
    m_list->header()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(SizeColumn, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(ModifiedColumn, QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(false);

    m_progress->setRange(0, 100);
    m_progress->setVisible(false);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* buttons = new QDialogButtonBox;
    buttons->addButton(m_download, QDialogButtonBox::ActionRole);
    buttons->addButton(m_cancel, QDialogButtonBox::ActionRole);
    buttons->addButton(m_choose, QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Close);
    m_choose->setVisible(false);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_choose, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_up, &QPushButton::clicked, this, [this] { navigate(parentOf(m_directory)); });
    connect(home, &QPushButton::clicked, this, [this] { navigate(QStringLiteral("~")); });
    connect(m_path, &QLineEdit::returnPressed, this, [this] { navigate(m_path->text().trimmed()); });
    connect(m_cancel, &QPushButton::clicked, this, &RemoteFileBrowser::cancel);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &RemoteFileBrowser::updateButtons);
    connect(m_list, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        const int i = item->data(NameColumn, Qt::UserRole).toInt();
        if (i < 0 || i >= m_entries.size()) return;
        if (m_entries[i].isDirectory) navigate(m_entries[i].path);
        else if (m_choose->isVisible()) accept();
    });
    connect(m_download, &QPushButton::clicked, this, [this] {
        const QString remote = selectedPath();
        const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DownloadLocation))
                                      .filePath(QFileInfo(remote).fileName());
        auto* dialog = new QFileDialog(this, tr("Save %1 as").arg(QFileInfo(remote).fileName()), suggested);
        dialog->setAcceptMode(QFileDialog::AcceptSave);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QFileDialog::fileSelected, this,
                [this, remote](const QString& local) { download(remote, local); });
        dialog->open();
    });
    updateButtons();
    navigate(startDirectory.isEmpty() ? QStringLiteral("~") : startDirectory);
}

RemoteFileBrowser::~RemoteFileBrowser()
{
    // The task keeps the host alive and ends on its own; it must not report to a dead dialog.
    if (m_task) {
        disconnect(m_task, nullptr, this, nullptr);
        m_task->cancel();
    }
}

void RemoteFileBrowser::setChooseMode(bool choose)
{
    m_choose->setVisible(choose);
    setWindowTitle(choose ? tr("Choose a file on %1").arg(m_host ? m_host->displayName() : QString())
                          : tr("Files on %1").arg(m_host ? m_host->displayName() : QString()));
    updateButtons();
}

QString RemoteFileBrowser::selectedPath() const
{
    const QList<QTreeWidgetItem*> items = m_list->selectedItems();
    if (items.isEmpty()) return m_directory;
    const int i = items.first()->data(NameColumn, Qt::UserRole).toInt();
    return i >= 0 && i < m_entries.size() ? m_entries[i].path : m_directory;
}

bool RemoteFileBrowser::isBusy() const { return m_task && m_task->isRunning(); }

void RemoteFileBrowser::setBusy(Base::Task* task, const QString& text)
{
    m_task = task;
    m_status->setText(text);
    m_progress->setValue(0);
    connect(task, &Base::Task::progressChanged, m_progress, [this](double p) { m_progress->setValue(int(p)); });
    updateButtons();
}

void RemoteFileBrowser::navigate(const QString& directory)
{
    if (!m_host || directory.isEmpty()) return;
    if (m_task) m_task->cancel();
    auto* task = new ListTask(m_host, directory);
    connect(task, &Base::Task::finished, this, [this, task](bool ok) {
        if (m_task == task) m_task = nullptr;
        if (!ok) {
            const QString error = task->error() ? task->error()->toString() : tr("cancelled");
            if (!task->error() || task->error()->kind() != Base::Error::Kind::Cancelled) {
                m_status->setText(tr("Cannot list %1: %2").arg(task->directory(), task->error() ? task->error()->message() : QString()));
                m_status->setToolTip(error);
            }
            m_path->setText(m_directory);
            updateButtons();
            Q_EMIT listed(task->directory(), error);
            return;
        }
        m_directory = task->directory();
        m_entries = task->entries();
        // Folders first, as every file manager does; each group keeps the host's name order.
        std::stable_partition(m_entries.begin(), m_entries.end(), [](const auto& e) { return e.isDirectory; });
        m_path->setText(m_directory);
        showEntries();
        m_status->setText(tr("%n entries", nullptr, int(m_entries.size())));
        m_status->setToolTip({});
        updateButtons();
        Q_EMIT listed(m_directory, {});
    });
    setBusy(task, tr("Listing %1…").arg(directory));
    Base::TaskManager::instance()->start(task);
}

void RemoteFileBrowser::showEntries()
{
    m_list->clear();
    const QLocale locale;
    const QIcon folder = style()->standardIcon(QStyle::SP_DirIcon);
    const QIcon file = style()->standardIcon(QStyle::SP_FileIcon);
    for (int i = 0; i < m_entries.size(); ++i) {
        const Remote::RemoteEntry& e = m_entries[i];
        auto* item = new QTreeWidgetItem(m_list);
        item->setText(NameColumn, e.name);
        item->setIcon(NameColumn, e.isDirectory ? folder : file);
        item->setData(NameColumn, Qt::UserRole, i);
        item->setToolTip(NameColumn, e.path);
        if (!e.isDirectory) item->setText(SizeColumn, locale.formattedDataSize(e.size));
        item->setTextAlignment(SizeColumn, Qt::AlignRight | Qt::AlignVCenter);
        if (e.modified.isValid()) item->setText(ModifiedColumn, e.modified.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    }
}

void RemoteFileBrowser::download(const QString& remotePath, const QString& localPath)
{
    if (!m_host) return;
    auto* task = new FetchTask(m_host, remotePath, localPath);
    connect(task, &Base::Task::finished, this, [this, task](bool ok) {
        if (m_task == task) m_task = nullptr;
        m_progress->setVisible(false);
        const QString error = ok ? QString() : (task->error() ? task->error()->message() : tr("cancelled"));
        m_status->setText(ok ? tr("Downloaded to %1").arg(task->localPath())
                             : tr("Download failed: %1").arg(error));
        updateButtons();
        Q_EMIT downloaded(task->localPath(), error);
    });
    setBusy(task, tr("Downloading %1…").arg(remotePath));
    m_progress->setVisible(true);
    Base::TaskManager::instance()->start(task);
}

void RemoteFileBrowser::cancel()
{
    if (m_task) m_task->cancel();
}

void RemoteFileBrowser::updateButtons()
{
    const bool busy = isBusy();
    const QList<QTreeWidgetItem*> items = m_list->selectedItems();
    bool fileSelected = false;
    if (!items.isEmpty()) {
        const int i = items.first()->data(NameColumn, Qt::UserRole).toInt();
        fileSelected = i >= 0 && i < m_entries.size() && !m_entries[i].isDirectory;
    }
    m_cancel->setEnabled(busy);
    m_download->setEnabled(!busy && fileSelected);
    m_choose->setEnabled(!m_directory.isEmpty());
    m_up->setEnabled(!busy && !m_directory.isEmpty() && m_directory != u"/");
}

}  // namespace Estran::Gui
