// SPDX-License-Identifier: GPL-3.0-or-later
#include "estran/net/httpclient.h"

#include "curlerror.h"
#include "estran/net/retrypolicy.h"

#include <QCoreApplication>
#include <QThread>

#include <curl/curl.h>

#include <mutex>

namespace Estran::Net {

namespace {

void initCurlOnce()
{
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

/// State of one attempt, shared with libcurl's callbacks.
struct Transfer {
    const HttpClient::BodySink* sink = nullptr;
    const HttpClient::HeaderCheck* headerCheck = nullptr;
    Base::Feedback* feedback = nullptr;
    bool reportProgress = false;
    CURL* curl = nullptr;

    HttpResponse response;
    QByteArray errorBody;  // body of a >= 400 answer, kept apart from the sink
    bool headersChecked = false;
    bool headerCheckRefused = false;
    bool sinkRefused = false;
    bool deliveredBody = false;
};

size_t onHeader(char* data, size_t size, size_t count, void* user)
{
    auto* t = static_cast<Transfer*>(user);
    const size_t bytes = size * count;
    const QByteArray line = QByteArray(data, qsizetype(bytes)).trimmed();
    // Every response of a redirect chain starts with a status line: keep only the last one's.
    if (line.startsWith("HTTP/")) {
        t->response.headers.clear();
        const QList<QByteArray> parts = line.split(' ');
        t->response.status = parts.size() > 1 ? parts[1].toInt() : 0;
        return bytes;
    }
    const qsizetype colon = line.indexOf(':');
    if (colon > 0)
        t->response.headers.insert(line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed());
    return bytes;
}

bool checkHeadersOnce(Transfer* t)
{
    if (t->headersChecked) return !t->headerCheckRefused;
    t->headersChecked = true;
    if (t->headerCheck && *t->headerCheck && t->response.status < 400) {
        t->headerCheckRefused = !(*t->headerCheck)(t->response);
    }
    return !t->headerCheckRefused;
}

size_t onBody(char* data, size_t size, size_t count, void* user)
{
    auto* t = static_cast<Transfer*>(user);
    const size_t bytes = size * count;
    if (t->response.status >= 400) {
        if (t->errorBody.size() < 64 * 1024) t->errorBody.append(data, qsizetype(bytes));
        return bytes;
    }
    if (!checkHeadersOnce(t)) return 0;  // aborts with CURLE_WRITE_ERROR
    t->deliveredBody = true;
    if (!(*t->sink)(data, bytes)) {
        t->sinkRefused = true;
        return 0;
    }
    return bytes;
}

int onProgress(void* user, curl_off_t total, curl_off_t now, curl_off_t, curl_off_t)
{
    auto* t = static_cast<Transfer*>(user);
    if (Base::isCancelled(t->feedback)) return 1;
    if (t->reportProgress && total > 0) Base::reportProgress(t->feedback, 100.0 * double(now) / double(total));
    return 0;
}

/// Sleeps in short steps so a cancel during a backoff is honoured at once.
bool sleepUnlessCancelled(int ms, Base::Feedback* feedback)
{
    for (int slept = 0; slept < ms; slept += 50) {
        if (Base::isCancelled(feedback)) return false;
        QThread::msleep(std::min(50, ms - slept));
    }
    return !Base::isCancelled(feedback);
}

/// One easy handle per thread, reset between requests: libcurl keeps its connection cache in
/// the handle, so consecutive requests to a server (catalogue pages, child catalogs, a retry)
/// reuse the open connection and its TLS session instead of connecting and handshaking anew.
CURL* threadHandle()
{
    struct Owner {
        CURL* h = curl_easy_init();
        ~Owner() { curl_easy_cleanup(h); }
    };
    thread_local Owner owner;
    curl_easy_reset(owner.h);
    return owner.h;
}

struct CurlHandle {
    CURL* h = threadHandle();
    curl_slist* headers = nullptr;
    ~CurlHandle() { curl_slist_free_all(headers); }
};

Base::Result<HttpResponse> perform(const NetworkSettings& s, const HttpRequest& request,
                                   const HttpClient::BodySink& sink,
                                   const HttpClient::HeaderCheck& headerCheck,
                                   Base::Feedback* feedback, bool reportProgress,
                                   const std::function<void()>& beforeRetry)
{
    initCurlOnce();
    for (int attempt = 0;; ++attempt) {
        if (Base::isCancelled(feedback)) return Base::Error::cancelled(request.url);
        CurlHandle handle;
        CURL* c = handle.h;
        char errorBuffer[CURL_ERROR_SIZE] = {};
        Transfer t;
        t.sink = &sink;
        t.headerCheck = &headerCheck;
        t.feedback = feedback;
        t.reportProgress = reportProgress;
        t.curl = c;

        const QByteArray url = request.url.toUtf8();
        const QByteArray agent = s.userAgent.toUtf8();
        const QByteArray caBundle = s.caBundle.toLocal8Bit();
        curl_easy_setopt(c, CURLOPT_URL, url.constData());
        curl_easy_setopt(c, CURLOPT_NOSIGNAL, 1L);
        // Larger receive buffers mean fewer callbacks and writes: bulk downloads run at the
        // speed of the curl command line instead of about half of it.
        curl_easy_setopt(c, CURLOPT_BUFFERSIZE, 512L * 1024L);
        curl_easy_setopt(c, CURLOPT_ERRORBUFFER, errorBuffer);
        curl_easy_setopt(c, CURLOPT_FOLLOWLOCATION, 1L);
        curl_easy_setopt(c, CURLOPT_MAXREDIRS, long(s.maxRedirects));
        curl_easy_setopt(c, CURLOPT_ACCEPT_ENCODING, "");  // every encoding libcurl decodes
        curl_easy_setopt(c, CURLOPT_HTTP_VERSION, long(CURL_HTTP_VERSION_2TLS));
        curl_easy_setopt(c, CURLOPT_CONNECTTIMEOUT_MS, long(s.connectTimeoutMs));
        curl_easy_setopt(c, CURLOPT_LOW_SPEED_LIMIT, 1L);
        curl_easy_setopt(c, CURLOPT_LOW_SPEED_TIME, long(std::max(1, s.stallTimeoutMs / 1000)));
        curl_easy_setopt(c, CURLOPT_USERAGENT, agent.constData());
        curl_easy_setopt(c, CURLOPT_SSL_VERIFYPEER, 1L);
        curl_easy_setopt(c, CURLOPT_SSL_VERIFYHOST, 2L);
        if (!caBundle.isEmpty()) curl_easy_setopt(c, CURLOPT_CAINFO, caBundle.constData());
        curl_easy_setopt(c, CURLOPT_HEADERFUNCTION, onHeader);
        curl_easy_setopt(c, CURLOPT_HEADERDATA, &t);
        curl_easy_setopt(c, CURLOPT_WRITEFUNCTION, onBody);
        curl_easy_setopt(c, CURLOPT_WRITEDATA, &t);
        curl_easy_setopt(c, CURLOPT_NOPROGRESS, 0L);
        curl_easy_setopt(c, CURLOPT_XFERINFOFUNCTION, onProgress);
        curl_easy_setopt(c, CURLOPT_XFERINFODATA, &t);
        const QByteArray range = QByteArray::number(request.rangeStart) + '-';
        if (request.rangeStart > 0) {
            // For HTTP a plain Range header lets the caller see a 200 from a server that ignores
            // ranges and restart cleanly; RESUME_FROM would fail the transfer instead.
            if (request.url.startsWith(QStringLiteral("http"), Qt::CaseInsensitive))
                curl_easy_setopt(c, CURLOPT_RANGE, range.constData());
            else
                curl_easy_setopt(c, CURLOPT_RESUME_FROM_LARGE, curl_off_t(request.rangeStart));
        }
        switch (request.method) {
        case HttpRequest::Method::Get: break;
        case HttpRequest::Method::Head: curl_easy_setopt(c, CURLOPT_NOBODY, 1L); break;
        case HttpRequest::Method::Post:
            curl_easy_setopt(c, CURLOPT_POST, 1L);
            curl_easy_setopt(c, CURLOPT_POSTFIELDSIZE_LARGE, curl_off_t(request.body.size()));
            curl_easy_setopt(c, CURLOPT_POSTFIELDS, request.body.constData());
            break;
        }
        const QByteArray sigv4 = request.awsSigV4.toUtf8();
        const QByteArray keyId = request.awsKeyId.toUtf8();
        const QByteArray secret = request.awsSecret.toUtf8();
        if (!sigv4.isEmpty()) {
            // libcurl computes the signature (and x-amz-date / x-amz-content-sha256) itself.
            curl_easy_setopt(c, CURLOPT_AWS_SIGV4, sigv4.constData());
            curl_easy_setopt(c, CURLOPT_USERNAME, keyId.constData());
            curl_easy_setopt(c, CURLOPT_PASSWORD, secret.constData());
        }
        for (const auto& [name, value] : request.headers)
            handle.headers = curl_slist_append(handle.headers, (name + ": " + value).constData());
        if (handle.headers) curl_easy_setopt(c, CURLOPT_HTTPHEADER, handle.headers);

        const CURLcode rc = curl_easy_perform(c);
        t.response.retries = attempt;
        char* effective = nullptr;
        if (curl_easy_getinfo(c, CURLINFO_EFFECTIVE_URL, &effective) == CURLE_OK && effective)
            t.response.effectiveUrl = QString::fromUtf8(effective);
        long code = 0;
        curl_easy_getinfo(c, CURLINFO_RESPONSE_CODE, &code);
        if (code > 0) t.response.status = int(code);

        if (rc == CURLE_ABORTED_BY_CALLBACK || Base::isCancelled(feedback))
            return Base::Error::cancelled(request.url);
        if (t.headerCheckRefused || t.sinkRefused) {
            return Base::Error(Base::Error::Kind::Io, request.url,
                               QCoreApplication::translate("Estran::Net", "The transfer was stopped by its receiver"));
        }
        // Headers of an empty body never reach onBody; run the check for them here.
        if (rc == CURLE_OK && t.response.status < 400 && !checkHeadersOnce(&t)) {
            return Base::Error(Base::Error::Kind::Io, request.url,
                               QCoreApplication::translate("Estran::Net", "The transfer was stopped by its receiver"));
        }

        // A streamed body already handed to its sink cannot be taken back, so only a buffered
        // (restartable) transfer retries after body bytes arrived.
        const bool canRetry = attempt < s.maxRetries && (beforeRetry || !t.deliveredBody);
        if (rc != CURLE_OK) {
            if (canRetry && RetryPolicy::isRetryableCurlCode(rc)) {
                if (beforeRetry) beforeRetry();
                if (!sleepUnlessCancelled(RetryPolicy::retryDelayMs(attempt, {}, s.retryBaseDelayMs, s.maxRetryDelayMs), feedback))
                    return Base::Error::cancelled(request.url);
                continue;
            }
            return detail::curlError(rc, request.url, errorBuffer);
        }
        if (t.response.status >= 400 && request.acceptedErrorStatuses.contains(t.response.status)) {
            t.response.body = t.errorBody;
            return std::move(t.response);
        }
        if (t.response.status >= 400) {
            if (canRetry && RetryPolicy::isRetryableStatus(t.response.status)) {
                if (beforeRetry) beforeRetry();
                const int delay = RetryPolicy::retryDelayMs(attempt, t.response.header("retry-after"),
                                                       s.retryBaseDelayMs, s.maxRetryDelayMs);
                if (!sleepUnlessCancelled(delay, feedback)) return Base::Error::cancelled(request.url);
                continue;
            }
            return detail::httpStatusError(t.response.status, request.url, t.errorBody);
        }
        return std::move(t.response);
    }
}

}  // namespace

HttpClient::HttpClient(NetworkSettings settings) : m_settings(std::move(settings)) {}

Base::Result<HttpResponse> HttpClient::fetch(const HttpRequest& request,
                                             Base::Feedback* feedback) const
{
    QByteArray body;
    const BodySink sink = [&body](const char* data, size_t size) {
        body.append(data, qsizetype(size));
        return true;
    };
    // A buffered body can be thrown away, so even a transfer that dropped mid-body retries.
    Base::Result<HttpResponse> r =
        perform(m_settings, request, sink, {}, feedback, true, [&body] { body.clear(); });
    if (!r) return r;
    // An accepted error status (see acceptedErrorStatuses) carries its body already.
    if (r->status < 400) r->body = std::move(body);
    return r;
}

Base::Result<HttpResponse> HttpClient::stream(const HttpRequest& request, const BodySink& sink,
                                              const HeaderCheck& headerCheck,
                                              Base::Feedback* feedback) const
{
    return perform(m_settings, request, sink, headerCheck, feedback, false, {});
}

}  // namespace Estran::Net
