// SPDX-License-Identifier: GPL-3.0-or-later
#include "estran/gui/providereditdialog.h"

#include "estran/catalog/providerregistry.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QUrl>

namespace Estran::Gui {

ProviderEditDialog::ProviderEditDialog(const Catalog::ProviderConfig& provider,
                                       std::function<bool(const QString&)> nameIsFree, QWidget* parent)
    : QDialog(parent), m_original(provider), m_nameIsFree(std::move(nameIsFree)),
      m_name(new QLineEdit(provider.name)), m_type(new QComboBox), m_url(new QLineEdit(provider.url)),
      m_enabled(new QCheckBox(tr("Include in searches"))), m_apiKeyHeader(new QLineEdit(provider.apiKeyHeader)),
      m_apiKey(new QLineEdit), m_problem(new QLabel),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setWindowTitle(provider.name.isEmpty() ? tr("Add catalogue provider") : tr("Edit %1").arg(provider.name));
    const Catalog::ProviderRegistry& registry = Catalog::ProviderRegistry::instance();
    for (const QString& type : registry.types()) m_type->addItem(registry.displayName(type), type);
    // Types from plugins are listed from their metadata; say where they come from, since the
    // plugin's library is loaded (and may fail) only when a provider of the type is used.
    for (const Catalog::ProviderPluginInfo& plugin : registry.plugins()) {
        for (const QString& type : plugin.types) {
            const int index = m_type->findData(type);
            if (index < 0 || registry.pluginOf(type) != plugin.id) continue;
            m_type->setItemData(index,
                                tr("From the plugin \"%1\" %2 (%3), loaded when a search first uses it")
                                    .arg(plugin.name, plugin.version, plugin.file),
                                Qt::ToolTipRole);
        }
    }
    if (!provider.type.isEmpty() && m_type->findData(provider.type) < 0) {
        // Keep a type this build lacks (a plugin not installed) instead of silently changing it.
        m_type->addItem(tr("%1 (not available in this build)").arg(provider.type), provider.type);
    }
    const int current = m_type->findData(provider.type.isEmpty() ? QStringLiteral("stac") : provider.type);
    m_type->setCurrentIndex(std::max(0, current));
    m_enabled->setChecked(provider.enabled);
    m_url->setPlaceholderText(QStringLiteral("https://…"));
    m_url->setMinimumWidth(420);
    if (!provider.note.isEmpty()) m_url->setToolTip(provider.note);
    m_apiKeyHeader->setPlaceholderText(tr("none (e.g. X-API-Key)"));
    m_apiKeyHeader->setToolTip(tr("The request header that carries your API key when downloading from this catalogue"));
    m_apiKey->setEchoMode(QLineEdit::Password);
    m_apiKey->setPlaceholderText(tr("kept in the system keychain; leave empty to keep the current key"));
    m_problem->setStyleSheet(QStringLiteral("color: #b02020"));
    m_problem->setWordWrap(true);

    auto* form = new QFormLayout(this);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Type:"), m_type);
    form->addRow(tr("&URL:"), m_url);
    form->addRow(QString(), m_enabled);
    form->addRow(tr("API key &header:"), m_apiKeyHeader);
    form->addRow(tr("API &key:"), m_apiKey);
    form->addRow(m_problem);
    form->addRow(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &ProviderEditDialog::validate);
    connect(m_url, &QLineEdit::textChanged, this, &ProviderEditDialog::validate);
    connect(m_apiKeyHeader, &QLineEdit::textChanged, this, &ProviderEditDialog::validate);
    connect(m_apiKey, &QLineEdit::textChanged, this, &ProviderEditDialog::validate);
    validate();
}

ProviderEditDialog::~ProviderEditDialog() = default;

Catalog::ProviderConfig ProviderEditDialog::provider() const
{
    Catalog::ProviderConfig p = m_original;
    p.name = m_name->text().trimmed();
    p.type = m_type->currentData().toString();
    p.url = m_url->text().trimmed();
    p.enabled = m_enabled->isChecked();
    p.apiKeyHeader = m_apiKeyHeader->text().trimmed();
    return p;
}

QString ProviderEditDialog::newApiKey() const { return m_apiKey->text().trimmed(); }

QString ProviderEditDialog::problem() const
{
    const QString name = m_name->text().trimmed();
    if (name.isEmpty()) return tr("Give the provider a name.");
    if (name != m_original.name && m_nameIsFree && !m_nameIsFree(name)) {
        return tr("Another provider is already called '%1'.").arg(name);
    }
    const QUrl url(m_url->text().trimmed(), QUrl::StrictMode);
    static const QStringList schemes{QStringLiteral("http"), QStringLiteral("https"),
                                     QStringLiteral("ftp"), QStringLiteral("file")};
    if (m_url->text().trimmed().isEmpty()) return tr("Enter the endpoint URL.");
    if (!url.isValid() || url.isRelative() || !schemes.contains(url.scheme())) {
        return tr("The URL must be absolute and start with http://, https://, ftp:// or file://.");
    }
    // Provider settings are a plain file: a password in the URL would be stored in clear.
    if (!url.password().isEmpty()) {
        return tr("Remove the password from the URL: secrets are never written to settings files.");
    }
    // RFC 9110 token characters only: anything else would corrupt the request.
    static const QRegularExpression token(QStringLiteral("^[!#$%&'*+.^_`|~0-9A-Za-z-]*$"));
    if (!token.match(m_apiKeyHeader->text().trimmed()).hasMatch())
        return tr("The API key header must be a header name such as X-API-Key (letters, digits and dashes).");
    if (!m_apiKey->text().trimmed().isEmpty() && m_apiKeyHeader->text().trimmed().isEmpty())
        return tr("Say which header carries the API key (e.g. X-API-Key).");
    return {};
}

void ProviderEditDialog::validate()
{
    const QString why = problem();
    m_problem->setText(why);
    m_problem->setVisible(!why.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(why.isEmpty());
}

}  // namespace Estran::Gui
