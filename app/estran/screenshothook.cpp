// SPDX-License-Identifier: GPL-3.0-or-later
#include "screenshothook.h"

#include "mainwindow.h"

#include "estran/base/taskmanager.h"
#include "estran/gui/mapcontroller.h"
#include "estran/gui/mapviewwidget.h"

#include <QCoreApplication>
#include <QPixmap>
#include <QTimer>

#include <cstdio>

namespace Estran::App {

ScreenshotHook::ScreenshotHook(MainWindow* window, QString path, int timeoutMs)
    : QObject(window), m_window(window), m_path(std::move(path))
{
    connect(window->mapView(), &Gui::MapViewWidget::frameDisplayed, this, [this] {
        // Give the docks and the status bar a moment to take the new variable's text.
        QTimer::singleShot(500, this, &ScreenshotHook::capture);
    });
    // Without data to wait for (nothing to open, or every open failed) the window is ready
    // once no task runs any more: poll for that rather than wait for the full timeout.
    auto* poll = new QTimer(this);
    m_clock.start();
    connect(poll, &QTimer::timeout, this, [this, timeoutMs] {
        const bool idle = Base::TaskManager::instance()->tasks().isEmpty();
        const bool waitingForMap = !m_window->controller()->variable().isEmpty();
        if ((idle && !waitingForMap && m_clock.elapsed() > 2000) || m_clock.elapsed() > timeoutMs) {
            capture();
        }
    });
    poll->start(500);
}

void ScreenshotHook::capture()
{
    if (m_done) return;
    m_done = true;
    const QPixmap shot = m_window->snapshot();
    if (!shot.save(m_path)) {
        std::fprintf(stderr, "estran: %s: cannot write the screenshot\n", qUtf8Printable(m_path));
        QCoreApplication::exit(1);
        return;
    }
    std::printf("screenshot: %s\n", qUtf8Printable(m_path));
    std::fflush(stdout);
    QCoreApplication::exit(0);
}

}  // namespace Estran::App
