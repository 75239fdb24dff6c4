// SPDX-License-Identifier: GPL-3.0-or-later
#include "gdalwebbasemap.h"

#include "gdalutil.h"

#include <QCoreApplication>

#include <gdal.h>
#include <gdal_utils.h>

#include <algorithm>
#include <cmath>

namespace Estran::Data::detail {

namespace {

QString tr(const char* text) { return QCoreApplication::translate("Estran::Data", text); }

constexpr double kMercatorLimit = 85.0511287798;  // latitude where Web Mercator's square ends
constexpr double kHalfWorld = 20037508.342789244; // metres

/// GDAL's WMS driver description of an XYZ tile server (TMS service, tiles counted from the top).
QByteArray wmsDescription(const QString& urlTemplate, const QString& cacheDirectory)
{
    QString url = urlTemplate;
    url.replace(QStringLiteral("{z}"), QStringLiteral("${z}"))
        .replace(QStringLiteral("{x}"), QStringLiteral("${x}"))
        .replace(QStringLiteral("{y}"), QStringLiteral("${y}"));
    url = url.toHtmlEscaped();
    return QStringLiteral(
               "<GDAL_WMS><Service name=\"TMS\"><ServerUrl>%1</ServerUrl></Service>"
               "<DataWindow><UpperLeftX>-%2</UpperLeftX><UpperLeftY>%2</UpperLeftY>"
               "<LowerRightX>%2</LowerRightX><LowerRightY>-%2</LowerRightY>"
               "<TileLevel>19</TileLevel><TileCountX>1</TileCountX><TileCountY>1</TileCountY>"
               "<YOrigin>top</YOrigin></DataWindow>"
               "<Projection>EPSG:3857</Projection><BlockSizeX>256</BlockSizeX><BlockSizeY>256</BlockSizeY>"
               "<BandsCount>4</BandsCount><MaxConnections>4</MaxConnections><Timeout>20</Timeout>"
               "<ZeroBlockHttpCodes>204,404</ZeroBlockHttpCodes><UserAgent>Estran</UserAgent>"
               "<Cache><Path>%3</Path></Cache></GDAL_WMS>")
        .arg(url)
        .arg(kHalfWorld, 0, 'f', 6)
        .arg(cacheDirectory.toHtmlEscaped())
        .toUtf8();
}

}  // namespace

Base::Result<WebBasemap::Image> renderGdalWebBasemap(const QString& urlTemplate, const QString& cacheDirectory, int width,
                                                     Base::Feedback* feedback)
{
    ensureGdalRegistered();
    GdalErrorCapture errors;
    GDALDatasetH source = GDALOpen(wmsDescription(urlTemplate, cacheDirectory).constData(), GA_ReadOnly);
    if (!source) return Base::Error(Base::Error::Kind::Network, urlTemplate, tr("Cannot open the tile server"), errors.message());
    if (Base::isCancelled(feedback)) {
        GDALClose(source);
        return Base::Error::cancelled(urlTemplate);
    }

    WebBasemap::Image image;
    image.width = std::clamp(width, 16, 4096);
    image.height = std::max(8, int(std::lround(image.width * (2 * kMercatorLimit) / 360.0)));
    image.south = -kMercatorLimit;
    image.north = kMercatorLimit;
    // Warped to lon/lat at the size shown: GDAL picks the zoom level whose tiles match it.
    const QByteArray w = QByteArray::number(image.width), h = QByteArray::number(image.height);
    const QByteArray s = QByteArray::number(-kMercatorLimit, 'f', 10), n = QByteArray::number(kMercatorLimit, 'f', 10);
    const char* args[] = {"-of", "MEM", "-t_srs", "EPSG:4326", "-te", "-180", s.constData(), "180", n.constData(),
                          "-ts", w.constData(), h.constData(), "-r", "bilinear", nullptr};
    GDALWarpAppOptions* options = GDALWarpAppOptionsNew(const_cast<char**>(args), nullptr);
    int usageError = 0;
    GDALDatasetH warped = GDALWarp("", nullptr, 1, &source, options, &usageError);
    GDALWarpAppOptionsFree(options);
    if (!warped || errors.message().contains(QStringLiteral("HTTP"), Qt::CaseInsensitive) ||
        errors.message().contains(QStringLiteral("curl"), Qt::CaseInsensitive)) {
        const QString why = errors.message();
        if (warped) GDALClose(warped);
        GDALClose(source);
        return Base::Error(Base::Error::Kind::Network, urlTemplate, tr("The tiles could not be fetched"), why);
    }
    const int bands = GDALGetRasterCount(warped);
    image.rgba.assign(size_t(image.width) * size_t(image.height) * 4, 255);
    for (int b = 1; b <= std::min(bands, 4); ++b) {
        // A band per channel into the interleaved buffer: pixel spacing 4, line spacing 4 × width.
        const CPLErr rc = GDALRasterIO(GDALGetRasterBand(warped, b), GF_Read, 0, 0, image.width, image.height,
                                       image.rgba.data() + (b - 1), image.width, image.height, GDT_Byte, 4, 4 * image.width);
        if (rc != CE_None) {
            const QString why = errors.message();
            GDALClose(warped);
            GDALClose(source);
            return Base::Error(Base::Error::Kind::Io, urlTemplate, tr("The tiles could not be read"), why);
        }
    }
    if (bands == 3) {
        for (size_t i = 3; i < image.rgba.size(); i += 4) image.rgba[i] = 255;
    }
    GDALClose(warped);
    GDALClose(source);
    return image;
}

}  // namespace Estran::Data::detail
