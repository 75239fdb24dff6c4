// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "estran/base/base_export.h"

#include <QString>

namespace Estran::Base {

/// What went wrong, in a form both the UI and the CLI can show.
/// `where` is what the user can act on (a file path, URL, field or host);
/// `message` is a translated one-line sentence; `detail` is the underlying
/// library's own text (nc_strerror, CPLGetLastErrorMsg, curl's buffer), for the log.
class ESTRAN_BASE_EXPORT Error {
public:
    enum class Kind {
        NotFound,      ///< file, variable or resource does not exist
        InvalidInput,  ///< malformed file, response or argument
        Unsupported,   ///< understood but not handled (format, calendar, ...)
        Io,            ///< read/write failure, disk full
        Network,       ///< connection, TLS, HTTP failure
        Cancelled,     ///< the user cancelled through a Feedback
        Internal       ///< a programmer error caught at runtime
    };

    Error() = default;
    Error(Kind kind, QString where, QString message, QString detail = {});

    Kind kind() const { return m_kind; }
    const QString& where() const { return m_where; }
    const QString& message() const { return m_message; }
    const QString& detail() const { return m_detail; }

    /// "where: message (detail)" — the single line the CLI prints on stderr.
    QString toString() const;

    static Error cancelled(const QString& where = {});

private:
    Kind m_kind = Kind::Internal;
    QString m_where;
    QString m_message;
    QString m_detail;
};

}  // namespace Estran::Base
