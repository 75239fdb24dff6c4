// SPDX-License-Identifier: GPL-3.0-or-later
#include "estran/base/log.h"

#include "estran/base/error.h"

#include <QCoreApplication>

namespace Estran::Base {

Log::Log()
{
    qRegisterMetaType<LogEntry>("Estran::Base::LogEntry");
}

Log& Log::instance()
{
    static Log log;
    return log;
}

void Log::write(LogEntry::Level level, const QString& where, const QString& message,
                const QString& detail)
{
    LogEntry entry{level, QDateTime::currentDateTimeUtc(), where, message, detail};
    bool echo = true;
    {
        std::lock_guard lock(m_mutex);
        m_entries.append(entry);
        if (m_entries.size() > capacity()) m_entries.removeFirst();
        echo = m_echo;
    }
    if (echo) {
        // Same one-line shape as Error::toString(), so the CLI and the GUI log read alike.
        QString line = where.isEmpty() ? message : where + QStringLiteral(": ") + message;
        if (!detail.isEmpty()) line += QStringLiteral(" (") + detail + u')';
        switch (level) {
        case LogEntry::Level::Debug: qDebug("%s", qUtf8Printable(line)); break;
        case LogEntry::Level::Info: qInfo("%s", qUtf8Printable(line)); break;
        case LogEntry::Level::Warning:
        case LogEntry::Level::Error: qWarning("%s", qUtf8Printable(line)); break;
        }
    }
    Q_EMIT entryAdded(entry);
}

void Log::debug(const QString& where, const QString& message, const QString& detail)
{
    instance().write(LogEntry::Level::Debug, where, message, detail);
}

void Log::info(const QString& where, const QString& message, const QString& detail)
{
    instance().write(LogEntry::Level::Info, where, message, detail);
}

void Log::warning(const QString& where, const QString& message, const QString& detail)
{
    instance().write(LogEntry::Level::Warning, where, message, detail);
}

void Log::error(const QString& where, const QString& message, const QString& detail)
{
    instance().write(LogEntry::Level::Error, where, message, detail);
}

void Log::error(const Error& error)
{
    const auto level = error.kind() == Error::Kind::Cancelled ? LogEntry::Level::Info
                                                              : LogEntry::Level::Error;
    instance().write(level, error.where(), error.message(), error.detail());
}

QList<LogEntry> Log::entries() const
{
    std::lock_guard lock(m_mutex);
    return m_entries;
}

void Log::setEchoToStderr(bool echo)
{
    std::lock_guard lock(m_mutex);
    m_echo = echo;
}

QString logLevelName(LogEntry::Level level)
{
    switch (level) {
    case LogEntry::Level::Debug: return QCoreApplication::translate("Estran::Base", "Debug");
    case LogEntry::Level::Info: return QCoreApplication::translate("Estran::Base", "Information");
    case LogEntry::Level::Warning: return QCoreApplication::translate("Estran::Base", "Warning");
    case LogEntry::Level::Error: return QCoreApplication::translate("Estran::Base", "Error");
    }
    return {};
}

}  // namespace Estran::Base
