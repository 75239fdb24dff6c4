// SPDX-License-Identifier: GPL-3.0-or-later
#include "settingsaction.h"

#include "appsettings.h"
#include "mainwindow.h"
#include "settingsdialog.h"

#include "estran/gui/slicecache.h"

namespace Estran::App {

SettingsAction::SettingsAction(MainWindow* window)
    : QAction(tr("S&ettings…"), window), m_window(window)
{
    setShortcut(QKeySequence::Preferences);
    setMenuRole(QAction::PreferencesRole);
    connect(this, &QAction::triggered, this, &SettingsAction::run);
}

void SettingsAction::run()
{
    SettingsDialog dialog(m_window);
    if (dialog.exec() != QDialog::Accepted) return;
    dialog.save();
    // The cache budget applies at once; language and default colour map at the next start.
    m_window->sliceCache()->setByteBudget(qint64(AppSettings::cacheBudgetMiB()) << 20);
}

}  // namespace Estran::App
