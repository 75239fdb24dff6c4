// SPDX-License-Identifier: GPL-3.0-or-later
// A real Qt plugin for the reader interface whose JSON metadata is wrong (no "id", "suffixes"
// not a list): Estran must refuse it by its metadata alone, naming the file and the field.

#include "estran/data/readerplugin.h"

#include <QObject>

namespace BadMetadata {

class BadMetadataPlugin final : public QObject, public Estran::Data::ReaderPlugin {
    Q_OBJECT
    Q_PLUGIN_METADATA(IID ESTRAN_READER_PLUGIN_IID FILE "badmetadata.json")
    Q_INTERFACES(Estran::Data::ReaderPlugin)

public:
    std::vector<std::unique_ptr<Estran::Data::DatasetReader>> createReaders() override { return {}; }
};

}  // namespace BadMetadata

#include "badmetadataplugin.moc"
