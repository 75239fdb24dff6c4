// SPDX-License-Identifier: GPL-3.0-or-later
#include "pluginscanner.h"

#include "estran/base/log.h"
#include "estran/base/plugincatalog.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibrary>
#include <QPluginLoader>

namespace Estran::Base::detail {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Estran::Base)
};

// Every Estran plugin interface id starts with this; the kind follows.
constexpr QLatin1String kEstranIidPrefix("org.estran.Estran.");

}  // namespace

PluginScanner& PluginScanner::instance()
{
    // Never destroyed: catalogues of other singletons may ask for it while the process exits.
    static auto* scanner = new PluginScanner;
    return *scanner;
}

void PluginScanner::scanLocked()
{
    m_scanned = true;
    for (const QString& dir : PluginCatalog::directories()) {
        const QFileInfoList entries = QDir(dir).entryInfoList(QDir::Files | QDir::Readable, QDir::Name);
        for (const QFileInfo& entry : entries) {
            if (!QLibrary::isLibrary(entry.fileName())) continue;
            const QString path = entry.canonicalFilePath();
            if (m_seen.contains(path)) continue;
            m_seen.insert(path);
            // metaData() reads the library's metadata section; the library is not loaded.
            QPluginLoader loader(path);
            const QJsonObject meta = loader.metaData();
            Error problem;
            if (meta.isEmpty()) {
                problem = Error(Error::Kind::InvalidInput, path,
                                Tr::tr("Not an Estran plugin: the library has no plugin metadata"),
                                loader.errorString());
            } else {
                const QString iid = meta.value(QLatin1String("IID")).toString();
                if (!iid.startsWith(kEstranIidPrefix)) {
                    problem = Error(Error::Kind::InvalidInput, path,
                                    Tr::tr("Not an Estran plugin: its interface is \"%1\"").arg(iid));
                } else {
                    m_files.append({path, iid, meta.value(QLatin1String("MetaData")).toObject()});
                    continue;
                }
            }
            m_errors.append(problem);
            Log::error(problem);
        }
    }
}

void PluginScanner::ensureScanned()
{
    std::lock_guard<std::mutex> lock(m_mutex);
    if (!m_scanned) scanLocked();
}

void PluginScanner::rescan()
{
    std::lock_guard<std::mutex> lock(m_mutex);
    scanLocked();
}

QList<PluginScanner::File> PluginScanner::files()
{
    std::lock_guard<std::mutex> lock(m_mutex);
    return m_files;
}

QList<Error> PluginScanner::errors()
{
    std::lock_guard<std::mutex> lock(m_mutex);
    return m_errors;
}

}  // namespace Estran::Base::detail
