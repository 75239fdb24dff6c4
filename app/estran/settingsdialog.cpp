// SPDX-License-Identifier: GPL-3.0-or-later
#include "settingsdialog.h"

#include "appsettings.h"

#include "estran/gui/stylepanel.h"
#include "estran/render/colormap.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Estran::App {

SettingsDialog::SettingsDialog(QWidget* parent)
    : QDialog(parent), m_language(new QComboBox(this)), m_colormap(new QComboBox(this)),
      m_cache(new QSpinBox(this)), m_initialLanguage(AppSettings::language())
{
    setWindowTitle(tr("Settings"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    layout->addLayout(form);

    // Language names are shown in their own language, as every desktop does.
    m_language->addItem(tr("System default"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
    m_language->setCurrentIndex(std::max(0, m_language->findData(m_initialLanguage)));
    form->addRow(tr("Language:"), m_language);
    auto* note = new QLabel(tr("A new language applies when Estran is started again."), this);
    note->setWordWrap(true);
    note->setEnabled(false);
    form->addRow(QString(), note);

    m_colormap->setIconSize(QSize(96, 12));
    for (const QString& name : Render::Colormap::names()) {
        m_colormap->addItem(QIcon(Gui::StylePanel::colormapPreview(name)), name, name);
    }
    m_colormap->setCurrentIndex(std::max(0, m_colormap->findData(AppSettings::defaultColormap())));
    form->addRow(tr("Default colour map:"), m_colormap);

    m_cache->setRange(16, 65536);
    m_cache->setSingleStep(64);
    m_cache->setSuffix(tr(" MiB"));
    m_cache->setValue(AppSettings::cacheBudgetMiB());
    m_cache->setToolTip(tr("Memory kept for decoded time steps, so playing and scrubbing do not "
                           "read the same data twice"));
    form->addRow(tr("Slice cache:"), m_cache);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

void SettingsDialog::save() const
{
    AppSettings::setLanguage(m_language->currentData().toString());
    AppSettings::setDefaultColormap(m_colormap->currentData().toString());
    AppSettings::setCacheBudgetMiB(m_cache->value());
}

bool SettingsDialog::languageChanged() const
{
    return m_language->currentData().toString() != m_initialLanguage;
}

}  // namespace Estran::App
