// SPDX-License-Identifier: GPL-3.0-or-later
#include "estran/base/plugincatalog.h"

#include "estran/base/log.h"
#include "pluginscanner.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QPluginLoader>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>

#include <dlfcn.h>

#include <condition_variable>
#include <mutex>
#include <vector>

namespace Estran::Base {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Estran::Base)
};

/// The folder of the library this code is in (libestranbase), whatever the executable: the
/// installed tree and the build tree alike keep plugins beside Estran's libraries, in
/// lib/estran/plugins.
QString baseLibraryDirectory()
{
    Dl_info info{};
    if (dladdr(reinterpret_cast<void*>(&baseLibraryDirectory), &info) == 0 || !info.dli_fname) return {};
    return QFileInfo(QFile::decodeName(info.dli_fname)).canonicalPath();
}

std::optional<QString> readText(const QJsonObject& meta, const char* field, QString& out)
{
    const QJsonValue value = meta.value(QLatin1String(field));
    if (!value.isString() || value.toString().trimmed().isEmpty())
        return Tr::tr("Bad plugin metadata: \"%1\" is missing or not a text").arg(QLatin1String(field));
    out = value.toString().trimmed();
    return std::nullopt;
}

/// The fields every kind shares; the first problem found.
std::optional<QString> parseCommon(const QJsonObject& meta, PluginCatalog::Plugin& plugin)
{
    if (auto e = readText(meta, "id", plugin.id)) return e;
    static const QRegularExpression idPattern(QStringLiteral("^[a-z0-9][a-z0-9._-]*$"));
    if (!idPattern.match(plugin.id).hasMatch())
        return Tr::tr("Bad plugin metadata: \"id\" may hold only lower-case letters, digits, '.', '_' and '-'");
    if (auto e = readText(meta, "name", plugin.name)) return e;
    if (auto e = readText(meta, "version", plugin.version)) return e;
    if (meta.contains(QLatin1String("description"))) {
        if (auto e = readText(meta, "description", plugin.description)) return e;
    }
    return std::nullopt;
}

}  // namespace

struct PluginCatalog::Private {
    struct Record {
        Plugin plugin;
        std::unique_ptr<QPluginLoader> loader;
        QObject* object = nullptr;
        bool loading = false;  // a thread is loading it, without the lock
    };

    QString iid;
    QString stem;  // the iid up to and with the '/'
    QString kindName;
    Validator validate;
    Activator activate;

    std::mutex mutex;
    std::condition_variable loadingDone;  // a record's `loading` went back to false
    bool scanned = false;
    qsizetype consumed = 0;  // how many of the scanner's files were examined
    std::vector<std::unique_ptr<Record>> records;
    QList<Error> errors;

    void report(const Error& error)
    {
        errors.append(error);
        Log::error(error);
    }

    void examine(const detail::PluginScanner::File& file)
    {
        if (!file.iid.startsWith(stem)) return;  // another kind's plugin
        if (file.iid != iid) {
            report(Error(Error::Kind::Unsupported, file.path,
                         Tr::tr("The plugin was built for %1 interface %2; this Estran loads %3")
                             .arg(kindName, file.iid.mid(stem.size()), iid.mid(stem.size()))));
            return;
        }
        auto record = std::make_unique<Record>();
        record->plugin.file = file.path;
        record->plugin.metaData = file.metaData;
        std::optional<QString> problem = parseCommon(file.metaData, record->plugin);
        if (!problem && validate) problem = validate(file.metaData);
        if (problem) {
            report(Error(Error::Kind::InvalidInput, file.path, *problem));
            return;
        }
        for (const auto& other : records) {
            if (other->plugin.id == record->plugin.id) {
                // Earlier folders win, so a user's build of a plugin overrides the shipped one.
                Log::warning(file.path, Tr::tr("Plugin \"%1\" skipped: %2 provides it already")
                                            .arg(record->plugin.id, other->plugin.file));
                return;
            }
        }
        records.push_back(std::move(record));
    }

    void sync()
    {
        const QList<detail::PluginScanner::File> files = detail::PluginScanner::instance().files();
        for (; consumed < files.size(); ++consumed) examine(files.at(consumed));
    }

    /// Scans on first use; later, takes the files another kind's rescan() found since.
    void ensureScanned()
    {
        if (!scanned) {
            scanned = true;
            detail::PluginScanner::instance().ensureScanned();
        }
        sync();
    }

    /// Loads `r` once, with `lock` (on `mutex`) held on entry and exit. The library is loaded
    /// and activated without the lock: a GDAL load (~55 ms, some 114 libraries) then does not
    /// hold up the other plugins' users, and a plugin's constructor may ask the registries what
    /// is installed. A thread that needs a plugin another is loading waits for it. True when
    /// this call loaded it.
    bool load(std::unique_lock<std::mutex>& lock, Record& r)
    {
        if (r.plugin.attempted) {
            loadingDone.wait(lock, [&r] { return !r.loading; });
            return false;
        }
        r.plugin.attempted = true;
        r.loading = true;
        const Plugin plugin = r.plugin;
        lock.unlock();

        auto loader = std::make_unique<QPluginLoader>(plugin.file);
        QObject* object = nullptr;
        std::optional<Error> failure;
        QString loadError;  // what plugins() says: the loader's text, or the problem
        if (!loader->load()) {
            loadError = loader->errorString();
            failure = Error(Error::Kind::Io, plugin.file,
                            Tr::tr("The %1 plugin \"%2\" cannot be loaded").arg(kindName, plugin.id), loadError);
        } else if (object = loader->instance(); !object) {
            loadError = Tr::tr("The library holds no plugin object");
            failure = Error(Error::Kind::InvalidInput, plugin.file, loadError, loader->errorString());
        } else {
            // Often loaded on a pool worker: the plugin object then belongs to that thread,
            // which may end; it lives as long as the process, so it belongs with the application.
            if (QCoreApplication* app = QCoreApplication::instance(); app && object->thread() != app->thread())
                object->moveToThread(app->thread());
            if (std::optional<QString> problem = activate ? activate(object, plugin) : std::nullopt) {
                loadError = *problem;
                failure = Error(Error::Kind::InvalidInput, plugin.file, *problem);
            }
        }

        lock.lock();
        r.loader = std::move(loader);
        if (failure) {
            r.plugin.loadError = loadError;
            report(*failure);
        } else {
            r.object = object;
            r.plugin.loaded = true;
            // Success is not logged: the CLI's stderr stays for errors; plugins() tells it.
        }
        r.loading = false;
        loadingDone.notify_all();
        return !failure;
    }
};

