// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "estran/base/result.h"
#include "estran/remote/recipe.h"
#include "estran/remote/remote_export.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Estran::Remote {

/// Every recipe Estran knows: the built-in ones (Qt resources :/estran/recipes), then each
/// folder of searchPath() in order; a later recipe with the same id replaces an earlier one.
/// A malformed recipe file is reported in problems() and skipped; the others still load.
class ESTRAN_REMOTE_EXPORT RecipeLibrary {
public:
    /// ~/.local/share/Estran/recipes (the user's), then the folders in $ESTRAN_RECIPE_PATH.
    static QStringList searchPath();

    void load(const QStringList& folders = searchPath());
    const QList<Recipe>& recipes() const { return m_recipes; }
    const Recipe* find(const QString& id) const;
    const QList<Base::Error>& problems() const { return m_problems; }

private:
    QList<Recipe> m_recipes;
    QList<Base::Error> m_problems;
};

}  // namespace Estran::Remote
