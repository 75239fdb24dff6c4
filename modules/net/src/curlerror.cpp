// SPDX-License-Identifier: GPL-3.0-or-later
#include "curlerror.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>

#include <curl/curl.h>

namespace Estran::Net::detail {

namespace {
QString tr(const char* text) { return QCoreApplication::translate("Estran::Net", text); }

/// Errors are shown and logged: never repeat a password given in the URL.
QString withoutPassword(const QString& url)
{
    const QUrl u(url);
    return u.password().isEmpty() ? url : u.adjusted(QUrl::RemovePassword).toString();
}
}  // namespace

Base::Error curlError(int curlCode, const QString& url, const char* errorBuffer)
{
    QString detail = QString::fromUtf8(errorBuffer).trimmed();
    if (detail.isEmpty()) detail = QString::fromUtf8(curl_easy_strerror(CURLcode(curlCode)));
    QString message;
    switch (curlCode) {
    case CURLE_COULDNT_RESOLVE_HOST: message = tr("Unknown host (offline or misspelt?)"); break;
    case CURLE_COULDNT_RESOLVE_PROXY: message = tr("Unknown proxy host"); break;
    case CURLE_COULDNT_CONNECT: message = tr("The server refused the connection or is unreachable"); break;
    case CURLE_OPERATION_TIMEDOUT: message = tr("The server did not answer in time"); break;
    case CURLE_PEER_FAILED_VERIFICATION:
        message = tr("The server's TLS certificate is not trusted");
        break;
    case CURLE_SSL_CONNECT_ERROR: message = tr("The TLS handshake failed"); break;
    case CURLE_SSL_CACERT_BADFILE: message = tr("The CA bundle cannot be read"); break;
    case CURLE_TOO_MANY_REDIRECTS: message = tr("Too many redirects"); break;
    case CURLE_GOT_NOTHING: message = tr("The server closed the connection without answering"); break;
    case CURLE_PARTIAL_FILE:
    case CURLE_RECV_ERROR: message = tr("The connection dropped during the transfer"); break;
    case CURLE_UNSUPPORTED_PROTOCOL: message = tr("Unsupported protocol"); break;
    case CURLE_URL_MALFORMAT: message = tr("Malformed URL"); break;
    case CURLE_REMOTE_ACCESS_DENIED:
    case CURLE_LOGIN_DENIED: message = tr("Access denied by the server"); break;
    case CURLE_REMOTE_FILE_NOT_FOUND: message = tr("The remote file does not exist"); break;
    default: message = tr("The transfer failed"); break;
    }
    const auto kind = curlCode == CURLE_URL_MALFORMAT || curlCode == CURLE_UNSUPPORTED_PROTOCOL
                          ? Base::Error::Kind::InvalidInput
                          : Base::Error::Kind::Network;
    return Base::Error(kind, withoutPassword(url), message, detail);
}

Base::Error httpStatusError(int status, const QString& url, const QByteArray& body)
{
    // HTML error pages are common; keep the text, drop the markup, and keep it short.
    QString text = QString::fromUtf8(body.left(2048));
    if (text.contains(u'<')) text.remove(QRegularExpression(QStringLiteral("<[^>]*>")));
    text = text.simplified().left(300);
    QString message;
    if (status == 401 || status == 403) message = tr("Access denied (HTTP %1)").arg(status);
    else if (status == 404) message = tr("Not found on the server (HTTP 404)");
    else if (status == 429) message = tr("Too many requests; the server is rate limiting (HTTP 429)");
    else if (status >= 500) message = tr("The server failed (HTTP %1)").arg(status);
    else message = tr("The server rejected the request (HTTP %1)").arg(status);
    return Base::Error(status == 404 ? Base::Error::Kind::NotFound : Base::Error::Kind::Network,
                       withoutPassword(url), message, text);
}

}  // namespace Estran::Net::detail
