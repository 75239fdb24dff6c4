// SPDX-License-Identifier: GPL-3.0-or-later
// A plugin whose metadata is fine but whose library cannot be loaded: it needs a variable no
// library defines (linked without --no-undefined on purpose), so dlopen() fails. Estran must
// report the file and the loader's reason when a file needs it, and go on.

#include "estran/data/readerplugin.h"

#include <QObject>

extern int estranTestSymbolNobodyDefines;

namespace Unresolved {

class UnresolvedPlugin final : public QObject, public Estran::Data::ReaderPlugin {
    Q_OBJECT
    Q_PLUGIN_METADATA(IID ESTRAN_READER_PLUGIN_IID FILE "unresolved.json")
    Q_INTERFACES(Estran::Data::ReaderPlugin)

public:
    std::vector<std::unique_ptr<Estran::Data::DatasetReader>> createReaders() override
    {
        // A data reference is resolved when the library is loaded, not on first call.
        std::vector<std::unique_ptr<Estran::Data::DatasetReader>> none;
        none.reserve(std::size_t(estranTestSymbolNobodyDefines));
        return none;
    }
};

}  // namespace Unresolved

#include "unresolvedplugin.moc"
