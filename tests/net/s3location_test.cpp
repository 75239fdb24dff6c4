// SPDX-License-Identifier: GPL-3.0-or-later
#include "estran/net/downloader.h"
#include "estran/net/httpclient.h"
#include "estran/net/s3location.h"
#include "estran/net/urlaccess.h"

#include "testhttpserver.h"

#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QTemporaryDir>
#include <QMessageAuthenticationCode>
#include <QCryptographicHash>

#include <gtest/gtest.h>

using namespace Estran;
using namespace Estran::Net;
using Estran::Test::TestHttpServer;

namespace {

QByteArray hmac(const QByteArray& key, const QByteArray& message)
{
    return QMessageAuthenticationCode::hash(message, key, QCryptographicHash::Sha256);
}

/// Checks an AWS Signature Version 4 request the way S3 does, independently of libcurl:
/// rebuilds the canonical request from what arrived and compares the signature.
bool verifySigV4(const httplib::Request& req, const QByteArray& secret, QString& why)
{
    const QString auth = QString::fromStdString(req.get_header_value("Authorization"));
    if (!auth.startsWith(QStringLiteral("AWS4-HMAC-SHA256 "))) {
        why = QStringLiteral("no SigV4 Authorization header");
        return false;
    }
    QMap<QString, QString> fields;
    for (const QString& part : auth.mid(17).split(u',')) {
        const qsizetype eq = part.indexOf(u'=');
        fields.insert(part.left(eq).trimmed(), part.mid(eq + 1).trimmed());
    }
    const QStringList scope = fields.value(QStringLiteral("Credential")).split(u'/');  // key/date/region/service/aws4_request
    if (scope.size() != 5) {
        why = QStringLiteral("bad credential scope");
        return false;
    }
    const QStringList signedHeaders = fields.value(QStringLiteral("SignedHeaders")).split(u';');
    const QByteArray amzDate = QByteArray::fromStdString(req.get_header_value("x-amz-date"));
    QByteArray canonicalHeaders;
    for (const QString& h : signedHeaders)
        canonicalHeaders += h.toUtf8() + ':' + QByteArray::fromStdString(req.get_header_value(h.toStdString())).trimmed() + '\n';
    const std::string target = req.target;
    const size_t q = target.find('?');
    const QByteArray path = QByteArray::fromStdString(target.substr(0, q));
    QByteArray payloadHash = QByteArray::fromStdString(req.get_header_value("x-amz-content-sha256"));
    if (payloadHash.isEmpty()) payloadHash = QCryptographicHash::hash(QByteArray::fromStdString(req.body), QCryptographicHash::Sha256).toHex();
    const QByteArray canonical = QByteArray::fromStdString(req.method) + '\n' + path + '\n' + /*query*/ "" + '\n' +
                                 canonicalHeaders + '\n' + fields.value(QStringLiteral("SignedHeaders")).toUtf8() + '\n' +
                                 payloadHash;
    const QByteArray scopeText = scope.mid(1).join(u'/').toUtf8();
    const QByteArray toSign = "AWS4-HMAC-SHA256\n" + amzDate + '\n' + scopeText + '\n' +
                              QCryptographicHash::hash(canonical, QCryptographicHash::Sha256).toHex();
    QByteArray key = hmac("AWS4" + secret, scope[1].toUtf8());
    key = hmac(key, scope[2].toUtf8());
    key = hmac(key, scope[3].toUtf8());
    key = hmac(key, "aws4_request");
    const QByteArray expected = hmac(key, toSign).toHex();
    if (expected != fields.value(QStringLiteral("Signature")).toUtf8()) {
        why = QStringLiteral("signature mismatch");
        return false;
    }
    return true;
}

void serveBucket(TestHttpServer& server, const QByteArray& secret, std::string& lastWhy)
{
    server.server().Get("/mybucket/data/sst 2024.nc", [secret, &lastWhy](const httplib::Request& req, httplib::Response& res) {
        QString why;
        if (!verifySigV4(req, secret, why)) {
            lastWhy = why.toStdString();
            res.status = 403;
            res.set_content("<Error><Code>SignatureDoesNotMatch</Code></Error>", "application/xml");
            return;
        }
        res.set_content("netcdf bytes", "application/x-netcdf");
    });
}

}  // namespace

TEST(S3Location, ParsesBucketAndKey)
{
    auto l = S3Location::parse(QStringLiteral("s3://copernicus-marine/native/GLO/file.nc"));
    ASSERT_TRUE(l.ok());
    EXPECT_EQ(l->bucket(), QStringLiteral("copernicus-marine"));
    EXPECT_EQ(l->key(), QStringLiteral("native/GLO/file.nc"));
    EXPECT_EQ(l->httpUrl(S3Endpoint{{}, QStringLiteral("eu-west-3"), false}),
              QStringLiteral("https://copernicus-marine.s3.eu-west-3.amazonaws.com/native/GLO/file.nc"));
    EXPECT_FALSE(S3Location::parse(QStringLiteral("https://example.org/x")).ok());
}

