// SPDX-License-Identifier: GPL-3.0-or-later
// End to end through the real main window on an X display (label "render"): open a netCDF
// file written by the test, choose the variable in the tree, move the time slider and read the
// value under a point of the map, checked against netCDF-C reading the same file directly.
#include "mainwindow.h"

#include "estran/base/log.h"
#include "estran/data/demogenerator.h"
#include "estran/gui/datasettreewidget.h"
#include "estran/gui/mapcontroller.h"
#include "estran/gui/mapviewwidget.h"
#include "estran/gui/timecontrolwidget.h"
#include "estran/gui/timeserieswidget.h"

#include <QMimeData>
#include <QMouseEvent>
#include <QAction>
#include <QSignalSpy>
#include <QSlider>
#include <QTemporaryDir>
#include <QTest>

#include <netcdf.h>

#include <gtest/gtest.h>

#include <cmath>

using namespace Estran;

namespace {

// sst[t][iy][ix] straight from the file, NaN for the fill value.
float fileValue(const QString& path, size_t t, size_t iy, size_t ix)
{
    int nc = -1, var = -1;
    if (nc_open(path.toLocal8Bit().constData(), NC_NOWRITE, &nc) != NC_NOERR) return -999.0f;
    float value = 0.0f, fill = 0.0f;
    const size_t index[3] = {t, iy, ix};
    nc_inq_varid(nc, "sst", &var);
    nc_get_var1_float(nc, var, index, &value);
    const bool hasFill = nc_get_att_float(nc, var, "_FillValue", &fill) == NC_NOERR;
    nc_close(nc);
    return hasFill && value == fill ? std::nanf("") : value;
}

}  // namespace