PluginCatalog::PluginCatalog(QString iid, QString kindName, Validator validate, Activator activate)
    : d(std::make_unique<Private>())
{
    d->stem = iid.left(iid.lastIndexOf(u'/') + 1);
    d->iid = std::move(iid);
    d->kindName = std::move(kindName);
    d->validate = std::move(validate);
    d->activate = std::move(activate);
}

PluginCatalog::~PluginCatalog()
{
    // Left alone at exit: the libraries stay mapped until the process ends (objects made by
    // plugins may still live in other singletons), and Qt's own library registry may already
    // be gone when a static catalogue is destroyed.
    for (auto& r : d->records) (void)r->loader.release();
}

QStringList PluginCatalog::directories()
{
    QStringList candidates;
    const QString env = qEnvironmentVariable("ESTRAN_PLUGIN_PATH");
    for (const QString& dir : env.split(QDir::listSeparator(), Qt::SkipEmptyParts))
        candidates.append(QDir(dir).absolutePath());
    if (const QString user = userDirectory(); !user.isEmpty()) candidates.append(user);
    const QString libDir = baseLibraryDirectory();
    if (!libDir.isEmpty()) candidates.append(QDir(libDir).filePath(QStringLiteral("plugins")));
    if (QCoreApplication::instance()) {
        candidates.append(QDir(QCoreApplication::applicationDirPath())
                              .absoluteFilePath(QStringLiteral("../" ESTRAN_INSTALL_LIBDIR "/estran/plugins")));
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

QString PluginCatalog::userDirectory()
{
    // GenericDataLocation, not AppDataLocation: one folder for the app and the CLI alike
    // (AppDataLocation would add each program's own name after the organisation's).
    const QString dataHome = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    return dataHome.isEmpty() ? QString() : QDir(dataHome).filePath(QStringLiteral("Estran/plugins"));
}

QList<PluginCatalog::Plugin> PluginCatalog::plugins()
{
    std::lock_guard<std::mutex> lock(d->mutex);
    d->ensureScanned();
    QList<Plugin> list;
    for (const auto& r : d->records) list.append(r->plugin);
    return list;
}

QList<Error> PluginCatalog::errors()
{
    std::lock_guard<std::mutex> lock(d->mutex);
    d->ensureScanned();
    return detail::PluginScanner::instance().errors() + d->errors;
}

QList<Error> PluginCatalog::mergedErrors(std::initializer_list<QList<Error>> kinds)
{
    QList<Error> merged;
    QSet<QString> seen;
    for (const QList<Error>& list : kinds) {
        for (const Error& e : list) {
            const QString key = e.where() + u'\n' + e.message();
            if (seen.contains(key)) continue;
            seen.insert(key);
            merged.append(e);
        }
    }
    return merged;
}

void PluginCatalog::rescan()
{
    std::lock_guard<std::mutex> lock(d->mutex);
    d->scanned = true;
    detail::PluginScanner::instance().rescan();
    d->sync();
}

bool PluginCatalog::loadWhere(const std::function<bool(const Plugin&)>& wanted)
{
    std::unique_lock<std::mutex> lock(d->mutex);
    d->ensureScanned();
    bool loaded = false;
    // By index: the lock is released while a plugin loads, and a rescan may append records
    // (it never removes one, and each record stays where it is).
    for (size_t i = 0; i < d->records.size(); ++i) {
        Private::Record& r = *d->records[i];
        if (wanted(r.plugin)) loaded = d->load(lock, r) || loaded;
    }
    return loaded;
}

QObject* PluginCatalog::load(const QString& id, const QString& where, Error* error)
{
    std::unique_lock<std::mutex> lock(d->mutex);
    d->ensureScanned();
    for (size_t i = 0; i < d->records.size(); ++i) {
        Private::Record* r = d->records[i].get();
        if (r->plugin.id != id) continue;
        d->load(lock, *r);
        if (r->object) return r->object;
        if (error) {
            *error = Error(Error::Kind::Unsupported, where, Tr::tr("The \"%1\" plugin could not be loaded").arg(id),
                           QStringLiteral("%1: %2").arg(r->plugin.file, r->plugin.loadError));
        }
        return nullptr;
    }
    if (error) {
        *error = Error(Error::Kind::Unsupported, where, Tr::tr("The \"%1\" plugin is not installed").arg(id),
                       Tr::tr("Searched: %1").arg(directories().join(QStringLiteral(", "))));
    }
    return nullptr;
}

}  // namespace Estran::Base