TEST(S3Location, SignsRequestsThatAnS3VerifierAccepts)
{
    TestHttpServer server;
    std::string why;
    serveBucket(server, "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY", why);
    ASSERT_TRUE(server.start());
    auto l = S3Location::parse(QStringLiteral("s3://mybucket/data/sst%202024.nc"));
    ASSERT_TRUE(l.ok());
    const S3Endpoint endpoint{server.baseUrl(), QStringLiteral("eu-west-1"), true};
    const S3Credentials keys{QStringLiteral("AKIDEXAMPLE"), QStringLiteral("wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"), {}};
    auto r = HttpClient().fetch(l->request(endpoint, keys));
    ASSERT_TRUE(r.ok()) << r.error().toString().toStdString() << " server: " << why;
    EXPECT_EQ(r->body, QByteArray("netcdf bytes"));
}

TEST(S3Location, AWrongSecretIsRefusedWithAnAccessError)
{
    TestHttpServer server;
    std::string why;
    serveBucket(server, "the-real-secret", why);
    ASSERT_TRUE(server.start());
    auto l = S3Location::parse(QStringLiteral("s3://mybucket/data/sst%202024.nc"));
    ASSERT_TRUE(l.ok());
    const S3Endpoint endpoint{server.baseUrl(), QStringLiteral("eu-west-1"), true};
    auto r = HttpClient().fetch(l->request(endpoint, S3Credentials{QStringLiteral("AKID"), QStringLiteral("not-the-secret"), {}}));
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(r.error().message().contains(QStringLiteral("403")));
    EXPECT_EQ(why, "signature mismatch");
}

TEST(S3Location, AnonymousRequestsCarryNoSignature)
{
    TestHttpServer server;
    std::string auth = "unset";
    server.server().Get("/public/file.tif", [&auth](const httplib::Request& req, httplib::Response& res) {
        auth = req.get_header_value("Authorization");
        res.set_content("tiff", "image/tiff");
    });
    ASSERT_TRUE(server.start());
    auto l = S3Location::parse(QStringLiteral("s3://public/file.tif"));
    ASSERT_TRUE(l.ok());
    auto r = HttpClient().fetch(l->request(S3Endpoint{server.baseUrl(), QStringLiteral("us-east-1"), true}, std::nullopt));
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(auth, "");
}

TEST(S3Location, DownloaderFetchesAnS3UrlSignedWithTheKeysItWasGiven)
{
    TestHttpServer server;
    std::string why;
    serveBucket(server, "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY", why);
    ASSERT_TRUE(server.start());
    UrlAccess access;
    access.s3Endpoint = S3Endpoint{server.baseUrl(), QStringLiteral("eu-west-1"), true};
    access.s3Credentials = S3Credentials{QStringLiteral("AKIDEXAMPLE"), QStringLiteral("wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"), {}};
    QTemporaryDir dir;
    HttpClient client;
    auto r = Downloader(client, access).download(QStringLiteral("s3://mybucket/data/sst%202024.nc"), dir.path());
    ASSERT_TRUE(r.ok()) << r.error().toString().toStdString() << " server: " << why;
    QFile file(r->path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(file.readAll(), QByteArray("netcdf bytes"));
    EXPECT_EQ(QFileInfo(r->path).fileName(), QStringLiteral("sst 2024.nc"));
}

TEST(S3Location, EnvironmentVariablesDescribeTheServiceAsGdalReadsThem)
{
    qputenv("AWS_S3_ENDPOINT", "s3.waw3-1.cloudferro.com");
    qputenv("AWS_REGION", "waw3-1");
    qputenv("AWS_ACCESS_KEY_ID", "AKID");
    qputenv("AWS_SECRET_ACCESS_KEY", "secret");
    qunsetenv("AWS_VIRTUAL_HOSTING");
    qunsetenv("AWS_NO_SIGN_REQUEST");
    UrlAccess access = UrlAccess::fromEnvironment();
    EXPECT_EQ(access.s3Endpoint.endpoint, QStringLiteral("https://s3.waw3-1.cloudferro.com"));
    EXPECT_EQ(access.s3Endpoint.region, QStringLiteral("waw3-1"));
    EXPECT_TRUE(access.s3Endpoint.pathStyle);
    ASSERT_TRUE(access.s3Credentials.has_value());
    EXPECT_EQ(access.s3Credentials->accessKeyId, QStringLiteral("AKID"));
    auto request = access.request(QStringLiteral("s3://mercator/file.nc"));
    ASSERT_TRUE(request.ok());
    EXPECT_EQ(request->url, QStringLiteral("https://s3.waw3-1.cloudferro.com/mercator/file.nc"));
    EXPECT_EQ(request->awsSigV4, QStringLiteral("aws:amz:waw3-1:s3"));

    // AWS_NO_SIGN_REQUEST=YES asks for anonymous access to a public bucket.
    qputenv("AWS_NO_SIGN_REQUEST", "YES");
    EXPECT_FALSE(UrlAccess::fromEnvironment().s3Credentials.has_value());
    for (const char* name : {"AWS_S3_ENDPOINT", "AWS_REGION", "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_NO_SIGN_REQUEST"})
        qunsetenv(name);
}
