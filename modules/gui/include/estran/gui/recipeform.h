// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "estran/gui/gui_export.h"
#include "estran/remote/recipe.h"

#include <QHash>
#include <QPointer>
#include <QVariantMap>
#include <QWidget>

class QFormLayout;
class QLabel;

namespace Estran::Base {
class SelectionModel;
}

namespace Estran::Gui {

/// The parameter form of a recipe, generated from its metadata as QGIS does for processing
/// algorithms: String → line edit, Text → text editor, Integer/Number → spin boxes with the
/// declared range, Boolean → check box, Choice → combo box, Variable → editable combo box
/// offering the selection's variables, Path → line edit with a browse button (the dock opens
/// the remote file browser). Area and Period are not edited here: they are shown read-only from
/// the shared selection, which they follow. GUI thread only; the model is not owned.
class ESTRAN_GUI_EXPORT RecipeForm final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecipeForm)
public:
    explicit RecipeForm(QWidget* parent = nullptr);
    ~RecipeForm() override;

    void setSelectionModel(Base::SelectionModel* model);
    /// Rebuilds the form with the recipe's defaults.
    void setRecipe(const Remote::Recipe& recipe);
    const Remote::Recipe& recipe() const { return m_recipe; }

    /// The values typed in the form, by parameter name. Area and Period are left out (Recipe::
    /// resolve() takes them from the selection), as are an empty Variable or Path, so that the
    /// selection's variable or the recipe's default applies.
    QVariantMap values() const;
    /// Sets one editor's value (a Path chosen in the remote browser, a value from a test).
    bool setValue(const QString& name, const QVariant& value);
    /// The editor of a parameter (null when unknown).
    QWidget* editor(const QString& name) const { return m_editors.value(name); }
    /// The text shown for an Area or Period parameter.
    QString selectionText(const QString& name) const;

Q_SIGNALS:
    /// The browse button of a Path parameter was pressed.
    void browseRequested(const QString& parameter);
    void changed();

private:
    QWidget* createEditor(const Remote::RecipeParameter& p);
    void updateFromSelection();

    Remote::Recipe m_recipe;
    QPointer<Base::SelectionModel> m_model;
    QFormLayout* m_form;
    QHash<QString, QWidget*> m_editors;
    QHash<QString, QLabel*> m_selectionLabels;
};

}  // namespace Estran::Gui
