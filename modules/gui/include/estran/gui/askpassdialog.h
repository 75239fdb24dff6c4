// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "estran/gui/gui_export.h"
#include "estran/remote/askpass.h"

#include <QDialog>

class QCheckBox;
class QLineEdit;

namespace Estran::Gui {

/// What ssh asks while connecting, other than a host key (HostKeyDialog): a passphrase, a
/// password or a one-time code (masked field), or a yes/no question (Kind::Confirm, no field).
/// "Remember in the keychain" is offered for passphrases and passwords only: a one-time code is
/// worthless the next time. ssh's own prompt is shown as it is. GUI thread only.
class ESTRAN_GUI_EXPORT AskpassDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AskpassDialog)
public:
    explicit AskpassDialog(const Remote::AskpassRequest& request, QWidget* parent = nullptr);
    ~AskpassDialog() override;

    /// The answer when accepted: the typed text ("yes" for a confirmation) and the checkbox.
    Remote::AskpassAnswer answer() const;
    /// Whether the prompt asks for something worth keeping (passphrase or password).
    static bool isRememberable(const Remote::AskpassRequest& request);

    QLineEdit* secretField() const { return m_secret; }
    QCheckBox* rememberBox() const { return m_remember; }

private:
    Remote::AskpassRequest m_request;
    QLineEdit* m_secret = nullptr;
    QCheckBox* m_remember = nullptr;
};

}  // namespace Estran::Gui
