// SPDX-License-Identifier: GPL-3.0-or-later
#include "plugincatalog.h"

#include "estran/data/readerplugin.h"
#include "estran/data/readerregistry.h"
#include "gdalbridge.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include <optional>

namespace Estran::Data::detail {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Estran::Data)
};

/// A list of texts, or an error message naming the field.
std::optional<QString> readStringList(const QJsonObject& meta, const char* field, QStringList& out)
{
    const QJsonValue value = meta.value(QLatin1String(field));
    if (value.isUndefined()) return std::nullopt;
    if (!value.isArray())
        return Tr::tr("Bad plugin metadata: \"%1\" must be a list of texts").arg(QLatin1String(field));
    for (const QJsonValue& item : value.toArray()) {
        if (!item.isString() || item.toString().trimmed().isEmpty())
            return Tr::tr("Bad plugin metadata: \"%1\" must be a list of texts").arg(QLatin1String(field));
        out.append(item.toString().trimmed());
    }
    return std::nullopt;
}

/// The reader fields of a plugin's metadata, checked field by field (the common ones, id, name,
/// version and description, are Base::PluginCatalog's); the first problem found.
std::optional<QString> parseReaderFields(const QJsonObject& meta, ReaderPluginInfo& info)
{
    if (auto e = readStringList(meta, "suffixes", info.suffixes)) return e;
    for (QString& s : info.suffixes) {
        s = s.toLower();
        if (s.startsWith(u'.')) s.remove(0, 1);
    }
    if (auto e = readStringList(meta, "prefixes", info.prefixes)) return e;
    if (auto e = readStringList(meta, "libraries", info.libraries)) return e;
    const QJsonValue fallback = meta.value(QLatin1String("fallback"));
    if (!fallback.isUndefined() && !fallback.isBool())
        return Tr::tr("Bad plugin metadata: \"fallback\" must be true or false");
    info.fallback = fallback.toBool(false);
    if (info.suffixes.isEmpty() && info.prefixes.isEmpty() && !info.fallback)
        return Tr::tr("Bad plugin metadata: no \"suffixes\", \"prefixes\" or \"fallback\", so no file would ever load it");
    return std::nullopt;
}

ReaderPluginInfo readerInfo(const Base::PluginCatalog::Plugin& p)
{
    ReaderPluginInfo info;
    (void)parseReaderFields(p.metaData, info);  // checked when the plugin was found
    static_cast<Base::PluginInfo&>(info) = p;  // what every plugin says about itself
    return info;
}

/// The name a suffix is compared with: a URL's path without its query, no trailing slash.
QString comparableName(const QString& path)
{
    QString name = path.section(u'?', 0, 0).toLower();
    while (name.endsWith(u'/')) name.chop(1);
    return name;
}

bool matches(const ReaderPluginInfo& info, const QString& path, const QString& name)
{
    for (const QString& s : info.suffixes) {
        if (name.endsWith(u'.' + s)) return true;
    }
    for (const QString& p : info.prefixes) {
        if (path.startsWith(p, Qt::CaseInsensitive)) return true;
    }
    return false;
}

}  // namespace

PluginCatalog::PluginCatalog()
    : m_catalog(
          QStringLiteral(ESTRAN_READER_PLUGIN_IID), Tr::tr("reader"),
          [](const QJsonObject& meta) {
              ReaderPluginInfo info;
              return parseReaderFields(meta, info);
          },
          [](QObject* object, const Base::PluginCatalog::Plugin&) -> std::optional<QString> {
              auto* plugin = qobject_cast<ReaderPlugin*>(object);
              if (!plugin) return Tr::tr("The plugin object does not implement the reader interface");
              pluginLoaded(object);
              for (std::unique_ptr<DatasetReader>& reader : plugin->createReaders())
                  ReaderRegistry::instance().add(std::move(reader));
              return std::nullopt;
          })
{
}

PluginCatalog::~PluginCatalog() = default;

PluginCatalog& PluginCatalog::instance()
{
    static PluginCatalog catalog;
    return catalog;
}

QStringList PluginCatalog::directories() { return Base::PluginCatalog::directories(); }

QList<ReaderPluginInfo> PluginCatalog::plugins()
{
    QList<ReaderPluginInfo> list;
    for (const Base::PluginCatalog::Plugin& p : m_catalog.plugins()) list.append(readerInfo(p));
    return list;
}

QList<Base::Error> PluginCatalog::errors() { return m_catalog.errors(); }

void PluginCatalog::rescan() { m_catalog.rescan(); }

QList<ReaderPluginInfo> PluginCatalog::matching(const QString& path)
{
    const QString name = comparableName(path);
    QList<ReaderPluginInfo> list;
    for (const Base::PluginCatalog::Plugin& p : m_catalog.plugins()) {
        ReaderPluginInfo info = readerInfo(p);
        if (matches(info, path, name)) list.append(std::move(info));
    }
    return list;
}

bool PluginCatalog::loadMatching(const QString& path)
{
    const QString name = comparableName(path);
    return m_catalog.loadWhere(
        [&](const Base::PluginCatalog::Plugin& p) { return matches(readerInfo(p), path, name); });
}

bool PluginCatalog::loadFallbacks()
{
    return m_catalog.loadWhere([](const Base::PluginCatalog::Plugin& p) { return readerInfo(p).fallback; });
}

QObject* PluginCatalog::load(const QString& id, const QString& where, Base::Error* error)
{
    return m_catalog.load(id, where, error);
}

}  // namespace Estran::Data::detail
