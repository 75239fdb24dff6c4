// SPDX-License-Identifier: GPL-3.0-or-later
#include "estran/base/selection.h"
#include "estran/base/selectionmodel.h"

#include <QJsonArray>
#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace Estran::Base;

TEST(Selection, BoxAcrossTheAntimeridianContainsBothSides)
{
    Selection s;
    s.box = GeoBox{170, -10, -170, 10};
    EXPECT_TRUE(s.containsPoint(175, 0));
    EXPECT_TRUE(s.containsPoint(-175, 0));
    EXPECT_TRUE(s.containsPoint(185, 0));  // 0..360 longitudes
    EXPECT_FALSE(s.containsPoint(0, 0));
    EXPECT_TRUE(s.containsPoint(170, 10));  // edges included
}

TEST(Selection, PolygonRunningPast180IsContinuous)
{
    Selection s;
    s.polygon = {{170, -5}, {190, -5}, {190, 5}, {170, 5}};
    EXPECT_TRUE(s.containsPoint(-175, 0));
    EXPECT_TRUE(s.containsPoint(175, 0));
    EXPECT_FALSE(s.containsPoint(160, 0));
    const auto box = s.boundingBox();
    ASSERT_TRUE(box.has_value());
    EXPECT_TRUE(box->crossesAntimeridian());
    EXPECT_DOUBLE_EQ(box->west, 170);
    EXPECT_DOUBLE_EQ(box->east, -170);
}

TEST(Selection, RoundTripsThroughJsonWithA360DayDate)
{
    Selection s;
    s.box = GeoBox{-20, 30, 10, 60};
    s.timeStart = QStringLiteral("1850-02-30");
    s.timeEnd = QStringLiteral("1851-01-01");
    s.calendar = QStringLiteral("360_day");
    s.depthMin = 0;
    s.depthMax = 500;
    s.variables = {QStringLiteral("thetao"), QStringLiteral("so")};
    QString error;
    const Selection back = Selection::fromJson(s.toJson(), &error);
    EXPECT_TRUE(error.isEmpty());
    EXPECT_EQ(back, s);
}

TEST(Selection, NamesTheFieldOfABadBox)
{
    QString error;
    QJsonObject o{{QStringLiteral("bbox"), QJsonArray{0, 50, 10, 40}}};
    Selection::fromJson(o, &error);
    EXPECT_TRUE(error.startsWith(QStringLiteral("bbox"))) << error.toStdString();
}

TEST(SelectionModel, UndoesAndRedoesChanges)
{
    SelectionModel model;
    QSignalSpy changed(&model, &SelectionModel::selectionChanged);
    Selection a;
    a.box = GeoBox{0, 0, 10, 10};
    Selection b = a;
    b.timeStart = QStringLiteral("2020-01-01");
    model.setSelection(a);
    model.setSelection(b);
    model.setSelection(b);  // no-op
    EXPECT_EQ(changed.count(), 2);
    model.undo();
    EXPECT_EQ(model.selection(), a);
    model.undo();
    EXPECT_TRUE(model.selection().isEmpty());
    EXPECT_FALSE(model.canUndo());
    model.redo();
    model.redo();
    EXPECT_EQ(model.selection(), b);
    model.undo();
    model.setSelection(Selection{});  // a new branch drops the redo history
    EXPECT_FALSE(model.canRedo());
}

TEST(SelectionModel, SavesNamedSelectionsIntoTheWorkspace)
{
    SelectionModel model;
    Selection bay;
    bay.box = GeoBox{-10, 43, -1, 48.5};
    model.setSelection(bay);
    model.save(QStringLiteral("Bay of Biscay"));
    model.setSelection(Selection{});
    SelectionModel reopened;
    QString error;
    ASSERT_TRUE(reopened.loadJson(model.toJson(), &error)) << error.toStdString();
    EXPECT_EQ(reopened.savedNames(), QStringList{QStringLiteral("Bay of Biscay")});
    ASSERT_TRUE(reopened.restore(QStringLiteral("Bay of Biscay")));
    EXPECT_EQ(reopened.selection(), bay);
}

TEST(Selection, PolygonTextRoundTripsAndNamesTheBadVertex)
{
    const QVector<QPointF> ring{{-5.5, 43}, {10, 43.25}, {2, 51}};
    EXPECT_EQ(Estran::Base::polygonToText(ring), QStringLiteral("-5.5 43, 10 43.25, 2 51"));
    EXPECT_EQ(Estran::Base::polygonFromText(QStringLiteral(" -5.5 43 ,10  43.25, 2 51")), ring);
    // A closed ring, as WKT and GeoJSON write it, is read open.
    EXPECT_EQ(Estran::Base::polygonFromText(QStringLiteral("-5.5 43, 10 43.25, 2 51, -5.5 43")), ring);
    QString why;
    EXPECT_FALSE(Estran::Base::polygonFromText(QStringLiteral("0 0, 10 x, 5 5"), &why));
    EXPECT_TRUE(why.contains(QStringLiteral("vertex 2"))) << why.toStdString();
    EXPECT_FALSE(Estran::Base::polygonFromText(QStringLiteral("0 0, 10 95, 5 5"), &why));
    EXPECT_TRUE(why.contains(QStringLiteral("95"))) << why.toStdString();
    EXPECT_FALSE(Estran::Base::polygonFromText(QStringLiteral("0 0, 10 10"), &why));
    EXPECT_TRUE(why.contains(QStringLiteral("three"))) << why.toStdString();
}
