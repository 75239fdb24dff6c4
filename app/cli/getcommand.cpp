// SPDX-License-Identifier: GPL-3.0-or-later
#include "cliutil.h"
#include "commands.h"

#include "estran/net/checksum.h"
#include "estran/net/downloader.h"
#include "estran/net/httpclient.h"
#include "estran/net/urlaccess.h"

#include <QDir>


using namespace Estran;

namespace {

const QString kCommand = QStringLiteral("get");


}  // namespace

int runGetCommand(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Download files: resumed from a previous partial download, written atomically, verified "
           "against a checksum when one is given or the server sends Content-MD5."));
    const QCommandLineOption outOpt(QStringLiteral("out"), Cli::tr("Folder to save into (default: current folder)."), Cli::tr("DIR"), QStringLiteral("."));
    const QCommandLineOption checksumOpt(QStringLiteral("checksum"),
                                         Cli::tr("Expected digest: a STAC file:checksum multihash or ALGO:HEX (single URL only)."),
                                         Cli::tr("DIGEST"));
    const QCommandLineOption headerOpt(QStringLiteral("header"),
                                       Cli::tr("Extra request header, e.g. \"X-API-Key: KEY\" for CNES GEODES (repeatable)."),
                                       Cli::tr("NAME: VALUE"));
    parser.addOptions({outOpt, checksumOpt, headerOpt});
    parser.addPositionalArgument(QStringLiteral("URL"),
                                 Cli::tr("What to download (HTTP, HTTPS, FTP, or s3://bucket/key with GDAL's AWS_* "
                                         "environment variables: AWS_S3_ENDPOINT, AWS_REGION, AWS_ACCESS_KEY_ID, "
                                         "AWS_SECRET_ACCESS_KEY, AWS_NO_SIGN_REQUEST)."),
                                 QStringLiteral("URL..."));
    int exitCode = 0;
    if (!Cli::parseArguments(parser, kCommand, args, exitCode)) return exitCode;
    const QStringList urls = parser.positionalArguments();
    if (urls.isEmpty()) return Cli::usageError(kCommand, Cli::tr("give at least one URL"));
    const QString dir = parser.value(outOpt);
    if (!QDir(dir).exists()) return Cli::fail(Base::Error(Base::Error::Kind::NotFound, dir, Cli::tr("The folder does not exist")));

    std::optional<Net::Checksum> expected;
    if (parser.isSet(checksumOpt)) {
        if (urls.size() != 1) return Cli::usageError(kCommand, Cli::tr("--checksum applies to a single URL"));
        const QString text = parser.value(checksumOpt);
        auto parsed = text.contains(u':') ? Net::Checksum::fromPrefixed(text) : Net::Checksum::fromMultihash(text);
        if (!parsed) return Cli::fail(parsed.error());
        expected = *parsed;
    }

    Net::UrlAccess access = Net::UrlAccess::fromEnvironment();
    for (const QString& header : parser.values(headerOpt)) {
        const qsizetype colon = header.indexOf(u':');
        if (colon <= 0) return Cli::usageError(kCommand, Cli::tr("--header must be \"NAME: VALUE\", got \"%1\"").arg(header));
        access.headers.append({header.left(colon).trimmed().toUtf8(), header.mid(colon + 1).trimmed().toUtf8()});
    }
    Net::HttpClient client;
    Net::Downloader downloader(client, access);
    int failures = 0;
    for (const QString& url : urls) {
        Base::Result<Net::DownloadResult> r = [&] {
            Cli::TerminalProgress progress(Net::Downloader::fileNameForUrl(url));
            return downloader.download(url, dir, expected, &progress);
        }();
        if (!r) {
            Cli::fail(r.error());
            ++failures;
            continue;
        }
        QString line = r->path;
        if (r->resumedFrom > 0) line += u' ' + Cli::tr("(resumed from %1 bytes)").arg(r->resumedFrom);
        if (r->verified) line += u' ' + Cli::tr("(checksum verified)");
        Cli::printOut(line);
    }
    return failures == 0 ? 0 : 1;
}
