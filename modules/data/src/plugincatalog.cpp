// SPDX-License-Identifier: GPL-3.0-or-later
#include "plugincatalog.h"

#include "estran/base/log.h"
#include "estran/data/readerplugin.h"
#include "estran/data/readerregistry.h"
#include "gdalbridge.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QLibrary>
#include <QPluginLoader>
#include <QRegularExpression>
#include <QStandardPaths>

#include <dlfcn.h>

#include <optional>

namespace Estran::Data::detail {

using Base::Error;

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Estran::Data)
};

constexpr const char* kIidStem = "org.estran.Estran.Data.ReaderPlugin/";

/// The folder of the library this code is in (libestrandata), whatever the executable: the
/// installed tree and the build tree alike keep plugins beside it, in lib/estran/plugins.
QString dataLibraryDirectory()
{
    Dl_info info{};
    if (dladdr(reinterpret_cast<void*>(&dataLibraryDirectory), &info) == 0 || !info.dli_fname)
        return {};
    return QFileInfo(QFile::decodeName(info.dli_fname)).canonicalPath();
}

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

std::optional<QString> readText(const QJsonObject& meta, const char* field, QString& out)
{
    const QJsonValue value = meta.value(QLatin1String(field));
    if (!value.isString() || value.toString().trimmed().isEmpty())
        return Tr::tr("Bad plugin metadata: \"%1\" is missing or not a text").arg(QLatin1String(field));
    out = value.toString().trimmed();
    return std::nullopt;
}

/// The metadata a plugin's JSON file gave, checked field by field; the first problem found.
std::optional<QString> parseMetadata(const QJsonObject& meta, ReaderPluginInfo& info)
{
    if (auto e = readText(meta, "id", info.id)) return e;
    static const QRegularExpression idPattern(QStringLiteral("^[a-z0-9][a-z0-9._-]*$"));
    if (!idPattern.match(info.id).hasMatch())
        return Tr::tr("Bad plugin metadata: \"id\" may hold only lower-case letters, digits, '.', '_' and '-'");
    if (auto e = readText(meta, "name", info.name)) return e;
    if (auto e = readText(meta, "version", info.version)) return e;
    if (meta.contains(QLatin1String("description"))) {
        if (auto e = readText(meta, "description", info.description)) return e;
    }
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

/// The name a suffix is compared with: a URL's path without its query, no trailing slash.
QString comparableName(const QString& path)
{
    QString name = path.section(u'?', 0, 0).toLower();
    while (name.endsWith(u'/')) name.chop(1);
    return name;
}

}  // namespace

struct PluginCatalog::Record {
    ReaderPluginInfo info;
    std::unique_ptr<QPluginLoader> loader;
    bool attempted = false;
    QObject* object = nullptr;

    bool matches(const QString& path, const QString& name) const
    {
        for (const QString& s : info.suffixes) {
            if (name.endsWith(u'.' + s)) return true;
        }
        for (const QString& p : info.prefixes) {
            if (path.startsWith(p, Qt::CaseInsensitive)) return true;
        }
        return false;
    }
};

PluginCatalog::PluginCatalog() = default;
PluginCatalog::~PluginCatalog()
{
    // Left alone at exit: the libraries stay mapped until the process ends (readers and
    // datasets made by them may still live in other singletons), and Qt's own library registry
    // may already be gone when this static is destroyed.
    for (auto& r : m_records) (void)r->loader.release();
}

PluginCatalog& PluginCatalog::instance()
{
    static PluginCatalog catalog;
    return catalog;
}

QStringList PluginCatalog::directories()
{
    QStringList candidates;
    const QString env = qEnvironmentVariable("ESTRAN_PLUGIN_PATH");
    for (const QString& dir : env.split(QDir::listSeparator(), Qt::SkipEmptyParts))
        candidates.append(QDir(dir).absolutePath());
    // ~/.local/share/Estran/plugins for the app and the CLI alike: AppDataLocation would add
    // each program's own name after the organisation's.
    const QString dataHome = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    if (!dataHome.isEmpty()) candidates.append(QDir(dataHome).filePath(QStringLiteral("Estran/plugins")));
    const QString libDir = dataLibraryDirectory();
    if (!libDir.isEmpty()) {
        candidates.append(QDir(libDir).filePath(QStringLiteral("plugins")));
    }
    if (QCoreApplication::instance()) {
        candidates.append(QDir(QCoreApplication::applicationDirPath())
                              .absoluteFilePath(QStringLiteral("../lib/estran/plugins")));
    }
    QStringList dirs;
    QSet<QString> seen;
    for (const QString& dir : candidates) {
        const QFileInfo info(dir);
        if (!info.isDir()) continue;
        const QString canonical = info.canonicalFilePath();
        if (seen.contains(canonical)) continue;
        seen.insert(canonical);
        dirs.append(canonical);
    }
    return dirs;
}

void PluginCatalog::reportLocked(const Error& error)
{
    m_errors.append(error);
    Base::Log::error(error);
}

