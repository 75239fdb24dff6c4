// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "estran/base/error.h"

class QObject;

namespace Estran::Data {
class GdalServices;
}

namespace Estran::Data::detail {

/// The GDAL plugin's services, loading the plugin on first use (thread-safe). nullptr, with
/// `error` saying why (no GDAL plugin installed, or it failed to load), when unavailable;
/// `where` is used as the error's where.
GdalServices* gdalServices(const QString& where, Base::Error* error);

/// Called by the plugin catalogue right after a plugin library is loaded and before its readers
/// are registered, so the S3 settings stored before GDAL was needed reach it before any open.
void pluginLoaded(QObject* plugin);

}  // namespace Estran::Data::detail
