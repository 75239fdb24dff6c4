// SPDX-License-Identifier: GPL-3.0-or-later
#include "estran/base/log.h"
#include "estran/base/taskmanager.h"
#include "estran/gui/downloadqueue.h"
#include "estran/gui/downloadspanel.h"
#include "estran/net/httpclient.h"

#include "catalogtestsupport.h"
#include "testhttpserver.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSettings>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <atomic>

using namespace Estran;
using Gui::DownloadQueue;
using Test::TestHttpServer;

namespace {

std::string payload(size_t size, quint32 seed)
{
    std::string data(size, '\0');
    for (char& c : data) {
        seed = seed * 1103515245u + 12345u;
        c = char(seed >> 24);
    }
    return data;
}

QString md5Prefixed(const std::string& data)
{
    return QStringLiteral("md5:") + QString::fromLatin1(QCryptographicHash::hash(QByteArray::fromStdString(data),
                                                                                  QCryptographicHash::Md5).toHex());
}

// STAC file:checksum: multihash sha2-256 (0x12), 32 bytes (0x20), then the digest.
QString sha256Multihash(const std::string& data)
{
    return QStringLiteral("1220") + QString::fromLatin1(QCryptographicHash::hash(QByteArray::fromStdString(data),
                                                                                 QCryptographicHash::Sha256).toHex());
}

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

std::shared_ptr<const Net::HttpClient> client()
{
    Net::NetworkSettings s = Net::NetworkSettings::defaults();
    s.maxRetries = 0;
    return std::make_shared<Net::HttpClient>(s);
}

// Waits until the queue has nothing queued or running.
bool waitIdle(DownloadQueue& queue, int timeoutMs = 20000)
{
    QSignalSpy finished(&queue, &DownloadQueue::jobFinished);
    QElapsedTimer timer;
    timer.start();
    while (queue.activeCount() > 0 && timer.elapsed() < timeoutMs) finished.wait(200);
    return queue.activeCount() == 0;
}

}  // namespace

TEST(DownloadQueue, DownloadsTwoFilesInParallelWithProgressAndVerifiedChecksums)
{
    Estran::Test::isolatedSettings();
    Base::Log::instance().setEchoToStderr(false);
    const std::string a = payload(600000, 1), b = payload(400000, 2);
    std::atomic<int> concurrent{0}, maxConcurrent{0};
    Estran::Test::TestHttpServer server;
    auto serve = [&](const std::string& data) {
        return [&, data](const httplib::Request&, httplib::Response& res) {
            const int now = ++concurrent;
            int seen = maxConcurrent.load();
            while (now > seen && !maxConcurrent.compare_exchange_weak(seen, now)) {}
            std::this_thread::sleep_for(std::chrono::milliseconds(150));
            --concurrent;
            res.set_content(data, "application/x-netcdf");
        };
    };
    server.server().Get("/a.nc", serve(a));
    server.server().Get("/b.nc", serve(b));
    ASSERT_TRUE(server.start());
    QTemporaryDir dir;
    Base::TaskManager manager;
    DownloadQueue queue(client(), &manager);
    QSignalSpy changed(&queue, &DownloadQueue::jobChanged);
    const int ia = queue.enqueue(server.baseUrl() + QStringLiteral("/a.nc"), dir.path(), md5Prefixed(a));
    const int ib = queue.enqueue(server.baseUrl() + QStringLiteral("/b.nc"), dir.path(), sha256Multihash(b), QStringLiteral("B file"));
    EXPECT_EQ(queue.runningCount(), 2);
    EXPECT_EQ(manager.tasks().size(), 2);  // listed for the status bar
    ASSERT_TRUE(waitIdle(queue));
    EXPECT_EQ(maxConcurrent.load(), 2);
    for (int id : {ia, ib}) {
        const DownloadQueue::Job* job = queue.job(id);
        ASSERT_NE(job, nullptr);
        EXPECT_EQ(job->state, DownloadQueue::State::Done) << (job->error ? job->error->toString().toStdString() : "");
        EXPECT_TRUE(job->verified);
        EXPECT_DOUBLE_EQ(job->percent, 100.0);
    }
    EXPECT_EQ(readAll(dir.filePath(QStringLiteral("a.nc"))), QByteArray::fromStdString(a));
    EXPECT_EQ(readAll(dir.filePath(QStringLiteral("b.nc"))), QByteArray::fromStdString(b));
    EXPECT_GE(changed.count(), 4);  // started, progressed and finished, for each
}

