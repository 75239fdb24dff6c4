// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "estran/base/result.h"
#include "estran/gui/gui_export.h"
#include "estran/net/s3location.h"

#include <QObject>

#include <functional>

namespace Estran::Gui {

/// The S3 service the user reads s3:// assets from, for downloads and for opening in place:
/// endpoint, region and addressing in QSettings ("s3/..."), the keys in the keychain under
/// Net::KeychainAccess::s3Entry(). Without keys, buckets are read anonymously. GUI thread.
class ESTRAN_GUI_EXPORT CloudStorage {
public:
    static Net::S3Endpoint endpoint();
    static void setEndpoint(const Net::S3Endpoint& endpoint);

    /// Points GDAL's /vsis3/ at the configured service at once (anonymous), then with the keys
    /// when the keychain answers; a keychain that cannot be read is logged, never fatal.
    static void applyToGdal(QObject* context);

    using Done = std::function<void(const Base::Result<void>&)>;
    /// Stores the keys for the configured endpoint (an empty key id removes them: anonymous
    /// access), then applies the result to GDAL. `done` runs on `context`'s thread.
    static void storeKeys(const Net::S3Credentials& keys, QObject* context, Done done);
};

}  // namespace Estran::Gui
