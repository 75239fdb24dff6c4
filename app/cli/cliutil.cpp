// SPDX-License-Identifier: GPL-3.0-or-later
#include "cliutil.h"

#include <QCoreApplication>

#include <cstdio>
#include <unistd.h>

namespace Estran::Cli {

QString tr(const char* text) { return QCoreApplication::translate("Estran::Cli", text); }

int fail(const Base::Error& error)
{
    // Always exactly one line, even when a library's detail spans several.
    QString line = error.toString();
    line.replace(u'\n', u' ');
    std::fprintf(stderr, "%s\n", line.toLocal8Bit().constData());
    return 1;
}

void warn(const Base::Error& error)
{
    QString line = tr("warning: %1").arg(error.toString());
    line.replace(u'\n', u' ');
    std::fprintf(stderr, "%s\n", line.toLocal8Bit().constData());
}

int usageError(const QString& command, const QString& message)
{
    std::fprintf(stderr, "estran-cli %s: %s\n", command.toLocal8Bit().constData(),
                 message.toLocal8Bit().constData());
    return 2;
}

bool parseArguments(QCommandLineParser& parser, const QString& command, const QStringList& args,
                    int& exitCode)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")},
                                  tr("Show this help."));
    parser.addOption(help);
    if (!parser.parse(QStringList{QStringLiteral("estran-cli ") + command} + args)) {
        exitCode = usageError(command, parser.errorText());
        return false;
    }
    if (parser.isSet(help)) {
        // Qt names the program by argv[0]; the command line the user needs is
        // "estran-cli <command> ...".
        QString text = parser.helpText();
        const QString program = QCoreApplication::arguments().value(0);
        const qsizetype at = text.indexOf(program);
        if (!program.isEmpty() && at >= 0 && at < text.indexOf(u'\n'))
            text.replace(at, program.size(), QStringLiteral("estran-cli ") + command);
        printOut(text);
        exitCode = 0;
        return false;
    }
    return true;
}

void printOut(const QString& text)
{
    std::fputs(text.toLocal8Bit().constData(), stdout);
    if (!text.endsWith(u'\n')) std::fputc('\n', stdout);
    std::fflush(stdout);
}

void printErr(const QString& text)
{
    std::fprintf(stderr, "%s\n", text.toLocal8Bit().constData());
}

void printJson(const QJsonDocument& doc)
{
    std::fputs(doc.toJson(QJsonDocument::Indented).constData(), stdout);
    std::fflush(stdout);
}

TerminalProgress::TerminalProgress(QString label)
    : m_label(std::move(label)), m_tty(isatty(fileno(stderr)) != 0)
{
    if (!m_tty) return;
    // Direct: the work runs on this thread and no event loop turns while it does.
    connect(this, &Base::Feedback::progressChanged, this, [this](double percent) {
        const QByteArray label = m_label.isEmpty() ? QByteArray() : m_label.toLocal8Bit() + ' ';
        std::fprintf(stderr, "\r%s%3d%%", label.constData(), int(percent));
        std::fflush(stderr);
    }, Qt::DirectConnection);
}

TerminalProgress::~TerminalProgress()
{
    if (m_tty) std::fputc('\n', stderr);
}

}  // namespace Estran::Cli
