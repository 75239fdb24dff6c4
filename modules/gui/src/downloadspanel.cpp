// SPDX-License-Identifier: GPL-3.0-or-later
#include "estran/gui/downloadspanel.h"

#include "estran/gui/downloadqueue.h"

#include <QDesktopServices>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace Estran::Gui {

namespace {

enum Column { FileColumn, ProgressColumn, StateColumn, ColumnCount };

QString stateString(const DownloadQueue::Job& j)
{
    const QLocale locale;
    switch (j.state) {
    case DownloadQueue::State::Queued: return DownloadsPanel::tr("queued");
    case DownloadQueue::State::Running:
        return j.resumedFrom > 0 ? DownloadsPanel::tr("downloading (resumed)") : DownloadsPanel::tr("downloading");
    case DownloadQueue::State::Done:
        return j.verified ? DownloadsPanel::tr("done, %1, checksum verified").arg(locale.formattedDataSize(j.bytes))
                          : DownloadsPanel::tr("done, %1").arg(locale.formattedDataSize(j.bytes));
    case DownloadQueue::State::Failed:
        return DownloadsPanel::tr("failed: %1").arg(j.error ? j.error->message() : QString());
    case DownloadQueue::State::Cancelled: return DownloadsPanel::tr("cancelled (can resume)");
    }
    return {};
}

}  // namespace

DownloadsPanel::DownloadsPanel(DownloadQueue* queue, QWidget* parent)
    : QWidget(parent), m_queue(queue), m_tree(new QTreeWidget), m_folder(new QLabel),
      m_cancel(new QPushButton(tr("Cancel"))), m_resume(new QPushButton(tr("Resume"))),
      m_clear(new QPushButton(tr("Clear finished")))
{
    m_tree->setColumnCount(ColumnCount);
    m_tree->setHeaderLabels({tr("File"), tr("Progress"), tr("State")});
    m_tree->setRootIsDecorated(false);
    m_tree->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_tree->setToolTip(tr("Double-click a finished download to open it"));
    m_tree->header()->setSectionResizeMode(FileColumn, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(ProgressColumn, QHeaderView::Fixed);
    m_tree->header()->resizeSection(ProgressColumn, 140);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(StateColumn, QHeaderView::ResizeToContents);

    auto* openFolder = new QPushButton(tr("Open folder"));
    auto* chooseFolder = new QPushButton(tr("Change folder…"));
    m_folder->setText(tr("Folder: %1").arg(DownloadQueue::defaultDirectory()));
    m_folder->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_resume);
    buttons->addWidget(m_clear);
    buttons->addStretch(1);
    buttons->addWidget(m_folder);
    buttons->addWidget(chooseFolder);
    buttons->addWidget(openFolder);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(m_tree, 1);
    layout->addLayout(buttons);

    connect(m_queue, &DownloadQueue::jobAdded, this, &DownloadsPanel::addRow);
    connect(m_queue, &DownloadQueue::jobChanged, this, &DownloadsPanel::updateRow);
    connect(m_queue, &DownloadQueue::jobRemoved, this, &DownloadsPanel::removeRow);
    connect(m_tree, &QTreeWidget::itemSelectionChanged, this, &DownloadsPanel::updateButtons);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        for (int id : selectedIds()) m_queue->cancel(id);
    });
    connect(m_resume, &QPushButton::clicked, this, [this] {
        for (int id : selectedIds()) m_queue->resume(id);
    });
    connect(m_clear, &QPushButton::clicked, m_queue, &DownloadQueue::clearFinished);
    connect(openFolder, &QPushButton::clicked, this, [] {
        QDesktopServices::openUrl(QUrl::fromLocalFile(DownloadQueue::defaultDirectory()));
    });
    connect(chooseFolder, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Download folder"),
                                                              DownloadQueue::defaultDirectory());
        if (dir.isEmpty()) return;
        DownloadQueue::setDefaultDirectory(dir);
        m_folder->setText(tr("Folder: %1").arg(dir));
    });
    connect(m_tree, &QTreeWidget::itemDoubleClicked, this, [this](QTreeWidgetItem* item) {
        const DownloadQueue::Job* j = m_queue->job(item->data(FileColumn, Qt::UserRole).toInt());
        if (j && j->state == DownloadQueue::State::Done) Q_EMIT openFileRequested(j->path());
    });
    for (const DownloadQueue::Job& j : m_queue->jobs()) addRow(j.id);
    updateButtons();
}

DownloadsPanel::~DownloadsPanel() = default;

int DownloadsPanel::rowCount() const { return m_tree->topLevelItemCount(); }

QString DownloadsPanel::stateText(int id) const
{
    QTreeWidgetItem* item = m_rows.value(id);
    return item ? item->text(StateColumn) : QString();
}

void DownloadsPanel::addRow(int id)
{
    auto* item = new QTreeWidgetItem(m_tree);
    item->setData(FileColumn, Qt::UserRole, id);
    auto* bar = new QProgressBar;
    bar->setRange(0, 100);
    bar->setTextVisible(true);
    m_tree->setItemWidget(item, ProgressColumn, bar);
    m_rows.insert(id, item);
    updateRow(id);
}

void DownloadsPanel::updateRow(int id)
{
    QTreeWidgetItem* item = m_rows.value(id);
    const DownloadQueue::Job* j = m_queue->job(id);
    if (!item || !j) return;
    item->setText(FileColumn, j->title == j->fileName ? j->fileName : tr("%1 (%2)").arg(j->fileName, j->title));
    item->setToolTip(FileColumn, tr("%1\n→ %2").arg(j->url, j->path()));
    item->setText(StateColumn, stateString(*j));
    item->setToolTip(StateColumn, j->error ? j->error->toString() : stateString(*j));
    if (auto* bar = qobject_cast<QProgressBar*>(m_tree->itemWidget(item, ProgressColumn))) {
        bar->setValue(int(j->percent));
    }
    updateButtons();
}

void DownloadsPanel::removeRow(int id)
{
    delete m_rows.take(id);
    updateButtons();
}

QList<int> DownloadsPanel::selectedIds() const
{
    QList<int> ids;
    for (QTreeWidgetItem* item : m_tree->selectedItems()) ids.append(item->data(FileColumn, Qt::UserRole).toInt());
    return ids;
}

void DownloadsPanel::updateButtons()
{
    bool cancellable = false, resumable = false;
    for (int id : selectedIds()) {
        if (const DownloadQueue::Job* j = m_queue->job(id)) {
            cancellable |= j->state == DownloadQueue::State::Queued || j->state == DownloadQueue::State::Running;
            resumable |= j->state == DownloadQueue::State::Failed || j->state == DownloadQueue::State::Cancelled;
        }
    }
    m_cancel->setEnabled(cancellable);
    m_resume->setEnabled(resumable);
    m_clear->setEnabled(m_queue->activeCount() < int(m_queue->jobs().size()));
}

}  // namespace Estran::Gui
