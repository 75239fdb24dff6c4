// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspace.h"

#include "tr.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace Estran::App {

namespace {

Base::Error invalid(const QString& where, const QString& message)
{
    return Base::Error(Base::Error::Kind::InvalidInput, where, message);
}

}  // namespace

QJsonObject Workspace::toJson(const QString& workspacePath) const
{
    const QDir base = QFileInfo(workspacePath).absoluteDir();
    QJsonArray files;
    for (const QString& path : datasets) {
        files.append(QJsonObject{{QStringLiteral("path"), QFileInfo(path).absoluteFilePath()},
                                 {QStringLiteral("relativePath"), base.relativeFilePath(path)}});
    }
    QJsonObject styleJson{{QStringLiteral("colormap"), style.colormap},
                          {QStringLiteral("projection"), style.projection},
                          {QStringLiteral("coastlines"), style.coastlines},
                          {QStringLiteral("graticule"), style.graticule}};
    if (style.rangeMin && style.rangeMax) {
        styleJson.insert(QStringLiteral("rangeMin"), *style.rangeMin);
        styleJson.insert(QStringLiteral("rangeMax"), *style.rangeMax);
    }
    QJsonObject json{{QStringLiteral("format"), QStringLiteral("estran-workspace")},
                     {QStringLiteral("version"), formatVersion()},
                     {QStringLiteral("datasets"), files},
                     {QStringLiteral("style"), styleJson}};
    if (mapDataset >= 0) {
        json.insert(QStringLiteral("map"),
                    QJsonObject{{QStringLiteral("dataset"), mapDataset},
                                {QStringLiteral("variable"), variable},
                                {QStringLiteral("time"), double(time)},
                                {QStringLiteral("level"), double(level)}});
    }
    if (cameraX && cameraY && cameraHalfHeight) {
        json.insert(QStringLiteral("camera"),
                    QJsonObject{{QStringLiteral("centerX"), *cameraX},
                                {QStringLiteral("centerY"), *cameraY},
                                {QStringLiteral("halfHeight"), *cameraHalfHeight}});
    }
    if (!selection.isEmpty()) json.insert(QStringLiteral("selection"), selection);
    return json;
}

Base::Result<Workspace> Workspace::fromJson(const QJsonObject& json, const QString& workspacePath)
{
    if (json.value(QStringLiteral("format")).toString() != QStringLiteral("estran-workspace")) {
        return invalid(workspacePath, Tr::tr("not an Estran workspace (\"format\" is not \"estran-workspace\")"));
    }
    const int version = json.value(QStringLiteral("version")).toInt(-1);
    if (version < 1 || version > formatVersion()) {
        return Base::Error(Base::Error::Kind::Unsupported, workspacePath,
                           Tr::tr("workspace version %1 is not supported (this Estran reads up to %2)")
                               .arg(version)
                               .arg(formatVersion()));
    }
    Workspace ws;
    const QDir base = QFileInfo(workspacePath).absoluteDir();
    const QJsonArray files = json.value(QStringLiteral("datasets")).toArray();
    for (qsizetype i = 0; i < files.size(); ++i) {
        const QJsonObject entry = files.at(i).toObject();
        const QString relative = entry.value(QStringLiteral("relativePath")).toString();
        QString path = entry.value(QStringLiteral("path")).toString();
        if (!relative.isEmpty() && QFileInfo::exists(base.absoluteFilePath(relative))) {
            path = QDir::cleanPath(base.absoluteFilePath(relative));
        }
        if (path.isEmpty()) {
            return invalid(workspacePath + QStringLiteral(": datasets[%1]").arg(i), Tr::tr("dataset has no \"path\""));
        }
        ws.datasets.append(path);
    }
    const QJsonObject map = json.value(QStringLiteral("map")).toObject();
    if (!map.isEmpty()) {
        ws.mapDataset = map.value(QStringLiteral("dataset")).toInt(-1);
        if (ws.mapDataset < 0 || ws.mapDataset >= ws.datasets.size()) {
            return invalid(workspacePath + QStringLiteral(": map.dataset"), Tr::tr("does not name one of the datasets"));
        }
        ws.variable = map.value(QStringLiteral("variable")).toString();
        ws.time = qint64(map.value(QStringLiteral("time")).toDouble(0));
        ws.level = qint64(map.value(QStringLiteral("level")).toDouble(0));
    }
    const QJsonObject style = json.value(QStringLiteral("style")).toObject();
    ws.style.colormap = style.value(QStringLiteral("colormap")).toString(ws.style.colormap);
    ws.style.projection = style.value(QStringLiteral("projection")).toString(ws.style.projection);
    ws.style.coastlines = style.value(QStringLiteral("coastlines")).toBool(true);
    ws.style.graticule = style.value(QStringLiteral("graticule")).toBool(true);
    if (style.contains(QStringLiteral("rangeMin")) && style.contains(QStringLiteral("rangeMax"))) {
        ws.style.rangeMin = style.value(QStringLiteral("rangeMin")).toDouble();
        ws.style.rangeMax = style.value(QStringLiteral("rangeMax")).toDouble();
    }
    const QJsonObject camera = json.value(QStringLiteral("camera")).toObject();
    if (!camera.isEmpty()) {
        ws.cameraX = camera.value(QStringLiteral("centerX")).toDouble();
        ws.cameraY = camera.value(QStringLiteral("centerY")).toDouble();
        ws.cameraHalfHeight = camera.value(QStringLiteral("halfHeight")).toDouble();
    }
    ws.selection = json.value(QStringLiteral("selection")).toObject();
    return ws;
}

Base::Result<void> Workspace::save(const QString& path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return Base::Error(Base::Error::Kind::Io, path, Tr::tr("cannot write the workspace"), file.errorString());
    }
    file.write(QJsonDocument(toJson(path)).toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        return Base::Error(Base::Error::Kind::Io, path, Tr::tr("cannot write the workspace"), file.errorString());
    }
    return {};
}

Base::Result<Workspace> Workspace::load(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Base::Error(Base::Error::Kind::NotFound, path, Tr::tr("cannot read the workspace"), file.errorString());
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        return Base::Error(Base::Error::Kind::InvalidInput, path,
                           Tr::tr("the workspace is not valid JSON (at byte %1)").arg(parseError.offset),
                           parseError.errorString());
    }
    return fromJson(doc.object(), QFileInfo(path).absoluteFilePath());
}

}  // namespace Estran::App
