// SPDX-License-Identifier: GPL-3.0-or-later
// The `estran` desktop application: the composition root. Everything it shows comes from the
// gui module; this file parses the command line, loads translations and starts the window.
#include "appsettings.h"
#include "estran/base/allocatortuning.h"
#include "benchmarkhooks.h"
#include "demodatasettask.h"
#include "mainwindow.h"
#include "openworkspaceaction.h"
#include "screenshothook.h"
#include "translationloader.h"
#include "workspace.h"

#include "estran/base/log.h"
#include "estran/base/taskmanager.h"

#include <QIcon>
#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>

#include <cstdio>

using namespace Estran;

int main(int argc, char** argv)
{
    // Started first so --benchmark-first-frame counts library loading and window creation too.
    QElapsedTimer sinceStart;
    // Time steps are multi-megabyte buffers: reuse them instead of paging them in each step.
    Estran::Base::tuneAllocatorForLargeBuffers();
    sinceStart.start();

    // No default surface format and no shared OpenGL contexts: the map's native window asks
    // for the OpenGL it needs itself (Gui::MapSurface), and nothing else in the window uses
    // OpenGL, so Qt need not create a global share context at start-up.
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Estran"));
    QApplication::setApplicationName(QStringLiteral("estran"));
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral("org.estran.Estran"),
                                                 QIcon(QStringLiteral(":/icons/estran-256.png"))));
    QApplication::setApplicationVersion(QStringLiteral(ESTRAN_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.estran.Estran"));
    App::installTranslations(App::AppSettings::language());

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("Estran::App", "Workbench for ocean and Earth-observation data"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("files"),
                                 QCoreApplication::translate("Estran::App", "Data files or a workspace (*.estran.json) to open."),
                                 QStringLiteral("[FILE...]"));
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  QCoreApplication::translate("Estran::App", "Open the demo dataset (written into the cache directory the first time)."));
    const QCommandLineOption firstFrame(QStringLiteral("benchmark-first-frame"),
                                        QCoreApplication::translate("Estran::App", "Print the time to the first displayed frame of FILE and quit."),
                                        QStringLiteral("FILE"));
    const QCommandLineOption play(QStringLiteral("benchmark-play"),
                                  QCoreApplication::translate("Estran::App", "Play FILE as fast as frames are displayed, print the rate and quit."),
                                  QStringLiteral("FILE"));
    QCommandLineOption pan(QStringLiteral("benchmark-pan"),
                           QStringLiteral("Pan FILE --steps times, print the frame rate and quit."),
                           QStringLiteral("FILE"));
    pan.setFlags(QCommandLineOption::HiddenFromHelp);
    const QCommandLineOption variable(QStringLiteral("var"),
                                      QCoreApplication::translate("Estran::App", "Variable to show (required by the benchmarks)."),
                                      QStringLiteral("NAME"));
    const QCommandLineOption steps(QStringLiteral("steps"),
                                   QCoreApplication::translate("Estran::App", "Time steps played by --benchmark-play."),
                                   QStringLiteral("N"), QStringLiteral("100"));
    QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                  QStringLiteral("Save an image of the window after the first frame and quit."),
                                  QStringLiteral("FILE"));
    screenshot.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({demo, firstFrame, play, pan, variable, steps, screenshot});
    parser.process(app);

    App::MainWindow window;

    if (parser.isSet(firstFrame) || parser.isSet(play) || parser.isSet(pan)) {
        const auto mode = parser.isSet(play)  ? App::BenchmarkHooks::Mode::Play
                          : parser.isSet(pan) ? App::BenchmarkHooks::Mode::Pan
                                              : App::BenchmarkHooks::Mode::FirstFrame;
        const QCommandLineOption& fileOption = parser.isSet(play) ? play : parser.isSet(pan) ? pan : firstFrame;
        if (!parser.isSet(variable)) {
            std::fprintf(stderr, "estran: --var NAME is required with --benchmark-*\n");
            return 2;
        }
        bool ok = false;
        const int n = parser.value(steps).toInt(&ok);
        if (!ok || n < 1) {
            std::fprintf(stderr, "estran: --steps: '%s' is not a positive number\n",
                         qUtf8Printable(parser.value(steps)));
            return 2;
        }
        auto* hooks = new App::BenchmarkHooks(&window, sinceStart, mode, parser.value(fileOption),
                                              parser.value(variable), n);
        // The file opens on a worker while the window shows.
        hooks->start();
        window.show();
        return QApplication::exec();
    }

    // Screenshots show the default layout, the same on every machine.
    if (parser.isSet(screenshot)) {
        new App::ScreenshotHook(&window, parser.value(screenshot), 180000);
    } else {
        window.restoreLayout();
    }
    // `--var NAME` picks the variable shown for the files given on the command line.
    const QString wantedVariable = parser.value(variable);
    if (!wantedVariable.isEmpty()) window.setAutoShowFirstVariable(false);

    if (parser.isSet(demo)) {
        auto* task = new App::DemoDatasetTask;
        QObject::connect(task, &Base::Task::finished, &window, [&window, task](bool ok) {
            if (ok) {
                window.openFile(App::DemoDatasetTask::demoPath());
            } else if (task->error()) {
                Base::Log::error(*task->error());
            }
        });
        Base::TaskManager::instance()->start(task);
    }
    for (const QString& path : parser.positionalArguments()) {
        if (path.endsWith(QStringLiteral(".estran.json"))) {
            // A workspace restores views sized to the shown window.
            window.show();
            auto loaded = App::Workspace::load(path);
            if (loaded) {
                App::OpenWorkspaceAction::restore(&window, *loaded);
            } else {
                Base::Log::error(loaded.error());
            }
            continue;
        }
        if (wantedVariable.isEmpty()) {
            window.openFile(path);
        } else {
            window.openFile(path, [&window, wantedVariable](int id) {
                window.setAutoShowFirstVariable(true);
                window.showVariable(id, wantedVariable);
            });
        }
    }
    // Shown after the files started opening: they open on workers while the window appears.
    if (!window.isVisible()) window.show();
    return QApplication::exec();
}
