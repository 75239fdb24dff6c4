// SPDX-License-Identifier: GPL-3.0-or-later
#include "estran/base/error.h"

#include <QCoreApplication>

namespace Estran::Base {

Error::Error(Kind kind, QString where, QString message, QString detail)
    : m_kind(kind), m_where(std::move(where)), m_message(std::move(message)),
      m_detail(std::move(detail))
{
}

QString Error::toString() const
{
    QString line;
    if (!m_where.isEmpty()) line = m_where + QStringLiteral(": ");
    line += m_message;
    if (!m_detail.isEmpty() && m_detail != m_message) line += QStringLiteral(" (") + m_detail + u')';
    return line;
}

Error Error::cancelled(const QString& where)
{
    return Error(Kind::Cancelled, where, QCoreApplication::translate("Estran::Base", "Cancelled"));
}

}  // namespace Estran::Base
