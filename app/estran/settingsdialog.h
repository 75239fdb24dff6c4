// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QComboBox;
class QSpinBox;

namespace Estran::App {

/// Preferences: language (system, English, French; applied at the next start), the default
/// colour map and the memory budget of the slice cache. Reads and writes AppSettings.
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
    QString m_initialLanguage;
};

}  // namespace Estran::App
