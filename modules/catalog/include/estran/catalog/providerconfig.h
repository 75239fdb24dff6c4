// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "estran/base/result.h"
#include "estran/catalog/catalog_export.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace Estran::Catalog {

/// One configured catalogue endpoint as the user sees it: a unique name, a provider type known
/// to the ProviderRegistry ("stac", "stac-static", "csw", ...), its URL and whether searches
/// use it. UI-free so the CLI and the desktop share the same list and file.
///
/// Persisted as a JSON array in providers.json under the application's config directory:
///   [{"name": "...", "type": "stac", "url": "https://...", "enabled": true, "note": "...",
///     "api_key_header": "X-API-Key"}]
/// Plain data; any thread.
struct ESTRAN_CATALOG_EXPORT ProviderConfig {
    QString name;
    QString type;
    QString url;
    bool enabled = true;
    /// Remarks from the provider's documentation (authentication, caveats), shown as a tooltip.
    QString note;
    /// The request header that carries this provider's API key on downloads ("X-API-Key" for
    /// GEODES); empty when it needs none. The key itself lives in the keychain (apiKeyEntry()).
    QString apiKeyHeader = {};

    /// The keychain entry of this provider's API key.
    QString apiKeyEntry() const { return QStringLiteral("api-key:") + name; }

    bool operator==(const ProviderConfig&) const = default;

    /// The endpoints Estran ships preconfigured, taken from each service's own documentation.
    static QList<ProviderConfig> defaults();

    static QByteArray toJson(const QList<ProviderConfig>& providers);
    /// Errors name `where` (the file) and the entry that is wrong.
    [[nodiscard]] static Base::Result<QList<ProviderConfig>> fromJson(const QByteArray& json,
                                                                      const QString& where);

    /// "<config dir>/providers.json" (QStandardPaths::AppConfigLocation).
    static QString defaultPath();
    /// The saved list, or defaults() when the file does not exist yet.
    [[nodiscard]] static Base::Result<QList<ProviderConfig>> load(const QString& path);
    /// Written atomically (QSaveFile) so a crash never leaves half a file.
    [[nodiscard]] static Base::Result<void> save(const QList<ProviderConfig>& providers,
                                                 const QString& path);
};

}  // namespace Estran::Catalog