TEST(DownloadQueue, RunsAtMostMaxParallelAtOnce)
{
    Estran::Test::isolatedSettings();
    Estran::Test::TestHttpServer server;
    server.server().Get(R"(/f(\d)\.bin)", [](const httplib::Request&, httplib::Response& res) {
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
        res.set_content(std::string(1000, 'x'), "application/octet-stream");
    });
    ASSERT_TRUE(server.start());
    QTemporaryDir dir;
    Base::TaskManager manager;
    DownloadQueue queue(client(), &manager);
    queue.setMaxParallel(2);
    int peak = 0;
    QObject::connect(&queue, &DownloadQueue::jobChanged, &queue, [&] { peak = std::max(peak, queue.runningCount()); });
    for (int i = 0; i < 5; ++i) queue.enqueue(server.baseUrl() + QStringLiteral("/f%1.bin").arg(i), dir.path());
    ASSERT_TRUE(waitIdle(queue));
    EXPECT_EQ(peak, 2);
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files).size(), 5);
}

TEST(DownloadQueue, ResumesFromTheLeftoverPartFile)
{
    Estran::Test::isolatedSettings();
    const std::string data = payload(500000, 3);
    std::atomic<bool> sawRange{false};
    Estran::Test::TestHttpServer server;
    server.server().Get("/r.nc", [&](const httplib::Request& req, httplib::Response& res) {
        if (req.has_header("Range")) sawRange = true;
        res.set_content(data, "application/x-netcdf");  // cpp-httplib answers Range with 206
    });
    ASSERT_TRUE(server.start());
    QTemporaryDir dir;
    {
        QFile part(dir.filePath(QStringLiteral("r.nc.part")));
        ASSERT_TRUE(part.open(QIODevice::WriteOnly));
        part.write(QByteArray::fromStdString(data.substr(0, 200000)));
    }
    Base::TaskManager manager;
    DownloadQueue queue(client(), &manager);
    const int id = queue.enqueue(server.baseUrl() + QStringLiteral("/r.nc"), dir.path(), md5Prefixed(data));
    ASSERT_TRUE(waitIdle(queue));
    const DownloadQueue::Job* job = queue.job(id);
    ASSERT_EQ(job->state, DownloadQueue::State::Done) << (job->error ? job->error->toString().toStdString() : "");
    EXPECT_TRUE(sawRange.load());
    EXPECT_EQ(job->resumedFrom, 200000);
    EXPECT_TRUE(job->verified);
    EXPECT_EQ(readAll(job->path()), QByteArray::fromStdString(data));
    EXPECT_FALSE(QFile::exists(job->path() + QStringLiteral(".part")));
}

