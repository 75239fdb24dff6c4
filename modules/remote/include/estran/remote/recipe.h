// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "estran/base/result.h"
#include "estran/base/selection.h"
#include "estran/remote/remote_export.h"
#include "estran/remote/scheduler.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVariantMap>

#include <optional>

namespace Estran::Remote {

/// One typed input of a recipe; the remote panel builds its form from these.
struct RecipeParameter {
    enum class Type {
        String, Text, Integer, Number, Boolean, Choice,
        Area,      ///< west,south,east,north in degrees: filled from the shared selection
        Period,    ///< start/end ISO times: filled from the shared selection
        Variable,  ///< a variable name (the selection's first variable by default)
        Path       ///< a file or folder on the host
    };
    QString name;        ///< [a-z][a-z0-9_]*; reaches the script as $ESTRAN_PARAM_<NAME upper-cased>
    Type type = Type::String;
    QString label;       ///< shown in the form (translatable through the recipe's "label_fr")
    QString help;
    QVariant defaultValue;
    QStringList choices;
    std::optional<double> minimum;
    std::optional<double> maximum;
    bool required = false;
};

/// A support file of a recipe (its "files" list): read from the recipe's folder when the recipe
/// is loaded, and written into the job folder at `name` before the script runs, so several
/// recipes can share code (resources/recipes/lib/cdo-common.sh) without repeating it.
struct RecipeFile {
    QString name;        ///< relative to the recipe's folder and to the job folder ("lib/cdo-common.sh")
    QByteArray content;
    bool executable = false;  ///< the source file is executable: so is the copy
};

/// "string", "text", "integer", "number", "boolean", "choice", "area", "period", "variable",
/// "path": the names recipe files use (stable, for JSON and the CLI).
ESTRAN_REMOTE_EXPORT QString recipeParameterTypeName(RecipeParameter::Type type);

/// A processing recipe: metadata (typed parameters with defaults, resources) and a bash script
/// template, in a JSON file (docs/recipes.md). Built-in recipes live in resources/recipes; users
/// and plugins add their own by dropping files in a recipe folder, without rebuilding.
class ESTRAN_REMOTE_EXPORT Recipe {
public:
    QString id;          ///< file name without .json
    QString title;
    QString description;
    QList<RecipeParameter> parameters;
    QStringList tools;   ///< programs the script needs on the host (cdo, ncks, python3)
    int cpus = 1;
    int memoryMb = 0;
    int walltimeMinutes = 0;
    QString script;      ///< bash; reads its parameters from the environment only
    QList<RecipeFile> files;  ///< written beside the script in the job folder, in this order

    /// Errors name `where` (the file) and the field. Files the recipe names ("script_file",
    /// "files") are read from the folder of `where` and must stay inside it.
    [[nodiscard]] static Base::Result<Recipe> fromJson(const QJsonObject& json, const QString& where);
    [[nodiscard]] static Base::Result<Recipe> load(const QString& path);

    /// Defaults, then values taken from the selection (area, period, variable), then `values`;
    /// each checked against its type, range and choices. Errors name the parameter.
    [[nodiscard]] Base::Result<QVariantMap> resolve(const QVariantMap& values,
                                                    const Base::Selection* selection = nullptr) const;
    /// The job: parameters become quoted environment variables (never spliced into the script
    /// text), so no value can inject shell code. The support files travel inside the job's
    /// script (base64, written in the job folder before the recipe's script runs), so every
    /// scheduler and host that runs a script runs a recipe with files too.
    [[nodiscard]] Base::Result<JobRequest> jobRequest(const QVariantMap& resolvedValues) const;
};

}  // namespace Estran::Remote
