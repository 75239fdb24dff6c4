// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "estran/base/result.h"
#include "estran/data/data_export.h"

#include <QByteArray>
#include <QString>

#include <memory>

namespace Estran::Data {

class Dataset;

/// Extension point: one per file format. Built-in readers and plugins register the same way,
/// through ReaderRegistry::add().
class ESTRAN_DATA_EXPORT DatasetReader {
public:
    virtual ~DatasetReader();

    /// Stable identifier, e.g. "netcdf", "hdf5", "gdal".
    virtual QString id() const = 0;
    /// Translated display name.
    virtual QString name() const = 0;
    /// How well this reader handles `path`; 0 means not at all, higher wins.
    /// `header` holds the first bytes of the file (empty for URLs).
    virtual int probe(const QString& path, const QByteArray& header) const = 0;
    [[nodiscard]] virtual Base::Result<std::unique_ptr<Dataset>> open(
        const QString& path) const = 0;
};

}  // namespace Estran::Data
