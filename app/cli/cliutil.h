// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "estran/base/error.h"
#include "estran/base/feedback.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QString>

namespace Estran::Cli {

/// Translation context shared by the CLI commands.
QString tr(const char* text);

/// Prints the one-line error (where: message (detail)) on stderr; returns the exit code 1.
int fail(const Base::Error& error);
/// Prints a non-fatal error line (same format as fail) and returns nothing.
void warn(const Base::Error& error);
/// Prints "estran-cli <command>: message" on stderr for usage errors; returns 2.
int usageError(const QString& command, const QString& message);

/// Parses `args` for `command`; on --help prints help and sets `exitCode` to 0, on a parse error
/// prints it and sets 2. Returns false when the caller should return `exitCode`.
bool parseArguments(QCommandLineParser& parser, const QString& command, const QStringList& args,
                    int& exitCode);

void printOut(const QString& text);
/// A progress or information line on stderr (stdout stays machine-readable).
void printErr(const QString& text);
void printJson(const QJsonDocument& doc);

/// Progress as one stderr line rewritten in place ("label  42%"), only when stderr is a
/// terminal: a log file should not fill with carriage returns. Ends the line when destroyed.
class TerminalProgress final : public Base::Feedback {
public:
    explicit TerminalProgress(QString label = {});
    ~TerminalProgress() override;
    bool isTerminal() const { return m_tty; }

private:
    QString m_label;
    bool m_tty;
};

}  // namespace Estran::Cli
