// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakedataset.h"

#include "estran/gui/slicecache.h"

#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

using namespace Estran;
using Estran::Testing::FakeDataset;

TEST(SliceCache, ReadsOnAWorkerAndAnswersTheRequest)
{
    auto dataset = std::make_shared<FakeDataset>(8, 4, 5);
    Gui::SliceCache cache;
    QSignalSpy ready(&cache, &Gui::SliceCache::sliceReady);
    EXPECT_EQ(cache.request(dataset, QStringLiteral("sst"), {2, 0}), nullptr);
    ASSERT_TRUE(ready.wait(5000));
    auto slice = ready.at(0).at(0).value<std::shared_ptr<const Data::Slice>>();
    ASSERT_TRUE(slice);
    EXPECT_EQ(slice->index.time, 2);
    EXPECT_FLOAT_EQ(slice->at(3, 1), FakeDataset::valueAt(2, 0, 3, 1));
}

TEST(SliceCache, ACachedSliceIsReturnedAtOnceWithoutReadingAgain)
{
    auto dataset = std::make_shared<FakeDataset>(8, 4, 5);
    Gui::SliceCache cache;
    QSignalSpy ready(&cache, &Gui::SliceCache::sliceReady);
    (void)cache.request(dataset, QStringLiteral("sst"), {1, 0});
    ASSERT_TRUE(ready.wait(5000));
    const int reads = dataset->reads;
    auto again = cache.request(dataset, QStringLiteral("sst"), {1, 0});
    ASSERT_TRUE(again);
    EXPECT_EQ(again->index.time, 1);
    EXPECT_EQ(dataset->reads, reads);
}

TEST(SliceCache, OnlyTheLatestRequestIsAnswered)
{
    auto dataset = std::make_shared<FakeDataset>(8, 4, 5);
    dataset->delayMs = 50;
    Gui::SliceCache cache;
    QList<qint64> answered;
    QObject::connect(&cache, &Gui::SliceCache::sliceReady, &cache,
                     [&](const std::shared_ptr<const Data::Slice>& s, const QString&) { answered.append(s->index.time); });
    (void)cache.request(dataset, QStringLiteral("sst"), {0, 0});
    (void)cache.request(dataset, QStringLiteral("sst"), {1, 0});
    (void)cache.request(dataset, QStringLiteral("sst"), {2, 0});
    ASSERT_TRUE(QTest::qWaitFor([&] { return dataset->reads == 3 && cache.count() == 3; }, 5000));
    QTest::qWait(50);
    ASSERT_EQ(answered.size(), 1);
    EXPECT_EQ(answered.first(), 2);
}

TEST(SliceCache, EvictsTheLeastRecentlyUsedSliceOverTheBudget)
{
    auto dataset = std::make_shared<FakeDataset>(64, 32, 10);  // 8 KiB of values per slice
    const qint64 sliceBytes = 64 * 32 * 4;
    Gui::SliceCache cache(3 * sliceBytes + 3 * 1024);
    cache.prefetch(dataset, QStringLiteral("sst"), {{0, 0}, {1, 0}, {2, 0}});
    ASSERT_TRUE(QTest::qWaitFor([&] { return cache.count() == 3; }, 5000));
    // Reads finish in any order; touching them fixes the recency order to 1, 2, 0.
    ASSERT_TRUE(cache.find(dataset.get(), QStringLiteral("sst"), {1, 0}));
    ASSERT_TRUE(cache.find(dataset.get(), QStringLiteral("sst"), {2, 0}));
    ASSERT_TRUE(cache.find(dataset.get(), QStringLiteral("sst"), {0, 0}));
    cache.prefetch(dataset, QStringLiteral("sst"), {{3, 0}});
    ASSERT_TRUE(QTest::qWaitFor([&] { return cache.find(dataset.get(), QStringLiteral("sst"), {3, 0}) != nullptr; }, 5000));
    EXPECT_LE(cache.bytesUsed(), cache.byteBudget());
    EXPECT_TRUE(cache.find(dataset.get(), QStringLiteral("sst"), {0, 0}));
    EXPECT_FALSE(cache.find(dataset.get(), QStringLiteral("sst"), {1, 0}));
}

TEST(SliceCache, PrefetchOfASliceBeingReadDoesNotReadItTwice)
{
    auto dataset = std::make_shared<FakeDataset>(8, 4, 5);
    dataset->delayMs = 30;
    Gui::SliceCache cache;
    cache.prefetch(dataset, QStringLiteral("sst"), {{4, 0}});
    QSignalSpy ready(&cache, &Gui::SliceCache::sliceReady);
    EXPECT_EQ(cache.request(dataset, QStringLiteral("sst"), {4, 0}), nullptr);
    cache.prefetch(dataset, QStringLiteral("sst"), {{4, 0}});
    ASSERT_TRUE(ready.wait(5000));
    EXPECT_EQ(dataset->reads, 1);
}

TEST(SliceCache, AFailedReadIsReportedWithWhere)
{
    auto dataset = std::make_shared<FakeDataset>(8, 4, 5);
    Gui::SliceCache cache;
    QSignalSpy failed(&cache, &Gui::SliceCache::sliceFailed);
    (void)cache.request(dataset, QStringLiteral("missing"), {0, 0});
    ASSERT_TRUE(failed.wait(5000));
    EXPECT_EQ(failed.at(0).at(0).value<Base::Error>().where(), QStringLiteral("missing"));
}

TEST(SliceCache, ResultsForADestroyedCacheAreDropped)
{
    auto dataset = std::make_shared<FakeDataset>(8, 4, 5);
    dataset->delayMs = 50;
    {
        Gui::SliceCache cache;
        (void)cache.request(dataset, QStringLiteral("sst"), {0, 0});
    }
    // The worker finishes after the cache is gone; nothing may crash or be delivered.
    ASSERT_TRUE(QTest::qWaitFor([&] { return dataset->reads == 1; }, 5000));
    QTest::qWait(100);
    SUCCEED();
}

TEST(SliceCache, RemovingADatasetDropsItsSlices)
{
    auto a = std::make_shared<FakeDataset>(8, 4, 5);
    auto b = std::make_shared<FakeDataset>(8, 4, 5);
    Gui::SliceCache cache;
    cache.prefetch(a, QStringLiteral("sst"), {{0, 0}});
    cache.prefetch(b, QStringLiteral("sst"), {{0, 0}});
    ASSERT_TRUE(QTest::qWaitFor([&] { return cache.count() == 2; }, 5000));
    cache.removeDataset(a.get());
    EXPECT_EQ(cache.count(), 1);
    EXPECT_FALSE(cache.find(a.get(), QStringLiteral("sst"), {0, 0}));
    EXPECT_TRUE(cache.find(b.get(), QStringLiteral("sst"), {0, 0}));
}

TEST(SliceCache, AReadThatLandsAfterItsDatasetWasRemovedIsDropped)
{
    auto dataset = std::make_shared<FakeDataset>(8, 4, 5);
    dataset->delayMs = 50;
    Gui::SliceCache cache;
    QSignalSpy ready(&cache, &Gui::SliceCache::sliceReady);
    (void)cache.request(dataset, QStringLiteral("sst"), {0, 0});
    cache.removeDataset(dataset.get());
    ASSERT_TRUE(QTest::qWaitFor([&] { return dataset->reads == 1; }, 5000));
    QTest::qWait(150);
    EXPECT_EQ(cache.count(), 0);
    EXPECT_EQ(ready.count(), 0);
}
