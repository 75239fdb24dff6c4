// SPDX-License-Identifier: GPL-3.0-or-later
#include "screenshothook.h"

#include "mainwindow.h"

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
    QTimer::singleShot(timeoutMs, this, &ScreenshotHook::capture);
}

void ScreenshotHook::capture()
{
    if (m_done) return;
    m_done = true;
    const QPixmap shot = m_window->grab();
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
