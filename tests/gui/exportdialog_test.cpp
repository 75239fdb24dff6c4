// SPDX-License-Identifier: GPL-3.0-or-later
#include "estran/gui/exportdialog.h"
#include "estran/base/selectionmodel.h"
#include "estran/base/taskmanager.h"
#include "estran/data/dataset.h"
#include "estran/data/demogenerator.h"
#include "estran/data/readerregistry.h"
#include "estran/data/subsetplan.h"

#include <QDir>
#include <QFileInfo>
#include <QPointer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QThreadPool>

#include <gtest/gtest.h>

using namespace Estran;

namespace {

// A small generated SST file (2° grid, `days` daily steps) opened through the registry, as the
// application opens files.
std::shared_ptr<Data::Dataset> demo(const QTemporaryDir& dir, int days, double resolution = 2.0) {
    Data::DemoGenerator::Options options;
    options.resolution = resolution;
    options.days = days;
    options.withDepth = false;
    const QString path = dir.filePath(QStringLiteral("sst-%1.nc").arg(days));
    if (!Data::DemoGenerator::generate(path, options)) return nullptr;
    auto opened = Data::ReaderRegistry::instance().open(path);
    return opened ? std::shared_ptr<Data::Dataset>(std::move(*opened)) : nullptr;
}

struct ExportFixture : ::testing::Test {
    QTemporaryDir dir;
    Base::SelectionModel model;
    QThreadPool pool;
    Base::TaskManager manager{&pool};

    void setSelection(const Base::GeoBox& box, const QString& start = {}, const QString& end = {}) {
        Base::Selection s;
        s.box = box;
        s.timeStart = start;
        s.timeEnd = end;
        model.setSelection(s);
    }
    QStringList filesInDir() const {
        return QDir(dir.path()).entryList(QDir::Files | QDir::Hidden);
    }
};

}  // namespace

TEST_F(ExportFixture, ShowsTheSizeOfThePlannedSubsetBeforeExporting) {
    auto dataset = demo(dir, 5);
    ASSERT_TRUE(dataset);
    setSelection({-10, 40, 10, 50});
    Gui::ExportDialog dialog(&model, dataset, &manager);
    EXPECT_EQ(dialog.variables(), QStringList{QStringLiteral("sst")});
    Data::SubsetRequest r;
    r.variables = {QStringLiteral("sst")};
    r.box = Base::GeoBox{-10, 40, 10, 50};
    auto plan = Data::SubsetPlan::make(*dataset, r);
    ASSERT_TRUE(plan);
    ASSERT_TRUE(dialog.estimatedBytes());
    EXPECT_EQ(*dialog.estimatedBytes(), plan->estimatedBytes());
    EXPECT_EQ(*dialog.estimatedBytes(), qint64(10 * 5 * 5 * 4));  // 10 × 5 cells, 5 steps, float32

    // The estimate follows the shared selection.
    setSelection({-10, 40, 10, 50}, QStringLiteral("2020-01-02"),
                 QStringLiteral("2020-01-03T23:59:59"));
    ASSERT_TRUE(dialog.estimatedBytes());
    EXPECT_EQ(*dialog.estimatedBytes(), qint64(10 * 5 * 2 * 4));
}

TEST_F(ExportFixture, ASelectionWithoutCellsIsExplainedInline) {
    auto dataset = demo(dir, 2);
    ASSERT_TRUE(dataset);
    setSelection({0.2, 0.2, 0.4, 0.4});  // between cell centres (odd degrees)
    Gui::ExportDialog dialog(&model, dataset, &manager);
    EXPECT_FALSE(dialog.estimatedBytes());
    EXPECT_FALSE(dialog.estimateText().isEmpty());
    dialog.setOutputPath(dir.filePath(QStringLiteral("none.nc")));
    EXPECT_FALSE(dialog.startExport());
    EXPECT_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("none.nc"))));
}

