// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakedataset.h"

#include "estran/gui/cellreadout.h"

#include <gtest/gtest.h>

using namespace Estran;

namespace {
Data::Slice sliceAt(qint64 t)
{
    Testing::FakeDataset dataset(36, 18, 4);
    return *dataset.readSlice(QStringLiteral("sst"), {t, 0});
}
}  // namespace

TEST(CellReadout, FindsTheNearestCellAndItsValue)
{
    const Data::Slice slice = sliceAt(2);
    // 10° cells centred on -175, -165, ...: 12.3°E is in column 19 (centre 15°E), 41°N in row 13.
    const auto r = Gui::CellReadout::at(slice, 12.3, 41.0);
    ASSERT_TRUE(r);
    EXPECT_EQ(r->ix, 19);
    EXPECT_EQ(r->iy, 13);
    ASSERT_TRUE(r->value);
    EXPECT_FLOAT_EQ(float(*r->value), Testing::FakeDataset::valueAt(2, 0, 19, 13));
    EXPECT_EQ(r->units, QStringLiteral("degC"));
    // Day 2 of the fake's 360-day axis.
    EXPECT_EQ(r->time, QStringLiteral("2001-01-03T00:00:00"));
}

TEST(CellReadout, FillCellsHaveNoValueAndSayNoData)
{
    const auto r = Gui::CellReadout::at(sliceAt(0), -176.0, 0.0);  // column 0 is fill in the fake
    ASSERT_TRUE(r);
    EXPECT_EQ(r->ix, 0);
    EXPECT_FALSE(r->value);
    EXPECT_TRUE(r->toText().startsWith(QStringLiteral("no data")));
}

TEST(CellReadout, TextCarriesValueUnitsPositionAndDate)
{
    const auto r = Gui::CellReadout::at(sliceAt(1), -3.5, -45.25);
    ASSERT_TRUE(r);
    const QString text = r->toText();
    EXPECT_TRUE(text.contains(QStringLiteral("°C"))) << qPrintable(text);
    EXPECT_TRUE(text.contains(QStringLiteral("45.25°S"))) << qPrintable(text);
    EXPECT_TRUE(text.contains(QStringLiteral("3.50°W"))) << qPrintable(text);
    EXPECT_TRUE(text.contains(QStringLiteral("2001-01-02"))) << qPrintable(text);
}

TEST(CellReadout, UnitsAreShownTheWayPeopleWriteThem)
{
    EXPECT_EQ(Gui::CellReadout::displayUnits(QStringLiteral("degree_Celsius")), QStringLiteral("°C"));
    EXPECT_EQ(Gui::CellReadout::displayUnits(QStringLiteral("m s-1")), QStringLiteral("m s⁻¹"));
    EXPECT_EQ(Gui::CellReadout::displayUnits(QStringLiteral("kg m-3")), QStringLiteral("kg m⁻³"));
    EXPECT_EQ(Gui::CellReadout::displayUnits(QStringLiteral("m2 s-2")), QStringLiteral("m² s⁻²"));
    EXPECT_EQ(Gui::CellReadout::displayUnits(QStringLiteral("1e-3")), QStringLiteral("1e-3"));
    EXPECT_EQ(Gui::CellReadout::displayUnits(QStringLiteral("psu")), QStringLiteral("psu"));
}
