// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QString>

namespace Estran::App {

class MainWindow;

/// `estran --screenshot FILE`: once a frame with data reached the screen (or after `timeoutMs`
/// without one), saves an image of the whole main window to FILE and quits. Used to look at
/// the application in CI and in the documentation.
class ScreenshotHook final : public QObject {
    Q_OBJECT
public:
    ScreenshotHook(MainWindow* window, QString path, int timeoutMs);

private:
    void capture();
    MainWindow* m_window;
    QString m_path;
    QElapsedTimer m_clock;
    bool m_done = false;
};

}  // namespace Estran::App
