// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMetaObject>
#include <QObject>

#include <mutex>
#include <utility>

namespace Estran::Gui {

/// Lets a worker deliver a result to a QObject on its own thread without outliving it: the
/// worker keeps the guard alive through a shared_ptr and posts through it; the owner closes the
/// guard in its destructor, after which posts are dropped. Posting only queues an event, so
/// holding the mutex while doing it is cheap, and Qt discards events of a deleted receiver.
struct DeliveryGuard {
    explicit DeliveryGuard(QObject* context) : m_context(context) {}

    template <typename F>
    void post(F&& function)
    {
        std::lock_guard lock(m_mutex);
        if (m_context) {
            QMetaObject::invokeMethod(m_context, std::forward<F>(function), Qt::QueuedConnection);
        }
    }

    void close()
    {
        std::lock_guard lock(m_mutex);
        m_context = nullptr;
    }

private:
    std::mutex m_mutex;
    QObject* m_context;
};

}  // namespace Estran::Gui
