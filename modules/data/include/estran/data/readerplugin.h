// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "estran/data/datasetreader.h"

#include <QtPlugin>

#include <memory>
#include <vector>

namespace Estran::Data {

/// The interface a reader plugin implements: a shared library (a CMake MODULE) holding one
/// QObject that derives from ReaderPlugin and declares
///
///     Q_OBJECT
///     Q_PLUGIN_METADATA(IID ESTRAN_READER_PLUGIN_IID FILE "myformat.json")
///     Q_INTERFACES(Estran::Data::ReaderPlugin)
///
/// The JSON file says, without the library being loaded, what the plugin is and which files
/// it wants: "id", "name", "version", "suffixes", "prefixes", "fallback", "libraries" (see
/// docs/plugins.md). Estran loads the library only when a file needs it: its name ends with
/// one of the suffixes, it starts with one of the prefixes, or no reader already loaded
/// claims it and the plugin is a "fallback". Plugins are found in Estran's own plugin folder
/// (<prefix>/lib/estran/plugins), the folders listed in ESTRAN_PLUGIN_PATH and
/// ~/.local/share/Estran/plugins.
///
/// Threading: createReaders() is called once, on whichever thread first needed the plugin
/// (often a worker); the readers it returns are then used from any thread (see Dataset).
/// The plugin object lives until the process ends; Estran never unloads it.
/// The library's static initialisers, the plugin's constructor and createReaders() run while
/// the plugin is marked as loading (outside Estran's plugin lock): they may ask ReaderRegistry
/// what is installed, but must not open a file their own plugin reads, which would wait for
/// this very load.
class ReaderPlugin {
public:
    virtual ~ReaderPlugin() = default;

    /// The readers this plugin adds, registered in ReaderRegistry as the built-in ones are.
    /// A reader whose id() is already registered replaces the earlier one.
    virtual std::vector<std::unique_ptr<DatasetReader>> createReaders() = 0;
};

}  // namespace Estran::Data

/// The interface id with its version: a plugin built against another major version is
/// refused with an error naming the file (the C++ interface may have changed under it).
#define ESTRAN_READER_PLUGIN_IID "org.estran.Estran.Data.ReaderPlugin/1.0"
Q_DECLARE_INTERFACE(Estran::Data::ReaderPlugin, ESTRAN_READER_PLUGIN_IID)