void PluginCatalog::addFileLocked(const QString& file)
{
    auto record = std::make_unique<Record>();
    record->info.file = file;
    record->loader = std::make_unique<QPluginLoader>(file);
    const QJsonObject meta = record->loader->metaData();
    if (meta.isEmpty()) {
        reportLocked(Error(Error::Kind::InvalidInput, file, Tr::tr("Not an Estran plugin: the library has no plugin metadata"),
                           record->loader->errorString()));
        return;
    }
    const QString iid = meta.value(QLatin1String("IID")).toString();
    if (iid != QLatin1String(ESTRAN_READER_PLUGIN_IID)) {
        if (iid.startsWith(QLatin1String(kIidStem))) {
            reportLocked(Error(Error::Kind::Unsupported, file,
                               Tr::tr("The plugin was built for reader interface %1; this Estran loads %2")
                                   .arg(iid.mid(int(qstrlen(kIidStem))),
                                        QString::fromLatin1(ESTRAN_READER_PLUGIN_IID).mid(int(qstrlen(kIidStem))))));
        } else {
            reportLocked(Error(Error::Kind::InvalidInput, file,
                               Tr::tr("Not an Estran reader plugin: its interface is \"%1\"").arg(iid)));
        }
        return;
    }
    if (const std::optional<QString> problem = parseMetadata(meta.value(QLatin1String("MetaData")).toObject(), record->info)) {
        reportLocked(Error(Error::Kind::InvalidInput, file, *problem));
        return;
    }
    for (const auto& other : m_records) {
        if (other->info.id == record->info.id) {
            // Earlier folders win, so a user's build of a plugin overrides the shipped one.
            Base::Log::warning(file, Tr::tr("Reader plugin \"%1\" skipped: %2 provides it already")
                                         .arg(record->info.id, other->info.file));
            return;
        }
    }
    m_records.push_back(std::move(record));
}

void PluginCatalog::scanLocked()
{
    m_scanned = true;
    for (const QString& dir : directories()) {
        const QFileInfoList entries = QDir(dir).entryInfoList(QDir::Files | QDir::Readable, QDir::Name);
        for (const QFileInfo& entry : entries) {
            if (!QLibrary::isLibrary(entry.fileName())) continue;
            const QString file = entry.canonicalFilePath();
            if (m_seenFiles.contains(file)) continue;
            m_seenFiles.insert(file);
            addFileLocked(file);
        }
    }
}

void PluginCatalog::ensureScannedLocked()
{
    if (!m_scanned) scanLocked();
}

void PluginCatalog::rescan()
{
    std::lock_guard<std::mutex> lock(m_mutex);
    scanLocked();
}

QList<ReaderPluginInfo> PluginCatalog::plugins()
{
    std::lock_guard<std::mutex> lock(m_mutex);
    ensureScannedLocked();
    QList<ReaderPluginInfo> list;
    for (const auto& r : m_records) list.append(r->info);
    return list;
}

QList<Error> PluginCatalog::errors()
{
    std::lock_guard<std::mutex> lock(m_mutex);
    ensureScannedLocked();
    return m_errors;
}

bool PluginCatalog::loadLocked(Record& r)
{
    if (r.attempted) return false;
    r.attempted = true;
    if (!r.loader->load()) {
        r.info.loadError = r.loader->errorString();
        reportLocked(Error(Error::Kind::Io, r.info.file, Tr::tr("The reader plugin \"%1\" cannot be loaded").arg(r.info.id),
                           r.info.loadError));
        return false;
    }
    QObject* object = r.loader->instance();
    auto* plugin = qobject_cast<ReaderPlugin*>(object);
    if (!plugin) {
        r.info.loadError = Tr::tr("The plugin object does not implement the reader interface");
        reportLocked(Error(Error::Kind::InvalidInput, r.info.file, r.info.loadError, r.loader->errorString()));
        return false;
    }
    // Often loaded on a pool worker: the plugin object then belongs to that thread, which may
    // end; it lives as long as the process, so it belongs with the application instead.
    if (QCoreApplication* app = QCoreApplication::instance(); app && object->thread() != app->thread())
        object->moveToThread(app->thread());
    r.object = object;
    r.info.loaded = true;
    pluginLoaded(object);
    // Success is not logged: the CLI's stderr stays for errors; plugins() tells what is loaded.
    for (std::unique_ptr<DatasetReader>& reader : plugin->createReaders()) ReaderRegistry::instance().add(std::move(reader));
    return true;
}

bool PluginCatalog::loadMatching(const QString& path)
{
    std::lock_guard<std::mutex> lock(m_mutex);
    ensureScannedLocked();
    const QString name = comparableName(path);
    bool loaded = false;
    for (auto& r : m_records) {
        if (!r->attempted && r->matches(path, name)) loaded = loadLocked(*r) || loaded;
    }
    return loaded;
}

bool PluginCatalog::loadFallbacks()
{
    std::lock_guard<std::mutex> lock(m_mutex);
    ensureScannedLocked();
    bool loaded = false;
    for (auto& r : m_records) {
        if (!r->attempted && r->info.fallback) loaded = loadLocked(*r) || loaded;
    }
    return loaded;
}

QObject* PluginCatalog::load(const QString& id, const QString& where, Error* error)
{
    std::lock_guard<std::mutex> lock(m_mutex);
    ensureScannedLocked();
    for (auto& r : m_records) {
        if (r->info.id != id) continue;
        loadLocked(*r);
        if (r->object) return r->object;
        if (error) {
            *error = Error(Error::Kind::Unsupported, where,
                           Tr::tr("The \"%1\" plugin could not be loaded").arg(id),
                           QStringLiteral("%1: %2").arg(r->info.file, r->info.loadError));
        }
        return nullptr;
    }
    if (error) {
        *error = Error(Error::Kind::Unsupported, where, Tr::tr("The \"%1\" plugin is not installed").arg(id),
                       Tr::tr("Searched: %1").arg(directories().join(QStringLiteral(", "))));
    }
    return nullptr;
}

}  // namespace Estran::Data::detail
