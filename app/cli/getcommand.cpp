// SPDX-License-Identifier: GPL-3.0-or-later
#include "cliutil.h"
#include "commands.h"

#include "estran/net/checksum.h"
#include "estran/net/downloader.h"
#include "estran/net/httpclient.h"

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
    parser.addOptions({outOpt, checksumOpt});
    parser.addPositionalArgument(QStringLiteral("URL"), Cli::tr("What to download (HTTP, HTTPS, FTP)."), QStringLiteral("URL..."));
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

    Net::HttpClient client;
    Net::Downloader downloader(client);
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
