// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QSpinBox;

namespace Estran::App {

/// Preferences: language (system, English, French; applied at the next start), the default
/// colour map, the memory budget of the slice cache (AppSettings), and the S3 service s3://
/// data is read from (Gui::CloudStorage; its keys go to the system keychain).
class SettingsDialog final : public QDialog {
    Q_OBJECT
public:
    explicit SettingsDialog(QWidget* parent = nullptr);

    /// Writes the edited values to AppSettings.
    void save() const;
    bool languageChanged() const;

private:
    QComboBox* m_language;
    QComboBox* m_colormap;
    QSpinBox* m_cache;
    QLineEdit* m_s3Endpoint;
    QLineEdit* m_s3Region;
    QCheckBox* m_s3PathStyle;
    QLineEdit* m_s3KeyId;
    QLineEdit* m_s3Secret;
    QString m_initialLanguage;
};

}  // namespace Estran::App
