// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "estran/catalog/providerconfig.h"
#include "estran/gui/gui_export.h"

#include <QDialog>

#include <functional>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace Estran::Gui {

/// Adds or edits one catalogue provider: name, type (those registered in
/// Catalog::ProviderRegistry, plus the current one if it is missing from this build), URL and
/// whether it is searched, and the header and value of an API key for downloads (the value goes
/// to the keychain, never into the provider list). OK stays disabled, with the reason shown, until the name is free
/// and the URL is an absolute http(s)/ftp/file URL. GUI thread only.
class ESTRAN_GUI_EXPORT ProviderEditDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProviderEditDialog)
public:
    /// `nameIsFree` tells whether a name may be used (unique within the list).
    ProviderEditDialog(const Catalog::ProviderConfig& provider,
                       std::function<bool(const QString&)> nameIsFree, QWidget* parent = nullptr);
    ~ProviderEditDialog() override;

    Catalog::ProviderConfig provider() const;
    /// The API key the user typed; empty when the field was left alone (keep the stored key).
    QString newApiKey() const;
    /// Why OK is disabled, or empty.
    QString problem() const;

private:
    void validate();
    Catalog::ProviderConfig m_original;
    std::function<bool(const QString&)> m_nameIsFree;
    QLineEdit* m_name;
    QComboBox* m_type;
    QLineEdit* m_url;
    QCheckBox* m_enabled;
    QLineEdit* m_apiKeyHeader;
    QLineEdit* m_apiKey;
    QLabel* m_problem;
    QDialogButtonBox* m_buttons;
};

}  // namespace Estran::Gui
