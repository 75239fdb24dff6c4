// SPDX-License-Identifier: GPL-3.0-or-later
#include "settingsdialog.h"

#include "appsettings.h"

#include "estran/base/log.h"
#include "estran/gui/cloudstorage.h"
#include "estran/gui/stylepanel.h"
#include "estran/render/colormap.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGroupBox>
#include <QLineEdit>
#include <QPushButton>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Estran::App {

SettingsDialog::SettingsDialog(QWidget* parent)
    : QDialog(parent), m_language(new QComboBox(this)), m_colormap(new QComboBox(this)),
      m_cache(new QSpinBox(this)), m_s3Endpoint(new QLineEdit(this)), m_s3Region(new QLineEdit(this)),
      m_s3PathStyle(new QCheckBox(tr("Path-style addresses (endpoint/bucket/key)"), this)),
      m_s3KeyId(new QLineEdit(this)), m_s3Secret(new QLineEdit(this)), m_initialLanguage(AppSettings::language())
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

    // s3:// assets, downloaded or opened in place through GDAL, come from this service.
    auto* s3Box = new QGroupBox(tr("Cloud storage (S3)"), this);
    auto* s3Form = new QFormLayout(s3Box);
    const Net::S3Endpoint s3 = Gui::CloudStorage::endpoint();
    m_s3Endpoint->setText(s3.endpoint);
    m_s3Endpoint->setPlaceholderText(tr("AWS (e.g. https://s3.waw3-1.cloudferro.com for another service)"));
    m_s3Region->setText(s3.region);
    m_s3PathStyle->setChecked(s3.pathStyle);
    m_s3KeyId->setPlaceholderText(tr("none: public buckets are read anonymously"));
    m_s3Secret->setEchoMode(QLineEdit::Password);
    m_s3Secret->setPlaceholderText(tr("kept in the system keychain; leave empty to keep the current keys"));
    s3Form->addRow(tr("Endpoint:"), m_s3Endpoint);
    s3Form->addRow(tr("Region:"), m_s3Region);
    s3Form->addRow(QString(), m_s3PathStyle);
    s3Form->addRow(tr("Access key ID:"), m_s3KeyId);
    s3Form->addRow(tr("Secret access key:"), m_s3Secret);
    auto* forget = new QPushButton(tr("Forget the stored keys"), s3Box);
    forget->setToolTip(tr("Removes the keys of this endpoint from the keychain: its buckets are then read anonymously"));
    connect(forget, &QPushButton::clicked, this, [this, forget] {
        forget->setEnabled(false);
        Gui::CloudStorage::storeKeys({}, this, [forget](const Base::Result<void>& r) {
            if (!r) Base::Log::error(r.error());
            forget->setText(r ? tr("Keys removed") : tr("Could not remove the keys (see the log)"));
        });
    });
    s3Form->addRow(QString(), forget);
    layout->addWidget(s3Box);

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

    Net::S3Endpoint s3;
    s3.endpoint = m_s3Endpoint->text().trimmed();
    s3.region = m_s3Region->text().trimmed().isEmpty() ? QStringLiteral("us-east-1") : m_s3Region->text().trimmed();
    s3.pathStyle = m_s3PathStyle->isChecked();
    Gui::CloudStorage::setEndpoint(s3);
    if (!m_s3Secret->text().isEmpty()) {
        // Keys typed now replace the stored ones; the key id alone never clears a secret.
        Gui::CloudStorage::storeKeys({m_s3KeyId->text().trimmed(), m_s3Secret->text(), {}}, parentWidget(),
                                     [](const Base::Result<void>& r) {
                                         if (!r) Base::Log::error(r.error());
                                     });
    } else {
        Gui::CloudStorage::applyToGdal(parentWidget());
    }
}

bool SettingsDialog::languageChanged() const
{
    return m_language->currentData().toString() != m_initialLanguage;
}

}  // namespace Estran::App
