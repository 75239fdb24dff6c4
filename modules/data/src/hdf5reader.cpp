// SPDX-License-Identifier: GPL-3.0-or-later
#include "estran/data/hdf5reader.h"

#include "filecheck.h"
#include "hdf5dataset.h"

#include <QCoreApplication>

namespace Estran::Data {

QString Hdf5Reader::id() const { return QStringLiteral("hdf5"); }

QString Hdf5Reader::name() const { return QCoreApplication::translate("Estran::Data", "HDF5"); }

int Hdf5Reader::probe(const QString&, const QByteArray& header) const
{
    // Below NetcdfReader's 100 for files with netCDF-4 markers, above its 20 for plain HDF5.
    return detail::isHdf5Signature(header) ? 50 : 0;
}

Base::Result<std::unique_ptr<Dataset>> Hdf5Reader::open(const QString& path) const
{
    Base::Result<std::unique_ptr<detail::Hdf5Dataset>> ds = detail::Hdf5Dataset::open(path);
    if (!ds) return ds.error();
    return std::unique_ptr<Dataset>(std::move(*ds));
}

}  // namespace Estran::Data
