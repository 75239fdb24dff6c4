// SPDX-License-Identifier: GPL-3.0-or-later
#include "estran/base/error.h"
#include "estran/base/log.h"

#include <QSignalSpy>
#include <QTest>
#include <QThread>

#include <gtest/gtest.h>

using namespace Estran::Base;

TEST(Log, KeepsEntriesWithWhereMessageAndDetail)
{
    Log::instance().setEchoToStderr(false);
    Log::error(QStringLiteral("/data/a.nc"), QStringLiteral("cannot open"), QStringLiteral("NetCDF: HDF error"));
    const LogEntry last = Log::instance().entries().last();
    EXPECT_EQ(last.level, LogEntry::Level::Error);
    EXPECT_EQ(last.where, QStringLiteral("/data/a.nc"));
    EXPECT_EQ(last.message, QStringLiteral("cannot open"));
    EXPECT_EQ(last.detail, QStringLiteral("NetCDF: HDF error"));
    EXPECT_TRUE(last.time.isValid());
}

TEST(Log, CancellationIsLoggedAsInformationNotError)
{
    Log::instance().setEchoToStderr(false);
    Log::error(Error::cancelled(QStringLiteral("opening b.nc")));
    EXPECT_EQ(Log::instance().entries().last().level, LogEntry::Level::Info);
}

TEST(Log, EntriesWrittenOnAWorkerReachTheGuiThreadQueued)
{
    Log::instance().setEchoToStderr(false);
    QObject receiver;
    QThread* deliveredOn = nullptr;
    QString message;
    QObject::connect(&Log::instance(), &Log::entryAdded, &receiver,
                     [&](const LogEntry& e) {
                         deliveredOn = QThread::currentThread();
                         message = e.message;
                     }, Qt::QueuedConnection);
    QThread* worker = QThread::create([] { Log::warning({}, QStringLiteral("from worker")); });
    worker->start();
    worker->wait();
    delete worker;
    ASSERT_TRUE(QTest::qWaitFor([&] { return deliveredOn != nullptr; }, 2000));
    EXPECT_EQ(deliveredOn, QThread::currentThread());
    EXPECT_EQ(message, QStringLiteral("from worker"));
}

TEST(Log, KeepsAtMostCapacityEntries)
{
    Log::instance().setEchoToStderr(false);
    for (int i = 0; i < Log::capacity() + 10; ++i) Log::debug({}, QString::number(i));
    const auto entries = Log::instance().entries();
    EXPECT_EQ(entries.size(), Log::capacity());
    EXPECT_EQ(entries.last().message, QString::number(Log::capacity() + 9));
}
