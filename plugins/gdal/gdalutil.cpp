// SPDX-License-Identifier: GPL-3.0-or-later
#include "gdalutil.h"

#include <cpl_conv.h>

#include <cpl_error.h>
#include <gdal.h>

#include <mutex>

namespace Estran::Data::detail {

void ensureGdalRegistered()
{
    static std::once_flag once;
    std::call_once(once, [] {
        GDALAllRegister();
        // Opening a remote COG must not list its "directory" first (an extra request per open,
        // and a slow one on object stores); the user's own setting wins.
        if (!CPLGetConfigOption("GDAL_DISABLE_READDIR_ON_OPEN", nullptr))
            CPLSetConfigOption("GDAL_DISABLE_READDIR_ON_OPEN", "EMPTY_DIR");
    });
}

namespace {

void CPL_STDCALL captureHandler(CPLErr level, CPLErrorNum, const char* message)
{
    if (level < CE_Failure || !message) return;  // warnings stay quiet
    auto* out = static_cast<QString*>(CPLGetErrorHandlerUserData());
    if (out) *out = QString::fromUtf8(message);
}

}  // namespace

GdalErrorCapture::GdalErrorCapture() { CPLPushErrorHandlerEx(captureHandler, &m_message); }

GdalErrorCapture::~GdalErrorCapture() { CPLPopErrorHandler(); }

DataType gdalDataType(int t)
{
    switch (GDALDataType(t)) {
    case GDT_Byte: return DataType::UInt8;
    case GDT_UInt16: return DataType::UInt16;
    case GDT_Int16: return DataType::Int16;
    case GDT_UInt32: return DataType::UInt32;
    case GDT_Int32: return DataType::Int32;
    case GDT_Int64: return DataType::Int64;
    case GDT_UInt64: return DataType::UInt64;
    case GDT_Float32: return DataType::Float32;
    case GDT_Float64: return DataType::Float64;
    default: return DataType::Other;
    }
}

}  // namespace Estran::Data::detail
