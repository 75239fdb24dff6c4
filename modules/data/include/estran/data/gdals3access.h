// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "estran/data/data_export.h"

#include <QString>

namespace Estran::Data {

/// The S3 service that s3:// assets opened in place (GDAL /vsis3/) are read from.
struct GdalS3Access {
    QString endpoint;         ///< "https://s3.waw3-1.cloudferro.com"; empty: AWS
    QString region = QStringLiteral("us-east-1");
    bool virtualHosting = false;  ///< bucket.endpoint/key instead of endpoint/bucket/key
    QString accessKeyId;      ///< empty: anonymous access (public buckets)
    QString secretAccessKey;
    QString sessionToken;
};

/// Points GDAL's /vsis3/ at `access` for every later open, with its keys or anonymously. The
/// application calls it at start and whenever the user changes the S3 settings; the keys stay
/// in memory only (never in files or the environment). GDAL lives in a plugin loaded on
/// demand: the settings are kept here and handed to GDAL when the plugin loads (or at once if
/// it is loaded), so calling this at start-up does not load GDAL. Any thread.
ESTRAN_DATA_EXPORT void applyGdalS3Access(const GdalS3Access& access);

}  // namespace Estran::Data
