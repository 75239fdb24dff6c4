// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "estran/gui/gui_export.h"
#include "estran/remote/askpass.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <memory>

class QDialog;
class QWidget;

namespace Estran::Gui {

struct DeliveryGuard;

/// The GUI side of ssh's questions: handler() returns the Remote::AskpassHandler given to
/// SshHost. The handler is called on a worker thread (where ssh runs); it posts the request to
/// this object on the GUI thread, which shows a non-blocking AskpassDialog or HostKeyDialog,
/// and the worker waits for the answer. The GUI thread never waits and runs no nested event
/// loop. Called on the GUI thread the handler refuses (it would wait for itself).
///
/// Destroying the prompter closes its open dialogs and answers every pending question with
/// "refused", so no worker waits for a window that no longer exists. Lives on the GUI thread.
class ESTRAN_GUI_EXPORT AskpassPrompter final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AskpassPrompter)
public:
    /// Dialogs are shown over `dialogParent` (may be null).
    explicit AskpassPrompter(QWidget* dialogParent, QObject* parent = nullptr);
    ~AskpassPrompter() override;

    /// Thread-safe; may outlive the prompter (it then refuses).
    Remote::AskpassHandler handler() const;

    /// Dialogs open now (for tests and for raising them).
    QList<QDialog*> openDialogs() const;

Q_SIGNALS:
    /// A dialog was just shown.
    void dialogShown(QDialog* dialog);

private:
    struct Pending;
    void show(const Remote::AskpassRequest& request, const std::shared_ptr<Pending>& pending);

    QPointer<QWidget> m_dialogParent;
    std::shared_ptr<DeliveryGuard> m_guard;
    QList<QPointer<QDialog>> m_dialogs;
};

}  // namespace Estran::Gui
