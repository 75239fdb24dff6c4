// SPDX-License-Identifier: GPL-3.0-or-later
#include "benchmarkhooks.h"

#include "mainwindow.h"

#include "estran/base/error.h"
#include "estran/gui/mapviewwidget.h"
#include "estran/gui/slicecache.h"
#include "estran/gui/timecontrolwidget.h"

#include <QCoreApplication>
#include <QFile>
#include <QTimer>

#include <sys/resource.h>
#include <time.h>
#include <unistd.h>

#include <cstdio>
#include <optional>

namespace Estran::App {

// Milliseconds since this process was started (forked by whoever launched it), from the
// kernel's record of its start: unlike a clock started in main(), it counts loading and
// relocating the shared libraries. The kernel keeps the start in clock ticks (10 ms).
std::optional<double> msSinceProcessStart()
{
    QFile file(QStringLiteral("/proc/self/stat"));
    if (!file.open(QIODevice::ReadOnly)) return std::nullopt;
    const QByteArray stat = file.readAll();
    // Field 2 (the command name) is in parentheses and may hold spaces: count after it.
    const qsizetype nameEnd = stat.lastIndexOf(')');
    if (nameEnd < 0) return std::nullopt;
    const QList<QByteArray> fields = stat.mid(nameEnd + 2).split(' ');
    constexpr int startTimeField = 22 - 3;  // man proc: field 22, counted from field 3 here
    if (fields.size() <= startTimeField) return std::nullopt;
    bool ok = false;
    const double startTicks = fields[startTimeField].toDouble(&ok);
    if (!ok) return std::nullopt;
    timespec now{};
    clock_gettime(CLOCK_BOOTTIME, &now);  // the clock the start time is counted on
    const double nowMs = now.tv_sec * 1e3 + now.tv_nsec / 1e6;
    return nowMs - startTicks * 1e3 / double(sysconf(_SC_CLK_TCK));
}

double peakRssMiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0;  // ru_maxrss is in KiB on Linux
}

BenchmarkHooks::BenchmarkHooks(MainWindow* window, const QElapsedTimer& sinceStart, Mode mode,
                               QString file, QString variable, int steps)
    : QObject(window), m_window(window), m_sinceStart(sinceStart), m_mode(mode),
      m_file(std::move(file)), m_variable(std::move(variable)), m_steps(steps)
{
}

void BenchmarkHooks::start()
{
    m_window->setAutoShowFirstVariable(false);
    connect(m_window, &MainWindow::openFailed, this,
            [this](const QString&, const Base::Error& error) { fail(error.toString()); });
    connect(m_window->mapView(), &Gui::MapViewWidget::frameDisplayed, this,
            [this](const Data::SliceIndex& index) { onFrameDisplayed(index.time); });
    m_window->openFile(m_file, [this](int id) { onDatasetOpened(id); });
}

void BenchmarkHooks::onDatasetOpened(int datasetId)
{
    if (!m_window->showVariable(datasetId, m_variable)) {
        fail(QStringLiteral("%1: no mappable variable '%2'").arg(m_file, m_variable));
    }
}

void BenchmarkHooks::onFrameDisplayed(qint64 time)
{
    if (!m_firstFrameSeen) {
        m_firstFrameSeen = true;
        std::printf("first-frame-ms: %lld\n", static_cast<long long>(m_sinceStart.elapsed()));
        if (const auto sinceLaunch = msSinceProcessStart()) {
            std::printf("launch-first-frame-ms: %.0f\n", *sinceLaunch);
        }
        std::fflush(stdout);
        if (m_mode == Mode::FirstFrame) {
            QCoreApplication::exit(0);
            return;
        }
        if (m_mode == Mode::Pan) {
            m_playClock.start();
            panStep();
            return;
        }
        Gui::TimeControlWidget* control = m_window->timeControl();
        if (control->count() < 2) {
            fail(QStringLiteral("%1: '%2' has no time axis to play").arg(m_file, m_variable));
            return;
        }
        // As fast as frames are displayed: the clock ticks every millisecond but only advances
        // once the previous step is on screen.
        control->setFramesPerSecond(1000.0);
        control->setLooping(true);
        m_lastTime = time;
        m_playClock.start();
        control->play();
        return;
    }
    if (m_mode == Mode::Pan) {
        if (++m_displayed < m_steps) {
            panStep();
            return;
        }
        std::printf("pan-frames-per-second: %.2f\n", m_displayed / (m_playClock.nsecsElapsed() / 1e9));
        std::fflush(stdout);
        QCoreApplication::exit(0);
        return;
    }
    if (m_mode != Mode::Play || time == m_lastTime) return;
    m_lastTime = time;
    if (++m_displayed < m_steps) return;
    const double seconds = m_playClock.nsecsElapsed() / 1e9;
    m_window->timeControl()->pause();
    std::printf("displayed-steps-per-second: %.2f\n", m_displayed / seconds);
    std::printf("peak-rss-mb: %.1f\n", peakRssMiB());
    std::printf("slice-cache-mb: %.1f of %.1f\n", m_window->sliceCache()->bytesUsed() / 1048576.0,
                m_window->sliceCache()->byteBudget() / 1048576.0);
    std::fflush(stdout);
    QCoreApplication::exit(0);
}

void BenchmarkHooks::panStep()
{
    // A tenth of the half-height per frame, as a steady drag would move it.
    auto view = m_window->mapView()->view();
    view.centerX += view.halfHeight * 0.1;
    m_window->mapView()->setView(view);
}

void BenchmarkHooks::fail(const QString& message)
{
    std::fprintf(stderr, "estran: %s\n", qUtf8Printable(message));
    QTimer::singleShot(0, qApp, [] { QCoreApplication::exit(1); });
}

}  // namespace Estran::App
