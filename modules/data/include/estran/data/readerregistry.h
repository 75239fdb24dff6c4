// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "estran/base/result.h"
#include "estran/data/data_export.h"

#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace Estran::Data {

class Dataset;
class DatasetReader;

/// Finds the reader for a file and opens it. The built-in readers (netCDF, HDF5, GDAL)
/// are registered on first use of instance(); plugins add theirs with add().
/// Thread-safe.
class ESTRAN_DATA_EXPORT ReaderRegistry {
public:
    static ReaderRegistry& instance();

    void add(std::unique_ptr<DatasetReader> reader);
    QStringList readerIds() const;

    /// Opens with the best-scoring reader; errors name the file and say what is wrong
    /// (missing, empty, truncated, not a recognised format, ...).
    [[nodiscard]] Base::Result<std::unique_ptr<Dataset>> open(const QString& path) const;

    ReaderRegistry(const ReaderRegistry&) = delete;
    ReaderRegistry& operator=(const ReaderRegistry&) = delete;

private:
    ReaderRegistry();
    ~ReaderRegistry();
    struct Private;
    std::unique_ptr<Private> d;
};

}  // namespace Estran::Data