TEST_F(ExportFixture, ExportsTheSubsetThroughATaskAndNamesTheFile) {
    auto dataset = demo(dir, 5);
    ASSERT_TRUE(dataset);
    setSelection({-10, 40, 10, 50});
    Gui::ExportDialog dialog(&model, dataset, &manager);
    const QString out = dir.filePath(QStringLiteral("biscay.nc"));
    dialog.setOutputPath(out);
    QSignalSpy finished(&dialog, &Gui::ExportDialog::exportFinished);
    ASSERT_TRUE(dialog.startExport());
    EXPECT_TRUE(dialog.isExporting());
    EXPECT_FALSE(dialog.startExport());  // one export at a time
    ASSERT_TRUE(finished.wait(60000));
    EXPECT_TRUE(finished.at(0).at(0).toBool());
    EXPECT_EQ(finished.at(0).at(1).toString(), out);
    EXPECT_TRUE(dialog.statusText().contains(out)) << dialog.statusText().toStdString();
    EXPECT_FALSE(dialog.isExporting());

    auto written = Data::ReaderRegistry::instance().open(out);
    ASSERT_TRUE(written) << written.error().toString().toStdString();
    auto grid = (*written)->grid(QStringLiteral("sst"));
    ASSERT_TRUE(grid);
    EXPECT_EQ((*grid)->nx, 10);
    EXPECT_EQ((*grid)->ny, 5);
    EXPECT_EQ((*grid)->times.size(), 5u);
}

TEST_F(ExportFixture, CancellingLeavesNoFile) {
    auto dataset = demo(dir, 120, 1.0);
    ASSERT_TRUE(dataset);
    Gui::ExportDialog dialog(&model, dataset, &manager);
    const QString out = dir.filePath(QStringLiteral("world.csv"));
    dialog.setOutputPath(out);
    const QStringList before = filesInDir();
    QSignalSpy finished(&dialog, &Gui::ExportDialog::exportFinished);
    ASSERT_TRUE(dialog.startExport());
    dialog.cancelExport();
    ASSERT_TRUE(finished.wait(60000));
    EXPECT_FALSE(finished.at(0).at(0).toBool());
    EXPECT_FALSE(QFileInfo::exists(out));
    EXPECT_EQ(filesInDir(), before);  // no temporary left beside it either
    EXPECT_TRUE(dialog.statusText().contains(out)) << dialog.statusText().toStdString();
}

TEST_F(ExportFixture, CopyAsPythonDescribesTheSameSubset) {
    auto dataset = demo(dir, 2);
    ASSERT_TRUE(dataset);
    setSelection({170, -10, -170, 10}, QStringLiteral("2020-01-01"));
    Gui::ExportDialog dialog(&model, dataset, &manager);
    const std::string code = dialog.pythonSnippet().toStdString();
    EXPECT_NE(code.find("xr.open_dataset(\"" + dataset->path().toStdString() + "\")"),
              std::string::npos)
        << code;
    EXPECT_NE(code.find("xr.concat("), std::string::npos) << code;
    EXPECT_NE(code.find("time=slice(\"2020-01-01\", None)"), std::string::npos) << code;
}

TEST_F(ExportFixture, ClosingDuringAnExportStillReportsItsEnd) {
    auto dataset = demo(dir, 5);
    ASSERT_TRUE(dataset);
    auto* dialog = new Gui::ExportDialog(&model, dataset, &manager);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QPointer<Gui::ExportDialog> guard(dialog);
    dialog->setOutputPath(dir.filePath(QStringLiteral("late.nc")));
    dialog->show();
    QSignalSpy finished(dialog, &Gui::ExportDialog::exportFinished);
    ASSERT_TRUE(dialog->startExport());
    dialog->close();
    EXPECT_FALSE(dialog->isVisible());
    ASSERT_FALSE(guard.isNull());  // kept until the export ends
    ASSERT_TRUE(finished.wait(60000));
    EXPECT_TRUE(finished.at(0).at(0).toBool());
    EXPECT_TRUE(QFileInfo::exists(dir.filePath(QStringLiteral("late.nc"))));
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    EXPECT_TRUE(guard.isNull());
}
