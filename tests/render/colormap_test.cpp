// SPDX-License-Identifier: GPL-3.0-or-later
#include "estran/render/colormap.h"

#include <gtest/gtest.h>

using Estran::Render::Colormap;

TEST(Colormap, ProvidesMatplotlibAndCmoceanMaps)
{
    const QStringList names = Colormap::names();
    for (const char* n : {"viridis", "magma", "inferno", "plasma", "cividis", "thermal", "haline",
                          "balance", "deep", "ice", "solar", "speed", "dense", "algae", "amp",
                          "curl", "delta", "tempo", "matter", "turbid", "oxy", "topo", "rain",
                          "diff", "tarn", "phase", "gray"}) {
        EXPECT_TRUE(names.contains(QLatin1String(n))) << n;
        auto c = Colormap::byName(QLatin1String(n));
        ASSERT_TRUE(c.ok()) << n;
        EXPECT_EQ(c->table().size(), 256u);
    }
}

TEST(Colormap, ViridisEndsMatchMatplotlib)
{
    auto c = Colormap::byName(QStringLiteral("viridis"));
    ASSERT_TRUE(c.ok());
    // matplotlib: first [0.267004, 0.004874, 0.329415], last [0.993248, 0.906157, 0.143936].
    EXPECT_EQ(c->at(0.0), QColor(68, 1, 84));
    EXPECT_EQ(c->at(1.0), QColor(253, 231, 37));
    EXPECT_EQ(c->at(-3.0), QColor(68, 1, 84));  // clamped
}

TEST(Colormap, CmoceanThermalStartsDarkBlue)
{
    auto c = Colormap::byName(QStringLiteral("thermal"));
    ASSERT_TRUE(c.ok());
    // cmocean thermal-rgb.txt first row: 0.01556 0.13824 0.20181.
    EXPECT_EQ(c->at(0.0), QColor(4, 35, 51));
}

TEST(Colormap, DivergingMapsAreFlaggedAndLightInTheMiddle)
{
    for (const char* n : {"balance", "curl", "delta"}) {
        auto c = Colormap::byName(QLatin1String(n));
        ASSERT_TRUE(c.ok());
        EXPECT_TRUE(c->isDiverging()) << n;
        EXPECT_GT(c->at(0.5).lightness(), 200) << n;
        EXPECT_LT(c->at(0.0).lightness(), 120) << n;
    }
    EXPECT_FALSE(Colormap::byName(QStringLiteral("viridis"))->isDiverging());
}

TEST(Colormap, ReversedSuffixFlipsTheTable)
{
    auto c = Colormap::byName(QStringLiteral("viridis_r"));
    ASSERT_TRUE(c.ok());
    EXPECT_EQ(c->at(0.0), QColor(253, 231, 37));
    EXPECT_EQ(c->name(), QStringLiteral("viridis_r"));
}

TEST(Colormap, UnknownNameIsAnErrorListingTheChoices)
{
    auto c = Colormap::byName(QStringLiteral("jet"));
    ASSERT_FALSE(c.ok());
    EXPECT_EQ(c.error().where(), QStringLiteral("jet"));
    EXPECT_TRUE(c.error().message().contains(QStringLiteral("viridis")));
}

TEST(Colormap, BinsMatchVtkLookupTable)
{
    EXPECT_EQ(Colormap::indexOf(0.0), 0);
    EXPECT_EQ(Colormap::indexOf(1.0 / 256.0 - 1e-9), 0);
    EXPECT_EQ(Colormap::indexOf(1.0 / 256.0 + 1e-9), 1);
    EXPECT_EQ(Colormap::indexOf(0.999), 255);
    EXPECT_EQ(Colormap::indexOf(1.0), 255);
    EXPECT_EQ(Colormap::indexOf(7.0), 255);
}

TEST(Colormap, FillColourIsReplacedWhenTheMapContainsIt)
{
    const Colormap gray = *Colormap::byName(QStringLiteral("gray"));
    const QColor fill = gray.distinctColor(gray.at(0.8));
    for (const auto& c : gray.table()) {
        const int dr = fill.red() - c[0], dg = fill.green() - c[1], db = fill.blue() - c[2];
        ASSERT_GE(dr * dr + dg * dg + db * db, 24 * 24);
    }
    const Colormap viridis = *Colormap::byName(QStringLiteral("viridis"));
    EXPECT_EQ(viridis.distinctColor(QColor(200, 200, 200)), QColor(200, 200, 200));
}
