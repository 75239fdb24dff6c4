// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "estran/base/error.h"

#include <QByteArray>
#include <QString>

namespace Estran::Net::detail {

/// A user-facing error for a failed libcurl transfer: a translated sentence for the common
/// causes (refused connection, unknown host, untrusted certificate, timeout) and curl's own
/// error buffer as detail.
Base::Error curlError(int curlCode, const QString& url, const char* errorBuffer);
/// An HTTP status >= 400 as an error; the start of the body goes to the detail.
Base::Error httpStatusError(int status, const QString& url, const QByteArray& body);

}  // namespace Estran::Net::detail
