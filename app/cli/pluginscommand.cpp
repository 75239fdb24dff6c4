// SPDX-License-Identifier: GPL-3.0-or-later
#include "cliutil.h"
#include "commands.h"

#include "estran/base/plugincatalog.h"
#include "estran/catalog/providerregistry.h"
#include "estran/data/readerregistry.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

using namespace Estran;

namespace {

/// One folder as the user should read it: where it comes from and whether it is there.
struct Folder {
    QString path;
    QString origin;  // "env", "user", "estran"
    bool exists = false;
};

/// The folders in search order. pluginDirectories() lists the existing ones (canonical paths);
/// ESTRAN_PLUGIN_PATH's folders and the user's are named even when missing, since a missing
/// folder is the usual reason a plugin is not found.
QList<Folder> folders()
{
    QList<Folder> list;
    QSet<QString> named;
    auto canonical = [](const QString& path) {
        const QFileInfo info(path);
        return info.isDir() ? info.canonicalFilePath() : QString();
    };
    const QString env = qEnvironmentVariable("ESTRAN_PLUGIN_PATH");
    for (const QString& dir : env.split(QDir::listSeparator(), Qt::SkipEmptyParts)) {
        const QString c = canonical(dir);
        list.append({c.isEmpty() ? QDir(dir).absolutePath() : c, QStringLiteral("env"), !c.isEmpty()});
        if (!c.isEmpty()) named.insert(c);
    }
    const QString user = Data::ReaderRegistry::userPluginDirectory();
    if (!user.isEmpty()) {
        const QString c = canonical(user);
        if (c.isEmpty() || !named.contains(c)) list.append({c.isEmpty() ? user : c, QStringLiteral("user"), !c.isEmpty()});
        if (!c.isEmpty()) named.insert(c);
    }
    for (const QString& dir : Data::ReaderRegistry::pluginDirectories()) {
        if (!named.contains(dir)) list.append({dir, QStringLiteral("estran"), true});
    }
    return list;
}

QString originText(const Folder& f)
{
    QString text = f.origin == u"env"    ? Cli::tr("from ESTRAN_PLUGIN_PATH")
                   : f.origin == u"user" ? Cli::tr("your plugin folder")
                                         : Cli::tr("Estran's own plugins");
    if (!f.exists) text += Cli::tr(", does not exist");
    return text;
}

QString state(bool loaded, const QString& loadError)
{
    if (loaded) return QStringLiteral("loaded");
    if (!loadError.isEmpty()) return QStringLiteral("failed");
    return QStringLiteral("not-loaded");
}

QString stateText(const Data::ReaderPluginInfo& p)
{
    if (p.loaded) return Cli::tr("loaded");
    if (!p.loadError.isEmpty()) return Cli::tr("failed to load: %1").arg(p.loadError);
    return Cli::tr("not loaded yet (loaded when a file needs it)");
}

QString stateText(const Catalog::ProviderPluginInfo& p)
{
    if (p.loaded) return Cli::tr("loaded");
    if (!p.loadError.isEmpty()) return Cli::tr("failed to load: %1").arg(p.loadError);
    return Cli::tr("not loaded yet (loaded when a catalogue of its types is used)");
}

/// Both kinds' errors, each file's problem once.
QList<Base::Error> allErrors()
{
    return Base::PluginCatalog::mergedErrors(
        {Data::ReaderRegistry::instance().pluginErrors(), Catalog::ProviderRegistry::instance().pluginErrors()});
}

QJsonArray toJson(const QStringList& list) { return QJsonArray::fromStringList(list); }

/// The fields every kind of plugin has in the JSON listing; each kind adds its own.
QJsonObject pluginJson(const Base::PluginInfo& p, const QString& kind)
{
    return QJsonObject{
        {QStringLiteral("id"), p.id},
        {QStringLiteral("name"), p.name},
        {QStringLiteral("version"), p.version},
        {QStringLiteral("kind"), kind},
        {QStringLiteral("description"), p.description},
        {QStringLiteral("file"), p.file},
        {QStringLiteral("folder"), QFileInfo(p.file).path()},
        {QStringLiteral("loaded"), p.loaded},
        {QStringLiteral("state"), state(p.loaded, p.loadError)},
        {QStringLiteral("error"), p.loadError.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(p.loadError)},
    };
}

}  // namespace

