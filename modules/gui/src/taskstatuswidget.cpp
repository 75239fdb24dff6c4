// SPDX-License-Identifier: GPL-3.0-or-later
#include "estran/gui/taskstatuswidget.h"

#include "estran/base/task.h"
#include "estran/base/taskmanager.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QStyle>
#include <QToolButton>

namespace Estran::Gui {

TaskStatusWidget::TaskStatusWidget(Base::TaskManager* manager, QWidget* parent)
    : QWidget(parent), m_manager(manager), m_label(new QLabel(this)),
      m_progress(new QProgressBar(this)), m_cancel(new QToolButton(this))
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_progress);
    layout->addWidget(m_cancel);
    m_progress->setRange(0, 100);
    m_progress->setMaximumWidth(160);
    m_progress->setTextVisible(true);
    m_cancel->setIcon(style()->standardIcon(QStyle::SP_DialogCancelButton));
    m_cancel->setToolTip(tr("Cancel the running tasks"));
    m_cancel->setAutoRaise(true);
    connect(m_cancel, &QToolButton::clicked, m_manager, &Base::TaskManager::cancelAll);
    connect(m_manager, &Base::TaskManager::taskAdded, this, [this](Base::Task* task) {
        connect(task, &Base::Task::progressChanged, this, &TaskStatusWidget::refresh);
        refresh();
    });
    connect(m_manager, &Base::TaskManager::taskFinished, this, &TaskStatusWidget::refresh);
    refresh();
}

TaskStatusWidget::~TaskStatusWidget() = default;

QString TaskStatusWidget::text() const { return m_label->text(); }

void TaskStatusWidget::refresh()
{
    const QList<Base::Task*> tasks = m_manager->tasks();
    setVisible(!tasks.isEmpty());
    if (tasks.isEmpty()) {
        m_label->clear();
        return;
    }
    Base::Task* newest = tasks.last();
    m_label->setText(tasks.size() == 1 ? newest->name()
                                       : tr("%1 (and %n more)", nullptr, int(tasks.size() - 1))
                                             .arg(newest->name()));
    m_progress->setValue(int(newest->progress()));
}

}  // namespace Estran::Gui
