// SPDX-License-Identifier: GPL-3.0-or-later
// Downloads from a real FTP server (Debian's python3-pyftpdlib) on 127.0.0.1.
#include "estran/net/downloader.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Estran;
using namespace Estran::Net;

namespace {

/// pyftpdlib on a free port of 127.0.0.1, serving `dir`; stopped on destruction.
class FtpServer {
public:
    FtpServer(const QString& dir, const QString& user = {}, const QString& password = {})
    {
        QStringList args{QStringLiteral("-m"), QStringLiteral("pyftpdlib"), QStringLiteral("-i"), QStringLiteral("127.0.0.1"),
                         QStringLiteral("-p"), QStringLiteral("0"), QStringLiteral("-d"), dir};
        if (!user.isEmpty()) args << QStringLiteral("-u") << user << QStringLiteral("-P") << password;
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        m_process.start(QStringLiteral("/usr/bin/python3"), args);
        // pyftpdlib logs ">>> starting FTP server on 127.0.0.1:PORT" once it listens.
        static const QRegularExpression listening(QStringLiteral("starting FTP server on 127\\.0\\.0\\.1:(\\d+)"));
        QByteArray log;
        while (m_port == 0 && m_process.waitForReadyRead(10000)) {
            log += m_process.readAll();
            const auto m = listening.match(QString::fromUtf8(log));
            if (m.hasMatch()) m_port = m.captured(1).toInt();
        }
    }
    ~FtpServer()
    {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
    int port() const { return m_port; }

private:
    QProcess m_process;
    int m_port = 0;
};

QByteArray payload()
{
    QByteArray data(300000, '\0');
    for (int i = 0; i < data.size(); ++i) data[i] = char((i * 2654435761u) >> 24);
    return data;
}

}  // namespace

TEST(FtpDownload, ResumesFromAPartFile)
{
    QTemporaryDir served, target;
    const QByteArray data = payload();
    {
        QFile f(served.filePath(QStringLiteral("argo.nc")));
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(data);
    }
    FtpServer server(served.path());
    ASSERT_GT(server.port(), 0) << "pyftpdlib did not start (is python3-pyftpdlib installed?)";
    const QString dest = target.filePath(QStringLiteral("argo.nc"));
    {
        QFile part(dest + QStringLiteral(".part"));
        ASSERT_TRUE(part.open(QIODevice::WriteOnly));
        part.write(data.left(100000));
    }
    HttpClient client;
    const Checksum sha(Checksum::Algorithm::Sha256, QCryptographicHash::hash(data, QCryptographicHash::Sha256));
    auto r = Downloader(client).download(QStringLiteral("ftp://127.0.0.1:%1/argo.nc").arg(server.port()), dest, sha);
    ASSERT_TRUE(r.ok()) << r.error().toString().toStdString();
    EXPECT_EQ(r->resumedFrom, 100000);
    EXPECT_TRUE(r->verified);
    QFile f(dest);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_EQ(f.readAll(), data);
}

TEST(FtpDownload, AWrongPasswordIsRefusedWithoutEchoingIt)
{
    QTemporaryDir served, target;
    FtpServer server(served.path(), QStringLiteral("scientist"), QStringLiteral("right"));
    ASSERT_GT(server.port(), 0);
    NetworkSettings settings = NetworkSettings::defaults();
    settings.maxRetries = 0;
    HttpClient client(settings);
    auto r = Downloader(client).download(
        QStringLiteral("ftp://scientist:wrong@127.0.0.1:%1/x.nc").arg(server.port()), target.path());
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(r.error().message().contains(QStringLiteral("denied"))) << r.error().toString().toStdString();
    EXPECT_FALSE(r.error().toString().contains(QStringLiteral("wrong")));
}