int runPluginsCommand(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("List the plugins (readers and catalogue providers): the folders searched, every "
                "plugin found with its state, and the plugin files that cannot be used, with the reason."));
    const QCommandLineOption json(QStringLiteral("json"), Cli::tr("Print JSON instead of text."));
    const QCommandLineOption load(QStringLiteral("load"),
                                  Cli::tr("Load every reader plugin now to check that it works (otherwise "
                                          "a plugin is loaded only when a file needs it)."));
    parser.addOption(json);
    parser.addOption(load);
    int code = 0;
    if (!Cli::parseArguments(parser, QStringLiteral("plugins"), args, code)) return code;
    if (!parser.positionalArguments().isEmpty())
        return Cli::usageError(QStringLiteral("plugins"), Cli::tr("unexpected argument \"%1\"").arg(parser.positionalArguments().front()));

    Data::ReaderRegistry& registry = Data::ReaderRegistry::instance();
    if (parser.isSet(load)) {
        // A failure is reported below (state and errors), not as the exit code: listing worked.
        for (const Data::ReaderPluginInfo& p : registry.plugins()) (void)registry.loadPlugin(p.id);
    }
    const QList<Data::ReaderPluginInfo> plugins = registry.plugins();
    const QList<Catalog::ProviderPluginInfo> providers = Catalog::ProviderRegistry::instance().plugins();
    const QList<Base::Error> errors = allErrors();
    const QList<Folder> dirs = folders();

    if (parser.isSet(json)) {
        QJsonObject root;
        QJsonArray directories;
        for (const QString& d : Data::ReaderRegistry::pluginDirectories()) directories.append(d);
        root.insert(QStringLiteral("directories"), directories);
        QJsonArray searched;
        for (const Folder& f : dirs) {
            searched.append(QJsonObject{{QStringLiteral("path"), f.path},
                                        {QStringLiteral("origin"), f.origin},
                                        {QStringLiteral("exists"), f.exists}});
        }
        root.insert(QStringLiteral("folders"), searched);
        root.insert(QStringLiteral("user_directory"), Data::ReaderRegistry::userPluginDirectory());
        QJsonArray list;
        for (const Data::ReaderPluginInfo& p : plugins) {
            QJsonObject o = pluginJson(p, QStringLiteral("reader"));
            o.insert(QStringLiteral("suffixes"), toJson(p.suffixes));
            o.insert(QStringLiteral("prefixes"), toJson(p.prefixes));
            o.insert(QStringLiteral("fallback"), p.fallback);
            o.insert(QStringLiteral("libraries"), toJson(p.libraries));
            list.append(o);
        }
        for (const Catalog::ProviderPluginInfo& p : providers) {
            QJsonObject o = pluginJson(p, QStringLiteral("catalog-provider"));
            QJsonArray types;
            for (qsizetype i = 0; i < p.types.size(); ++i) {
                types.append(QJsonObject{{QStringLiteral("type"), p.types.at(i)},
                                         {QStringLiteral("name"), p.typeNames.value(i)}});
            }
            o.insert(QStringLiteral("types"), types);
            list.append(o);
        }
        root.insert(QStringLiteral("plugins"), list);
        QJsonArray errs;
        for (const Base::Error& e : errors) {
            errs.append(QJsonObject{{QStringLiteral("file"), e.where()},
                                    {QStringLiteral("message"), e.message()},
                                    {QStringLiteral("detail"), e.detail()}});
        }
        root.insert(QStringLiteral("errors"), errs);
        Cli::printJson(QJsonDocument(root));
        return 0;
    }

    QStringList lines;
    lines << Cli::tr("Plugin folders, in search order (the first plugin of an id wins):");
    for (const Folder& f : dirs) lines << QStringLiteral("  %1  (%2)").arg(QDir::toNativeSeparators(f.path), originText(f));
    lines << QString() << Cli::tr("Reader plugins (%1):").arg(plugins.size());
    if (plugins.isEmpty()) lines << Cli::tr("  none");
    for (const Data::ReaderPluginInfo& p : plugins) {
        lines << QStringLiteral("  %1 %2  %3").arg(p.id, p.version, p.name);
        if (!p.description.isEmpty()) lines << QStringLiteral("      %1").arg(p.description);
        lines << Cli::tr("      state:    %1").arg(stateText(p));
        lines << Cli::tr("      file:     %1").arg(QDir::toNativeSeparators(p.file));
        QStringList handles;
        if (!p.suffixes.isEmpty()) handles << Cli::tr("suffixes %1").arg(p.suffixes.join(QStringLiteral(", ")));
        if (!p.prefixes.isEmpty()) handles << Cli::tr("prefixes %1").arg(p.prefixes.join(QStringLiteral(", ")));
        if (p.fallback) handles << Cli::tr("fallback for unrecognised files");
        lines << Cli::tr("      opens:    %1").arg(handles.join(QStringLiteral("; ")));
        if (!p.libraries.isEmpty()) lines << Cli::tr("      brings:   %1").arg(p.libraries.join(QStringLiteral(", ")));
    }
    lines << QString() << Cli::tr("Catalogue provider plugins (%1):").arg(providers.size());
    if (providers.isEmpty()) lines << Cli::tr("  none");
    for (const Catalog::ProviderPluginInfo& p : providers) {
        lines << QStringLiteral("  %1 %2  %3").arg(p.id, p.version, p.name);
        if (!p.description.isEmpty()) lines << QStringLiteral("      %1").arg(p.description);
        lines << Cli::tr("      state:    %1").arg(stateText(p));
        lines << Cli::tr("      file:     %1").arg(QDir::toNativeSeparators(p.file));
        QStringList types;
        for (qsizetype i = 0; i < p.types.size(); ++i)
            types << QStringLiteral("%1 (%2)").arg(p.types.at(i), p.typeNames.value(i));
        lines << Cli::tr("      types:    %1").arg(types.join(QStringLiteral(", ")));
    }
    lines << QString() << Cli::tr("Plugin files that cannot be used (%1):").arg(errors.size());
    if (errors.isEmpty()) lines << Cli::tr("  none");
    for (const Base::Error& e : errors) {
        QString line = QStringLiteral("  ") + e.toString();
        line.replace(u'\n', u' ');
        lines << line;
    }
    Cli::printOut(lines.join(u'\n'));
    return 0;
}
