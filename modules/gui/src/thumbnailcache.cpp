// SPDX-License-Identifier: GPL-3.0-or-later
#include "estran/gui/thumbnailcache.h"

#include "estran/base/feedback.h"
#include "estran/base/log.h"
#include "estran/base/task.h"
#include "estran/net/httpclient.h"

#include <QCoreApplication>
#include <QThreadPool>

namespace Estran::Gui {

namespace {

// Fetches and decodes one quicklook on a worker; QImage (unlike QPixmap) may be built there.
class ThumbnailTask final : public Base::Task {
public:
    ThumbnailTask(std::shared_ptr<const Net::HttpClient> client, QString url, int edge)
        : Base::Task(QCoreApplication::translate("Estran::Gui", "Loading quicklook")),
          m_client(std::move(client)), m_url(std::move(url)), m_edge(edge)
    {
    }
    const QString& url() const { return m_url; }
    const QImage& result() const { return m_image; }

protected:
    std::optional<Base::Error> run(Base::Feedback* feedback) override
    {
        Net::HttpRequest request;
        request.url = m_url;
        auto response = m_client->fetch(request, feedback);
        if (!response) return response.error();
        QImage image;
        if (!image.loadFromData(response->body)) {
            return Base::Error(Base::Error::Kind::InvalidInput, m_url,
                               QCoreApplication::translate("Estran::Gui",
                                                           "The quicklook is not a readable image"));
        }
        m_image = image.scaled(m_edge, m_edge, Qt::KeepAspectRatio, Qt::SmoothTransformation);
        return std::nullopt;
    }

private:
    std::shared_ptr<const Net::HttpClient> m_client;
    QString m_url;
    int m_edge;
    QImage m_image;
};

}  // namespace

ThumbnailCache::ThumbnailCache(std::shared_ptr<const Net::HttpClient> client, int edge, QObject* parent)
    : QObject(parent), m_client(std::move(client)), m_edge(edge), m_pool(std::make_unique<QThreadPool>())
{
    // A few parallel fetches fill a screenful quickly without flooding one quicklook server.
    m_pool->setMaxThreadCount(3);
    // Cost is in kilobytes: ~8 MB of small images is thousands of rows.
    m_cache.setMaxCost(8 * 1024);
}

ThumbnailCache::~ThumbnailCache()
{
    // Cancelled fetches return at their next check and delete themselves; the pool goes only
    // after them (its destructor waits), later, so closing the panel never blocks on a server.
    for (const QPointer<Base::Task>& t : std::as_const(m_running)) {
        if (t) t->cancel();
    }
    m_pool.release()->deleteLater();
}

QImage ThumbnailCache::image(const QString& url)
{
    if (url.isEmpty()) return {};
    if (const QImage* cached = m_cache.object(url)) return *cached;
    if (m_pending.contains(url) || m_failed.contains(url)) return {};
    m_pending.insert(url);
    ++m_requests;
    auto* task = new ThumbnailTask(m_client, url, m_edge);
    m_running.append(task);
    connect(task, &Base::Task::finished, this, [this, task](bool ok) {
        m_running.removeAll(task);
        m_pending.remove(task->url());
        if (ok) {
            const QImage& img = task->result();
            m_cache.insert(task->url(), new QImage(img), std::max<int>(1, int(img.sizeInBytes() / 1024)));
            Q_EMIT thumbnailReady(task->url());
        } else {
            m_failed.insert(task->url());
            if (task->error() && task->error()->kind() != Base::Error::Kind::Cancelled) {
                Base::Log::debug(task->url(), tr("quicklook not loaded: %1").arg(task->error()->message()));
            }
        }
    });
    connect(task, &Base::Task::finished, task, &QObject::deleteLater);
    task->start(m_pool.get());
    return {};
}

}  // namespace Estran::Gui