TEST(MainWindow, OpensAFileShowsTheVariableAndReadsTheValueUnderAPoint)
{
    Base::Log::instance().setEchoToStderr(false);
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("small.nc"));
    Data::DemoGenerator::Options options;
    options.resolution = 10.0;  // 36 x 18
    options.days = 4;
    options.withDepth = false;
    auto written = Data::DemoGenerator::generate(path, options);
    ASSERT_TRUE(written.ok()) << qPrintable(written.error().toString());

    App::MainWindow window;
    window.setAutoShowFirstVariable(false);
    window.resize(1200, 800);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));

    QSignalSpy opened(&window, &App::MainWindow::datasetOpened);
    window.openFile(path);
    ASSERT_TRUE(opened.wait(10000));
    const int id = opened.at(0).at(0).toInt();

    // Choose the variable in the tree, as a user would.
    auto* tree = window.findChild<Gui::DatasetTreeWidget*>();
    ASSERT_TRUE(tree);
    QTreeWidgetItem* item = tree->variableItem(id, QStringLiteral("sst"));
    ASSERT_TRUE(item);
    Gui::MapViewWidget* view = window.mapView();
    QSignalSpy displayed(view, &Gui::MapViewWidget::frameDisplayed);
    Q_EMIT tree->itemActivated(item, 0);
    ASSERT_TRUE(displayed.wait(10000));
    EXPECT_EQ(window.controller()->variable(), QStringLiteral("sst"));
    ASSERT_EQ(window.timeControl()->count(), 4);
    // The Time menu follows: play and step forward are offered, stepping back is not yet.
    QAction* next = nullptr;
    QAction* previous = nullptr;
    QAction* play = nullptr;
    for (QAction* action : window.findChildren<QAction*>()) {
        if (action->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_Right)) next = action;
        if (action->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_Left)) previous = action;
        if (action->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_Space)) play = action;
    }
    ASSERT_TRUE(next && previous && play);
    EXPECT_TRUE(next->isEnabled());
    EXPECT_FALSE(previous->isEnabled());
    EXPECT_TRUE(play->isEnabled());

    // Move the time slider to the third step and wait for it on screen.
    displayed.clear();
    window.timeControl()->findChild<QSlider*>()->setValue(2);
    ASSERT_TRUE(QTest::qWaitFor([&] {
        return !displayed.isEmpty() && displayed.last().at(0).value<Data::SliceIndex>().time == 2;
    }, 10000));

    // Hover a point of the ocean and compare what the status bar says with the file.
    int checked = 0;
    for (double fx : {0.35, 0.5, 0.62}) {
        const QPoint point(int(view->width() * fx), int(view->height() * 0.5));
        // A synthetic move event: QTest::mouseMove only warps the pointer, which a window
        // manager-less Xvfb does not always turn into an event for the widget.
        QMouseEvent move(QEvent::MouseMove, QPointF(point), view->mapToGlobal(QPointF(point)),
                         Qt::NoButton, Qt::NoButton, Qt::NoModifier);
        QCoreApplication::sendEvent(view, &move);
        const auto r = view->readoutAt(point);
        ASSERT_TRUE(r) << "no readout at " << fx;
        const float expected = fileValue(path, 2, size_t(r->iy), size_t(r->ix));
        if (std::isnan(expected)) {
            EXPECT_FALSE(r->value);
            continue;
        }
        ASSERT_TRUE(r->value);
        EXPECT_FLOAT_EQ(float(*r->value), expected);
        EXPECT_EQ(r->time, QStringLiteral("2020-01-03T00:00:00"));
        EXPECT_TRUE(view->readoutText().contains(QStringLiteral("2020-01-03"))) << qPrintable(view->readoutText());
        ++checked;
    }
    EXPECT_GT(checked, 0);

    // A click plots that cell over time, in the time-series dock.
    const QPoint point(int(view->width() * 0.5), int(view->height() * 0.5));
    const auto cell = view->readoutAt(point);
    ASSERT_TRUE(cell);
    QSignalSpy series(window.controller(), &Gui::MapController::timeSeriesShown);
    QTest::mouseClick(view, Qt::LeftButton, Qt::NoModifier, point);
    ASSERT_TRUE(series.wait(10000));
    auto* plot = window.findChild<Gui::TimeSeriesWidget*>();
    ASSERT_TRUE(plot);
    EXPECT_TRUE(plot->isVisible());
    ASSERT_EQ(plot->values().size(), 4u);
    for (size_t t = 0; t < 4; ++t) {
        const float expected = fileValue(path, t, size_t(cell->iy), size_t(cell->ix));
        if (std::isnan(expected)) {
            EXPECT_TRUE(std::isnan(plot->values()[t]));
        } else {
            EXPECT_FLOAT_EQ(float(plot->values()[t]), expected) << "step " << t;
        }
    }
    if (qEnvironmentVariableIsSet("ESTRAN_TEST_SCREENSHOTS")) {
        window.snapshot().save(qEnvironmentVariable("ESTRAN_TEST_SCREENSHOTS") + QStringLiteral("/mainwindow.png"));
    }

    // Closing the dataset empties the map, the tree and the controls.
    window.closeDataset(id);
    EXPECT_EQ(tree->variableItem(id, QStringLiteral("sst")), nullptr);
    EXPECT_EQ(window.controller()->datasetId(), -1);
    EXPECT_EQ(view->slice(), nullptr);
    EXPECT_EQ(window.timeControl()->count(), 0);
}

TEST(MainWindow, DroppedFilesAreOpened)
{
    Base::Log::instance().setEchoToStderr(false);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("dropped.nc"));
    Data::DemoGenerator::Options options;
    options.resolution = 30.0;
    options.days = 2;
    options.withDepth = false;
    ASSERT_TRUE(Data::DemoGenerator::generate(path, options).ok());
    App::MainWindow window;
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    QSignalSpy opened(&window, &App::MainWindow::datasetOpened);
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(path)});
    const QPoint pos = window.rect().center();
    QDragEnterEvent enter(pos, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&window, &enter);
    EXPECT_TRUE(enter.isAccepted());
    QDropEvent drop(QPointF(pos), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&window, &drop);
    ASSERT_TRUE(opened.wait(10000));
    EXPECT_EQ(opened.at(0).at(1).toString(), path);
}

TEST(MainWindow, AFileThatCannotBeOpenedIsReportedNamingIt)
{
    Base::Log::instance().setEchoToStderr(false);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("broken.nc"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("this is not netCDF at all, just text pretending to be a file");
    file.close();
    App::MainWindow window;
    QSignalSpy failed(&window, &App::MainWindow::openFailed);
    window.openFile(path);
    ASSERT_TRUE(failed.wait(10000));
    EXPECT_TRUE(failed.at(0).at(0).toString().endsWith(QStringLiteral("broken.nc")));
    const Base::LogEntry last = Base::Log::instance().entries().last();
    EXPECT_EQ(last.level, Base::LogEntry::Level::Error);
    EXPECT_TRUE(last.where.endsWith(QStringLiteral("broken.nc")));
}
