// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "estran/base/result.h"
#include "estran/render/mapstyle.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace Estran::App {

/// What a workspace file (*.estran.json) records: the open datasets, the variable on the map
/// with its time step and level, the style and the camera. The format is documented in
/// docs/workspace.md; in short:
///
///   { "format": "estran-workspace", "version": 1,
///     "datasets": [ { "path": "/abs/sst.nc", "relativePath": "data/sst.nc" } ],
///     "map": { "dataset": 0, "variable": "sst", "time": 12, "level": 0 },
///     "style": { "colormap": "thermal", "projection": "robinson", "rangeMin": 0, "rangeMax": 30,
///                "coastlines": true, "graticule": true },
///     "camera": { "centerX": 0, "centerY": 0, "halfHeight": 9.2e6 },
///     "selection": { "current": {…}, "saved": { "name": {…} } } }
///
/// Paths are stored absolute and relative to the workspace file; the relative one wins when it
/// exists, so a folder of data plus workspace can be moved as a whole.
struct Workspace {
    QStringList datasets;  ///< absolute paths
    int mapDataset = -1;   ///< index into datasets, -1 when nothing is on the map
    QString variable;
    qint64 time = 0;
    qint64 level = 0;
    Render::MapStyle style;
    std::optional<double> cameraX, cameraY, cameraHalfHeight;
    /// Base::SelectionModel::toJson() of the shared selection; empty when not recorded.
    QJsonObject selection;

    static constexpr int formatVersion() { return 1; }

    QJsonObject toJson(const QString& workspacePath) const;
    [[nodiscard]] static Base::Result<Workspace> fromJson(const QJsonObject& json,
                                                          const QString& workspacePath);
    /// Atomic save (QSaveFile): a crash never leaves half a workspace.
    [[nodiscard]] Base::Result<void> save(const QString& path) const;
    [[nodiscard]] static Base::Result<Workspace> load(const QString& path);
};

}  // namespace Estran::App
