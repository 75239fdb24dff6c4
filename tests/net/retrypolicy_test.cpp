// SPDX-License-Identifier: GPL-3.0-or-later
#include "estran/net/retrypolicy.h"

#include <gtest/gtest.h>

using namespace Estran::Net::RetryPolicy;

TEST(RetryPolicy, RetriesRateLimitAndServerErrorsOnly)
{
    EXPECT_TRUE(isRetryableStatus(429));
    EXPECT_TRUE(isRetryableStatus(503));
    EXPECT_FALSE(isRetryableStatus(404));
    EXPECT_FALSE(isRetryableStatus(400));
}

TEST(RetryPolicy, DoublesTheDelayWithoutRetryAfter)
{
    EXPECT_EQ(retryDelayMs(0, {}, 500, 30000), 500);
    EXPECT_EQ(retryDelayMs(2, {}, 500, 30000), 2000);
    EXPECT_EQ(retryDelayMs(10, {}, 500, 30000), 30000);
}

TEST(RetryPolicy, HonoursRetryAfterSeconds)
{
    EXPECT_EQ(retryDelayMs(0, "7", 500, 30000), 7000);
    EXPECT_EQ(retryDelayMs(0, "3600", 500, 30000), 30000);
}

TEST(RetryPolicy, HonoursRetryAfterHttpDate)
{
    const QDateTime now = QDateTime::fromString(QStringLiteral("2026-11-25T10:00:00Z"), Qt::ISODate);
    EXPECT_EQ(retryDelayMs(0, "Wed, 25 Nov 2026 10:00:05 GMT", 500, 30000, now), 5000);
}
