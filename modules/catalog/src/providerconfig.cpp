// SPDX-License-Identifier: GPL-3.0-or-later
#include "estran/catalog/providerconfig.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSet>
#include <QStandardPaths>

namespace Estran::Catalog {

using Base::Error;

namespace {

QString tr(const char* text) { return QCoreApplication::translate("Estran::Catalog", text); }

}  // namespace

QList<ProviderConfig> ProviderConfig::defaults()
{
    // Endpoints as each service documents them. Notes are shown as tooltips, so a user who
    // finds a row unreachable or asking for credentials knows why without a web search.
    return {
        {QStringLiteral("CNES GEODES"), QStringLiteral("stac"),
         QStringLiteral("https://geodes-portal.cnes.fr/api/stac"), true,
         tr("CNES GEODES STAC API (Sentinel, Pléiades, SWOT, ...). Searching is public; some "
            "downloads need a GEODES API key (Edit this catalogue to enter it)."),
         QStringLiteral("X-API-Key")},
        {QStringLiteral("Data Terra THEIA"), QStringLiteral("stac"),
         QStringLiteral("https://api.stac.teledetection.fr"), true,
         tr("THEIA/Data Terra STAC API (api.stac.teledetection.fr, as used by the THEIA "
            "teledetection tools). Not confirmed as THEIA's only official endpoint; assets on "
            "its S3 storage must be signed with a teledetection API key.")},
        {QStringLiteral("Copernicus Marine"), QStringLiteral("stac-static"),
         QStringLiteral("https://stac.marine.copernicus.eu/metadata/catalog.stac.json"), true,
         tr("Copernicus Marine Service static STAC catalogue (products and datasets); data "
            "access needs a Copernicus Marine account.")},
        {QStringLiteral("Ifremer Sextant"), QStringLiteral("csw"),
         QStringLiteral("https://sextant.ifremer.fr/geonetwork/srv/eng/csw"), true,
         tr("Ifremer Sextant GeoNetwork catalogue, CSW 2.0.2.")},
        {QStringLiteral("Ifremer ERDDAP"), QStringLiteral("erddap"),
         QStringLiteral("https://erddap.ifremer.fr/erddap"), true,
         tr("Ifremer ERDDAP server (griddap and tabledap datasets).")},
        {QStringLiteral("Ifremer THREDDS"), QStringLiteral("thredds"),
         QStringLiteral("https://tds0.ifremer.fr/thredds/catalog.xml"), true,
         tr("Ifremer THREDDS Data Server top catalogue (OPeNDAP and HTTP file access).")},
        {QStringLiteral("Earth Search"), QStringLiteral("stac"),
         QStringLiteral("https://earth-search.aws.element84.com/v1"), true,
         tr("Element 84 Earth Search STAC API on AWS open data (Sentinel-1/2, Landsat, "
            "Copernicus DEM). Public, no account.")},
    };
}

QByteArray ProviderConfig::toJson(const QList<ProviderConfig>& providers)
{
    QJsonArray array;
    for (const ProviderConfig& p : providers) {
        QJsonObject o{{QStringLiteral("name"), p.name},
                      {QStringLiteral("type"), p.type},
                      {QStringLiteral("url"), p.url},
                      {QStringLiteral("enabled"), p.enabled}};
        if (!p.note.isEmpty()) o.insert(QStringLiteral("note"), p.note);
        if (!p.apiKeyHeader.isEmpty()) o.insert(QStringLiteral("api_key_header"), p.apiKeyHeader);
        array.append(o);
    }
    return QJsonDocument(array).toJson(QJsonDocument::Indented);
}

Base::Result<QList<ProviderConfig>> ProviderConfig::fromJson(const QByteArray& json,
                                                             const QString& where)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return Error(Error::Kind::InvalidInput, where,
                     tr("The provider list is not valid JSON (at byte %1)").arg(parseError.offset),
                     parseError.errorString());
    }
    if (!doc.isArray()) {
        return Error(Error::Kind::InvalidInput, where, tr("The provider list must be a JSON array"));
    }
    QList<ProviderConfig> out;
    QSet<QString> names;
    const QJsonArray array = doc.array();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject o = array.at(i).toObject();
        ProviderConfig p;
        p.name = o.value(QStringLiteral("name")).toString().trimmed();
        p.type = o.value(QStringLiteral("type")).toString().trimmed();
        p.url = o.value(QStringLiteral("url")).toString().trimmed();
        p.enabled = o.value(QStringLiteral("enabled")).toBool(true);
        p.note = o.value(QStringLiteral("note")).toString();
        p.apiKeyHeader = o.value(QStringLiteral("api_key_header")).toString().trimmed();
        const QString field = tr("entry %1").arg(i + 1);
        if (p.name.isEmpty() || p.type.isEmpty() || p.url.isEmpty()) {
            return Error(Error::Kind::InvalidInput, where,
                         tr("%1 needs a name, a type and a URL").arg(field));
        }
        // Names identify status lines and search sources, so they must stay unique.
        if (names.contains(p.name)) {
            return Error(Error::Kind::InvalidInput, where,
                         tr("%1: the name '%2' is used twice").arg(field, p.name));
        }
        names.insert(p.name);
        out.append(p);
    }
    return out;
}

QString ProviderConfig::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation)
           + QStringLiteral("/providers.json");
}

Base::Result<QList<ProviderConfig>> ProviderConfig::load(const QString& path)
{
    QFile file(path);
    if (!file.exists()) return defaults();
    if (!file.open(QIODevice::ReadOnly)) {
        return Error(Error::Kind::Io, path, tr("Cannot read the provider list"), file.errorString());
    }
    return fromJson(file.readAll(), path);
}

Base::Result<void> ProviderConfig::save(const QList<ProviderConfig>& providers, const QString& path)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return Error(Error::Kind::Io, path, tr("Cannot write the provider list"), file.errorString());
    }
    file.write(toJson(providers));
    if (!file.commit()) {
        return Error(Error::Kind::Io, path, tr("Cannot write the provider list"), file.errorString());
    }
    return {};
}

}  // namespace Estran::Catalog
