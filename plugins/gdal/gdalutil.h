// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "estran/data/variableinfo.h"

#include <QString>

namespace Estran::Data {
struct GdalS3Access;
}

namespace Estran::Data::detail {

/// GDALAllRegister() once per process.
void ensureGdalRegistered();

/// Collects GDAL's error messages on this thread instead of printing them, for Error::detail.
class GdalErrorCapture {
public:
    GdalErrorCapture();
    ~GdalErrorCapture();
    GdalErrorCapture(const GdalErrorCapture&) = delete;
    GdalErrorCapture& operator=(const GdalErrorCapture&) = delete;
    /// The last error message, or an empty string.
    QString message() const { return m_message; }

private:
    QString m_message;
};

/// Points GDAL's /vsis3/ at `access` for every later open (path-specific options, so the
/// keys stay in GDAL's memory only). Any thread.
void setGdalS3Access(const GdalS3Access& access);

/// Estran's type for a GDALDataType value (an int to keep gdal.h out of this header).
DataType gdalDataType(int gdalType);

}  // namespace Estran::Data::detail
