// SPDX-License-Identifier: GPL-3.0-or-later
// Runs against a real Secret Service: run-with-keyring.sh starts a private D-Bus session with an
// unlocked GNOME Keyring in a temporary home, so the user's own keyring is never touched.
#include "estran/net/credentialstore.h"
#include "estran/net/keychainaccess.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QTimer>
#include <QUuid>

#include <gtest/gtest.h>

#include <optional>

using namespace Estran;
using namespace Estran::Net;

namespace {
QString uniqueKey() { return QStringLiteral("test-") + QUuid::createUuid().toString(QUuid::WithoutBraces); }
}  // namespace

TEST(CredentialStore, RunsUnderASecretService)
{
    ASSERT_FALSE(qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        << "run this test through tests/net/run-with-keyring.sh";
}

TEST(CredentialStore, StoresReadsAndRemovesASecret)
{
    CredentialStore store(QStringLiteral("Estran-test"));
    const QString key = uniqueKey();
    ASSERT_TRUE(store.writeNow(key, QStringLiteral("pa$$ phrase ✓")).ok());
    auto read = store.readNow(key);
    ASSERT_TRUE(read.ok()) << read.error().toString().toStdString();
    EXPECT_EQ(*read, QStringLiteral("pa$$ phrase ✓"));
    ASSERT_TRUE(store.removeNow(key).ok());
    auto gone = store.readNow(key);
    ASSERT_FALSE(gone.ok());
    EXPECT_EQ(gone.error().kind(), Base::Error::Kind::NotFound);
}

TEST(CredentialStore, KeepsS3KeysPerEndpoint)
{
    CredentialStore store(QStringLiteral("Estran-test"));
    const QString endpoint = QStringLiteral("https://s3.") + uniqueKey() + QStringLiteral(".example");
    auto none = store.s3Credentials(endpoint);
    ASSERT_TRUE(none.ok());
    EXPECT_FALSE(none->has_value());
    ASSERT_TRUE(store.storeS3Credentials(endpoint, {QStringLiteral("AKID"), QStringLiteral("SECRET"), {}}).ok());
    auto keys = store.s3Credentials(endpoint);
    ASSERT_TRUE(keys.ok());
    ASSERT_TRUE(keys->has_value());
    EXPECT_EQ((*keys)->accessKeyId, QStringLiteral("AKID"));
    EXPECT_EQ((*keys)->secretAccessKey, QStringLiteral("SECRET"));
    ASSERT_TRUE(store.removeNow(QStringLiteral("s3:") + endpoint).ok());
}

TEST(CredentialStore, DeliversAsynchronousReadsOnTheContextThread)
{
    CredentialStore store(QStringLiteral("Estran-test"));
    const QString key = uniqueKey();
    ASSERT_TRUE(store.writeNow(key, QStringLiteral("async")).ok());
    QObject context;
    QEventLoop loop;
    std::optional<Base::Result<QString>> got;
    store.read(key, &context, [&](const Base::Result<QString>& r) {
        got = r;
        loop.quit();
    });
    QTimer::singleShot(10000, &loop, &QEventLoop::quit);
    loop.exec();
    ASSERT_TRUE(got.has_value());
    ASSERT_TRUE(got->ok());
    EXPECT_EQ(got->value(), QStringLiteral("async"));
    ASSERT_TRUE(store.removeNow(key).ok());
}

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}

TEST(CredentialStore, KeychainAccessReadsTheApiKeyAndS3KeysJustBeforeUse)
{
    CredentialStore store(QStringLiteral("Estran-test"));
    KeychainAccess spec;
    spec.apiKeyHeader = QStringLiteral("X-API-Key");
    spec.apiKeyEntry = uniqueKey();
    spec.s3Endpoint.endpoint = QStringLiteral("https://s3.") + uniqueKey() + QStringLiteral(".example");

    // Nothing stored yet: public data needs nothing, so this is not an error.
    auto bare = spec.resolve(store, QStringLiteral("s3://bucket/key.nc"));
    ASSERT_TRUE(bare.ok()) << bare.error().toString().toStdString();
    EXPECT_TRUE(bare->headers.isEmpty());
    EXPECT_FALSE(bare->s3Credentials.has_value());

    ASSERT_TRUE(store.writeNow(spec.apiKeyEntry, QStringLiteral("geodes-key")).ok());
    ASSERT_TRUE(store.storeS3Credentials(KeychainAccess::s3Entry(spec.s3Endpoint),
                                         S3Credentials{QStringLiteral("AKID"), QStringLiteral("secret"), {}}).ok());
    auto full = spec.resolve(store, QStringLiteral("s3://bucket/key.nc"));
    ASSERT_TRUE(full.ok()) << full.error().toString().toStdString();
    ASSERT_EQ(full->headers.size(), 1);
    EXPECT_EQ(full->headers.first().first, QByteArray("X-API-Key"));
    EXPECT_EQ(full->headers.first().second, QByteArray("geodes-key"));
    ASSERT_TRUE(full->s3Credentials.has_value());
    EXPECT_EQ(full->s3Credentials->accessKeyId, QStringLiteral("AKID"));
    EXPECT_EQ(full->s3Endpoint.endpoint, spec.s3Endpoint.endpoint);
    // An https URL needs no S3 keys: they are not even read.
    auto https = spec.resolve(store, QStringLiteral("https://example.org/product.zip"));
    ASSERT_TRUE(https.ok());
    EXPECT_FALSE(https->s3Credentials.has_value());
    EXPECT_EQ(https->headers.size(), 1);
    auto signedRequest = full->request(QStringLiteral("s3://bucket/key.nc"));
    ASSERT_TRUE(signedRequest.ok());
    EXPECT_FALSE(signedRequest->awsSigV4.isEmpty());
    EXPECT_TRUE(store.removeNow(spec.apiKeyEntry).ok());
    EXPECT_TRUE(store.removeNow(QStringLiteral("s3:") + KeychainAccess::s3Entry(spec.s3Endpoint)).ok());
}

TEST(CredentialStore, AnAnswerForAContextThatIsGoneIsDropped)
{
    CredentialStore store(QStringLiteral("Estran-test"));
    bool called = false;
    auto* context = new QObject;
    store.read(uniqueKey(), context, [&called](const Base::Result<QString>&) { called = true; });
    delete context;  // before the keychain thread answers
    QEventLoop loop;
    QTimer::singleShot(800, &loop, &QEventLoop::quit);
    loop.exec();
    EXPECT_FALSE(called);

    // Removing an entry that is not there is what was asked: no error.
    std::optional<Base::Result<void>> removed;
    QObject alive;
    store.remove(uniqueKey(), &alive, [&removed](const Base::Result<void>& r) { removed = r; });
    QEventLoop wait;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &wait, [&] {
        if (removed) wait.quit();
    });
    poll.start(20);
    QTimer::singleShot(10000, &wait, &QEventLoop::quit);
    wait.exec();
    ASSERT_TRUE(removed.has_value());
    EXPECT_TRUE(removed->ok()) << removed->error().toString().toStdString();
}