TEST(DownloadQueue, CancelKeepsThePartAndResumeFinishesIt)
{
    Estran::Test::isolatedSettings();
    Base::Log::instance().setEchoToStderr(false);
    const std::string data = payload(2000000, 4);
    std::atomic<bool> slow{true};
    Estran::Test::TestHttpServer server;
    server.server().Get("/big.nc", [&](const httplib::Request&, httplib::Response& res) {
        // cpp-httplib applies a Range header to the provider itself (206 from the offset).
        res.set_content_provider(data.size(), "application/x-netcdf",
                                 [&](size_t pos, size_t length, httplib::DataSink& sink) {
                                     if (slow) std::this_thread::sleep_for(std::chrono::milliseconds(20));
                                     sink.write(data.data() + pos, std::min<size_t>(length, 65536));
                                     return true;
                                 });
    });
    ASSERT_TRUE(server.start());
    QTemporaryDir dir;
    Base::TaskManager manager;
    DownloadQueue queue(client(), &manager);
    QSignalSpy changed(&queue, &DownloadQueue::jobChanged);
    const int id = queue.enqueue(server.baseUrl() + QStringLiteral("/big.nc"), dir.path(), md5Prefixed(data));
    // Wait for some progress, then cancel.
    QElapsedTimer timer;
    timer.start();
    while (queue.job(id)->percent < 5.0 && timer.elapsed() < 10000) changed.wait(100);
    queue.cancel(id);
    ASSERT_TRUE(waitIdle(queue));
    ASSERT_EQ(queue.job(id)->state, DownloadQueue::State::Cancelled);
    const qint64 partSize = QFileInfo(queue.job(id)->path() + QStringLiteral(".part")).size();
    EXPECT_GT(partSize, 0);

    slow = false;
    queue.resume(id);
    ASSERT_TRUE(waitIdle(queue));
    const DownloadQueue::Job* job = queue.job(id);
    ASSERT_EQ(job->state, DownloadQueue::State::Done) << (job->error ? job->error->toString().toStdString() : "");
    EXPECT_GT(job->resumedFrom, 0);
    EXPECT_TRUE(job->verified);
    EXPECT_EQ(readAll(job->path()), QByteArray::fromStdString(data));
}

TEST(DownloadQueue, AWrongChecksumFailsAndNamesTheFile)
{
    Estran::Test::isolatedSettings();
    Base::Log::instance().setEchoToStderr(false);
    Estran::Test::TestHttpServer server;
    server.server().Get("/x.nc", [](const httplib::Request&, httplib::Response& res) {
        res.set_content("not what the catalogue said", "application/x-netcdf");
    });
    ASSERT_TRUE(server.start());
    QTemporaryDir dir;
    Base::TaskManager manager;
    DownloadQueue queue(client(), &manager);
    const int id = queue.enqueue(server.baseUrl() + QStringLiteral("/x.nc"), dir.path(),
                                 QStringLiteral("md5:00000000000000000000000000000000"));
    ASSERT_TRUE(waitIdle(queue));
    const DownloadQueue::Job* job = queue.job(id);
    EXPECT_EQ(job->state, DownloadQueue::State::Failed);
    ASSERT_TRUE(job->error.has_value());
    EXPECT_FALSE(QFile::exists(job->path()));
}

TEST(DownloadsPanel, ShowsARowPerDownloadWithItsState)
{
    Estran::Test::isolatedSettings();
    Estran::Test::TestHttpServer server;
    server.server().Get("/p.nc", [](const httplib::Request&, httplib::Response& res) {
        res.set_content(std::string(5000, 'p'), "application/x-netcdf");
    });
    ASSERT_TRUE(server.start());
    QTemporaryDir dir;
    Base::TaskManager manager;
    DownloadQueue queue(client(), &manager);
    Gui::DownloadsPanel panel(&queue);
    const int id = queue.enqueue(server.baseUrl() + QStringLiteral("/p.nc"), dir.path());
    EXPECT_EQ(panel.rowCount(), 1);
    EXPECT_EQ(panel.stateText(id), QStringLiteral("downloading"));
    ASSERT_TRUE(waitIdle(queue));
    EXPECT_TRUE(panel.stateText(id).startsWith(QStringLiteral("done"))) << panel.stateText(id).toStdString();
    queue.clearFinished();
    EXPECT_EQ(panel.rowCount(), 0);
}

TEST(DownloadQueue, DefaultFolderIsDownloadsEstranUntilChanged)
{
    Estran::Test::isolatedSettings();
    QSettings().remove(QStringLiteral("downloads/directory"));
    EXPECT_TRUE(DownloadQueue::defaultDirectory().endsWith(QStringLiteral("/Estran")));
    DownloadQueue::setDefaultDirectory(QStringLiteral("/tmp/elsewhere"));
    EXPECT_EQ(DownloadQueue::defaultDirectory(), QStringLiteral("/tmp/elsewhere"));
    QSettings().remove(QStringLiteral("downloads/directory"));
}
