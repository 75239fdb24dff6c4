// SPDX-License-Identifier: GPL-3.0-or-later
#include "estran/data/netcdfreader.h"

#include "filecheck.h"
#include "netcdfdataset.h"

#include <QCoreApplication>

namespace Estran::Data {

QString NetcdfReader::id() const { return QStringLiteral("netcdf"); }

QString NetcdfReader::name() const
{
    return QCoreApplication::translate("Estran::Data", "netCDF (CF conventions)");
}

int NetcdfReader::probe(const QString& path, const QByteArray& header) const
{
    if (detail::isNetcdf3Signature(header)) return 100;
    if (detail::isHdf5Signature(header)) return detail::hdf5LooksLikeNetcdf4(path) ? 100 : 20;
    if (path.startsWith(u"http://") || path.startsWith(u"https://") || path.startsWith(u"dap4://"))
        return 30;
    return 0;
}

Base::Result<std::unique_ptr<Dataset>> NetcdfReader::open(const QString& path) const
{
    Base::Result<std::unique_ptr<detail::NetcdfDataset>> ds = detail::NetcdfDataset::open(path);
    if (!ds) return ds.error();
    return std::unique_ptr<Dataset>(std::move(*ds));
}

}  // namespace Estran::Data
