// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "estran/base/base_export.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>

#include <mutex>

namespace Estran::Base {

class Error;

/// One message in the log.
struct LogEntry {
    enum class Level { Debug, Info, Warning, Error };
    Level level = Level::Info;
    QDateTime time;   ///< UTC
    QString where;    ///< file, variable, URL the entry is about (may be empty)
    QString message;  ///< translated one-liner
    QString detail;   ///< library text, stack of causes; shown on demand
};

/// The process-wide log sink: every module reports here; the log panel shows it, and each entry
/// is also written to stderr through qInfo/qWarning (so the CLI and tests see it).
///
/// Thread-safe: write() may be called from any thread; entryAdded is emitted from the writing
/// thread, so connect with a context object to receive it queued on the GUI thread.
class ESTRAN_BASE_EXPORT Log : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Log)
public:
    static Log& instance();

    void write(LogEntry::Level level, const QString& where, const QString& message,
               const QString& detail = {});
    static void debug(const QString& where, const QString& message, const QString& detail = {});
    static void info(const QString& where, const QString& message, const QString& detail = {});
    static void warning(const QString& where, const QString& message, const QString& detail = {});
    static void error(const QString& where, const QString& message, const QString& detail = {});
    /// Logs an Error at Level::Error (Level::Info for a cancellation).
    static void error(const Error& error);

    /// A copy of the most recent entries (at most capacity()), oldest first.
    QList<LogEntry> entries() const;
    static constexpr int capacity() { return 2000; }
    /// When false, entries are not echoed to stderr (tests that expect errors).
    void setEchoToStderr(bool echo);

Q_SIGNALS:
    void entryAdded(const Estran::Base::LogEntry& entry);

private:
    Log();
    mutable std::mutex m_mutex;
    QList<LogEntry> m_entries;
    bool m_echo = true;
};

/// Level name as shown in the log panel ("Error", translated).
ESTRAN_BASE_EXPORT QString logLevelName(LogEntry::Level level);

}  // namespace Estran::Base

Q_DECLARE_METATYPE(Estran::Base::LogEntry)
