// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QString>

namespace Estran::App {

class MainWindow;

/// The measurement hooks the benchmarks (tests/bench) drive, kept small and honest:
///  - firstFrame: opens FILE, shows VAR, and prints "first-frame-ms: N" when the first frame
///    that drew data reached the screen, N counted from the top of main();
///  - play: then plays STEPS time steps as fast as frames are actually displayed and prints
///    "displayed-steps-per-second: X" and "peak-rss-mb: Y";
///  - pan: then pans the view STEPS times (no new data, only the camera moves) and prints
///    "pan-frames-per-second: X", the rate interaction feels like.
/// Both quit the application with 0, or print the error and quit with 1.
class BenchmarkHooks final : public QObject {
    Q_OBJECT
public:
    enum class Mode { FirstFrame, Play, Pan };

    BenchmarkHooks(MainWindow* window, const QElapsedTimer& sinceStart, Mode mode,
                   QString file, QString variable, int steps);
    void start();

private:
    void onDatasetOpened(int datasetId);
    void onFrameDisplayed(qint64 time);
    void panStep();
    void fail(const QString& message);

    MainWindow* m_window;
    QElapsedTimer m_sinceStart;
    Mode m_mode;
    QString m_file;
    QString m_variable;
    int m_steps;
    bool m_firstFrameSeen = false;
    int m_displayed = 0;
    qint64 m_lastTime = -1;
    QElapsedTimer m_playClock;
};

/// Peak resident set size of this process in MiB (getrusage).
double peakRssMiB();

}  // namespace Estran::App
