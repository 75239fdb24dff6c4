// SPDX-License-Identifier: GPL-3.0-or-later
#include "estran/remote/recipelibrary.h"

#include <QDir>
#include <QStandardPaths>

#include <algorithm>

// The built-in recipes are compiled into this library (resources/recipes, see CMakeLists.txt);
// a static library's resources would need this, a shared one registers them when it loads.
static void ensureBuiltinRecipes()
{
    static const bool once = [] {
        Q_INIT_RESOURCE(estran_recipes);
        return true;
    }();
    (void)once;
}

namespace Estran::Remote {

QStringList RecipeLibrary::searchPath()
{
    QStringList folders;
    const QString data = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    if (!data.isEmpty()) folders.append(QDir(data).filePath(QStringLiteral("Estran/recipes")));
    const QString extra = qEnvironmentVariable("ESTRAN_RECIPE_PATH");
    for (const QString& folder : extra.split(u':', Qt::SkipEmptyParts)) folders.append(folder);
    return folders;
}

void RecipeLibrary::load(const QStringList& folders)
{
    ensureBuiltinRecipes();
    m_recipes.clear();
    m_problems.clear();
    const QStringList all = QStringList{QStringLiteral(":/estran/recipes")} + folders;
    for (const QString& folder : all) {
        const QDir dir(folder);
        // Sorted by name so the order (and which of two same-id files wins) never depends on
        // the file system.
        for (const QString& name : dir.entryList({QStringLiteral("*.json")}, QDir::Files | QDir::Readable, QDir::Name)) {
            Base::Result<Recipe> recipe = Recipe::load(dir.filePath(name));
            if (!recipe) {
                m_problems.append(recipe.error());
                continue;
            }
            auto same = std::find_if(m_recipes.begin(), m_recipes.end(),
                                     [&](const Recipe& r) { return r.id == recipe->id; });
            if (same != m_recipes.end()) *same = *recipe;
            else m_recipes.append(*recipe);
        }
    }
}

const Recipe* RecipeLibrary::find(const QString& id) const
{
    for (const Recipe& r : m_recipes)
        if (r.id == id) return &r;
    return nullptr;
}

}  // namespace Estran::Remote
