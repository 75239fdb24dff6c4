// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "estran/gui/gui_export.h"
#include "estran/remote/askpass.h"

#include <QDialog>

class QLabel;
class QPushButton;

namespace Estran::Gui {

/// ssh met a host key it does not know: the host and the key's fingerprint, shown large enough
/// to compare with the one the centre publishes, what accepting means, and Accept / Reject.
/// Reject is the default button, so Enter never trusts a key by accident. GUI thread only.
class ESTRAN_GUI_EXPORT HostKeyDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HostKeyDialog)
public:
    explicit HostKeyDialog(const Remote::AskpassRequest& request, QWidget* parent = nullptr);
    ~HostKeyDialog() override;

    /// "yes" when accepted (what ssh expects), "no" otherwise.
    Remote::AskpassAnswer answer() const;

    QLabel* fingerprintLabel() const { return m_fingerprint; }
    QPushButton* acceptButton() const { return m_accept; }
    QPushButton* rejectButton() const { return m_reject; }

private:
    QLabel* m_fingerprint;
    QPushButton* m_accept;
    QPushButton* m_reject;
};

}  // namespace Estran::Gui
