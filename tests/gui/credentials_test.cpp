// SPDX-License-Identifier: GPL-3.0-or-later
// Secrets end to end against a real Secret Service (run-with-keyring.sh: a private D-Bus session
// with GNOME Keyring): a provider's API key and S3 keys stored in the keychain reach the servers
// on 127.0.0.1 when the app downloads or opens data, and are gone once forgotten.
#include "estran/base/log.h"
#include "estran/base/taskmanager.h"
#include "estran/data/dataset.h"
#include "estran/data/readerregistry.h"
#include "estran/gui/cloudstorage.h"
#include "estran/gui/downloadqueue.h"
#include "estran/net/credentialstore.h"
#include "estran/net/httpclient.h"
#include "estran/net/keychainaccess.h"

#include "catalogtestsupport.h"
#include "testhttpserver.h"

#include <QEventLoop>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimer>

#include <cpl_vsi.h>
#include <gdal.h>

#include <gtest/gtest.h>

#include <mutex>

using namespace Estran;

namespace {

bool waitFor(const std::function<bool()>& done, int timeoutMs = 20000)
{
    QEventLoop loop;
    QTimer tick;
    QObject::connect(&tick, &QTimer::timeout, &loop, [&] {
        if (done()) loop.quit();
    });
    tick.start(20);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    return done();
}

Base::Result<void> writeSecret(const QString& entry, const QString& secret)
{
    std::optional<Base::Result<void>> result;
    QObject context;
    Net::CredentialStore().write(entry, secret, &context, [&](const Base::Result<void>& r) { result = r; });
    if (!waitFor([&] { return result.has_value(); })) return Base::Error(Base::Error::Kind::Io, entry, QStringLiteral("keychain timeout"));
    return *result;
}

std::shared_ptr<const Net::HttpClient> client()
{
    Net::NetworkSettings s = Net::NetworkSettings::defaults();
    s.maxRetries = 0;
    return std::make_shared<Net::HttpClient>(s);
}

QByteArray makeGeoTiff(const QString& path)
{
    GDALAllRegister();
    GDALDatasetH ds = GDALCreate(GDALGetDriverByName("GTiff"), path.toLocal8Bit().constData(), 8, 4, 1, GDT_Float32, nullptr);
    double gt[6] = {0, 1, 0, 4, 0, -1};
    GDALSetGeoTransform(ds, gt);
    std::vector<float> v(32, 7.5f);
    EXPECT_EQ(GDALRasterIO(GDALGetRasterBand(ds, 1), GF_Write, 0, 0, 8, 4, v.data(), 8, 4, GDT_Float32, 0, 0), CE_None);
    GDALClose(ds);
    QFile f(path);
    EXPECT_TRUE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

}  // namespace

TEST(Credentials, RunUnderASecretService)
{
    ASSERT_FALSE(qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        << "run this test through tests/net/run-with-keyring.sh";
}

TEST(Credentials, ADownloadCarriesTheProviderApiKeyReadFromTheKeychain)
{
    Estran::Test::isolatedSettings();
    Base::Log::instance().setEchoToStderr(false);
    Estran::Test::TestHttpServer server;
    server.server().Get("/api/download/S2B_product.zip", [](const httplib::Request& req, httplib::Response& res) {
        if (req.get_header_value("X-API-Key") != "geodes-secret") {
            res.status = 403;
            return;
        }
        res.set_content("product bytes", "application/zip");
    });
    ASSERT_TRUE(server.start());
    Net::KeychainAccess access;
    access.apiKeyHeader = QStringLiteral("X-API-Key");
    access.apiKeyEntry = QStringLiteral("api-key:GEODES test");
    ASSERT_TRUE(writeSecret(access.apiKeyEntry, QStringLiteral("geodes-secret")).ok());

    QTemporaryDir dir;
    Base::TaskManager manager;
    Gui::DownloadQueue queue(client(), &manager);
    const int id = queue.enqueue(server.baseUrl() + QStringLiteral("/api/download/S2B_product.zip"), dir.path(), {},
                                 QStringLiteral("S2B"), access);
    ASSERT_TRUE(waitFor([&] { return queue.activeCount() == 0; }));
    const Gui::DownloadQueue::Job* job = queue.job(id);
    ASSERT_NE(job, nullptr);
    EXPECT_EQ(job->state, Gui::DownloadQueue::State::Done) << (job->error ? job->error->toString().toStdString() : "");
    QFile file(job->path());
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(file.readAll(), QByteArray("product bytes"));
}

TEST(Credentials, S3KeysStoredInSettingsSignDownloadsAndInPlaceOpensUntilForgotten)
{
    Estran::Test::isolatedSettings();
    Base::Log::instance().setEchoToStderr(false);
    QTemporaryDir dir;
    const QByteArray tiff = makeGeoTiff(dir.filePath(QStringLiteral("source.tif")));
    Estran::Test::TestHttpServer server;
    std::mutex mutex;
    std::string authorization = "none yet";
    server.server().Get("/sea-bucket/sst.tif", [&](const httplib::Request& req, httplib::Response& res) {
        std::lock_guard lock(mutex);
        authorization = req.get_header_value("Authorization");
        res.set_content(tiff.toStdString(), "image/tiff");
    });
    ASSERT_TRUE(server.start());
    const auto lastAuthorization = [&] {
        std::lock_guard lock(mutex);
        return authorization;
    };

    Net::S3Endpoint endpoint;
    endpoint.endpoint = server.baseUrl();
    endpoint.region = QStringLiteral("eu-west-3");
    endpoint.pathStyle = true;
    Gui::CloudStorage::setEndpoint(endpoint);
    std::optional<Base::Result<void>> stored;
    QObject context;
    Gui::CloudStorage::storeKeys({QStringLiteral("AKIDSETTINGS"), QStringLiteral("secret"), {}}, &context,
                                 [&](const Base::Result<void>& r) { stored = r; });
    ASSERT_TRUE(waitFor([&] { return stored.has_value(); }));
    ASSERT_TRUE(stored->ok()) << stored->error().toString().toStdString();

    // Opened in place through GDAL /vsis3/: signed with the stored key.
    auto ds = Data::ReaderRegistry::instance().open(QStringLiteral("s3://sea-bucket/sst.tif"));
    ASSERT_TRUE(ds.ok()) << ds.error().toString().toStdString();
    EXPECT_NE(lastAuthorization().find("Credential=AKIDSETTINGS/"), std::string::npos) << lastAuthorization();

    // Downloaded by the queue: the worker reads the same keys from the keychain.
    Base::TaskManager manager;
    Gui::DownloadQueue queue(client(), &manager);
    Net::KeychainAccess access;
    access.s3Endpoint = Gui::CloudStorage::endpoint();
    const int id = queue.enqueue(QStringLiteral("s3://sea-bucket/sst.tif"), dir.path(), {}, {}, access);
    ASSERT_TRUE(waitFor([&] { return queue.activeCount() == 0; }));
    const Gui::DownloadQueue::Job* job = queue.job(id);
    ASSERT_NE(job, nullptr);
    EXPECT_EQ(job->state, Gui::DownloadQueue::State::Done) << (job->error ? job->error->toString().toStdString() : "");
    EXPECT_NE(lastAuthorization().find("Credential=AKIDSETTINGS/"), std::string::npos) << lastAuthorization();

    // Forgotten: the keychain entry is gone and GDAL reads anonymously.
    stored.reset();
    Gui::CloudStorage::storeKeys({}, &context, [&](const Base::Result<void>& r) { stored = r; });
    ASSERT_TRUE(waitFor([&] { return stored.has_value(); }));
    ASSERT_TRUE(stored->ok()) << stored->error().toString().toStdString();
    VSICurlClearCache();
    auto anonymous = Data::ReaderRegistry::instance().open(QStringLiteral("s3://sea-bucket/sst.tif"));
    ASSERT_TRUE(anonymous.ok()) << anonymous.error().toString().toStdString();
    EXPECT_EQ(lastAuthorization(), "");
}
