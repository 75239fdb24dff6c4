// SPDX-License-Identifier: GPL-3.0-or-later
#include "estran/gui/askpassprompter.h"

#include "deliveryguard.h"

#include "estran/base/log.h"
#include "estran/gui/askpassdialog.h"
#include "estran/gui/hostkeydialog.h"

#include <QCoreApplication>
#include <QThread>
#include <QWidget>

#include <atomic>
#include <future>

namespace Estran::Gui {

// One question in flight. Whoever drops the last reference without answering (a discarded
// queued call, a destroyed dialog) answers "refused", so the waiting worker always wakes up.
struct AskpassPrompter::Pending {
    std::promise<std::optional<Remote::AskpassAnswer>> promise;
    std::atomic<bool> answered{false};

    void answer(std::optional<Remote::AskpassAnswer> value)
    {
        if (!answered.exchange(true)) promise.set_value(std::move(value));
    }
    ~Pending() { answer(std::nullopt); }
};

AskpassPrompter::AskpassPrompter(QWidget* dialogParent, QObject* parent)
    : QObject(parent), m_dialogParent(dialogParent), m_guard(std::make_shared<DeliveryGuard>(this))
{
}

AskpassPrompter::~AskpassPrompter()
{
    m_guard->close();
    for (const QPointer<QDialog>& dialog : std::as_const(m_dialogs)) {
        if (dialog) {
            dialog->reject();  // answers its pending question with "refused"
            delete dialog.data();
        }
    }
}

Remote::AskpassHandler AskpassPrompter::handler() const
{
    return [guard = m_guard, self = QPointer<const AskpassPrompter>(this)](
               const Remote::AskpassRequest& request) -> std::optional<Remote::AskpassAnswer> {
        if (QCoreApplication::instance() && QThread::currentThread() == QCoreApplication::instance()->thread()) {
            // Waiting here would wait for the very thread that has to show the dialog.
            Base::Log::error(request.host, QCoreApplication::translate(
                                               "Estran::Gui", "ssh asked a question on the GUI thread; refused"));
            return std::nullopt;
        }
        auto pending = std::make_shared<Pending>();
        std::future<std::optional<Remote::AskpassAnswer>> answer = pending->promise.get_future();
        guard->post([self, request, pending] {
            if (self) const_cast<AskpassPrompter*>(self.data())->show(request, pending);
        });
        pending.reset();
        return answer.get();
    };
}

void AskpassPrompter::show(const Remote::AskpassRequest& request, const std::shared_ptr<Pending>& pending)
{
    QDialog* dialog = nullptr;
    if (request.kind == Remote::AskpassRequest::Kind::HostKey) {
        auto* d = new HostKeyDialog(request, m_dialogParent);
        connect(d, &QDialog::finished, this, [d, pending](int result) {
            pending->answer(result == QDialog::Accepted ? std::optional(d->answer()) : std::nullopt);
        });
        dialog = d;
    } else {
        auto* d = new AskpassDialog(request, m_dialogParent);
        connect(d, &QDialog::finished, this, [d, pending](int result) {
            pending->answer(result == QDialog::Accepted ? std::optional(d->answer()) : std::nullopt);
        });
        dialog = d;
    }
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialogs.removeAll(QPointer<QDialog>());
    m_dialogs.append(dialog);
    // open(): window-modal and non-blocking, unlike exec() which would nest an event loop.
    dialog->open();
    dialog->raise();
    dialog->activateWindow();
    Q_EMIT dialogShown(dialog);
}

QList<QDialog*> AskpassPrompter::openDialogs() const
{
    QList<QDialog*> open;
    for (const QPointer<QDialog>& dialog : m_dialogs) {
        if (dialog && dialog->isVisible()) open.append(dialog);
    }
    return open;
}

}  // namespace Estran::Gui
