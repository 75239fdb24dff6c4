// SPDX-License-Identifier: GPL-3.0-or-later
#include "cliutil.h"
#include "commands.h"

#include "estran/base/allocatortuning.h"

#include <QCoreApplication>
#include <QDir>
#include <QGuiApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <cstdio>
#include <cstring>
#include <memory>

namespace {

// estran_fr.qm lives in <prefix>/share/estran/translations next to bin/, in the build tree
// as in an install.
void loadTranslations(QCoreApplication& app)
{
    const QString dir = QDir(QCoreApplication::applicationDirPath())
                            .absoluteFilePath(QStringLiteral("../share/estran/translations"));
    auto* estran = new QTranslator(&app);
    if (estran->load(QLocale(), QStringLiteral("estran"), QStringLiteral("_"), dir))
        QCoreApplication::installTranslator(estran);
    auto* qt = new QTranslator(&app);
    if (qt->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
}

QString usage()
{
    return Estran::Cli::tr(
        "Usage: estran-cli <command> [options]\n"
        "\n"
        "Commands:\n"
        "  info PATH [--json]                     Describe a dataset: variables, times, extent\n"
        "  sample PATH --var NAME --lon X --lat Y [--time ISO] [--depth Z] [--json]\n"
        "                                         Value at the cell nearest to a point\n"
        "  demo --out FILE [--days N] [--resolution DEG]\n"
        "                                         Write the synthetic sea-surface-temperature file\n"
        "  render ...                             Render a map to an image (offscreen)\n"
        "  search --provider TYPE:URL [--bbox W,S,E,N] [--time START/END] [--text WORDS]\n"
        "         [--collection ID]... [--max N] [--json]\n"
        "                                         Search catalogues (STAC, OpenSearch, CSW, ...)\n"
        "  get URL... [--out DIR]                 Download with resume and checksum\n"
        "  subset PATH --var NAME... [--bbox W,S,E,N] [--time START/END] [--depth MIN/MAX] --out FILE\n"
        "                                         Export a subset to .nc, .tif or .csv\n"
        "  remote submit [--profile FILE] (--script JOB.sh | --recipe NAME [--param K=V]...) [--follow]\n"
        "         [--fetch DIR] [--json]\n"
        "  remote follow|status|cancel KEY, remote list, remote recipes\n"
        "                                         Run jobs and recipes, follow them, bring results back\n"
        "  plugins [--load] [--json]              List plugins (readers, catalogue providers), the\n"
        "                                         folders searched and the files that cannot be used\n"
        "\n"
        "Run 'estran-cli <command> --help' for the options of a command.");
}

}  // namespace

int main(int argc, char** argv)
{
    Estran::Base::tuneAllocatorForLargeBuffers();
    // Only `render` draws; it needs QtGui with the offscreen platform so it runs without a
    // display. The other commands stay on QCoreApplication.
    const bool render = argc > 1 && std::strcmp(argv[1], "render") == 0;
    std::unique_ptr<QCoreApplication> app;
    if (render) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("estran-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("Estran"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ESTRAN_VERSION));
    loadTranslations(*app);

    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "%s\n", usage().toLocal8Bit().constData());
        return 2;
    }
    const QString command = args.at(1);
    const QStringList rest = args.mid(2);
    if (command == u"--help" || command == u"-h" || command == u"help") {
        Estran::Cli::printOut(usage());
        return 0;
    }
    if (command == u"--version" || command == u"-v") {
        Estran::Cli::printOut(QStringLiteral("estran-cli ") + QCoreApplication::applicationVersion());
        return 0;
    }
    if (command == u"info") return runInfoCommand(rest);
    if (command == u"sample") return runSampleCommand(rest);
    if (command == u"demo") return runDemoCommand(rest);
    if (command == u"search") return runSearchCommand(rest);
    if (command == u"get") return runGetCommand(rest);
    if (command == u"subset") return runSubsetCommand(rest);
    if (command == u"remote") return runRemoteCommand(rest);
    if (command == u"plugins") return runPluginsCommand(rest);
    if (command == u"render") {
#ifdef ESTRAN_CLI_HAS_RENDER
        return runRenderCommand(rest);
#else
        std::fprintf(stderr, "%s\n",
                     Estran::Cli::tr("estran-cli render: the render command is not built in this "
                                     "version")
                         .toLocal8Bit()
                         .constData());
        return 2;
#endif
    }
    std::fprintf(stderr, "%s\n%s\n",
                 Estran::Cli::tr("estran-cli: unknown command \"%1\"").arg(command).toLocal8Bit().constData(),
                 usage().toLocal8Bit().constData());
    return 2;
}
