// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "estran/gui/gui_export.h"

#include <QCache>
#include <QImage>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>

#include <memory>

class QThreadPool;

namespace Estran::Base {
class Task;
}

namespace Estran::Net {
class HttpClient;
}

namespace Estran::Gui {

/// Quicklook images fetched on demand: image() returns a cached image or starts one download on
/// a small worker pool (through Net::HttpClient) and returns a null image; thumbnailReady() then
/// says it arrived. Images are decoded and scaled down to `edge` pixels on the worker, and kept
/// in a memory-bounded cache, so scrolling back never refetches. A failed URL is not retried
/// during the session (a dead quicklook server must not be hammered by every repaint).
/// GUI thread only.
class ESTRAN_GUI_EXPORT ThumbnailCache final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ThumbnailCache)
public:
    explicit ThumbnailCache(std::shared_ptr<const Net::HttpClient> client, int edge = 64,
                            QObject* parent = nullptr);
    ~ThumbnailCache() override;

    /// The image if cached; otherwise starts loading it (once) and returns a null image.
    QImage image(const QString& url);
    bool isPending(const QString& url) const { return m_pending.contains(url); }
    bool hasFailed(const QString& url) const { return m_failed.contains(url); }
    /// Downloads started since construction (for tests of laziness).
    int requestCount() const { return m_requests; }

Q_SIGNALS:
    void thumbnailReady(const QString& url);

private:
    std::shared_ptr<const Net::HttpClient> m_client;
    int m_edge;
    std::unique_ptr<QThreadPool> m_pool;
    QCache<QString, QImage> m_cache;
    QSet<QString> m_pending;
    QSet<QString> m_failed;
    QList<QPointer<Base::Task>> m_running;
    int m_requests = 0;
};

}  // namespace Estran::Gui
