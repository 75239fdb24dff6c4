// SPDX-License-Identifier: GPL-3.0-or-later
#include "estran/gui/logpanel.h"

#include "estran/base/log.h"

#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QMenu>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Estran::Gui {

LogPanel::LogPanel(QWidget* parent) : QWidget(parent), m_tree(new QTreeWidget(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tree);
    m_tree->setColumnCount(4);
    m_tree->setHeaderLabels({tr("Time"), tr("Level"), tr("Where"), tr("Message")});
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setStretchLastSection(true);
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_tree, &QTreeWidget::customContextMenuRequested, this, [this](const QPoint& pos) {
        QMenu menu(this);
        QTreeWidgetItem* item = m_tree->itemAt(pos);
        if (item) {
            menu.addAction(tr("Copy"), this, [item] {
                QStringList parts;
                for (int c = 0; c < 4; ++c) parts << item->text(c);
                for (int i = 0; i < item->childCount(); ++i) parts << item->child(i)->text(3);
                QApplication::clipboard()->setText(parts.join(u' '));
            });
        }
        menu.addAction(tr("Clear"), m_tree, &QTreeWidget::clear);
        menu.exec(m_tree->viewport()->mapToGlobal(pos));
    });
    for (const Base::LogEntry& entry : Base::Log::instance().entries()) append(entry);
    // Entries can be written on workers; `this` as context queues them onto the GUI thread
    // and drops them once the panel is gone.
    connect(&Base::Log::instance(), &Base::Log::entryAdded, this, &LogPanel::append,
            Qt::QueuedConnection);
}

LogPanel::~LogPanel() = default;

void LogPanel::append(const Base::LogEntry& entry)
{
    if (entry.level == Base::LogEntry::Level::Debug) return;
    auto* item = new QTreeWidgetItem(
        m_tree, {entry.time.toLocalTime().toString(QStringLiteral("HH:mm:ss")),
                 Base::logLevelName(entry.level), entry.where, entry.message});
    QStyle::StandardPixmap icon = QStyle::SP_MessageBoxInformation;
    if (entry.level == Base::LogEntry::Level::Warning) icon = QStyle::SP_MessageBoxWarning;
    if (entry.level == Base::LogEntry::Level::Error) icon = QStyle::SP_MessageBoxCritical;
    item->setIcon(1, style()->standardIcon(icon));
    item->setToolTip(3, entry.message);
    if (!entry.detail.isEmpty()) {
        // The library's own words, for whoever needs them, one click away.
        auto* detail = new QTreeWidgetItem(item, {QString(), QString(), tr("detail"), entry.detail});
        detail->setToolTip(3, entry.detail);
    }
    while (m_tree->topLevelItemCount() > Base::Log::capacity()) delete m_tree->takeTopLevelItem(0);
    m_tree->scrollToItem(item);
    if (entry.level == Base::LogEntry::Level::Error) Q_EMIT errorLogged(entry.where, entry.message);
}

int LogPanel::rowCount() const { return m_tree->topLevelItemCount(); }

QString LogPanel::messageAt(int row) const
{
    QTreeWidgetItem* item = m_tree->topLevelItem(row);
    return item ? item->text(3) : QString();
}

QString LogPanel::detailAt(int row) const
{
    QTreeWidgetItem* item = m_tree->topLevelItem(row);
    return item && item->childCount() > 0 ? item->child(0)->text(3) : QString();
}

}  // namespace Estran::Gui
